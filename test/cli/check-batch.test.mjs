// `check DIR|FILE… --summary csv|json`: the one sheet an office gets for a folder of reports.
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {broken, huaian2024, xiguan2024} from '../../dist/node/examples/index.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'bin/disclosure-report.js');
let base;
let dirCount = 0;

before(() => {
  base = mkdtempSync(join(tmpdir(), 'disclosure-batch-'));
});
after(() => rmSync(base, {recursive: true, force: true}));

/** A fresh directory holding `files` ({name: report object or text}). */
function folder(files) {
  const dir = join(base, `d${dirCount++}`);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), {recursive: true});
    writeFileSync(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content));
  }
  return dir;
}

function run(...args) {
  const result = spawnSync(process.execPath, [bin, ...args], {encoding: 'utf8', cwd: root});
  return {code: result.status, stdout: result.stdout, stderr: result.stderr};
}

/** RFC 4180 as a spreadsheet reads it: quoted fields may hold commas, quotes ("") and line breaks. */
function parseCsv(text) {
  assert.ok(text.startsWith('\uFEFF'), 'starts with the byte-order mark Excel needs for UTF-8');
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 1; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') ((field += '"'), i++);
      else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') (row.push(field), (field = ''));
    else if (char === '\r' && text[i + 1] === '\n') (row.push(field), rows.push(row), (row = []), (field = ''), i++);
    else field += char;
  }
  assert.equal(field + row.join(''), '', 'the last row ends with CRLF');
  return rows;
}

const mixed = () =>
  folder({
    'huaian.json': huaian2024,
    'xiguan.json': xiguan2024,
    'wrong-total.json': broken.reconsiderationTotalOff(),
    'nested/not-json.json': '{"agency": ',
    'notes.txt': 'not a report, not listed',
  });

test('CSV: one row per .json file (sub-folders included), with agency, year, validity, counts and the first finding', () => {
  const {code, stdout, stderr} = run('check', mixed(), '--summary', 'csv');
  assert.equal(code, 2, 'the worst file (not JSON) decides the exit code');
  assert.equal(stderr, '', 'four files: no progress');
  const [header, ...rows] = parseCsv(stdout);
  assert.deepEqual(header, ['文件', '机关', '年度', '格式有效', '错误', '警告', '首个问题']);
  const byName = Object.fromEntries(rows.map((row) => [row[0].split('/').pop(), row]));
  assert.deepEqual(Object.keys(byName).sort(), ['huaian.json', 'not-json.json', 'wrong-total.json', 'xiguan.json']);
  assert.deepEqual(byName['huaian.json'].slice(1), ['淮安市人民政府', '2024', '是', '0', '0', '']);
  assert.deepEqual(byName['xiguan.json'].slice(1, 6), ['老城区西关街道办事处', '2024', '是', '0', '0']);
  const wrong = byName['wrong-total.json'];
  assert.deepEqual(wrong.slice(1, 6), ['淮安市人民政府', '2024', '是', '1', '0']);
  assert.match(wrong[6], /^\[appeals\.total\] .*「行政复议」：「总计」为 352/);
  const notJson = byName['not-json.json'];
  assert.deepEqual(notJson.slice(1, 6), ['', '', '否', '1', '0']);
  assert.match(notJson[6], /^\[not-json\] /);
});

test('the exit code is the worst file’s: 0 all clean, 1 with an arithmetic error', () => {
  assert.equal(run('check', folder({'a.json': huaian2024, 'b.json': xiguan2024}), '--summary', 'csv').code, 0);
  const oneWrong = folder({'a.json': huaian2024, 'b.json': broken.reconsiderationTotalOff()});
  assert.equal(run('check', oneWrong, '--summary', 'csv').code, 1);
});

test('files and folders may be named together; a missing file gets its own line', () => {
  const dir = folder({'a.json': huaian2024});
  const missing = join(base, 'no-such-report.json');
  const {code, stdout} = run('check', dir, missing, '--summary', 'csv', '--lang', 'en');
  assert.equal(code, 2);
  const [header, first, second] = parseCsv(stdout);
  assert.deepEqual(header, ['file', 'agency', 'year', 'valid', 'errors', 'warnings', 'first finding']);
  assert.equal(first[1], 'Huai’an Municipal People’s Government');
  assert.deepEqual(second.slice(0, 4), [missing, '', '', 'no']);
  assert.match(second[6], /^\[unreadable\] Cannot read the file .*no such file \(ENOENT\)/);
});

test('report text cannot run as a spreadsheet formula, split a row or reach the terminal as control codes', () => {
  const dir = folder({
    'formula.json': {...huaian2024, agency: '=HYPERLINK("http://x.example","点击")'},
    'minus.json': {...huaian2024, agency: '-2+3'},
    'escape.json': {...huaian2024, agency: '淮安\u001b[2J\n市\u202e政府'},
  });
  const {stdout} = run('check', dir, '--summary', 'csv');
  assert.ok(!stdout.includes('\u001b') && !stdout.includes('\u202e'), stdout);
  const rows = parseCsv(stdout);
  assert.equal(rows.length, 4, 'a line break in an agency name does not add a row');
  const agency = Object.fromEntries(rows.slice(1).map((row) => [row[0].split('/').pop(), row[1]]));
  assert.equal(agency['formula.json'], `'=HYPERLINK("http://x.example","点击")`);
  assert.equal(agency['minus.json'], `'-2+3`);
  assert.equal(agency['escape.json'], '淮安\\u001b[2J\\n市\\u202e政府');

  const json = run('check', dir, '--summary', 'json').stdout;
  assert.ok(!json.includes('\u001b') && !json.includes('\u202e'), json);
  const escaped = JSON.parse(json).find((row) => row.file.endsWith('escape.json'));
  assert.equal(escaped.agency, '淮安\u001b[2J\n市\u202e政府', 'JSON escapes losslessly');
});

test('JSON: an array with one object per line, in the chosen language', () => {
  const {code, stdout} = run('check', mixed(), '--summary', 'json', '--lang', 'en');
  assert.equal(code, 2);
  const lines = stdout.trimEnd().split('\n');
  assert.equal(lines.length, 4 + 2, 'the brackets and one line per file');
  const rows = JSON.parse(stdout);
  const wrong = rows.find((row) => row.file.endsWith('wrong-total.json'));
  assert.deepEqual(
    {...wrong, file: undefined, firstFinding: wrong.firstFinding.code},
    {
      file: undefined,
      agency: 'Huai’an Municipal People’s Government',
      year: 2024,
      valid: true,
      errors: 1,
      warnings: 0,
      firstFinding: 'appeals.total',
    },
  );
  assert.match(wrong.firstFinding.message, /“Administrative reconsideration”: “Total” is 352/);
  const notJson = rows.find((row) => row.file.endsWith('not-json.json'));
  assert.equal(notJson.valid, false);
  assert.equal(notJson.agency, null);
});

test('a long run tells its progress on stderr, never in the summary on stdout', () => {
  const files = Object.fromEntries(
    Array.from({length: 150}, (_, i) => [`r${String(i).padStart(3, '0')}.json`, xiguan2024]),
  );
  const {code, stdout, stderr} = run('check', folder(files), '--summary', 'csv');
  assert.equal(code, 0);
  assert.equal(parseCsv(stdout).length, 151);
  assert.doesNotMatch(stdout, /已检查/);
  assert.deepEqual(stderr.trimEnd().split('\n'), ['已检查 100/150 个文件', '已检查 150/150 个文件']);
});

test('wrong use is a message in the chosen language and exit 2', () => {
  const dir = folder({'a.json': huaian2024});
  const xml = run('check', dir, '--summary', 'xml', '--lang', 'en');
  assert.equal(xml.code, 2);
  assert.match(xml.stderr, /Invalid arguments: --summary xml/);
  assert.equal(xml.stdout, '');
  const previous = run('check', dir, '--summary', 'csv', '--previous', join(dir, 'a.json'));
  assert.equal(previous.code, 2);
  assert.match(previous.stderr, /参数有误：--previous \+ --summary/);
  const empty = run('check', folder({'readme.txt': 'no reports here'}), '--summary', 'csv');
  assert.equal(empty.code, 2);
  assert.match(empty.stderr, /没有找到报告文件（\.json）/);
  assert.equal(empty.stdout, '');
});
