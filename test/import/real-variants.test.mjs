// The import on the shapes real reports take that the generated fixtures do not: tables printed in
// another order or cut in other places than the official template, two reports on one page, label
// spellings, tables a Word file keeps in text boxes or in a frame, page numbers in copied text.
// Each input is the 淮安 2024 example written in the official layout (test/support/report-layout.mjs)
// and then reshaped as such a report is; what the import places must equal the example, cell for
// cell, and what it cannot place it must list, never fill with another cell's value.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {strFromU8, strToU8, unzipSync, zipSync} from 'fflate';
import {importReport} from '../../dist/node/import/index.js';
import {readPdf} from '../../dist/node/import/read-pdf.js';
import {huaian2024, xiguan2024} from '../../dist/node/examples/index.js';
import {valueAt} from '../../dist/node/model/paths.js';
import {documentBlocks, reorderRequestColumns, swapProactiveColumns} from '../support/report-layout.mjs';
import {chinese, tableCellPaths} from '../support/import-expect.mjs';
import {reportAsText} from '../support/report-as-text.mjs';
import {encodeGbk} from '../support/encode-gbk.mjs';

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/\n/g, '<br/>');

/** The example's blocks in the official layout, each table's rows copied so a test may reshape them. */
const layout = (report = huaian2024) =>
  documentBlocks(report).map((block) =>
    block.kind === 'table' ? {...block, rows: block.rows.map((row) => row.map((cell) => ({...cell})))} : block,
  );
const tableAt = (blocks, id) => blocks.findIndex((block) => block.kind === 'table' && block.table === id);

/** Blocks as a portal page has them: paragraphs as <p>, every cell's text in a <p> as UEditor leaves it. */
const page = (blocks) =>
  `<html><body><div class="TRS_Editor">${blocks
    .map((block) =>
      block.kind === 'table'
        ? `<table border="1">${block.rows
            .map(
              (row) =>
                `<tr>${row
                  .map(
                    ({text, html, colSpan, rowSpan}) =>
                      `<td${colSpan > 1 ? ` colspan="${colSpan}"` : ''}${rowSpan > 1 ? ` rowspan="${rowSpan}"` : ''}><p>${html ?? escape(text)}</p></td>`,
                  )
                  .join('')}</tr>`,
            )
            .join('\n')}</table>`
        : `<p>${escape(block.text)}</p>`,
    )
    .join('\n')}</div></body></html>`;

const cell = (text, colSpan = 1, rowSpan = 1) => ({text, colSpan, rowSpan});

/** The cells of `table` (a path prefix) whose imported value differs from the example's. */
const differing = (report, table, expected = huaian2024) =>
  tableCellPaths(expected)
    .filter((path) => path.startsWith(table))
    .filter((path) => valueAt(report, path) !== valueAt(expected, path));

const notes = (issues) => issues.filter((issue) => issue.kind !== 'note');

async function importsWhole(data, name, table = '') {
  const {report, issues, provenance} = await importReport({data, name});
  assert.deepEqual(differing(report, table), []);
  assert.deepEqual(notes(issues), []);
  for (const path of tableCellPaths(huaian2024).filter((path) => path.startsWith(table)))
    assert.equal(provenance[path]?.placedBy, 'label', path);
  return {report, issues, provenance};
}

test('table 三 with its columns in another order (总计 first, the 法人 columns reversed): every value under its own header', async () => {
  const blocks = layout();
  reorderRequestColumns(blocks[tableAt(blocks, 'requests')].rows);
  await importsWhole(page(blocks), 'report.html', 'requests');
});

test('table 二 as four separate tables, each block under its own title line: every value placed', async () => {
  const blocks = layout();
  const at = tableAt(blocks, 'proactive');
  const parts = [];
  for (const row of blocks[at].rows) {
    if (row.length === 1)
      parts.push({kind: 'paragraph', text: row[0].text}, {kind: 'table', table: 'proactive', rows: []});
    else parts.at(-1).rows.push(row);
  }
  blocks.splice(at, 1, ...parts);
  await importsWhole(page(blocks), 'report.html', 'proactive');
});

test('table 二 with 本年废止件数 printed before 本年制发件数: each value under its own header', async () => {
  const blocks = layout();
  swapProactiveColumns(blocks[tableAt(blocks, 'proactive')].rows);
  await importsWhole(page(blocks), 'report.html', 'proactive');
});

test('table 二 printed without its 本年废止件数 column: 现行有效件数 stays in its cell, the missing column is listed, not filled', async () => {
  const blocks = layout();
  for (const row of blocks[tableAt(blocks, 'proactive')].rows)
    if (row.length === 4) {
      row.splice(2, 1);
      row[2].colSpan = 2;
    }
  const {report, issues} = await importReport({data: page(blocks), name: 'report.html'});
  const repealed = ['proactive.rules.repealed', 'proactive.normativeDocuments.repealed'];
  assert.deepEqual(differing(report, 'proactive'), repealed);
  for (const path of repealed) assert.equal(valueAt(report, path), null);
  assert.deepEqual(
    notes(issues).map((issue) => [issue.code, issue.path]),
    repealed.map((path) => ['column-missing', path]),
  );
});

/** Table 四 split into its 行政复议 and 行政诉讼 halves, each a table with its own headers. */
function appealHalves(blocks, {litigationHeaders} = {}) {
  const [, outcomesAndGroups, litigationOutcomes, values] = blocks[tableAt(blocks, 'appeals')].rows;
  const reconsideration = [
    [cell('行政复议', 5)],
    outcomesAndGroups.slice(0, 5).map((header) => ({...header, rowSpan: 1})),
    values.slice(0, 5),
  ];
  const litigation = [
    [cell('行政诉讼', 10)],
    outcomesAndGroups.slice(5),
    litigationHeaders ? litigationHeaders(litigationOutcomes) : litigationOutcomes,
    values.slice(5),
  ];
  return {reconsideration, litigation};
}

test('table 四 as two tables, 行政复议 then 行政诉讼, or 行政诉讼 first: each value by its headers', async () => {
  for (const order of [
    ['reconsideration', 'litigation'],
    ['litigation', 'reconsideration'],
  ]) {
    const blocks = layout();
    const halves = appealHalves(blocks);
    blocks.splice(
      tableAt(blocks, 'appeals'),
      1,
      ...order.map((half) => ({kind: 'table', table: 'appeals', rows: halves[half]})),
    );
    await importsWhole(page(blocks), 'report.html', 'appeals');
  }
});

test('table 四 as two tables whose headers no longer name every value, in another order than the format: nothing placed, all listed', async () => {
  const blocks = layout();
  // Half of 行政诉讼's outcome headers lost: the order would decide, and it is not the format's.
  const {reconsideration, litigation} = appealHalves(blocks, {litigationHeaders: (headers) => headers.slice(5)});
  blocks.splice(
    tableAt(blocks, 'appeals'),
    1,
    {kind: 'table', table: 'appeals', rows: litigation},
    {kind: 'table', table: 'appeals', rows: reconsideration},
  );
  const {report, issues, provenance} = await importReport({data: page(blocks), name: 'report.html'});
  const cells = tableCellPaths(huaian2024).filter((path) => path.startsWith('appeals'));
  for (const path of cells) {
    assert.equal(valueAt(report, path), null, path);
    assert.equal(provenance[path], undefined, path);
  }
  assert.deepEqual(
    notes(issues).map((issue) => [issue.code, issue.path]),
    cells.map((path) => ['cell-ambiguous', path]),
  );
});

test('table 四 transposed (one row per cell, 总计 first in each group): each value by the labels beside it', async () => {
  const blocks = layout();
  const at = tableAt(blocks, 'appeals');
  const values = blocks[at].rows[3];
  // Grid columns: the group (行政复议 over two columns, 行政诉讼), the way to court, the outcome, the number.
  const rows = [[cell('类别', 3), cell('件数')]];
  const groupCells = [
    [cell('行政复议', 2, 5)],
    [cell('行政诉讼', 1, 10), cell('未经复议直接起诉', 1, 5)],
    [cell('复议后起诉', 1, 5)],
  ];
  const outcomes = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
  groupCells.forEach((labels, group) =>
    [4, 0, 1, 2, 3].forEach((outcome, i) =>
      rows.push([...(i === 0 ? labels : []), cell(outcomes[outcome]), values[group * 5 + outcome]]),
    ),
  );
  blocks[at] = {...blocks[at], rows};
  await importsWhole(page(blocks), 'report.html', 'appeals');
});

test('a page with two reports, this year’s and last year’s under it: the first report, text and tables; the second’s tables listed, nothing mixed in', async () => {
  const lastYear = structuredClone(huaian2024);
  lastYear.year = 2023;
  delete lastYear.title;
  // Last year's numbers all differ from this year's, so a cell taken from the wrong report shows.
  const shift = (node) => {
    for (const [key, value] of Object.entries(node)) {
      if (typeof value === 'number') node[key] = value + 1000;
      else if (value && typeof value === 'object') shift(value);
    }
  };
  for (const table of ['proactive', 'requests', 'appeals']) shift(lastYear[table]);
  const {report, issues} = await importReport({data: page([...layout(), ...layout(lastYear)]), name: 'report.html'});
  // The whole report is the first one, its text too: the second's title line ends it.
  assert.deepEqual(report, chinese(huaian2024));
  assert.deepEqual(
    notes(issues).map((issue) => [issue.code, issue.path]),
    [
      ['table-repeated', 'proactive'],
      ['table-repeated', 'requests'],
      ['table-repeated', 'appeals'],
    ],
  );
  assert.match(issues.find((issue) => issue.code === 'table-repeated').message.zh, /不止一次/);
});

test('labels with 其它 for 其他 (「（六）其它处理」, 「3.其它」, the 其它 column) and 合计 for 总计: read as the format’s', async () => {
  for (const [word, printed] of [
    [/其他/g, '其它'],
    [/总计/g, '合计'],
  ]) {
    const blocks = layout();
    for (const block of blocks.filter((candidate) => candidate.kind === 'table'))
      for (const row of block.rows)
        for (const one of row) if (one.kind !== 'value') one.text = one.text.replace(word, printed);
    assert.ok(page(blocks).includes(printed));
    await importsWhole(page(blocks), 'report.html');
  }
});

test('labels as typists vary them: 法人 for 法人或其他组织, 1、 and (一) numbering, spaced-out short headers, a <br/> after the number', async () => {
  const blocks = layout();
  for (const block of blocks.filter((candidate) => candidate.kind === 'table'))
    for (const row of block.rows)
      for (const one of row) {
        if (one.kind === 'value') continue;
        one.text = one.text
          .replace('法人或其他组织', '法人')
          .replace(/^(\d)\./, '$1、')
          .replace(/^（(.)）/, '($1)\n');
        if ([...one.text].length <= 4) one.text = [...one.text].join(' ');
      }
  await importsWhole(page(blocks), 'report.html');
});

test('value cells as pages print them: grouped, full-width, 0.00, spaces; —, -, / and &nbsp; blank; 无 zero; anything else listed', async () => {
  const forms = [
    ['1,234', 1234, []],
    ['１，２３４', 1234, []],
    ['1 234', 1234, []],
    ['0.00', 0, []],
    ['<span>1</span><span>2</span>', 12, []],
    ['—', null, ['dash-as-blank']],
    ['-', null, ['dash-as-blank']],
    ['/', null, ['dash-as-blank']],
    ['&nbsp;&nbsp;', null, []],
    ['无', 0, ['none-as-zero']],
    ['〇', null, ['not-a-number']],
    ['*', null, ['not-a-number']],
  ];
  for (const [html, expected, codes] of forms) {
    const blocks = layout();
    const newReceived = blocks[tableAt(blocks, 'requests')].rows[3];
    newReceived[newReceived.length - 7].html = html;
    const {report, issues} = await importReport({data: page(blocks), name: 'report.html'});
    assert.equal(report.requests.newReceived.naturalPerson, expected, html);
    assert.deepEqual(
      issues.filter((issue) => issue.path === 'requests.newReceived.naturalPerson').map((issue) => issue.code),
      codes,
      html,
    );
  }
});

// Word files: the 淮安 .docx fixture (the official template's shape) with its document.xml reshaped.
const docxParts = unzipSync(
  new Uint8Array(readFileSync(new URL('../fixtures/import/huaian-2024.docx', import.meta.url))),
);
const documentXml = strFromU8(docxParts['word/document.xml']);
const reshapedDocx = (reshape) => zipSync({...docxParts, 'word/document.xml': strToU8(reshape(documentXml))});
/** Each top-level table of the fixture (it has no nested ones). */
const eachTable = (xml, wrap) => xml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, wrap);

test('a .docx whose tables sit in text boxes (Word’s drawing, with its VML fallback copy): the tables are read, once', async () => {
  const textBox = (content) => `<w:txbxContent>${content}<w:p/></w:txbxContent>`;
  const docx = reshapedDocx((xml) =>
    eachTable(
      xml,
      (table) =>
        `<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData><wps:wsp><wps:txbx>${textBox(table)}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>${textBox(table)}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`,
    ),
  );
  await importsWhole(docx, 'report.docx');
});

test('a .docx whose tables sit each in a one-cell frame table: the tables inside are read as tables', async () => {
  const docx = reshapedDocx((xml) =>
    eachTable(
      xml,
      (table) => `<w:tbl><w:tblGrid><w:gridCol/></w:tblGrid><w:tr><w:tc>${table}<w:p/></w:tc></w:tr></w:tbl>`,
    ),
  );
  await importsWhole(docx, 'report.docx');
});

test('a .docx as WPS and edits leave it: runs cut per character among bookmarks, a tracked change in a value cell, old w:hMerge', async () => {
  const perCharacter = (xml) =>
    xml.replace(/<w:t xml:space="preserve">([^<]+)<\/w:t>/g, (_, text) =>
      [...text]
        .map(
          (character) =>
            `<w:t>${character}</w:t></w:r><w:bookmarkStart w:id="0" w:name="_GoBack"/><w:bookmarkEnd w:id="0"/><w:r><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr>`,
        )
        .join(''),
    );
  // The first 53 (商业企业 of 一、本年新收政府信息公开申请数量) typed over a deleted 99.
  const tracked = (xml) =>
    xml.replace(
      /<w:r>(<w:rPr>(?:(?!<\/w:rPr>).)*<\/w:rPr>)<w:t xml:space="preserve">53<\/w:t><\/w:r>/,
      (_, properties) =>
        `<w:del w:id="1" w:author="a"><w:r>${properties}<w:delText>99</w:delText></w:r></w:del><w:ins w:id="2" w:author="a"><w:r>${properties}<w:t>5</w:t></w:r><w:r><w:t>3</w:t></w:r></w:ins>`,
    );
  // Horizontal merges as Word 2003 wrote them: a restart cell and a continuation cell per column it covers.
  const hMerge = (xml) =>
    xml.replace(/<w:tc>[\s\S]*?<\/w:tc>/g, (tc) => {
      const span = /<w:gridSpan w:val="(\d+)"\/>/.exec(tc);
      return span
        ? tc.replace(span[0], '<w:hMerge w:val="restart"/>') +
            '<w:tc><w:tcPr><w:hMerge/></w:tcPr><w:p/></w:tc>'.repeat(Number(span[1]) - 1)
        : tc;
    });
  for (const reshape of [perCharacter, tracked, hMerge]) {
    assert.notEqual(reshape(documentXml), documentXml, reshape.name);
    await importsWhole(reshapedDocx(reshape), 'report.docx');
  }
});

test('copied text with a page break in table 三 (the page number, the head printed again) and in table 四: one table each, nothing else listed', async () => {
  const lines = reportAsText(huaian2024).split('\n');
  const head = lines.findIndex((line) => line.startsWith('本列数据的勾稽关系'));
  const cut = head + 3 + 12;
  const withBreak = [...lines.slice(0, cut), '', '- 3 -', '', ...lines.slice(head, head + 3), ...lines.slice(cut)];
  const appeals = withBreak.findIndex((line) => line.startsWith('行政复议'));
  withBreak.splice(appeals + 3, 0, '', '第 4 页 共 5 页', '', ...withBreak.slice(appeals, appeals + 3));
  await importsWhole(withBreak.join('\n'), 'report.txt');
});

test('a .docx whose rows start past empty grid columns (w:gridBefore) where Word would write merged cells’ continuations: every value in its column', async () => {
  const gridSpanOf = (cellXml) => Number(/<w:gridSpan w:val="(\d+)"\/>/.exec(cellXml)?.[1] ?? 1);
  let rows = 0;
  const docx = reshapedDocx((xml) =>
    xml.replace(
      /<w:tr>((?:<w:tc>(?:(?!<\/w:tc>).)*?<w:vMerge w:val="continue"\/>(?:(?!<\/w:tc>).)*?<\/w:tc>)+)/g,
      (_, leading) => {
        rows++;
        const columns = [...leading.matchAll(/<w:tc>(?:(?!<\/w:tc>).)*<\/w:tc>/g)].reduce(
          (sum, [cellXml]) => sum + gridSpanOf(cellXml),
          0,
        );
        return `<w:tr><w:trPr><w:gridBefore w:val="${columns}"/></w:trPr>`;
      },
    ),
  );
  assert.ok(rows > 20, 'the rows under 三、本年度办理结果 and its groups start past empty columns');
  await importsWhole(docx, 'report.docx');
});

test('title lines as offices print them: the year in full-width or Chinese digits, 年报, 关于 before the year, 《》 around it', async () => {
  const titles = [
    ['淮安市人民政府２０２４年政府信息公开工作年度报告', '淮安市人民政府２０２４年政府信息公开工作年度报告'],
    ['淮安市人民政府二〇二四年政府信息公开工作年度报告', '淮安市人民政府二〇二四年政府信息公开工作年度报告'],
    ['淮安市人民政府二零二四年政府信息公开工作年度报告', '淮安市人民政府二零二四年政府信息公开工作年度报告'],
    ['淮安市人民政府2024年政府信息公开工作年报', '淮安市人民政府2024年政府信息公开工作年报'],
    ['淮安市人民政府关于2024年政府信息公开工作年度报告', '淮安市人民政府关于2024年政府信息公开工作年度报告'],
    ['《淮安市人民政府2024年政府信息公开工作年度报告》', '淮安市人民政府2024年政府信息公开工作年度报告'],
  ];
  for (const [printed, title] of titles) {
    const blocks = layout();
    blocks[0] = {...blocks[0], text: printed};
    const {report, issues} = await importReport({data: page(blocks), name: 'report.html'});
    assert.deepEqual([report.year, report.agency, report.title], [2024, '淮安市人民政府', title], printed);
    assert.deepEqual(notes(issues), [], printed);
  }
});

test('a portal page in GBK that says so only as <meta charset=gbk> (unquoted), or not at all: read as GBK', async () => {
  const utf8 = readFileSync(new URL('../fixtures/import/huaian-2024.html', import.meta.url), 'utf8');
  const declared = utf8.replace(/<meta http-equiv="Content-Type"[^>]*>/, '<meta charset=gbk>');
  assert.notEqual(declared, utf8);
  for (const html of [declared, declared.replace('<meta charset=gbk>', '')]) {
    const {report, issues} = await importReport({data: encodeGbk(html), name: 'report.html'});
    assert.equal(report.agency, '淮安市人民政府');
    assert.deepEqual(differing(report, ''), []);
    assert.deepEqual(notes(issues), []);
  }
});

test('a running header left in copied text (the title without the agency, or with it) is no report text and ends nothing', async () => {
  for (const header of ['2024年政府信息公开工作年度报告', '淮安市人民政府2024年政府信息公开工作年度报告']) {
    const blocks = layout().flatMap((block) =>
      block.kind === 'heading' && !block.text.startsWith('一') ? [{kind: 'paragraph', text: header}, block] : [block],
    );
    const {report, issues} = await importReport({data: page(blocks), name: 'report.html'});
    assert.deepEqual(report, chinese(huaian2024), header);
    assert.deepEqual(notes(issues), [], header);
  }
});

test('page numbers left in a portal page’s text as other printouts set them (full-width dashes, 共 N 页 first, Page N of M): no report text', async () => {
  const numbers = ['－ 3 －', '共 5 页 第 3 页', 'Page 3 of 5', '3/5'];
  let next = 0;
  const blocks = layout().flatMap((block) =>
    block.kind === 'heading' && !block.text.startsWith('一')
      ? [{kind: 'paragraph', text: numbers[next++ % numbers.length]}, block]
      : [block],
  );
  assert.ok(next >= numbers.length);
  const {report, issues} = await importReport({data: page(blocks), name: 'report.html'});
  assert.deepEqual(report, chinese(huaian2024));
  assert.deepEqual(notes(issues), []);
});

/** The 西关 example's blocks with the sub-heads of 一 (（一）主动公开 …) numbered by `number(n)` instead. */
const overviewNumbered = (number, {runIn = false} = {}) => {
  let n = 0;
  const blocks = layout(xiguan2024).flatMap((block, i, all) => {
    if (block.kind !== 'subhead') return [block];
    const title = block.text.replace(/^（[一二三四五六七八九十]+）/u, number(++n));
    // Run in: the head, a colon, then its first paragraph, in one paragraph.
    if (runIn) all[i + 1] = {...all[i + 1], text: `${title}：${all[i + 1].text}`};
    return runIn ? [] : [{kind: 'paragraph', text: title}];
  });
  return {blocks, count: n};
};

test('sub-heads of 一 numbered 「1.」 or 「1、」 (alone on their line, or run in before a colon): the overview’s parts, as （一）… are', async () => {
  for (const [number, runIn] of [
    [(n) => `${n}.`, false],
    [(n) => `${n}、`, false],
    [(n) => `${n}.`, true],
  ]) {
    const {blocks, count} = overviewNumbered(number, {runIn});
    assert.ok(count >= 2);
    const {report} = await importReport({data: page(blocks), name: 'report.html'});
    const expected = chinese(xiguan2024).overview;
    let n = 0;
    assert.deepEqual(report.overview, {
      ...expected,
      parts: expected.parts.map((part) => ({
        ...part,
        title: part.title.replace(/^（[一二三四五六七八九十]+）/u, number(++n)),
      })),
    });
  }
});

test('numbered paragraphs of 一 that are not sub-heads (sentences, or numbers that do not run 1, 2, 3): the text left whole', async () => {
  const sentences = layout(xiguan2024).flatMap((block) => (block.kind === 'subhead' ? [] : [block]));
  const overview = sentences.findIndex((block) => block.kind === 'heading' && block.text.startsWith('一'));
  const items = ['1.本年度主动公开政府信息。', '2.本年度办理依申请公开。'];
  const skipping = ['1.主动公开', '3.依申请公开'];
  for (const numbered of [items, skipping]) {
    const blocks = [...sentences];
    blocks.splice(overview + 1, 0, ...numbered.map((text) => ({kind: 'paragraph', text})));
    const {report} = await importReport({data: page(blocks), name: 'report.html'});
    const whole = chinese(xiguan2024).overview.parts.flatMap((part) => part.paragraphs);
    assert.deepEqual(report.overview, {paragraphs: [...numbered, ...whole]}, numbered[0]);
  }
});

// PDFs whose tables have no rules: the reader keeps where each cell was printed, and a value's
// column is the header printed over it, not its place in the row.

const fixture = (name) => new Uint8Array(readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url)));

test('a PDF without ruled lines, table 三’s columns in another order and table 二’s 本年废止件数 first: every value under its own header', async () => {
  await importsWhole(fixture('huaian-2024.reordered.pdf'), 'report.pdf');
});

test('a PDF without ruled lines, table 四’s groups in another order (行政诉讼 first, 复议后起诉 before 未经复议直接起诉, 行政复议’s 总计 first): every value under its own headers', async () => {
  await importsWhole(fixture('huaian-2024.appeals-reordered.pdf'), 'report.pdf');
});

test('a PDF without ruled lines where table 四’s headers name only some of its values: its 15 cells listed (columns-unclear), none filled in printed order', async () => {
  const {writePdf} = await import('../support/write-pdf.mjs');
  const line = (text, x, y) => ({text, x, y, size: 9, chinese: true});
  const outcomes = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
  const x = (i) => 40 + 34 * i;
  const pdf = writePdf([
    {
      lines: [
        line('四、政府信息公开行政复议、行政诉讼情况', 40, 780),
        line('行政复议', x(0), 740),
        line('行政诉讼', x(5), 740),
        line('未经复议直接起诉', x(5), 725),
        line('复议后起诉', x(10), 725),
        // 行政复议's outcomes printed; the 行政诉讼 outcomes' header row is lost (as when cut off a page).
        ...outcomes.map((outcome, i) => line(outcome.slice(0, 2), x(i), 710)),
        ...outcomes.map((outcome, i) => line(outcome.slice(2), x(i), 700)),
        ...Array.from({length: 15}, (_, i) => line(String(i + 1), x(i), 680)),
      ],
    },
  ]);
  const {report, issues} = await importReport({data: pdf, name: 'report.pdf'});
  const cells = tableCellPaths(huaian2024).filter((path) => path.startsWith('appeals.'));
  assert.equal(cells.length, 15);
  for (const path of cells) assert.equal(valueAt(report, path), null, path);
  assert.deepEqual(
    issues.filter((issue) => cells.includes(issue.path)).map((issue) => [issue.code, issue.path]),
    cells.map((path) => ['columns-unclear', path]),
  );
});

test('a PDF without ruled lines where a value stands under no column header: that row is listed, nothing guessed; the others placed', async () => {
  const {writePdf} = await import('../support/write-pdf.mjs');
  const line = (text, x, y) => ({text, x, y, size: 10, chinese: true});
  // Table 二's first block; 行政规范性文件's 26 printed between the 本年制发件数 and 本年废止件数 columns.
  const pdf = writePdf([
    {
      lines: [
        line('二、主动公开政府信息情况', 60, 760),
        line('信息内容', 60, 700),
        ...['本年制发件数', '本年废止件数', '现行有效件数'].map((header, i) => line(header, 200 + 100 * i, 700)),
        line('规章', 60, 680),
        ...['1', '0', '11'].map((value, i) => line(value, 220 + 100 * i, 680)),
        line('行政规范性文件', 60, 660),
        line('8', 220, 660),
        line('26', 270, 660),
        line('66', 420, 660),
      ],
    },
  ]);
  const {report, issues, provenance} = await importReport({data: pdf, name: 'report.pdf'});
  assert.deepEqual(
    ['issued', 'repealed', 'inForce'].map((column) => valueAt(report, `proactive.rules.${column}`)),
    [1, 0, 11],
  );
  assert.equal(provenance['proactive.rules.issued'].placedBy, 'label');
  const documents = ['issued', 'repealed', 'inForce'].map((column) => `proactive.normativeDocuments.${column}`);
  for (const path of documents) assert.equal(valueAt(report, path), null, path);
  assert.deepEqual(
    issues.filter((issue) => documents.includes(issue.path)).map((issue) => [issue.code, issue.path]),
    documents.map((path) => ['columns-unclear', path]),
  );
});

test('copied text with table 二’s columns in another order than the format’s (no positions to tell them by): its rows listed, not filled in printed order', async () => {
  const lines = reportAsText(huaian2024).split('\n');
  const first = lines.findIndex((line) => line.startsWith('信息内容'));
  const proactive = lines.slice(first, lines.indexOf('', first));
  const swapped = proactive.map((line) => {
    const cells = line.split('\t');
    if (cells.length === 4) [cells[1], cells[2]] = [cells[2], cells[1]];
    return cells.join('\t');
  });
  lines.splice(first, proactive.length, ...swapped);
  const {report, issues} = await importReport({data: lines.join('\n'), name: 'report.txt'});
  const threeColumns = tableCellPaths(huaian2024).filter((path) =>
    /^proactive\.(rules|normativeDocuments)\./.test(path),
  );
  assert.equal(threeColumns.length, 6);
  for (const path of threeColumns) assert.equal(valueAt(report, path), null, path);
  assert.deepEqual(
    notes(issues).map((issue) => [issue.code, issue.path]),
    threeColumns.map((path) => ['columns-unclear', path]),
  );
  // The blocks with one column (本年处理决定数量, 采购总金额) have no order to get wrong.
  assert.deepEqual(differing(report, 'proactive').sort(), threeColumns.sort());
});

test('a PDF as WPS exports it (each character its own text item, labels wrapped over lines, table 三’s header printed again over its rest on the next page), its columns reordered: every value under its own header', async () => {
  const {writePdf} = await import('../support/write-pdf.mjs');
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const source = await pdfjs.getDocument({data: fixture('huaian-2024.reordered.pdf')}).promise;
  const pages = [];
  for (let number = 1; number <= source.numPages; number++) {
    const {items} = await (await source.getPage(number)).getTextContent();
    const lines = [];
    for (const {str, transform} of items) {
      const [a, b, , , x, y] = transform;
      const size = Math.hypot(a, b);
      // One item per character, each where it was printed (Latin half as wide, as write-pdf.mjs's font has it).
      let at = x;
      for (const character of str) {
        if (character.trim()) lines.push({text: character, x: at, y, size, chinese: true});
        at += /[\x20-\x7e]/.test(character) ? size / 2 : size;
      }
    }
    pages.push({lines});
  }
  await source.destroy();
  // Table 三's header on page 1: from 「申请人情况」 down to its lowest wrapped character, above the first row.
  // The baseline of the line a page prints `start` at the beginning of (its characters in order).
  const lineAt = (page, start) =>
    page.lines.find((_, i) =>
      page.lines
        .slice(i, i + start.length)
        .map((line) => line.text)
        .join('')
        .startsWith(start),
    ).y;
  const top = lineAt(pages[0], '申请人情况');
  const firstRow = lineAt(pages[0], '一、本年新收');
  const header = pages[0].lines.filter((line) => line.y <= top && line.y > firstRow + 6);
  assert.ok(['申', '自', '总', '社', '织'].every((text) => header.some((line) => line.text === text)));
  const bottom = Math.min(...header.map((line) => line.y));
  const pageTwoTop = Math.max(...pages[1].lines.map((line) => line.y));
  // Printed again just above page 2's rows; the page is made taller by as much to hold it.
  const lift = pageTwoTop + 14 - bottom;
  pages[1].lines.push(...header.map((line) => ({...line, y: line.y + lift})));
  pages[1].height = 842 + (top - bottom) + 14;
  const pdf = writePdf(pages);
  await importsWhole(pdf, 'report.pdf');
  // Read as it is printed: the header's wrapped characters are rows of page 2 above the rest of table 三.
  const {blocks} = await readPdf(pdf);
  const pageTwo = blocks.filter((block) => block.kind === 'table' && block.table.origin.page === 2);
  assert.ok(pageTwo[0].table.rows.some((row) => row.some((cell) => cell.text === '总计')));
});
