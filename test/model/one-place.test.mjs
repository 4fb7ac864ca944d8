// One place for each fact (issue 18): the row and column keys of the three tables are written in
// src/model/format.ts, which gives each its place in a header tree, in src/model/types.ts, the
// report's TypeScript types (the rows of table 三's groups and its columns come from the format's
// trees; the groups' and the other tables' shapes are written out, so that a hover shows them), and
// in the label catalogs of src/model/texts/, keyed by ids made of the keys. Any other source
// file that names a key (as a string, a cell path, or a property of a report's table) is a second
// home of a fact the format holds, and a newcomer adding or renaming a row would have to find it.
// The few files that must name keys are listed in ALLOWED with the reason.
//
// The scan reads the TypeScript sources as text: a small scanner drops comments and collects
// string literals (no parser needed for that, and the TypeScript compiler API would add seconds).
//
// Needs `npm run build:node` (npm test builds first): the keys come from dist/node's format.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readdirSync, readFileSync} from 'node:fs';
import {join, relative} from 'node:path';
import {fileURLToPath} from 'node:url';
import {APPEAL_COLUMNS, PROACTIVE_BLOCKS, REQUEST_COLUMNS, REQUEST_ROWS} from '../../dist/node/model/format.js';
import {RULES} from '../../dist/node/model/checks.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Where the keys are written: the format, the types, and the texts' folder, whose per-locale
 * catalogs key each label by an id made of the keys (issue 18's one text model).
 */
const HOMES = ['src/model/format.ts', 'src/model/types.ts', 'src/model/texts/'];
const isHome = (file) => HOMES.some((home) => (home.endsWith('/') ? file.startsWith(home) : file === home));
const ALLOWED = {
  // Each rule is an equation between named rows (一 + 二 = （七） + 四) or columns (现行有效 =
  // 上年现行有效 + 制发 − 废止): which cells it relates is the rule itself.
  'src/model/checks.ts': 'the arithmetic rules name the rows and columns they relate',
};
/** Folders of data, not code: example reports name every cell, as any report does. */
const DATA = ['src/examples/', 'src/generated/'];
/**
 * Words that are keys and also name something else: 'count' and 'fees' are the kinds of cell value
 * (schema.ts LeafRole; 收费金额 is the one decimal cell, chosen by the block's `decimal` flag, not
 * by its key). As bare strings they are value kinds; as a report's property they are still caught.
 */
const OTHER_MEANINGS = new Set(['fees']);

function tableKeys() {
  const keys = new Set();
  const walk = (nodes) =>
    nodes.forEach((node) => {
      if (node.key) keys.add(node.key);
      if (node.children) walk(node.children);
    });
  walk(REQUEST_COLUMNS);
  walk(REQUEST_ROWS);
  walk(APPEAL_COLUMNS);
  for (const block of PROACTIVE_BLOCKS) {
    for (const row of block.rows) keys.add(row.key);
    for (const column of block.columns) if (column.key) keys.add(column.key);
  }
  return keys;
}

/**
 * The source without comments, and its string literals with their lines. Template literals count
 * as strings as a whole (their `${}` parts are not searched). A slash after an operator or an
 * opening bracket starts a regular expression literal, which is skipped.
 */
function scan(text) {
  const strings = [];
  let code = '';
  let line = 1;
  for (let i = 0; i < text.length;) {
    const two = text.slice(i, i + 2);
    if (two === '//') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (two === '/*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end < 0 ? text.length : end + 2;
      for (const c of text.slice(i, stop)) if (c === '\n') ((code += '\n'), line++);
      i = stop;
    } else if (text[i] === '/' && /[(,=:[!&|?{};]$|^$/.test(code.trimEnd().slice(-1))) {
      // A regular expression literal (a slash where no value ends): skipped, so its quotes start no string.
      let j = i + 1;
      for (let inClass = false; j < text.length && (inClass || text[j] !== '/'); j++) {
        if (text[j] === '\\') j++;
        else if (text[j] === '[') inClass = true;
        else if (text[j] === ']') inClass = false;
      }
      code += '/re/';
      i = j + 1;
    } else if (text[i] === "'" || text[i] === '"' || text[i] === '`') {
      const quote = text[i];
      let j = i + 1;
      let value = '';
      while (j < text.length && text[j] !== quote) {
        if (text[j] === '\\') value += text[j++];
        value += text[j++];
      }
      strings.push({value, line});
      for (const c of value) if (c === '\n') ((code += '\n'), line++);
      code += '""';
      i = j + 1;
    } else {
      if (text[i] === '\n') line++;
      code += text[i++];
    }
  }
  return {code, strings};
}

const TABLES = ['proactive', 'requests', 'appeals'];
const ruleIds = new Set(RULES.map((rule) => rule.id));

/** Every mention of a key in a source text: `line: what`. */
function mentionsIn(text, keys) {
  const {code, strings} = scan(text);
  const found = [];
  for (const {value, line} of strings) {
    if (ruleIds.has(value)) continue; // a rule's id, named after what it checks, not a cell
    if (keys.has(value) && !OTHER_MEANINGS.has(value)) found.push(`${line}: '${value}'`);
    const segments = value.split('.');
    if (segments.length > 1 && TABLES.includes(segments[0]) && segments.slice(1).some((key) => keys.has(key))) {
      found.push(`${line}: '${value}' (a cell path)`);
    }
  }
  code.split('\n').forEach((text, i) => {
    for (const [access] of text.matchAll(/\b(?:proactive|requests|appeals)(?:\??\.\w+)+/g)) {
      const segments = access.split(/\??\./).slice(1);
      if (segments.some((key) => keys.has(key))) found.push(`${i + 1}: ${access} (a report's property)`);
    }
  });
  return found.sort((a, b) => parseInt(a) - parseInt(b));
}

const mentions = (file, keys) =>
  mentionsIn(readFileSync(join(root, file), 'utf8'), keys).map((mention) => `${file}:${mention}`);

const sourceFiles = () =>
  readdirSync(join(root, 'src'), {recursive: true, withFileTypes: true})
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => relative(root, join(entry.parentPath ?? entry.path, entry.name)))
    .filter((file) => !DATA.some((folder) => file.startsWith(folder)))
    .sort();

test('the scanner sees keys in strings, cell paths and report properties, and none in comments', () => {
  const source = [
    "// 'newReceived' in a comment, and requests.newReceived",
    '/* requests.newReceived.total',
    '   across lines */',
    "const row = 'newReceived';",
    "const path = 'requests.newReceived.total';",
    'const count = report.requests.newReceived?.total;',
    "const text = 'a newReceived word', rule = 'requests.balance', quote = /^[\"/]/;",
    "const newer = 'newReceived';",
  ].join('\n');
  assert.deepEqual(mentionsIn(source, new Set(['newReceived', 'total'])), [
    "4: 'newReceived'",
    "5: 'requests.newReceived.total' (a cell path)",
    "6: requests.newReceived?.total (a report's property)",
    "8: 'newReceived'",
  ]);
});

test('no source file but format.ts, types.ts and the label catalogs names a row or column key of the three tables', () => {
  const keys = tableKeys();
  for (const key of ['licensing', 'naturalPerson', 'stateSecret', 'litigationDirect', 'upheld'])
    assert.ok(keys.has(key), key);
  const elsewhere = sourceFiles()
    .filter((file) => !isHome(file) && !(file in ALLOWED))
    .flatMap((file) => mentions(file, keys));
  assert.deepEqual(elsewhere, [], `keys written outside the format:\n${elsewhere.join('\n')}`);
});

test('the files allowed to name keys still do (else the exception goes)', () => {
  const keys = tableKeys();
  for (const file of Object.keys(ALLOWED)) assert.notDeepEqual(mentions(file, keys), [], file);
});
