// The `check` command as a back end or an editor runs it: a file in, words or JSON and an exit code out.
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {broken, huaian2024, xiguan2024} from '../../dist/node/examples/index.js';
import {unreadable} from '../../dist/node/cli/strings.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'bin/disclosure-report.js');
let dir;

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'disclosure-cli-'));
});
after(() => rmSync(dir, {recursive: true, force: true}));

function write(name, content) {
  const path = join(dir, name);
  const data = typeof content === 'string' || Buffer.isBuffer(content) ? content : JSON.stringify(content);
  writeFileSync(path, data);
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

test('a file that is not a report says the checks did not run, and prints no totals', () => {
  const notJson = write('not.json', '{"schemaVersion": 1,');
  const zh = run('check', notJson);
  assert.equal(zh.code, 2);
  assert.match(zh.stdout, /勾稽关系核对未进行：报告无法读取。/);
  assert.doesNotMatch(zh.stdout, /各项勾稽关系均相符|结果：/);
  const en = run('check', join(dir, 'no-such-file.json'), '--lang', 'en');
  assert.equal(en.code, 2);
  assert.match(en.stdout, /Arithmetic checks were not run: the report could not be read\./);
  assert.doesNotMatch(en.stdout, /All checks agree|Result:/);

  // Programs tell "no check ran" from "every check agrees" by `checked`; the old keys keep their shape.
  const json = JSON.parse(run('check', notJson, '--json').stdout);
  assert.deepEqual(Object.keys(json).sort(), ['checked', 'findings', 'issues', 'valid']);
  assert.equal(json.checked, false);
  assert.deepEqual(json.findings, []);
  assert.equal(JSON.parse(run('check', write('ok.json', huaian2024), '--json').stdout).checked, true);
});

test('an unreadable --previous file is blamed by name, and the year-to-year checks say they were skipped', () => {
  const current = write('current-ok.json', huaian2024);
  const missing = join(dir, 'last.json');
  const zh = run('check', current, '--previous', missing);
  assert.equal(zh.code, 2, 'bad input, as before');
  const lines = zh.stdout.split('\n');
  assert.equal(lines[0], `${current}：格式校验通过`);
  assert.equal(lines[1], `上年报告 ${missing}：文件无法读取（1 个问题）`);
  assert.match(lines[2], /^ {2}错误 \[unreadable\]：无法读取文件 .*last\.json/);
  assert.match(zh.stdout, /跨年度核对（requests\.carryOver、proactive\.inForce）未进行：上年报告无法读取。/);

  const en = run('check', current, '--previous', write('last-array.json', '[]'), '--lang', 'en');
  assert.equal(en.code, 2);
  const [first, second] = en.stdout.split('\n');
  assert.equal(first, `${current}: the file is a valid report`);
  assert.match(second, /last-array\.json \(last year’s report\): the file is not a valid report \(1 issue\)$/);
  assert.match(
    en.stdout,
    /Year-to-year checks \(requests\.carryOver, proactive\.inForce\) were not run: last year’s report could not be read\./,
  );
  assert.match(en.stdout, /The other checks agree\./, 'this year’s own checks still ran');
  assert.match(en.stdout, /Result: 1 error\(s\)/, 'the unreadable file counts in the last line');
});

test('the last line counts a rejected file’s errors: never "0 errors" under a report that failed', () => {
  const report = structuredClone(huaian2024);
  report.proactive.penalties = 'abc';
  const {code, stdout} = run('check', write('bad-cell.json', report));
  assert.equal(code, 2);
  assert.match(stdout, /格式校验未通过（1 个问题）/);
  assert.match(stdout.trimEnd().split('\n').at(-1), /^结果：1 处错误，/);
  const empty = run('check', write('empty.json', {}), '--lang', 'en');
  const errors = Number(/Result: (\d+) error/.exec(empty.stdout)?.[1]);
  assert.ok(errors >= 1, empty.stdout);
});

test('a report saved in GBK is refused as not UTF-8 instead of passing with garbled text', () => {
  // 报告 in GBK is B1 A8 B8 E6: not UTF-8, which used to become U+FFFD characters in a "valid" report.
  const [before, after] = JSON.stringify({...huaian2024, title: {zh: '@@'}}).split('@@');
  const gbk = write(
    'gbk.json',
    Buffer.concat([Buffer.from(before), Buffer.from([0xb1, 0xa8, 0xb8, 0xe6]), Buffer.from(after)]),
  );
  const zh = run('check', gbk);
  assert.equal(zh.code, 2, zh.stdout);
  assert.match(zh.stdout, /错误 \[not-utf8\]：文件 .*gbk\.json 不是 UTF-8 编码.*GBK.*另存为 UTF-8/);
  assert.match(zh.stdout, /勾稽关系核对未进行/);
  const en = run('check', gbk, '--lang', 'en');
  assert.match(en.stdout, /error \[not-utf8\]: The file .*gbk\.json is not UTF-8.*GBK.*save it as UTF-8/);
  const json = JSON.parse(run('check', gbk, '--json').stdout);
  assert.equal(json.issues[0].code, 'not-utf8');
  assert.equal(json.checked, false);

  // A byte-order mark, which Windows editors write, is still fine.
  const withBom = run('check', write('bom.json', '\uFEFF' + JSON.stringify(huaian2024)));
  assert.equal(withBom.code, 0, withBom.stdout);
});

test('read errors are told in words, with the system code kept for maintainers', () => {
  const missing = run('check', join(dir, 'no-such-file.json'));
  assert.match(missing.stdout, /无法读取文件 .*no-such-file\.json：没有此文件（ENOENT）/);
  const missingEn = run('check', join(dir, 'no-such-file.json'), '--lang', 'en');
  assert.match(missingEn.stdout, /Cannot read the file .*no-such-file\.json: no such file \(ENOENT\)/);
  const folder = run('check', dir, '--lang', 'en');
  assert.equal(folder.code, 2);
  assert.match(folder.stdout, /: is a directory \(EISDIR\)/);
  // Tests may run as root, where no file is unreadable for lack of permission: check the words directly.
  assert.equal(unreadable('a.json', 'EACCES').en, 'Cannot read the file a.json: permission denied (EACCES)');
  assert.equal(unreadable('a.json', 'EPERM').zh, '无法读取文件 a.json：没有读取权限（EPERM）');
  assert.equal(unreadable('a.json', 'EMFILE').en, 'Cannot read the file a.json: too many open files (EMFILE)');
  assert.equal(
    unreadable('a.json', 'ESPIPE').en,
    'Cannot read the file a.json: invalid seek (ESPIPE)',
    'a code without words of our own gets the system’s',
  );
  assert.equal(unreadable('a.json', 'Error: odd').en, 'Cannot read the file a.json: Error: odd', 'other text stays');
});

test('a missing table is told in one line, not one note per check it stops', () => {
  const noRequests = structuredClone(huaian2024);
  delete noRequests.requests;
  const file = write('no-requests.json', noRequests);
  const zh = run('check', file);
  assert.equal(zh.code, 2);
  const notes = zh.stdout.split('\n').filter((line) => line.startsWith('  提示'));
  assert.deepEqual(notes, [
    '  提示 三、收到和处理政府信息公开申请情况：所涉单元格均为空或无效，39 项核对无法进行' +
      '（requests.balance 7 项、requests.resultsSum 7 项、requests.rowTotal 25 项；--json 列出每一项）。',
  ]);
  assert.match(zh.stdout, /结果：1 处错误，0 处警告，39 条提示。/); // the missing table, and the 39 notes
  const en = run('check', file, '--lang', 'en');
  assert.match(
    en.stdout,
    /info III\. .*: 39 checks could not be run because none of their cells holds a usable number \(requests\.balance ×7, requests\.resultsSum ×7, requests\.rowTotal ×25; --json lists each\)\./,
  );
  // Programs still get every finding.
  assert.equal(JSON.parse(run('check', file, '--json').stdout).findings.length, 39);

  // One blank cell still gets its own, specific notes.
  const blank = run('check', write('blank-text.json', broken.blankCell()));
  assert.equal(blank.stdout.split('\n').filter((line) => line.startsWith('  提示')).length, 2);
  assert.match(blank.stdout, /无法核对.*为空/);
});

test('usage mistakes: no arguments shows the help; an unknown option is named, with the help', () => {
  const bare = run();
  assert.equal(bare.code, 2);
  assert.match(bare.stderr, /^用法：disclosure-report check/);
  assert.doesNotMatch(bare.stderr, /参数有误/);
  const bogus = run('check', 'x.json', '--bogus');
  assert.equal(bogus.code, 2);
  assert.match(bogus.stderr, /参数有误：--bogus（用 --help 查看用法）/);
  assert.match(bogus.stderr, /Invalid arguments: --bogus \(see --help\)/);
  assert.doesNotMatch(bogus.stderr, /To specify a positional argument/);
  assert.match(bogus.stderr, /Usage: disclosure-report check/);
});

test('a UTF-16 file ("Unicode" in Excel and Notepad) is named as such', () => {
  const file = write(
    'utf16.json',
    Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(JSON.stringify(huaian2024), 'utf16le')]),
  );
  const {code, stdout} = run('check', file, '--lang', 'en');
  assert.equal(code, 2);
  assert.match(
    stdout,
    /error \[not-utf8\]: The file .*utf16\.json is UTF-16 \(what Excel and Notepad call "Unicode"\); save it as UTF-8/,
  );
});
