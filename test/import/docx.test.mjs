// The .docx reader (src/import/read-docx.ts): what the test generator writes in the official
// template's shape comes back cell for cell (text, spans, order) and paragraph for paragraph, from
// the committed fixtures; Word's XML constructs (tabs, breaks, tracked changes, merges, nested
// tables) read as a person sees them; hostile files end with a refusal in both languages.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {zipSync, strToU8} from 'fflate';
import {readDocx, readDocumentXml} from '../../dist/node/import/read-docx.js';
import {ImportRefusal} from '../../dist/node/import/source.js';
import {IMPORT_LIMITS} from '../../dist/node/import/limits.js';
import {variants} from '../support/import-variants.mjs';
import {documentBlocks} from '../support/report-layout.mjs';
import {reportToDocx} from '../support/write-docx.mjs';

const fixture = (id) => new Uint8Array(readFileSync(new URL(`../fixtures/import/${id}.docx`, import.meta.url)));

/** What a reader should give for a generated file: the layout's paragraphs and cells, in order. */
function expectedBlocks(variant) {
  return documentBlocks(variant.report, variant.style).map((block) =>
    block.kind === 'table'
      ? {table: block.rows.map((row) => row.map(({text, rowSpan, colSpan}) => ({text, rowSpan, colSpan})))}
      : {paragraph: block.text},
  );
}

const readBlocks = (document) =>
  document.blocks.map((block) =>
    block.kind === 'table'
      ? {table: block.table.rows.map((row) => row.map(({text, rowSpan, colSpan}) => ({text, rowSpan, colSpan})))}
      : {paragraph: block.text},
  );

for (const variant of variants) {
  test(`${variant.id}.docx reads back as written: every paragraph, every cell with its spans, in order`, async () => {
    const document = await readDocx(fixture(variant.id));
    assert.deepEqual(document.problems, []);
    assert.deepEqual(readBlocks(document), expectedBlocks(variant));
  });
}

test('the committed .docx fixtures are what the generator writes now (npm run build:node && node test/support/write-import-fixtures.mjs)', async () => {
  for (const variant of variants) {
    const fresh = await readDocx(await reportToDocx(variant.report, variant.style));
    assert.deepEqual(readBlocks(await readDocx(fixture(variant.id))), readBlocks(fresh), variant.id);
  }
});

test('table 三 of the template: the corner note spans 3×3, 三、本年度办理结果 22 rows, （三）不予公开 8, and covered cells are left out', async () => {
  const document = await readDocx(fixture('huaian-2024'));
  const tables = document.blocks.filter((block) => block.kind === 'table').map((block) => block.table);
  assert.equal(tables.length, 3);
  const requests = tables[1];
  assert.equal(requests.structured, true);
  assert.deepEqual(requests.origin, {table: 1});
  const [corner] = requests.rows[0];
  assert.match(corner.text, /勾稽关系/);
  assert.deepEqual([corner.rowSpan, corner.colSpan], [3, 3]);
  // Row 5 (0-based) is the first of 三、本年度办理结果: its label, （一）予以公开, then seven numbers.
  const results = requests.rows[5];
  assert.equal(results[0].text, '三、本年度办理结果');
  assert.equal(results[0].rowSpan, 22);
  assert.deepEqual(
    results.map((cell) => cell.text),
    ['三、本年度办理结果', '（一）予以公开', '1288', '21', '0', '0', '50', '3', '1362'],
  );
  const withheld = requests.rows[7];
  assert.deepEqual([withheld[0].text, withheld[0].rowSpan, withheld[1].text], ['（三）不予公开', 8, '1.属于国家秘密']);
  // The next row starts at the third label column: the two merged labels are not repeated.
  assert.equal(requests.rows[8][0].text, '2.其他法律行政法规禁止公开');
  assert.deepEqual(requests.rows[8][1].origin, {table: 1, row: 8, cell: 1});
  assert.equal(requests.rows.length, 28);
});

test('a blank cell reads as empty text, never as 0', async () => {
  const document = await readDocx(fixture('huaian-2024-blank'));
  const requests = document.blocks.filter((block) => block.kind === 'table')[1].table;
  assert.deepEqual(
    requests.rows[7].slice(2).map((cell) => cell.text),
    ['', '0', '0', '0', '0', '0', '2'],
  );
});

// ---------------------------------------------------------------------------------------------
// Word's XML, written by hand

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const xmlOf = (body, prolog = '') =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${prolog}<w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`;
const docxOf = (xml, extra = {}) =>
  zipSync({'[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8(xml), ...extra});
const p = (...runs) => `<w:p>${runs.join('')}</w:p>`;
const r = (inner) => `<w:r>${inner}</w:r>`;
const t = (text) => `<w:t xml:space="preserve">${text}</w:t>`;
const tc = (inner, props = '') => `<w:tc><w:tcPr>${props}</w:tcPr>${inner}</w:tc>`;
const tr = (...cells) => `<w:tr>${cells.join('')}</w:tr>`;
const tbl = (...rows) => `<w:tbl><w:tblGrid/>${rows.join('')}</w:tbl>`;

const paragraphs = (document) => document.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text);
const cells = (document) =>
  document.blocks
    .filter((b) => b.kind === 'table')
    .map((b) => b.table.rows.map((row) => row.map((cell) => [cell.text, cell.rowSpan, cell.colSpan])));

test('runs: w:tab is a tab, w:br and w:cr are line breaks, runs and their pieces join, tab stops in w:pPr are not text', async () => {
  const xml = xmlOf(
    p(
      '<w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>',
      r(t('一、总')),
      r(t('体情况')),
      r('<w:tab/>'),
      r(t('A') + '<w:br/>' + t('B')),
    ) + p(r(t('x') + '<w:cr/>' + t('y'))),
  );
  const document = await readDocx(docxOf(xml));
  assert.deepEqual(paragraphs(document), ['一、总体情况\tA\nB', 'x\ny']);
});

test('tracked changes: inserted text is read, deleted and moved-away text is not; field codes are not text, their results are', async () => {
  const xml = xmlOf(
    p(
      r(t('本年')),
      `<w:del w:id="1"><w:r><w:delText>新收</w:delText></w:r></w:del>`,
      `<w:ins w:id="2">${r(t('收到'))}</w:ins>`,
      `<w:moveFrom w:id="3">${r(t('旧位置'))}</w:moveFrom>`,
      r('<w:fldChar w:fldCharType="begin"/>'),
      r('<w:instrText> PAGE </w:instrText>'),
      r('<w:fldChar w:fldCharType="separate"/>'),
      r(t('3')),
      r('<w:fldChar w:fldCharType="end"/>'),
    ),
  );
  assert.deepEqual(paragraphs(await readDocx(docxOf(xml))), ['本年收到3']);
});

test("hyperlinks, smart tags and content controls keep their text; a drawing's fallback copy is not read twice", async () => {
  const xml = xmlOf(
    p(
      `<w:hyperlink r:id="rId9" xmlns:r="x">${r(t('政府网站'))}</w:hyperlink>`,
      `<w:smartTag w:element="place">${r(t('淮安'))}</w:smartTag>`,
      `<w:sdt><w:sdtPr><w:alias w:val="年份"/></w:sdtPr><w:sdtContent>${r(t('2024'))}</w:sdtContent></w:sdt>`,
      `<mc:AlternateContent xmlns:mc="m"><mc:Choice Requires="wps">${r(t('框'))}</mc:Choice><mc:Fallback>${r(t('框'))}</mc:Fallback></mc:AlternateContent>`,
    ),
  );
  assert.deepEqual(paragraphs(await readDocx(docxOf(xml))), ['政府网站淮安2024框']);
});

test('cells: gridSpan is colSpan, vMerge restart spans the continue cells below in its grid column, several paragraphs join with \\n', async () => {
  const xml = xmlOf(
    tbl(
      tr(
        tc(p(r(t('三、本年度')), r(t('办理结果'))), '<w:vMerge w:val="restart"/>'),
        tc(p(r(t('（一）予以公开'))), '<w:gridSpan w:val="2"/>'),
        tc(p(r(t('1')))),
      ),
      tr(tc(p(), '<w:vMerge/>'), tc(p(r(t('（三）'))) + p(r(t('不予公开')))), tc(p(r(t('a')))), tc(p(r(t('2'))))),
      tr(tc(p(), '<w:vMerge w:val="continue"/>'), tc(p(r(t('x')))), tc(p(r(t('y')))), tc(p())),
      // A continuation under nothing (Word writes these after a row is deleted) stays a cell.
      tr(tc(p(r(t('四、'))), '<w:gridSpan w:val="3"/>'), tc(p(), '<w:vMerge/>')),
    ),
  );
  assert.deepEqual(cells(await readDocx(docxOf(xml))), [
    [
      [
        ['三、本年度办理结果', 3, 1],
        ['（一）予以公开', 1, 2],
        ['1', 1, 1],
      ],
      [
        ['（三）\n不予公开', 1, 1],
        ['a', 1, 1],
        ['2', 1, 1],
      ],
      [
        ['x', 1, 1],
        ['y', 1, 1],
        ['', 1, 1],
      ],
      [
        ['四、', 1, 3],
        ['', 1, 1],
      ],
    ],
  ]);
});

test('a vMerge follows its grid column past w:gridBefore and spans, not the cell index', async () => {
  const xml = xmlOf(
    tbl(
      tr(tc(p(r(t('A'))), '<w:gridSpan w:val="2"/>'), tc(p(r(t('B'))), '<w:vMerge w:val="restart"/>')),
      `<w:tr><w:trPr><w:gridBefore w:val="2"/></w:trPr>${tc(p(), '<w:vMerge/>')}</w:tr>`,
      tr(tc(p(r(t('C')))), tc(p(r(t('D')))), tc(p(), '<w:vMerge/>')),
    ),
  );
  assert.deepEqual(cells(await readDocx(docxOf(xml))), [
    [
      [
        ['A', 1, 2],
        ['B', 3, 1],
      ],
      [],
      [
        ['C', 1, 1],
        ['D', 1, 1],
      ],
    ],
  ]);
});

test("a table nested in a cell becomes that cell's text (cells by tabs, rows by line breaks); spans out of range read as 1", async () => {
  const inner = tbl(tr(tc(p(r(t('甲')))), tc(p(r(t('乙'))))), tr(tc(p(r(t('丙')))), tc(p(r(t('丁'))))));
  const xml = xmlOf(
    tbl(tr(tc(p(r(t('外'))) + inner), tc(p(r(t('9'))), '<w:gridSpan w:val="99999"/>'))) + p(r(t('后'))),
  );
  const document = await readDocx(docxOf(xml));
  assert.deepEqual(cells(document), [
    [
      [
        ['外\n甲\t乙\n丙\t丁', 1, 1],
        ['9', 1, 1],
      ],
    ],
  ]);
  assert.deepEqual(paragraphs(document), ['后']);
  assert.equal(document.blocks.length, 2, 'the nested table is not a block of its own');
});

test('paragraphs keep their text as found (full-width forms, NBSP, spaces) and are numbered in reading order', async () => {
  const document = await readDocx(docxOf(xmlOf(p(r(t('１，３６３\u00a0 件'))) + p() + p(r(t('&amp;&lt;&#x4E00;'))))));
  assert.deepEqual(
    document.blocks.map((b) => [b.text, b.origin]),
    [
      ['１，３６３\u00a0 件', {line: 1}],
      ['&<一', {line: 2}],
    ],
  );
});

const numPr = (numId, level = 0) =>
  `<w:pPr><w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="${numId}"/></w:numPr></w:pPr>`;
const numberingXml = `<w:numbering xmlns:w="${W}">
  <w:abstractNum w:abstractNumId="0">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:suff w:val="nothing"/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
    <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2.%3"/><w:suff w:val="space"/></w:lvl>
  </w:abstractNum>
  <w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="●"/></w:lvl></w:abstractNum>
  <w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:start w:val="9"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl></w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
  <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
  <w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>
</w:numbering>`;

test("Word's automatic numbering is put back as Word shows it: 一、 and （一） counted per list, deeper levels restarting, with the level's suffix", async () => {
  const body = [
    p(numPr(1), r(t('总体情况'))),
    p(numPr(1, 1), r(t('主动公开'))),
    p(numPr(1, 1), r(t('依申请公开'))),
    p(numPr(1, 2), r(t('细目'))),
    p(r(t('正文不编号'))),
    p(numPr(1), r(t('主动公开政府信息情况'))),
    p(numPr(1, 1), r(t('重新计数'))),
    p(numPr(2), r(t('项目符号'))),
    p(numPr(3), r(t('从九开始'))),
    p(numPr(3), r(t('第十'))),
    p(numPr(0), r(t('numId 0 不编号'))),
  ].join('');
  const document = await readDocx(docxOf(xmlOf(body), {'word/numbering.xml': strToU8(numberingXml)}));
  assert.deepEqual(paragraphs(document), [
    '一、总体情况',
    '（一）\t主动公开',
    '（二）\t依申请公开',
    '二.1 细目', // %2 in the level-1 format, as Word shows it (no w:isLgl)
    '正文不编号',
    '二、主动公开政府信息情况',
    '（一）\t重新计数',
    '项目符号',
    '九、\t从九开始',
    '十、\t第十',
    'numId 0 不编号',
  ]);
  assert.deepEqual(document.problems, []);
});

test('numbering that cannot be worked out (no numbering.xml, an unknown list) is named as a problem, the text kept', async () => {
  for (const extra of [{}, {'word/numbering.xml': strToU8(numberingXml)}]) {
    const document = await readDocx(docxOf(xmlOf(p(numPr(7), r(t('总体情况'))))), extra);
    assert.deepEqual(paragraphs(document), ['总体情况']);
    assert.deepEqual(
      document.problems.map((problem) => problem.code),
      ['docx-auto-numbering'],
    );
    assert.match(document.problems[0].message.zh, /自动编号/);
    assert.match(document.problems[0].message.en, /numbered automatically/);
  }
});

// ---------------------------------------------------------------------------------------------
// Hostile files

async function refusal(promise) {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof ImportRefusal, `an ImportRefusal, not ${error}`);
    assert.ok(error.problem.message.zh.length > 0 && error.problem.message.en.length > 0);
    assert.match(error.problem.message.zh, /[\u4e00-\u9fff]/);
    return error.problem;
  }
  assert.fail('the file was read');
}

test('not a zip (text, a PDF, empty, random bytes) is refused with words in both languages, naming .doc', async () => {
  for (const bytes of [
    strToU8('一、总体情况'),
    strToU8('%PDF-1.7\n'),
    new Uint8Array(0),
    Uint8Array.from({length: 4096}, (_, i) => (i * 7919) % 251),
  ]) {
    const problem = await refusal(readDocx(bytes));
    assert.equal(problem.code, 'docx-not-a-zip');
    assert.match(problem.message.en, /\.docx/);
    assert.match(problem.message.zh, /另存为 \.docx/);
  }
});

test('a zip without word/document.xml is refused as not a Word document', async () => {
  const problem = await refusal(readDocx(zipSync({'xl/workbook.xml': strToU8('<workbook/>')})));
  assert.equal(problem.code, 'docx-no-document');
});

test('a truncated .docx (the zip cut in half) is refused, not half read', async () => {
  const whole = fixture('xiguan-2024');
  const problem = await refusal(readDocx(whole.subarray(0, Math.floor(whole.length / 2))));
  assert.ok(['docx-not-a-zip', 'docx-damaged'].includes(problem.code), problem.code);
});

test('malformed XML (cut off, or a tag closed by the wrong end tag) is refused as damaged', async () => {
  const good = xmlOf(p(r(t('一、总体情况'))));
  for (const xml of [
    good.slice(0, good.length - 30),
    good.replace('</w:r>', '</w:p>'),
    '<w:document>',
    'not xml at all',
  ]) {
    const problem = await refusal(readDocx(docxOf(xml)));
    assert.equal(problem.code, 'docx-malformed-xml', xml);
  }
});

test("billion laughs: a DOCTYPE's nested entities are not expanded (the text keeps the reference as written)", async () => {
  const levels = ['<!ENTITY lol0 "lol">'];
  for (let i = 1; i <= 9; i++) levels.push(`<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`);
  const xml = xmlOf(p(r(t('&lol9;'))), `<!DOCTYPE lolz [${levels.join('')}]>`);
  const document = await readDocx(docxOf(xml));
  const text = paragraphs(document).join('');
  assert.ok(!text.includes('lollol'), 'no expansion');
  assert.ok(text.length < 100, `short text, got ${text.length} characters`);
});

test("an external SYSTEM entity is not fetched or read: the file's content never reaches the text", async () => {
  const xml = xmlOf(p(r(t('&xxe;'))), '<!DOCTYPE d [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>');
  const text = paragraphs(await readDocx(docxOf(xml))).join('');
  assert.ok(!/root:/.test(text), text);
  assert.equal(text, '&xxe;');
});

/** A zip whose document.xml really inflates to `bytes`, its sizes in both headers set to `claim`. */
function bomb(bytes, claim) {
  const xml = new Uint8Array(bytes).fill(0x20);
  xml.set(strToU8(`<w:document xmlns:w="${W}"><w:body>`));
  const zip = zipSync({'word/document.xml': [xml, {level: 9}]});
  if (claim !== undefined) {
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    for (let i = 0; i < zip.length - 4; i++) {
      const signature = view.getUint32(i, true);
      if (signature === 0x04034b50) view.setUint32(i + 22, claim, true); // local header
      if (signature === 0x02014b50) view.setUint32(i + 24, claim, true); // central directory
    }
  }
  return zip;
}

test('zip bomb: an entry declaring more than the cap is refused before it is inflated', async () => {
  const zip = bomb(IMPORT_LIMITS.zipEntryBytes + 1024 * 1024);
  assert.ok(zip.length < 100_000, 'a small file');
  const problem = await refusal(readDocx(zip));
  assert.equal(problem.code, 'docx-too-large-unzipped');
  assert.match(problem.message.en, /zip bomb/);
});

test('zip bomb that lies about its size (headers say 2 KB): refused once the inflated bytes pass the cap', async () => {
  const problem = await refusal(readDocx(bomb(IMPORT_LIMITS.zipEntryBytes + 1024 * 1024, 2048)));
  assert.equal(problem.code, 'docx-too-large-unzipped');
});

test('a file above the 50 MB cap is refused unread', async () => {
  const problem = await refusal(readDocx(new Uint8Array(IMPORT_LIMITS.fileBytes + 1)));
  assert.equal(problem.code, 'file-too-large');
  assert.match(problem.message.zh, /50 MB/);
});

test('the reader stands alone on the XML too (readDocumentXml), for the same text', () => {
  assert.deepEqual(paragraphs(readDocumentXml(xmlOf(p(r(t('六、其他需要报告的事项')))))), ['六、其他需要报告的事项']);
});

test('a table of more than 10,000 cells is cut at the cap and says so; the paragraphs after it are still read', async () => {
  const row = tr(...Array.from({length: 100}, () => tc(p(r(t('0'))))));
  const document = await readDocx(docxOf(xmlOf(tbl(...Array(150).fill(row)) + p(r(t('六、其他需要报告的事项'))))));
  const [table] = document.blocks.filter((b) => b.kind === 'table');
  assert.equal(table.table.rows.length * 100, IMPORT_LIMITS.tableCells);
  assert.deepEqual(
    document.problems.map((problem) => problem.code),
    ['table-too-large'],
  );
  assert.deepEqual(paragraphs(document), ['六、其他需要报告的事项']);
});

test("a text box's paragraphs are read once, inside the paragraph that anchors it", async () => {
  const box = `<w:drawing><wp:anchor xmlns:wp="wp"><a:graphic xmlns:a="a"><a:graphicData><wps:wsp xmlns:wps="wps"><wps:txbx><w:txbxContent>${p(r(t('框内')))}</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>`;
  const document = await readDocx(docxOf(xmlOf(p(r(t('前')), r(box), r(t('后'))) + p(r(t('下一段'))))));
  assert.deepEqual(paragraphs(document), ['前\n框内后', '下一段']);
});
