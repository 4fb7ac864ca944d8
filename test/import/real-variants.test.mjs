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
import {huaian2024} from '../../dist/node/examples/index.js';
import {valueAt} from '../../dist/node/model/paths.js';
import {documentBlocks} from '../support/report-layout.mjs';
import {tableCellPaths} from '../support/import-expect.mjs';
import {reportAsText} from '../support/report-as-text.mjs';

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
  const {rows} = blocks[tableAt(blocks, 'requests')];
  // Header rows: [corner, 申请人情况], [自然人, 法人或其他组织, 总计], [the five 法人 columns]; then 25 rows of 7 values.
  const [natural, legal, total] = rows[1];
  rows[1] = [total, natural, legal];
  rows[2].reverse();
  for (const row of rows.slice(3)) {
    const values = row.splice(row.length - 7);
    row.push(values[6], values[0], ...values.slice(1, 6).reverse());
  }
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
