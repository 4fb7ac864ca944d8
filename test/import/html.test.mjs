// The HTML reader (src/import/read-html.ts): each Word-pasted portal page the test generator
// writes (cleaned by the CMS editor, or uncleaned with MsoNormal and <o:p>) comes back from the
// committed fixture with every paragraph and every cell as a person sees it (&nbsp; kept, <p> and
// <br/> inside a cell as line breaks, spans as written), among the page's navigation and other
// tables; scripts, styles and iframes are not text; hostile pages end with a message.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {readHtml} from '../../dist/node/import/read-html.js';
import {ImportRefusal} from '../../dist/node/import/source.js';
import {IMPORT_LIMITS} from '../../dist/node/import/limits.js';
import {PASTED_UNCLEANED, variants} from '../support/import-variants.mjs';

const htmlVariants = variants.filter((variant) => !variant.docxOnly);
import {reportToPastedHtml} from '../support/write-pasted-html.mjs';

const fixture = (name) => readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url), 'utf8');

const readBlocks = (document) =>
  document.blocks.map((block) =>
    block.kind === 'table'
      ? {table: block.table.rows.map((row) => row.map(({text, rowSpan, colSpan}) => ({text, rowSpan, colSpan})))}
      : {paragraph: block.text},
  );

const pages = htmlVariants.flatMap((variant) => [
  {name: `${variant.id}.html`, variant, paste: 'cleaned'},
  ...(PASTED_UNCLEANED.includes(variant.id) ? [{name: `${variant.id}-word.html`, variant, paste: 'word'}] : []),
]);

for (const {name, variant, paste} of pages) {
  test(`${name} reads back as written: the page's paragraphs and tables, every cell with its text and spans, in order`, async () => {
    const page = reportToPastedHtml(variant.report, {style: variant.style, paste});
    assert.equal(fixture(name), page.html, `${name} is stale: node test/support/write-import-fixtures.mjs`);
    const document = await readHtml(page.html);
    assert.deepEqual(document.problems, []);
    assert.deepEqual(readBlocks(document), page.expected);
  });
}

test("the report's tables come with their origins and spans as the page has them (table 三 is the 3rd table: after the links table and 二)", async () => {
  const document = await readHtml(fixture('huaian-2024.html'));
  const tables = document.blocks.filter((block) => block.kind === 'table').map((block) => block.table);
  assert.equal(tables.length, 5, 'links table, 二, 三, 四, footer table');
  const requests = tables[2];
  assert.deepEqual(requests.origin, {table: 2});
  assert.equal(requests.structured, true);
  assert.deepEqual([requests.rows[0][0].rowSpan, requests.rows[0][0].colSpan], [3, 3]);
  // 商业企业 typed as two paragraphs, 法律服务机构 with a run of eight &nbsp;.
  assert.equal(requests.rows[2][0].text, '商业\n企业');
  assert.equal(requests.rows[2][3].text, '法律服务\n机构' + '\u00a0'.repeat(8));
  const results = requests.rows[5];
  assert.equal(results[0].text, '\u00a0'.repeat(8) + '三、本年度办理结果');
  assert.equal(results[0].rowSpan, 22);
  assert.deepEqual(results[2].origin, {table: 2, row: 5, cell: 2});
  assert.equal(results[2].text, '1288');
  const appeals = tables[3];
  assert.equal(appeals.rows[1][1].text, '结果\n纠正', '<br/> inside a label is a line break');
  assert.deepEqual(
    appeals.rows[3].map((cell) => cell.text),
    ['72', '64', '178', '37', '351', '13', '4', '8', '1', '26', '12', '1', '1', '6', '20'],
  );
});

test("a blank cell is empty in the cleaned paste and a lone &nbsp; in Word's, never 0", async () => {
  for (const [name, blank] of [
    ['huaian-2024-blank.html', ''],
    ['huaian-2024-blank-word.html', '\u00a0'],
  ]) {
    const requests = (await readHtml(fixture(name))).blocks.filter((block) => block.kind === 'table')[2].table;
    assert.deepEqual(
      requests.rows[7].slice(2).map((cell) => cell.text),
      [blank, '0', '0', '0', '0', '0', '2'],
      name,
    );
  }
});

// ---------------------------------------------------------------------------------------------
// Pages written by hand

const paragraphs = (document) => document.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text);
const cells = (document) =>
  document.blocks
    .filter((b) => b.kind === 'table')
    .map((b) => b.table.rows.map((row) => row.map((cell) => [cell.text, cell.rowSpan, cell.colSpan])));

test('what a browser would not show is not text: script, style, noscript, template, iframe, title, comments', async () => {
  const html = `<html><head><title>标题</title><style>p{}</style><script>document.write("<table><tr><td>9</td></tr></table>")</script></head>
    <body><noscript>请启用脚本</noscript><template><p>模板</p></template><iframe src="x">框</iframe>
    <!-- <table><tr><td>8</td></tr></table> --><!--[if gte mso 9]><xml><w:WordDocument/></xml><![endif]-->
    <p>正文</p><svg><text>图</text></svg></body></html>`;
  const document = await readHtml(html);
  assert.deepEqual(readBlocks(document), [{paragraph: '正文'}]);
});

test('paragraphs: p, div, h1–h6 and li in reading order, spans joined, source line breaks and spaces collapsed, &nbsp; and full-width kept', async () => {
  const html = `<div>您的位置：<a>首页</a>
      &gt;   <a>年报</a></div><h3>二、主动公开</h3><ul><li>一</li><li>二</li></ul>
    <p style="text-indent:2em"><span>（一）</span><span style="font-family:楷体">主动</span><span>公开</span></p>
    <p>&nbsp;&nbsp;１，３６３<br/>件</p>`;
  assert.deepEqual(paragraphs(await readHtml(html)), [
    '您的位置：首页 > 年报',
    '二、主动公开',
    '一',
    '二',
    '（一）主动公开',
    '\u00a0\u00a0１，３６３\n件',
  ]);
});

test('cells: <p>, <div> and <br> are line breaks, empty paragraphs are nothing, th reads as a cell, spans out of range are 1', async () => {
  const html = `<table><tr><th rowspan="2">表头</th><td colspan="abc"><p>社会</p><p></p><div>公益组织</div></td><td rowspan="0">结果<br>纠正</td></tr>
    <tr><td colspan="99999">1</td><td rowspan="-3">  2  </td><td colspan="3.5"></td><td rowspan="1000">x</td><td colspan="1001">y</td></tr></table>`;
  assert.deepEqual(cells(await readHtml(html)), [
    [
      [
        ['表头', 2, 1],
        ['社会\n公益组织', 1, 1],
        ['结果\n纠正', 1, 1],
      ],
      [
        ['1', 1, 1],
        ['2', 1, 1],
        ['', 1, 1],
        ['x', 1000, 1],
        ['y', 1, 1],
      ],
    ],
  ]);
});

test("a page wrapped in a layout table: the outer table's text is read as paragraphs, the report table inside as a table", async () => {
  const html = `<table width="1000"><tr><td>导航</td></tr><tr><td><p>一、总体情况</p><p>正文。</p>
    <table border="1"><tr><td>规章</td><td>1</td></tr></table><p>三、收到</p></td></tr></table><p>页脚</p>`;
  const document = await readHtml(html);
  assert.deepEqual(readBlocks(document), [
    {paragraph: '导航'},
    {paragraph: '一、总体情况'},
    {paragraph: '正文。'},
    {
      table: [
        [
          {text: '规章', rowSpan: 1, colSpan: 1},
          {text: '1', rowSpan: 1, colSpan: 1},
        ],
      ],
    },
    {paragraph: '三、收到'},
    {paragraph: '页脚'},
  ]);
});

test('unclosed cells and rows, as hand-edited pages have them, still give their cells', async () => {
  const html = '<table><tr><td>规章<td>1<td>0<tr><td>行政规范性文件<td>8</table><p>后</p>';
  const document = await readHtml(html);
  assert.deepEqual(cells(document), [
    [
      [
        ['规章', 1, 1],
        ['1', 1, 1],
        ['0', 1, 1],
      ],
      [
        ['行政规范性文件', 1, 1],
        ['8', 1, 1],
      ],
    ],
  ]);
  assert.deepEqual(paragraphs(document), ['后']);
});

// ---------------------------------------------------------------------------------------------
// Hostile pages. A test that hangs is stopped by node:test's timeout (generous: this machine is shared).

const HANG_GUARD = {timeout: 120_000};

test(
  'a 50 MB page of table cells ends with a message within the caps: the table is cut at the cell cap and says so',
  HANG_GUARD,
  async () => {
    const cell = '<td>1</td>';
    const row = `<tr>${cell.repeat(100)}</tr>`;
    const head = '<p>一、总体情况</p><table>';
    const html = head + row.repeat(Math.floor((IMPORT_LIMITS.fileBytes - head.length) / row.length));
    assert.ok(html.length > 49 * 1024 * 1024 && html.length <= IMPORT_LIMITS.fileBytes);
    const document = await readHtml(html);
    assert.deepEqual(paragraphs(document), ['一、总体情况']);
    const [table] = document.blocks.filter((b) => b.kind === 'table');
    assert.equal(table.table.rows.length * 100, IMPORT_LIMITS.tableCells);
    assert.deepEqual(
      document.problems.map((problem) => problem.code),
      ['table-too-large'],
    );
    assert.match(document.problems[0].message.zh, /单元格/);
  },
);

test('a 50 MB page of paragraphs stops at the block cap and says so', HANG_GUARD, async () => {
  const html = '<p>段</p>'.repeat(Math.floor(IMPORT_LIMITS.fileBytes / 9));
  const document = await readHtml(html);
  assert.equal(document.blocks.length, IMPORT_LIMITS.blocks);
  assert.deepEqual(
    document.problems.map((problem) => problem.code),
    ['too-many-blocks'],
  );
});

test('a page above the 50 MB cap is refused unread, in both languages', async () => {
  try {
    await readHtml('x'.repeat(IMPORT_LIMITS.fileBytes + 1));
    assert.fail('read');
  } catch (error) {
    assert.ok(error instanceof ImportRefusal);
    assert.equal(error.problem.code, 'file-too-large');
    assert.match(error.problem.message.zh, /50 MB/);
    assert.match(error.problem.message.en, /50 MB/);
  }
});

test(
  'deeply nested HTML (a million unclosed elements) ends with what came before and a message',
  HANG_GUARD,
  async () => {
    const html = '<p>一、总体情况</p><table><tr><td>1</td></tr></table>' + '<div><span><b>'.repeat(400_000) + 'x';
    const document = await readHtml(html);
    assert.deepEqual(paragraphs(document), ['一、总体情况']);
    assert.deepEqual(cells(document), [[[['1', 1, 1]]]]);
    assert.deepEqual(
      document.problems.map((problem) => problem.code),
      ['html-too-deep'],
    );
    assert.match(document.problems[0].message.en, /512/);
  },
);

test('tables nested a hundred deep read as text of the innermost, never as a stack overflow', HANG_GUARD, async () => {
  const html = '<table><tr><td>'.repeat(100) + '最里面' + '</td></tr></table>'.repeat(100);
  const document = await readHtml(html);
  assert.deepEqual(cells(document), [[[['最里面', 1, 1]]]]);
});
