// The format data against the official template (国办公开办函〔2021〕30号): shapes and counts a reader
// of the printed table can verify, so a slip in format.ts cannot go unnoticed.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import * as format from '../../dist/node/model/format.js';

const allNodes = (nodes) => nodes.flatMap((node) => [node, ...(node.children ? allNodes(node.children) : [])]);

test('the six sections come in official order with their printed headings', () => {
  assert.deepEqual(
    format.SECTIONS.map((section) => section.heading.zh),
    [
      '一、总体情况',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题及改进情况',
      '六、其他需要报告的事项',
    ],
  );
});

test('table 三 has 7 data columns under a 3-row header and 25 data rows', () => {
  const columns = format.leaves(format.REQUEST_COLUMNS);
  assert.deepEqual(
    columns.map((c) => c.label.zh),
    ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'],
  );
  assert.equal(format.depth(format.REQUEST_COLUMNS), 3);
  const rows = format.leaves(format.REQUEST_ROWS);
  assert.equal(rows.length, 25);
  assert.equal(rows[0].label.zh, '一、本年新收政府信息公开申请数量');
  assert.equal(rows[23].label.zh, '（七）总计');
  assert.equal(rows[24].label.zh, '四、结转下年度继续办理');
  // 三、本年度办理结果 spans 22 rows in the template (rowspan=22)
  assert.equal(format.leaves([format.RESULT_ROWS]).length, 22);
});

test('template punctuation is kept: full-width brackets, ASCII "1.", curly quotes', () => {
  const labels = allNodes(format.REQUEST_ROWS).map((node) => node.label.zh);
  assert.ok(labels.includes('3.危及“三安全一稳定”'));
  assert.ok(labels.includes('（二）部分公开（区分处理的，只计这一情形，不计其他情形）'));
  assert.ok(labels.includes('2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'));
});

test('table 四 has 15 columns in three groups of five', () => {
  const chains = format.leafChains(format.APPEAL_COLUMNS);
  assert.equal(chains.length, 15);
  assert.deepEqual(
    [...new Set(chains.map((chain) => chain.at(-2).label.zh))],
    ['行政复议', '未经复议直接起诉', '复议后起诉'],
  );
  assert.deepEqual(
    chains.slice(0, 5).map((chain) => chain.at(-1).label.zh),
    ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'],
  );
});

test('table 二 has the four Article 20 blocks and 10 data cells', () => {
  assert.deepEqual(
    format.PROACTIVE_BLOCKS.map((block) => block.label.zh),
    ['第二十条第（一）项', '第二十条第（五）项', '第二十条第（六）项', '第二十条第（八）项'],
  );
  const cells = format.PROACTIVE_BLOCKS.reduce((sum, block) => sum + block.rows.length * block.columns.length, 0);
  assert.equal(cells, 10);
});

test('ids are unique within each table and every node has both labels', () => {
  for (const tree of [format.REQUEST_COLUMNS, format.REQUEST_ROWS, format.APPEAL_COLUMNS]) {
    const nodes = allNodes(tree);
    assert.equal(new Set(nodes.map((node) => node.id)).size, nodes.length);
    for (const node of nodes) assert.ok(node.label.zh && node.label.en, node.id);
  }
});
