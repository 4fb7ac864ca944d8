// `check` given hostile or special input: devices, pipes, FIFOs, stdin, symbolic link loops, files
// editors saved with comments, and keys made of terminal commands. Each run must end on its own with
// a message, and nothing from the file may reach the terminal as a raw control character.
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync, spawnSync} from 'node:child_process';
import {mkdtempSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {xiguan2024} from '../../dist/node/examples/index.js';
import {LIMITS} from '../../dist/node/model/limits.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'bin/disclosure-report.js');
/**
 * A hang guard, not a speed test: a run that is still going after this long is stuck (before the
 * fix, `check /dev/zero` ran past a minute at 3.7 GB). Normal runs take well under a second.
 */
const HANG_GUARD_MS = 60_000;
/** Every control character but the line feed that ends lines: none may come from the file. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

let dir;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'disclosure-hostile-'));
});
after(() => rmSync(dir, {recursive: true, force: true}));

function write(name, content) {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

/** Runs the CLI; `input` goes to its stdin (a pipe). Fails if the run had to be stopped. */
function run(args, input) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    cwd: root,
    timeout: HANG_GUARD_MS,
    input,
    maxBuffer: 16 * 1024 * 1024,
  });
  assert.equal(result.signal, null, `check ${args.join(' ')} did not end on its own`);
  assert.doesNotMatch(result.stdout, RAW_CONTROL, 'a raw control character in stdout');
  assert.doesNotMatch(result.stderr, RAW_CONTROL, 'a raw control character in stderr');
  return {code: result.status, stdout: result.stdout, stderr: result.stderr};
}

const limit = String(LIMITS.fileBytes);

test('/dev/zero (endless, size 0 to stat) is refused at the size cap, as the report and as --previous', () => {
  const current = run(['check', '/dev/zero', '--lang', 'en']);
  assert.equal(current.code, 2);
  assert.match(current.stdout, new RegExp(`/dev/zero gave more than the limit of ${limit} bytes`));
  const report = write('report.json', xiguan2024);
  const previous = run(['check', report, '--previous', '/dev/zero']);
  assert.equal(previous.code, 2);
  assert.match(previous.stdout, new RegExp(`/dev/zero 的内容超过 ${limit} 字节的上限`));
});

test('a FIFO nobody writes to is read as empty at once instead of waiting for a writer', (t) => {
  const fifo = join(dir, 'report.fifo');
  try {
    execFileSync('mkfifo', [fifo]);
  } catch {
    t.skip('mkfifo is not available');
    return;
  }
  const {code, stdout} = run(['check', fifo]);
  assert.equal(code, 2);
  assert.match(stdout, /\[not-json\]：内容为空/);
});

test('`-` reads the report from stdin', () => {
  const {code, stdout} = run(['check', '-', '--lang', 'en'], JSON.stringify(xiguan2024));
  assert.equal(code, 0, stdout);
  assert.match(stdout, /^\(stdin\): the file is a valid report/);
});

test('stdin over the cap is cut off at the cap, whether named `-` or /dev/stdin', () => {
  const tooMuch = ' '.repeat(LIMITS.fileBytes + 1024 * 1024);
  const cutOff = new RegExp(`gave more than the limit of ${limit} bytes; reading stopped there`);
  // Node gives a child's stdin as a socket: /dev/stdin cannot be opened again, its descriptor is read.
  for (const name of ['-', '/dev/stdin']) {
    const {code, stdout} = run(['check', name, '--lang', 'en'], tooMuch);
    assert.equal(code, 2, stdout);
    assert.match(stdout, cutOff);
  }
  // A shell pipe, as in `cat big.json | check /dev/stdin`: 3 MB is not read whole first.
  const piped = spawnSync(
    'sh',
    ['-c', `head -c 3000000 /dev/zero | "${process.execPath}" "${bin}" check /dev/stdin --lang en`],
    {
      encoding: 'utf8',
      timeout: HANG_GUARD_MS,
    },
  );
  assert.equal(piped.signal, null, 'the piped run did not end on its own');
  assert.match(piped.stdout, cutOff);
});

test('a key made of terminal commands (ESC, BEL, CR) is printed escaped, in text and in --json', () => {
  const key = '\u001b]0;PWNED\u0007\r\u001b[2K all good';
  const file = write('escape.json', {...xiguan2024, annotations: {[key]: 'note'}, ['x\u009b2J\u202e']: 1});
  const text = run(['check', file, '--lang', 'en']);
  assert.equal(text.code, 0, text.stdout);
  assert.ok(text.stdout.includes('annotations.\\u001b]0;PWNED\\u0007\\r\\u001b[2K all good'), text.stdout);
  assert.ok(text.stdout.includes('x\\u009b2J\\u202e'), 'C1 and bidi controls are escaped too');
  const json = run(['check', file, '--json']);
  const parsed = JSON.parse(json.stdout);
  assert.ok(
    parsed.issues.some((issue) => issue.path === `annotations.${key}`),
    'the JSON still carries the key exactly',
  );
});

test('a file name with control characters is printed escaped', () => {
  const file = write('\u001b[2Jreport\r.json', xiguan2024);
  const {code, stdout} = run(['check', file, '--lang', 'en']);
  assert.equal(code, 0);
  assert.ok(stdout.includes('\\u001b[2Jreport\\r.json: the file is a valid report'), stdout);
});

test('a symbolic link loop and a path through a file are told in words', () => {
  const a = join(dir, 'loop-a.json');
  const b = join(dir, 'loop-b.json');
  symlinkSync(b, a);
  symlinkSync(a, b);
  const loop = run(['check', a, '--lang', 'en']);
  assert.equal(loop.code, 2);
  assert.match(loop.stdout, /the symbolic links loop back on themselves \(ELOOP\)/);
  const through = run(['check', join(write('plain.json', xiguan2024), 'inside.json')]);
  assert.match(through.stdout, /路径中有一段不是目录（ENOTDIR）/);
});

test('comments and trailing commas (left by editors) are named with their line and column in both languages', () => {
  const lines = JSON.stringify(xiguan2024, null, 2).split('\n');
  const comment = write('comment.json', [lines[0], '  // written by hand', ...lines.slice(1)].join('\n'));
  const zh = run(['check', comment]);
  assert.equal(zh.code, 2);
  assert.match(zh.stdout, /不是有效的 JSON：第 2 行第 3 列，JSON 不允许注释/);
  const en = run(['check', comment, '--lang', 'en']);
  assert.match(en.stdout, /Not valid JSON: line 2, column 3: JSON does not allow comments/);

  const trailing = write('trailing.json', `${lines.slice(0, -1).join('\n')},\n}`);
  const {stdout} = run(['check', trailing, '--lang', 'en']);
  assert.match(stdout, new RegExp(`line ${lines.length}, column 1: a comma before } or \\]`));
  for (const output of [zh.stdout, en.stdout, stdout]) assert.doesNotMatch(output, /position|Unexpected|Expected/);
});

test('a string with a raw tab names its place; an empty file says it is empty', () => {
  const tab = run(['check', write('tab.json', '{\n  "agency": "a\tb"\n}'), '--lang', 'en']);
  assert.match(tab.stdout, /line 2, column 15: a control character/);
  const empty = run(['check', write('empty.json', ''), '--lang', 'en']);
  assert.match(empty.stdout, /\[not-json\]: the file is empty/);
});
