// `disclosure-report import`: the real bin on report files as offices publish them. stdout holds the
// report JSON and nothing else; the summary goes to stderr; exit 0 all placed by label, 1 to
// confirm or not placed, 2 not read. Expected reports are the examples of src/examples.
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, readdirSync, rmSync, truncateSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {huaian2024} from '../../dist/node/examples/index.js';
import {pathLabel} from '../../dist/node/model/cell-labels.js';
import {reportAsText} from '../support/report-as-text.mjs';
import {chinese} from '../support/import-expect.mjs';
import {pageToMht} from '../support/write-mht.mjs';
import {zipSync} from 'fflate';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'bin/disclosure-report.js');
const fixture = (name) => join(root, 'test/fixtures/import', name);
/** The seed: text copied out of a PDF; two of its rows lack their 自然人 number. */
const SEED = fixture('xiguan-2024.txt');
const SEED_BLANKS = ['requests.results.other.unpaidFee.naturalPerson', 'requests.results.total.naturalPerson'];
let dir;

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'disclosure-import-'));
});
after(() => rmSync(dir, {recursive: true, force: true}));

function write(name, content) {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function run(...args) {
  const result = spawnSync(process.execPath, [bin, ...args], {encoding: 'utf8', cwd: root});
  return {code: result.status, stdout: result.stdout, stderr: result.stderr};
}

const huaianText = () => write('huaian-2024.txt', reportAsText(huaian2024));

test('every cell placed by label: exit 0, stdout is the report JSON alone, stderr counts 200 cells and the checks agree', () => {
  const {code, stdout, stderr} = run('import', huaianText());
  assert.equal(code, 0, stderr);
  assert.deepEqual(JSON.parse(stdout), chinese(huaian2024));
  assert.match(stderr, /按标签放置 200 个单元格，按位置放置 0 个（请核对），未放置 0 个。/);
  assert.match(stderr, /导入问题：无。/);
  assert.match(stderr, /格式校验通过/);
  assert.match(stderr, /各项勾稽关系均相符/);
});

test('the seed: exit 1, its two cells without a number are listed by name and left blank in the JSON', () => {
  const {code, stdout, stderr} = run('import', SEED);
  assert.equal(code, 1, stderr);
  assert.match(stderr, /按标签放置 198 个单元格，按位置放置 0 个（请核对），未放置 2 个。/);
  const report = JSON.parse(stdout);
  for (const path of SEED_BLANKS) {
    assert.equal(
      path.split('.').reduce((node, key) => node[key], report),
      null,
    );
    const listed = stderr.split('\n').find((line) => line.includes(pathLabel(path).zh));
    assert.match(listed ?? '', /^ {4}未放置 \[cell-missing\]/, path);
  }
  assert.equal(report.agency, '老城区西关街道办事处');
  assert.equal(report.proactive.rules.issued, 0);
  // The checks of the imported report follow: the blank 总计 stops the balance check, told as a note.
  assert.match(stderr, /勾稽关系核对：[\s\S]*提示 \[requests\.balance\]/);
});

test('--json puts the summary on stderr as JSON: counts, the cells not placed, the issues, the checks', () => {
  const {code, stdout, stderr} = run('import', SEED, '--json');
  assert.equal(code, 1);
  assert.equal(JSON.parse(stdout).year, 2024);
  const summary = JSON.parse(stderr);
  assert.equal(summary.exitCode, 1);
  assert.equal(summary.output, '-');
  assert.equal(summary.cells.byLabel, 198);
  assert.deepEqual(summary.cells.byPosition, []);
  assert.deepEqual(summary.cells.unplaced.sort(), [...SEED_BLANKS].sort());
  assert.deepEqual(
    summary.issues
      .filter((issue) => issue.kind !== 'note')
      .map((issue) => issue.path)
      .sort(),
    [...SEED_BLANKS].sort(),
  );
  assert.equal(summary.check.valid, true);
  assert.ok(summary.check.findings.some((finding) => finding.rule === 'requests.balance'));
});

test('--lang en gives the summary in English', () => {
  const {stderr} = run('import', SEED, '--lang', 'en');
  assert.match(stderr, /198 cells placed by label, 0 by position \(to confirm\), 2 not placed\./);
  assert.match(stderr, /not placed \[cell-missing\] .*Natural persons/);
  assert.match(stderr, /Arithmetic checks:/);
  assert.doesNotMatch(stderr, /按标签|勾稽/);
});

test('-o writes the report to a file and nothing to stdout', () => {
  const out = join(dir, 'seed-out.json');
  const {code, stdout, stderr} = run('import', SEED, '-o', out);
  assert.equal(code, 1);
  assert.equal(stdout, '');
  assert.match(stderr, new RegExp(`报告已写入 ${out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  assert.deepEqual(JSON.parse(readFileSync(out, 'utf8')), JSON.parse(run('import', SEED).stdout));
});

test('several files need -o DIR: one JSON each, named after its source; the exit code is the worst', () => {
  const huaian = huaianText();
  const without = run('import', SEED, huaian);
  assert.equal(without.code, 2);
  assert.match(without.stderr, /导入多个文件时须用 -o <文件夹>/);
  assert.equal(without.stdout, '');

  const folder = join(dir, 'imported');
  const {code, stdout} = run('import', SEED, huaian, '-o', folder);
  assert.equal(code, 1, 'the seed has cells not placed');
  assert.equal(stdout, '');
  assert.deepEqual(readdirSync(folder).sort(), ['huaian-2024.json', 'xiguan-2024.json']);
  assert.deepEqual(JSON.parse(readFileSync(join(folder, 'huaian-2024.json'), 'utf8')), chinese(huaian2024));
  assert.equal(JSON.parse(readFileSync(join(folder, 'xiguan-2024.json'), 'utf8')).agency, '老城区西关街道办事处');
});

test('not readable or no report: exit 2, a message on stderr, nothing on stdout', () => {
  const cases = [
    [join(dir, 'missing.docx'), /没有此文件（ENOENT）/],
    [write('not-a-pdf.pdf', 'this is not a PDF at all'), /未导入/],
    [write('prose.txt', '这是一封信，不是年度报告。\n谢谢。\n'), /没有找到年度报告的表格|未导入/],
  ];
  for (const [file, expected] of cases) {
    const {code, stdout, stderr} = run('import', file);
    assert.equal(code, 2, `${file}: ${stderr}`);
    assert.equal(stdout, '', file);
    assert.match(stderr, expected, file);
  }
});

test('a file over the import cap (50 MB) is refused before it is read', () => {
  const big = write('huge.txt', '');
  truncateSync(big, 50 * 1024 * 1024 + 1); // sparse: no 50 MB written
  const {code, stdout, stderr} = run('import', big, '--lang', 'en');
  assert.equal(code, 2);
  assert.equal(stdout, '');
  assert.match(stderr, /larger than the limit of 52428800 bytes and was not read/);
});

test('report text never reaches the terminal raw: a bidi override stays escaped in stdout and reads back intact', () => {
  const text = reportAsText({...huaian2024, problems: {paragraphs: ['问题\u202e一', '问题\u009b二']}});
  const {code, stdout, stderr} = run('import', write('bidi.txt', text));
  assert.equal(code, 0, stderr);
  assert.ok(!/[\u202e\u009b]/.test(stdout + stderr), 'no raw control in the output');
  assert.deepEqual(JSON.parse(stdout).problems.paragraphs, ['问题\u202e一', '问题\u009b二']);
});

for (const name of ['huaian-2024.docx', 'huaian-2024.html', 'huaian-2024-word.html', 'huaian-2024.chromium.pdf']) {
  test(`${name} (a fixture of the import's readers) imports through the bin: exit 0, the 淮安 tables cell for cell`, () => {
    const {code, stdout, stderr} = run('import', fixture(name));
    assert.equal(code, 0, stderr);
    const report = JSON.parse(stdout);
    const expected = chinese(huaian2024);
    for (const table of ['proactive', 'requests', 'appeals']) assert.deepEqual(report[table], expected[table], table);
    assert.equal(report.agency, '淮安市人民政府');
    assert.match(stderr, /按标签放置 200 个单元格/);
  });
}

test('an old binary Word file (.doc) is answered with what to do: save it as .docx (exit 2)', () => {
  const {code, stdout, stderr} = run('import', fixture('huaian-2024.doc'), '--lang', 'en');
  assert.equal(code, 2);
  assert.equal(stdout, '');
  assert.match(stderr, /\.docx/);
});

test('a single-file web page (.mht, as Word saves one) imports through the bin as the page it holds: exit 0, the 淮安 tables cell for cell', () => {
  const mht = write('huaian-2024.mht', pageToMht(readFileSync(fixture('huaian-2024-word.html'))));
  const {code, stdout, stderr} = run('import', mht);
  assert.equal(code, 0, stderr);
  const report = JSON.parse(stdout);
  const expected = chinese(huaian2024);
  for (const table of ['proactive', 'requests', 'appeals']) assert.deepEqual(report[table], expected[table], table);
});

test('a WPS .wps file, a spreadsheet and a picture are each answered with what to import instead (exit 2, nothing on stdout)', () => {
  for (const [name, data, words] of [
    ['2024年报.wps', readFileSync(fixture('huaian-2024.doc')), /WPS Writer file \(\.wps\).*save it as \.docx/],
    ['报表.xlsx', zipSync({'xl/workbook.xml': new TextEncoder().encode('<workbook/>')}), /spreadsheet/],
    ['表格.png', Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13), /picture/],
  ]) {
    const {code, stdout, stderr} = run('import', write(name, data), '--lang', 'en');
    assert.equal(code, 2, name);
    assert.equal(stdout, '', name);
    assert.match(stderr, words, name);
  }
});
