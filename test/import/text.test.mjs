// Importing text copied out of a PDF (.txt): the seed report, and the 淮安 example written out as
// such text. The expected reports are the example models in src/examples (Chinese text), written
// independently of the importer.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {importReport} from '../../dist/node/import/index.js';
import {validateReport} from '../../dist/node/model/validate.js';
import {CELL_LABELS} from '../../dist/node/model/cell-labels.js';
import {valueAt} from '../../dist/node/model/paths.js';
import {xiguan2024} from '../../dist/node/examples/xiguan-2024.js';
import {huaian2024} from '../../dist/node/examples/huaian-2024.js';
import {reportAsText} from '../support/report-as-text.mjs';
import {chinese} from '../support/import-expect.mjs';

const seed = readFileSync(new URL('../fixtures/import/xiguan-2024.txt', import.meta.url));

/** The cell paths of tables 二, 三, 四 in the 2021 layout ((六) divided). */
const tableCells = [...CELL_LABELS.keys()].filter((path) => !/^requests\.results\.other\.[a-zA-Z]+$/.test(path));

/** The rows of the seed whose 自然人 value is missing from the text: （六）2 and （七）总计 have six numbers for seven columns. */
const SHORT_CELLS = ['requests.results.other.unpaidFee.naturalPerson', 'requests.results.total.naturalPerson'];

test('the seed text imports to the 西关街道 example: every number, every paragraph, title, agency and year', async () => {
  const {report, issues} = await importReport({data: seed, name: 'xiguan-2024.txt'});
  const expected = chinese(xiguan2024);
  for (const path of SHORT_CELLS) {
    const keys = path.split('.');
    keys.slice(0, -1).reduce((node, key) => node[key], expected)[keys.at(-1)] = null;
  }
  assert.deepEqual(report, expected);
  assert.equal(validateReport(report).valid, true);
  assert.deepEqual(
    issues.filter((issue) => issue.kind !== 'note').map(({kind, code, path}) => [kind, code, path]),
    SHORT_CELLS.map((path) => ['unplaced', 'cell-missing', path]),
  );
});

test('the seed: the two cells with no value in the text stay blank and are listed with their line; every other cell has its source line', async () => {
  const {report, issues, provenance} = await importReport({data: seed, name: 'xiguan-2024.txt'});
  for (const path of SHORT_CELLS) {
    assert.equal(valueAt(report, path), null);
    assert.equal(provenance[path], undefined);
    const listed = issues.find((issue) => issue.path === path);
    assert.match(listed.message.zh, /自然人/);
    assert.ok(listed.origin.line > 0);
  }
  const lines = seed.toString('utf8').split('\n');
  for (const path of tableCells.filter((p) => !SHORT_CELLS.includes(p))) {
    const {origin, placedBy} = provenance[path];
    assert.ok(['label', 'position'].includes(placedBy), path);
    // The line the provenance names holds the value in the cell it names.
    assert.equal(lines[origin.line - 1].split('\t')[origin.cell].trim(), String(valueAt(report, path)), path);
  }
});

test('the seed: every row is recognized by its label, garbled as some are (「(一) 予!」, 「四、结转 专下年度继续 续办理」), so none is left to confirm', async () => {
  const {issues, provenance} = await importReport({data: seed, name: 'xiguan-2024.txt'});
  assert.deepEqual(
    Object.keys(provenance).filter((path) => provenance[path].placedBy !== 'label'),
    [],
  );
  assert.equal(issues.filter((issue) => issue.kind === 'confirm').length, 0);
});

for (const [name, separator] of [
  ['tab-separated', '\t'],
  ['space-separated', '   '],
]) {
  test(`the 淮安 example as ${name} text round-trips, cell for cell, all by label`, async () => {
    const text = reportAsText(huaian2024, separator);
    const {report, issues, provenance} = await importReport({data: text, name: 'huaian-2024.txt'});
    assert.deepEqual(report, chinese(huaian2024));
    assert.deepEqual(issues, []);
    assert.deepEqual(Object.keys(provenance).sort(), tableCells.sort());
    assert.ok(Object.values(provenance).every(({placedBy}) => placedBy === 'label'));
  });
}

test('the seed read as bytes in UTF-16 (Notepad\'s "Unicode") gives the same report as in UTF-8', async () => {
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(seed.toString('utf8'), 'utf16le')]);
  const fromUtf16 = await importReport({data: new Uint8Array(utf16), name: 'report.txt'});
  const fromUtf8 = await importReport({data: seed.toString('utf8')});
  assert.deepEqual(fromUtf16.report, fromUtf8.report);
  assert.equal(fromUtf16.report.agency, '老城区西关街道办事处');
});

test('a row printed with fewer numbers than columns and no empty field to tell which is missing is not guessed', async () => {
  const text = reportAsText(huaian2024).replace('规章\t1\t0\t11', '规章 1 11');
  const {report, issues, provenance} = await importReport({data: text, name: 'report.txt'});
  for (const column of ['issued', 'repealed', 'inForce']) {
    const path = `proactive.rules.${column}`;
    assert.equal(valueAt(report, path), null);
    assert.equal(provenance[path], undefined);
    assert.ok(issues.some((issue) => issue.path === path && issue.kind === 'unplaced'));
  }
  assert.deepEqual(report.proactive.normativeDocuments, {issued: 8, repealed: 26, inForce: 66});
});

/** Text as GB18030 bytes (what Notepad saves on a Chinese Windows): the encoder is built from the platform's decoder. */
function gb18030(text) {
  const decoder = new TextDecoder('gb18030');
  const codes = new Map();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const char = decoder.decode(new Uint8Array([lead, trail]));
      if (char.length === 1 && !codes.has(char)) codes.set(char, [lead, trail]);
    }
  }
  return new Uint8Array(
    [...text].flatMap((char) => (char < '\x80' ? [char.charCodeAt(0)] : (codes.get(char) ?? [0x3f]))),
  );
}

test('the seed saved as GBK/GB18030 gives the same report as in UTF-8', async () => {
  const bytes = gb18030(seed.toString('utf8'));
  assert.throws(() => new TextDecoder('utf-8', {fatal: true}).decode(bytes)); // really not UTF-8
  const fromGbk = await importReport({data: bytes, name: 'report.txt'});
  const fromUtf8 = await importReport({data: seed, name: 'report.txt'});
  assert.deepEqual(fromGbk.report, fromUtf8.report);
});
