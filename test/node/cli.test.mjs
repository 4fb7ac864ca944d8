// The `check` command as a back end or an editor runs it: a file in, words or JSON and an exit code out.
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {broken, huaian2024, xiguan2024} from '../../dist/node/examples/index.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'bin/disclosure-report.js');
let dir;

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'disclosure-cli-'));
});
after(() => rmSync(dir, {recursive: true, force: true}));

function write(name, content) {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

function run(...args) {
  const result = spawnSync(process.execPath, [bin, ...args], {encoding: 'utf8', cwd: root});
  return {code: result.status, stdout: result.stdout, stderr: result.stderr};
}

test('clean reports exit 0 and say the checks agree', () => {
  for (const [name, report] of [
    ['xiguan.json', xiguan2024],
    ['huaian.json', huaian2024],
  ]) {
    const {code, stdout} = run('check', write(name, report));
    assert.equal(code, 0, stdout);
    assert.match(stdout, /格式校验通过/);
    assert.match(stdout, /各项勾稽关系均相符/);
  }
});

test('a wrong 行政复议 总计 exits 1 and names the finding in words', () => {
  const {code, stdout} = run('check', write('broken.json', broken.reconsiderationTotalOff()));
  assert.equal(code, 1, stdout);
  assert.match(stdout, /错误 \[appeals\.total\].*「行政复议」.*「总计」为 352/);
  assert.match(stdout, /appeals\.reconsideration\.total, appeals\.reconsideration\.upheld/);
  assert.match(stdout, /1 处错误/);
});

test('--json prints {valid, issues, findings} with the finding and its five cells', () => {
  const {code, stdout} = run('check', write('broken.json', broken.reconsiderationTotalOff()), '--json');
  assert.equal(code, 1);
  const output = JSON.parse(stdout);
  assert.equal(output.valid, true);
  assert.ok(Array.isArray(output.issues));
  assert.equal(output.findings.length, 1);
  assert.equal(output.findings[0].rule, 'appeals.total');
  assert.deepEqual(output.findings[0].cells, [
    'appeals.reconsideration.total',
    'appeals.reconsideration.upheld',
    'appeals.reconsideration.corrected',
    'appeals.reconsideration.other',
    'appeals.reconsideration.pending',
  ]);
});

test('--lang en prints English', () => {
  const {code, stdout} = run('check', write('broken.json', broken.reconsiderationTotalOff()), '--lang', 'en');
  assert.equal(code, 1);
  assert.match(stdout, /error \[appeals\.total\].*“Administrative reconsideration”: “Total” is 352/);
  assert.doesNotMatch(stdout, /行政复议/);
});

test('a blank cell is reported as a note and still exits 0', () => {
  const {code, stdout} = run('check', write('blank.json', broken.blankCell()), '--json');
  assert.equal(code, 0);
  const {findings} = JSON.parse(stdout);
  assert.ok(findings.length > 0 && findings.every((f) => f.kind === 'incomplete' && f.severity === 'info'));
});

test('--previous runs the year-to-year checks', () => {
  const {report, previous} = broken.carryOverOff();
  const current = write('current.json', report);
  const good = run('check', current, '--previous', write('good-previous.json', broken.previousYear()));
  assert.equal(good.code, 0, good.stdout);
  const bad = run('check', current, '--previous', write('bad-previous.json', previous), '--json');
  assert.equal(bad.code, 1);
  const rules = JSON.parse(bad.stdout).findings.map((f) => f.rule);
  assert.deepEqual(rules, ['requests.carryOver', 'requests.carryOver']);
  const warning = broken.inForceOff();
  const inForce = run('check', current, '--previous', write('inforce-previous.json', warning.previous));
  assert.equal(inForce.code, 0, 'a warning alone does not fail the check');
  assert.match(inForce.stdout, /警告 \[proactive\.inForce\]/);
});

test('unreadable or invalid input exits 2 with an issue', () => {
  const notJson = run('check', write('not.json', '{"schemaVersion": 1,'), '--json');
  assert.equal(notJson.code, 2);
  assert.equal(JSON.parse(notJson.stdout).valid, false);
  assert.equal(JSON.parse(notJson.stdout).issues[0].code, 'not-json');

  const missing = run('check', join(dir, 'no-such-file.json'), '--json');
  assert.equal(missing.code, 2);
  assert.equal(JSON.parse(missing.stdout).issues[0].code, 'unreadable');

  const invalid = structuredClone(huaian2024);
  invalid.appeals.reconsideration.upheld = '72';
  const wrongType = run('check', write('invalid.json', invalid));
  assert.equal(wrongType.code, 2);
  assert.match(wrongType.stdout, /appeals\.reconsideration\.upheld/);
  assert.match(wrongType.stdout, /格式校验未通过/);

  const badPrevious = run('check', write('ok.json', huaian2024), '--previous', write('bad.json', '[]'), '--json');
  assert.equal(badPrevious.code, 2);
  assert.ok(JSON.parse(badPrevious.stdout).issues.some((issue) => issue.path.startsWith('previous:')));
});

test('bad arguments exit 2; --help explains the command in either language', () => {
  assert.equal(run().code, 2);
  assert.equal(run('check').code, 2);
  assert.equal(run('check', 'a.json', '--lang', 'fr').code, 2);
  assert.equal(run('check', 'a.json', '--bogus').code, 2);
  const zh = run('--help');
  assert.equal(zh.code, 0);
  assert.match(zh.stdout, /用法：disclosure-report check/);
  assert.match(zh.stdout, /requests\.balance/);
  assert.match(run('--help', '--lang', 'en').stdout, /Usage: disclosure-report check/);
});
