// Round trips through .docx: every example report and variant, written in the official Word
// template's shape by the test generator (the committed fixtures), imports with importReport()
// to the same report, cell for cell (the narrative on its Chinese text), every cell placed by its
// labels, nothing listed but notes. The expected JSON is the example itself (src/examples).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {importReport} from '../../dist/node/import/index.js';
import {validateReport} from '../../dist/node/model/validate.js';
import {variants} from '../support/import-variants.mjs';
import {chinese, tableCellPaths} from '../support/import-expect.mjs';

const fixture = (name) => new Uint8Array(readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url)));

for (const variant of variants) {
  test(`${variant.id}.docx imports to its report: every number in its cell, every paragraph, title, agency, year; all placed by label`, async () => {
    const {report, issues, provenance} = await importReport({
      data: fixture(`${variant.id}.docx`),
      name: `${variant.id}.docx`,
    });
    assert.deepEqual(report, chinese(variant.report));
    assert.equal(validateReport(report).valid, true);
    assert.deepEqual(
      issues.filter((issue) => issue.kind !== 'note'),
      [],
    );
    const paths = tableCellPaths(variant.report);
    assert.deepEqual(Object.keys(provenance).sort(), paths.sort());
    for (const path of paths) assert.equal(provenance[path].placedBy, 'label', path);
  });
}

test('provenance of a .docx cell names the Word table, row and cell it came from', async () => {
  const {provenance} = await importReport({data: fixture('huaian-2024.docx'), name: 'huaian-2024.docx'});
  // Table 三 is the second Word table; （一）予以公开 is its row 5, 自然人 the third cell of that row.
  assert.deepEqual(provenance['requests.results.disclosed.naturalPerson'].origin, {table: 1, row: 5, cell: 2});
  // Row 7 holds （三）不予公开 (merged down 8 rows) and 1.属于国家秘密, then seven numbers: 总计 is cell 8.
  assert.deepEqual(provenance['requests.results.withheld.stateSecret.total'].origin, {table: 1, row: 7, cell: 8});
  // Row 8 starts at 2.其他法律行政法规禁止公开, the merged labels not repeated: its 总计 is cell 7.
  assert.deepEqual(provenance['requests.results.withheld.lawProhibited.total'].origin, {table: 1, row: 8, cell: 7});
  assert.deepEqual(provenance['appeals.litigationAfterReconsideration.total'].origin, {table: 2, row: 3, cell: 14});
});

test('the undivided （六） row is said to be one (a note), and read as one row of seven numbers', async () => {
  const {report, issues} = await importReport({data: fixture('huaian-2024-undivided.docx'), name: 'x.docx'});
  assert.deepEqual(report.requests.results.other, {
    naturalPerson: 181,
    commercial: 5,
    research: 0,
    publicInterest: 0,
    legalService: 1,
    other: 0,
    total: 187,
  });
  assert.ok(issues.some((issue) => issue.kind === 'note' && /（六）|undivided/.test(issue.message.zh + issue.code)));
});

test('a .docx with a blank cell: the cell is null, not 0, and still has its provenance', async () => {
  const {report, provenance} = await importReport({data: fixture('huaian-2024-blank.docx'), name: 'x.docx'});
  assert.equal(report.requests.results.withheld.stateSecret.naturalPerson, null);
  assert.equal(report.requests.results.withheld.stateSecret.total, 2);
  assert.deepEqual(provenance['requests.results.withheld.stateSecret.naturalPerson'].origin, {
    table: 1,
    row: 7,
    cell: 2,
  });
});

// word-extractor (npm) was tried on this file: it gives the text with cells as tabs, but in tables
// with merged cells the row ends come out as tabs too, so empty cells and row ends cannot be told
// apart and no grid can be rebuilt. Hence the refusal.
test('an old binary Word file (.doc, the 淮安 report saved as .doc) is answered "save it as .docx" in both languages, nothing placed', async () => {
  const {report, issues, provenance} = await importReport({data: fixture('huaian-2024.doc'), name: 'huaian-2024.doc'});
  assert.deepEqual(
    issues.map(({kind}) => kind),
    ['unreadable'],
  );
  assert.match(issues[0].message.zh, /另存为.*\.docx/);
  assert.match(issues[0].message.en, /save it as \.docx/);
  assert.deepEqual(provenance, {});
  assert.equal(report.proactive.penalties, null);
});

test('a zip bomb named .docx imports to nothing but the refusal: "unreadable", in both languages', async () => {
  const xml = new Uint8Array(30 * 1024 * 1024).fill(0x20);
  const {zipSync} = await import('fflate');
  const {report, issues} = await importReport({
    data: zipSync({'word/document.xml': [xml, {level: 9}]}),
    name: 'x.docx',
  });
  assert.deepEqual(
    issues.map(({kind, code}) => [kind, code]),
    [['unreadable', 'docx-too-large-unzipped']],
  );
  assert.equal(report.requests.newReceived.total, null);
});

// The import never makes up a year: a refused file gives back a report whose year is null, which
// validateReport names as the one thing wrong, beside the unreadable issue (docs/import.md).
test('the report of a refused file invents no year: validateReport names the year, the import says why', async () => {
  const {report, issues} = await importReport({data: fixture('huaian-2024.doc'), name: 'huaian-2024.doc'});
  assert.equal(report.year, null);
  assert.ok(issues.some((issue) => issue.kind === 'unreadable'));
  const {valid, issues: invalid} = validateReport(report);
  assert.equal(valid, false);
  assert.ok(invalid.length > 0 && invalid.every((issue) => issue.path === 'year'), JSON.stringify(invalid));
});
