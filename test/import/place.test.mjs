// The placer on hand-built source documents: a Word-like grid with spans (what the .docx and
// .html readers give), rows rebuilt from text with garbled labels (what the PDF reader gives),
// the value forms of the format, tables split across pages, headings and parts of the narrative,
// and importReport's answers to files it cannot read. Labels come from the format data; expected
// values from the example models.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {placeDocument} from '../../dist/node/import/place/index.js';
import {importReport} from '../../dist/node/import/index.js';
import {IMPORT_LIMITS} from '../../dist/node/import/limits.js';
import {validateReport} from '../../dist/node/model/validate.js';
import {valueAt} from '../../dist/node/model/paths.js';
import {
  APPEAL_COLUMNS,
  PROACTIVE_BLOCKS,
  REQUEST_COLUMNS,
  REQUEST_ROWS,
  REQUESTS_CORNER_NOTE,
  SECTIONS,
  keysOf,
  leafChains,
  leaves,
} from '../../dist/node/model/format.js';
import {huaian2024} from '../../dist/node/examples/huaian-2024.js';
import {reportAsText} from '../support/report-as-text.mjs';

const heading = (id) => SECTIONS.find((section) => section.id === id).heading.zh;
const paragraph = (text) => ({kind: 'paragraph', text, origin: {}});
const applicantKeys = leafChains(REQUEST_COLUMNS).map((chain) => keysOf(chain).at(-1));

/** A structured table from rows of [text, {rowSpan, colSpan}?] cells, origins filled in. */
function grid(rows, tableIndex = 0) {
  return {
    kind: 'table',
    table: {
      structured: true,
      origin: {table: tableIndex},
      rows: rows.map((cells, row) =>
        cells.map((cell, i) => {
          const [text, spans = {}] = Array.isArray(cell) ? cell : [cell];
          return {
            text,
            rowSpan: spans.rowSpan ?? 1,
            colSpan: spans.colSpan ?? 1,
            origin: {table: tableIndex, row, cell: i},
          };
        }),
      ),
    },
  };
}

/**
 * Table 三 as the official Word template lays it out (corner colspan 3 rowspan 3, 三、本年度办理结果
 * rowspan 22, group labels with rowspans), values from `table`; `label` may rewrite a printed label.
 */
function requestsGrid(table, {label = (text) => text, undivided = false} = {}) {
  const [applicants] = REQUEST_COLUMNS;
  const [natural, legal, total] = applicants.children;
  const rows = [
    [
      [REQUESTS_CORNER_NOTE.zh, {colSpan: 3, rowSpan: 3}],
      [applicants.label.zh, {colSpan: 7}],
    ],
    [
      [natural.label.zh, {rowSpan: 2}],
      [legal.label.zh, {colSpan: 5}],
      [total.label.zh, {rowSpan: 2}],
    ],
    leaves(legal.children).map((node) => node.label.zh),
  ];
  const values = (row) => applicantKeys.map((key) => (row[key] === null ? '' : String(row[key])));
  const [newReceived, carriedOver, results, carriedForward] = REQUEST_ROWS;
  for (const node of [newReceived, carriedOver])
    rows.push([[label(node.label.zh), {colSpan: 3}], ...values(table[node.key])]);
  const groups = results.children;
  const resultRowCount = groups.reduce(
    (sum, group) => sum + (group.children && !(undivided && group.mayBeUndivided) ? group.children.length : 1),
    0,
  );
  let first = true;
  for (const group of groups) {
    const lead = first ? [[label(results.label.zh), {rowSpan: resultRowCount}]] : [];
    first = false;
    if (!group.children || (undivided && group.mayBeUndivided)) {
      rows.push([...lead, [label(group.label.zh), {colSpan: 2}], ...values(table.results[group.key])]);
      continue;
    }
    group.children.forEach((leaf, i) => {
      const head = i === 0 ? [...lead, [label(group.label.zh), {rowSpan: group.children.length}]] : [];
      rows.push([...head, label(leaf.label.zh), ...values(table.results[group.key][leaf.key])]);
    });
  }
  rows.push([[label(carriedForward.label.zh), {colSpan: 3}], ...values(table[carriedForward.key])]);
  return grid(rows);
}

const requestsDocument = (table, options) => ({
  blocks: [paragraph(heading('requests')), requestsGrid(table, options)],
  problems: [],
});

const requestCells = (report) => flatten(report.requests, 'requests');
function flatten(node, path) {
  return Object.entries(node).flatMap(([key, value]) =>
    value !== null && typeof value === 'object' ? flatten(value, `${path}.${key}`) : [[`${path}.${key}`, value]],
  );
}

test('a Word table 三 with spans: every cell placed by its row and column labels', () => {
  const {report, issues, provenance} = placeDocument(requestsDocument(huaian2024.requests));
  assert.deepEqual(report.requests, huaian2024.requests);
  const cells = requestCells(report);
  assert.equal(cells.length, 25 * 7);
  for (const [path] of cells) assert.equal(provenance[path]?.placedBy, 'label', path);
  // The provenance names the source cell: 1.属于国家秘密 is source row 7 (three header rows, 一, 二, （一）, （二）),
  // which holds （三）不予公开, the label and seven values: its 总计 is cell 8.
  assert.deepEqual(provenance['requests.results.withheld.stateSecret.total'].origin, {table: 0, row: 7, cell: 8});
  assert.deepEqual(
    issues.filter((issue) => issue.path?.startsWith('requests')),
    [],
  );
});

test('labels as pasted pages and typists print them still place: &nbsp;, line breaks, 1、 and （1） numbering, straight quotes, a typo', () => {
  const noisy = (text) =>
    text
      .replace('2.其他法律行政法规禁止公开', '2、其他法律行政\u00a0止公开')
      .replace('（一）予以公开', '(一)予以\n公开')
      .replace('3.危及“三安全一稳定”', '（3）危及"三安全一稳定"')
      .replace('、行政机关不再处理', '，行政机关\n不再处理')
      .replace('一、本年新收', '一、 本年\u3000新收');
  const {report, provenance} = placeDocument(requestsDocument(huaian2024.requests, {label: noisy}));
  assert.deepEqual(report.requests, huaian2024.requests);
  assert.ok(Object.values(provenance).every(({placedBy}) => placedBy === 'label'));
});

test('a blank cell of a grid stays blank (null, never 0) and is placed, not listed as missing', () => {
  const table = structuredClone(huaian2024.requests);
  table.results.withheld.thirdParty.research = null;
  const {report, issues, provenance} = placeDocument(requestsDocument(table));
  assert.equal(report.requests.results.withheld.thirdParty.research, null);
  assert.equal(provenance['requests.results.withheld.thirdParty.research'].placedBy, 'label');
  assert.deepEqual(
    issues.filter((issue) => issue.path?.startsWith('requests')),
    [],
  );
});

test('columns of a grid are found by their headers: an extra column moves nothing, a missing one is left blank and listed', () => {
  const withExtra = requestsGrid(huaian2024.requests);
  const rows = withExtra.table.rows;
  const extra = (text, spans = {}) => ({text, rowSpan: 1, colSpan: 1, ...spans, origin: {}});
  rows[0].push(extra('备注', {rowSpan: 3}));
  for (const row of rows.slice(3)) row.push(extra('见说明'));
  const {report} = placeDocument({blocks: [paragraph(heading('requests')), withExtra], problems: []});
  assert.deepEqual(report.requests, huaian2024.requests);

  // No 其他 column: the header loses it, every data row loses its second-to-last value.
  const without = requestsGrid(huaian2024.requests);
  const [, second, third] = without.table.rows;
  second[1] = {...second[1], colSpan: 4};
  third.pop();
  for (const row of without.table.rows.slice(3)) row.splice(row.length - 2, 1);
  const imported = placeDocument({blocks: [paragraph(heading('requests')), without], problems: []});
  const expected = structuredClone(huaian2024.requests);
  const blankOther = (node) => {
    for (const value of Object.values(node)) if (value && typeof value === 'object') blankOther(value);
    if ('other' in node && typeof node.other !== 'object') node.other = null;
  };
  blankOther(expected);
  assert.deepEqual(imported.report.requests, expected);
  const missing = imported.issues.filter((issue) => issue.code === 'column-missing');
  assert.equal(missing.length, 25);
  assert.ok(missing.every((issue) => issue.path.endsWith('.other') && issue.kind === 'unplaced'));
});

test('the undivided （六）其他处理 row of the 2019 layout imports as one row, with a note', () => {
  const table = structuredClone(huaian2024.requests);
  table.results.other = {
    naturalPerson: 181,
    commercial: 5,
    research: 0,
    publicInterest: 0,
    legalService: 1,
    other: 0,
    total: 187,
  };
  const {report, issues} = placeDocument(requestsDocument(table, {undivided: true}));
  assert.deepEqual(report.requests, table);
  assert.ok(issues.some((issue) => issue.code === 'undivided-row' && issue.kind === 'note'));
  assert.equal(validateReport(report).issues.filter((i) => i.path.startsWith('requests')).length, 0);
});

/** Table 三 as a PDF reader rebuilds it: one row per line, cells split at gaps, no spans. */
function requestsLines(table, garble = {}) {
  const text = reportAsText({...huaian2024, requests: table});
  const lines = text.split('\n');
  const start = lines.indexOf(heading('requests'));
  const end = lines.indexOf(heading('appeals'));
  const rows = lines
    .slice(start + 1, end)
    .filter((line) => line.trim())
    .map((line) => {
      for (const [label, replacement] of Object.entries(garble)) line = line.replace(label, replacement);
      return line.split('\t').filter((cell) => cell !== '');
    });
  return {
    blocks: [
      paragraph(heading('requests')),
      {
        kind: 'table',
        table: {
          structured: false,
          origin: {page: 2},
          rows: rows.map((cells, line) =>
            cells.map((text, cell) => ({text, rowSpan: 1, colSpan: 1, origin: {page: 2, line: line + 1, cell}})),
          ),
        },
      },
    ],
    problems: [],
  };
}

test('rows whose labels are unreadable are placed by their position in the official grid, and listed to confirm', () => {
  const garbled = {'1.属于国家秘密': '▯▯▯▯', '2.其他法律行政法规禁止公开': '▯▯▯ ▯▯▯', '2.重复申请': '重▯▯▯'};
  const {report, issues, provenance} = placeDocument(requestsLines(huaian2024.requests, garbled));
  assert.deepEqual(report.requests, huaian2024.requests);
  const rows = ['withheld.stateSecret', 'withheld.lawProhibited', 'notProcessed.duplicate'];
  const expected = rows.flatMap((row) => applicantKeys.map((key) => `requests.results.${row}.${key}`));
  const byPosition = Object.keys(provenance).filter((path) => provenance[path].placedBy === 'position');
  assert.deepEqual(byPosition.sort(), expected.sort());
  const toConfirm = issues.filter((issue) => issue.kind === 'confirm');
  assert.deepEqual(toConfirm.map((issue) => issue.path).sort(), expected.sort());
  assert.match(toConfirm[0].message.zh, /请核对/);
  assert.match(toConfirm[0].message.en, /page 2, line \d+/);
});

test("a label that a PDF wrapped onto a line of its own is joined with its values' line, so the row still places by label", () => {
  const doc = requestsLines(huaian2024.requests);
  const rows = doc.blocks[1].table.rows;
  const at = rows.findIndex((cells) => cells.some((cell) => cell.text === '5.要求行政机关确认或重新出具已获取信息'));
  const [label, ...values] = rows[at].slice(-8);
  const cell = (text, i) => ({...label, text, origin: {...label.origin, cell: i}});
  rows.splice(at, 1, [cell('5.要求行政机关确认或重新出具已', 0)], [cell('获取信息', 0), ...values]);
  const {report, provenance} = placeDocument(doc);
  assert.deepEqual(report.requests, huaian2024.requests);
  assert.ok(Object.values(provenance).every(({placedBy}) => placedBy === 'label'));
});

test('an unreadable row next to a missing one is not placed by position: both are listed, nothing is shifted', () => {
  const doc = requestsLines(huaian2024.requests, {'1.属于国家秘密': '▯▯▯▯'});
  const rows = doc.blocks[1].table.rows;
  const secondRow = rows.findIndex((cells) => cells.some((cell) => cell.text === '2.其他法律行政法规禁止公开'));
  rows.splice(secondRow, 1);
  const {report, issues} = placeDocument(doc);
  for (const row of ['stateSecret', 'lawProhibited'])
    assert.deepEqual(Object.values(report.requests.results.withheld[row]), Array(7).fill(null));
  assert.ok(issues.some((issue) => issue.code === 'row-unmatched' && issue.kind === 'unplaced'));
  assert.ok(
    issues.some((issue) => issue.code === 'row-missing' && issue.path === 'requests.results.withheld.lawProhibited'),
  );
  assert.deepEqual(report.requests.results.withheld.thirdParty, huaian2024.requests.results.withheld.thirdParty);
});

test('a table split across two pages (two source tables in a row) is joined', () => {
  const whole = requestsGrid(huaian2024.requests).table;
  const split = 14; // the page breaks inside 三、本年度办理结果
  const first = {...whole, rows: whole.rows.slice(0, split)};
  // The second part repeats no header; its spans start afresh, as a reader gives them.
  const second = {
    ...whole,
    rows: whole.rows.slice(split).map((cells) => cells.filter((cell) => cell.text !== '三、本年度办理结果')),
  };
  const {report, issues} = placeDocument({
    blocks: [paragraph(heading('requests')), {kind: 'table', table: first}, {kind: 'table', table: second}],
    problems: [],
  });
  assert.deepEqual(report.requests, huaian2024.requests);
  assert.deepEqual(
    issues.filter((issue) => issue.path?.startsWith('requests')),
    [],
  );
});

/** Table 二 as a grid, a value per cell as given (text). */
function proactiveGrid(texts) {
  const rows = PROACTIVE_BLOCKS.flatMap((block) => [
    [[block.label.zh, {colSpan: 4}]],
    [block.contentHeader.zh, ...block.columns.map((column) => [column.label.zh, {colSpan: 4 - block.columns.length}])],
    ...block.rows.map((row) => [
      row.label.zh,
      ...block.columns.map((column) => [
        texts[column.key ? `${row.key}.${column.key}` : row.key],
        {colSpan: 4 - block.columns.length},
      ]),
    ]),
  ]);
  return {blocks: [paragraph(heading('proactive')), grid(rows)], problems: []};
}

test('values: widths, grouping, units and decimals read as the number; —, / blank; 无 zero; a remark becomes the annotation; anything else is listed', () => {
  const {report, issues} = placeDocument(
    proactiveGrid({
      'rules.issued': '1,363',
      'rules.repealed': '1，363',
      'rules.inForce': '１２',
      'normativeDocuments.issued': '—',
      'normativeDocuments.repealed': '/',
      'normativeDocuments.inForce': '22（其中修订16件）',
      licensing: '无',
      penalties: '12件',
      coercion: '三',
      fees: '96171.6万元',
    }),
  );
  assert.deepEqual(report.proactive, {
    rules: {issued: 1363, repealed: 1363, inForce: 12},
    normativeDocuments: {issued: null, repealed: null, inForce: 22},
    licensing: 0,
    penalties: 12,
    coercion: null,
    fees: 96171.6,
  });
  assert.deepEqual(report.annotations, {'proactive.normativeDocuments.inForce': '其中修订16件'});
  const bad = issues.filter((issue) => issue.kind === 'value');
  assert.deepEqual(
    bad.map((issue) => [issue.code, issue.path]),
    [['not-a-number', 'proactive.coercion']],
  );
  assert.match(bad[0].message.zh, /行政强制.*「三」 不是数字/);
  const notes = issues.filter((issue) => issue.kind === 'note').map((issue) => [issue.code, issue.path]);
  assert.deepEqual(notes, [
    ['dash-as-blank', 'proactive.normativeDocuments.issued'],
    ['dash-as-blank', 'proactive.normativeDocuments.repealed'],
    ['remark', 'proactive.normativeDocuments.inForce'],
    ['none-as-zero', 'proactive.licensing'],
  ]);
});

test('values the format forbids are not coerced: a decimal count, a fee in yuan', () => {
  const {report, issues} = placeDocument(
    proactiveGrid({
      'rules.issued': '1.5',
      'rules.repealed': '0',
      'rules.inForce': '0',
      'normativeDocuments.issued': '0',
      'normativeDocuments.repealed': '0',
      'normativeDocuments.inForce': '0',
      licensing: '0',
      penalties: '0',
      coercion: '0',
      fees: '251000元',
    }),
  );
  assert.equal(report.proactive.rules.issued, null);
  assert.equal(report.proactive.fees, null);
  assert.deepEqual(
    issues.filter((issue) => issue.kind === 'value').map((issue) => [issue.code, issue.path]),
    [
      ['not-whole', 'proactive.rules.issued'],
      ['yuan', 'proactive.fees'],
    ],
  );
});

test('table 二 in the 2019 trial format is not poured into the 2021 columns: it is listed', () => {
  const doc = proactiveGrid({
    'rules.issued': '1',
    'rules.repealed': '2',
    'rules.inForce': '3',
    'normativeDocuments.issued': '4',
    'normativeDocuments.repealed': '5',
    'normativeDocuments.inForce': '6',
    licensing: '7',
    penalties: '8',
    coercion: '9',
    fees: '10',
  });
  const header = doc.blocks[1].table.rows[1];
  header.splice(1, 3, ...['本年新制作数量', '本年新公开数量', '对外公开总数量'].map((text) => ({...header[1], text})));
  const {report, issues, provenance} = placeDocument(doc);
  assert.deepEqual(report.proactive.rules, {issued: null, repealed: null, inForce: null});
  assert.equal(report.proactive.licensing, null);
  assert.ok(!Object.keys(provenance).some((path) => path.startsWith('proactive')));
  assert.deepEqual(
    issues.filter((issue) => issue.path === 'proactive').map(({kind, code}) => [kind, code]),
    [['unplaced', 'format-2019']],
  );
});

test('table 四: the one data row of 15 values, also when a PDF breaks it over two lines; notes under it', () => {
  const chains = leafChains(APPEAL_COLUMNS);
  const values = chains.map((chain) => String(valueAt(huaian2024.appeals, keysOf(chain).join('.'))));
  const line = (cells, n) =>
    cells.map((text, cell) => ({text, rowSpan: 1, colSpan: 1, origin: {page: 3, line: n, cell}}));
  const table = {
    structured: false,
    origin: {page: 3},
    rows: [
      line(
        APPEAL_COLUMNS.map((node) => node.label.zh),
        1,
      ),
      line(['结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '未经复议直接起诉', '复议后起诉'], 2),
      line(values.slice(0, 8), 3),
      line(values.slice(8), 4),
      line(['注:行政复议、行政诉讼数量含上年度结转数量。'], 5),
    ],
  };
  const {report, provenance} = placeDocument({
    blocks: [paragraph(heading('appeals')), {kind: 'table', table}, paragraph('注：本表单位为件。')],
    problems: [],
  });
  // A note row under the table, and a note paragraph after it, become the table's notes.
  assert.deepEqual(report.appeals.notes, ['注：行政复议、行政诉讼数量含上年度结转数量。', '注：本表单位为件。']);
  delete report.appeals.notes;
  assert.deepEqual(report.appeals, huaian2024.appeals);
  assert.deepEqual(provenance['appeals.litigationAfterReconsideration.total'].origin, {page: 3, line: 4, cell: 6});
  assert.ok(Object.keys(provenance).every((path) => provenance[path].placedBy === 'label'));
});

test('narrative: headings with a numbering typo, run-in part titles, the date, page numbers and the signature', () => {
  const {report} = placeDocument({
    blocks: [
      paragraph('某某区 人民政府 2023 年政府信息公开工作年度报告'),
      paragraph('本报告依据《中华人民共和国政府信息公开条例》编制。'),
      paragraph('一、总体情况'),
      paragraph('（一）主动公开情况。2023年,全区主动公开政府信息 1,363 条。'),
      paragraph('- 2 -'),
      paragraph('(二) 依申请公开：'),
      paragraph('全年收到申请 12 件。'),
      paragraph('二、主动公开政府信息情况'),
      paragraph('二、收到和处理政府信息公开申请情况'),
      paragraph('四、政府信息公开行政复议、行政诉讼情况'),
      paragraph('五、政府信息公开工作存在的主要问题及改进情况'),
      paragraph('一是公开不够及时。'),
      paragraph('六、其他需要报告的事项'),
      paragraph('本年度未收取信息处理费。'),
      paragraph('第 5 页 共 5 页'),
      paragraph('某某区人民政府 2023 年政府信息公开工作年度报告'),
      paragraph('某某区人民政府'),
      paragraph('2024年1月20日'),
      paragraph('主办单位：某某区人民政府办公室　网站标识码：1234567890'),
    ],
    problems: [],
  });
  assert.equal(report.title, '某某区人民政府2023年政府信息公开工作年度报告');
  assert.equal(report.agency, '某某区人民政府');
  assert.equal(report.year, 2023);
  assert.equal(report.publishedOn, '2024-01-20');
  assert.deepEqual(report.preamble, ['本报告依据《中华人民共和国政府信息公开条例》编制。']);
  assert.deepEqual(report.overview, {
    parts: [
      {title: '（一）主动公开情况', paragraphs: ['2023年，全区主动公开政府信息1,363条。']},
      {title: '（二）依申请公开', paragraphs: ['全年收到申请12件。']},
    ],
  });
  assert.deepEqual(report.problems, {paragraphs: ['一是公开不够及时。']});
  // The repeated page header and the portal's footer after the closing date are not report text.
  assert.ok(!JSON.stringify(report).includes('网站标识码'));
  assert.deepEqual(report.otherMatters, {paragraphs: ['本年度未收取信息处理费。']});
});

test('files that cannot be read give an issue of kind unreadable, never an exception', async () => {
  const cases = [
    [
      {data: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), name: '2024.doc'},
      'doc-format',
      /另存为.*\.docx/,
    ],
    [{data: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), name: 'x.zip'}, 'not-docx', /不是 Word 文档/],
    [{data: new TextEncoder().encode('{\\rtf1 hello}'), name: 'a.rtf'}, 'rtf-format', /RTF/],
    [{data: new Uint8Array(IMPORT_LIMITS.fileBytes + 1), name: 'big.txt'}, 'too-large', /超过导入上限/],
    [{data: '只是一段与年度报告无关的文字。'}, 'no-report', /未找到年度报告/],
    [{data: null}, 'no-data', /没有可导入的内容/],
    [undefined, 'no-data', /没有可导入的内容/],
  ];
  for (const [input, code, zh] of cases) {
    const {report, issues, provenance} = await importReport(input);
    const unreadable = issues.filter((issue) => issue.kind === 'unreadable');
    assert.deepEqual(
      unreadable.map((issue) => issue.code),
      [code],
      code,
    );
    assert.match(unreadable[0].message.zh, zh);
    assert.ok(unreadable[0].message.en.length > 10);
    assert.deepEqual(provenance, {});
    assert.ok(validateReport(report).report, code);
  }
});

test('a hostile grid (thousands of cells each spanning thousands of rows) is read within its caps, without placing anything', () => {
  const rows = Array.from({length: 100}, (_, r) =>
    Array.from({length: 100}, (_, c) => ({
      text: '0',
      rowSpan: 100_000,
      colSpan: 100_000,
      origin: {table: 0, row: r, cell: c},
    })),
  );
  const {report, provenance} = placeDocument({
    blocks: [paragraph(heading('requests')), {kind: 'table', table: {rows, structured: true, origin: {table: 0}}}],
    problems: [],
  });
  assert.deepEqual(provenance, {});
  assert.equal(report.requests.newReceived.total, null);
});

test('narrative: the agency on its own line above the title, a labelled ISO date (发布日期：), a reworded 五 with sub-heads as parts', () => {
  const {report, issues} = placeDocument({
    blocks: [
      paragraph('某某市交通运输局'),
      paragraph('2024年政府信息公开工作年度报告'),
      paragraph('一、总体情况'),
      paragraph('本年度工作有序开展。'),
      paragraph('五、存在的主要问题和改进措施'),
      paragraph('（一）存在的问题'),
      paragraph('公开形式较单一。'),
      paragraph('（二）改进措施'),
      paragraph('拓宽公开渠道。'),
      paragraph('六、其他需要报告的事项'),
      paragraph('无。'),
      paragraph('发布日期：2025-01-20'),
    ],
    problems: [],
  });
  assert.equal(report.agency, '某某市交通运输局');
  assert.equal(report.year, 2024);
  assert.equal(report.title, '某某市交通运输局2024年政府信息公开工作年度报告');
  assert.equal(report.publishedOn, '2025-01-20');
  assert.deepEqual(report.overview, {paragraphs: ['本年度工作有序开展。']});
  assert.deepEqual(report.problems, {
    parts: [
      {title: '（一）存在的问题', paragraphs: ['公开形式较单一。']},
      {title: '（二）改进措施', paragraphs: ['拓宽公开渠道。']},
    ],
  });
  assert.deepEqual(report.otherMatters, {paragraphs: ['无。']});
  assert.ok(!issues.some((issue) => issue.code === 'section-missing' || issue.code === 'title-missing'));
});

test('the format is told by the first bytes before the name: %PDF, a zip holding word/document.xml, old Word; then extension and MIME type', async () => {
  const {sniffFormat} = await import('../../dist/node/import/index.js');
  const ascii = (text) => new TextEncoder().encode(text);
  const zip = (entry) => new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...ascii(`....${entry}....`)]);
  assert.equal(sniffFormat('report.txt', 'text/plain', ascii('%PDF-1.7\n')), 'pdf');
  assert.equal(sniffFormat('report.pdf', '', zip('word/document.xml')), 'docx');
  assert.equal(sniffFormat('report.docx', '', zip('xl/workbook.xml')), 'spreadsheet');
  assert.equal(sniffFormat('report.docx', '', zip('2024.docx')), 'zip');
  assert.equal(sniffFormat('r', '', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])), 'doc');
  assert.equal(sniffFormat('page.HTM', '', ascii('年报')), 'html');
  assert.equal(sniffFormat('', 'text/html; charset=gbk', ascii('年报')), 'html');
  assert.equal(sniffFormat('a.txt', '', ascii('<p>年报</p>')), 'txt');
  assert.equal(sniffFormat('', '', ascii('年报')), 'text');
});

test("a portal page's text after the article (share and print links, the site's footer) is not part of 六", () => {
  const {report} = placeDocument({
    blocks: [
      paragraph('某某镇人民政府2024年政府信息公开工作年度报告'),
      paragraph('六、其他需要报告的事项'),
      paragraph('本年度未收取信息处理费。'),
      paragraph('分享到：微信 微博'),
      paragraph('【打印本页】【关闭窗口】'),
      paragraph('相关链接：某某市人民政府'),
    ],
    problems: [],
  });
  assert.deepEqual(report.otherMatters, {paragraphs: ['本年度未收取信息处理费。']});
});
