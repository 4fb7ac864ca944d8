// The translation check of `npm test` (scripts/texts-xliff.mjs), run end to end on a small
// throw-away project: its own catalogs (a stand-in for dist/node/model/texts) and its own xliff/,
// never the real ones. The XLIFF is written from the catalogs; the check fails when a catalog
// lacks a translation, or when a file is missing or stale against the catalogs.
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {checkXliff, textsXliff, untranslatedTexts, xliffFiles} from '../../scripts/texts-xliff.mjs';

/** The stand-in catalogs: one format label, UI texts with a template, an editor text. */
const catalogs = ({hello = "'Hello'", count = '(n) => `${n} in all`', bye = ''} = {}) => `
export const SOURCE_LOCALE = {locale: 'zh-CN', key: 'zh', texts: {
  format: {'unit.x': '单位：件'},
  ui: {hello: '你好', count: (n) => \`共 \${n} 处\`${bye && ", bye: '再见'"}},
}};
const en = {locale: 'en', key: 'en', texts: {
  format: {'unit.x': 'Unit: items'},
  ui: {${hello === null ? '' : `hello: ${hello}, `}count: ${count}${bye && `, bye: ${bye}`}},
}};
export const LOCALES = [SOURCE_LOCALE, en];
const editor = {'zh-CN': {save: '保存'}, en: {save: 'Save'}};
export const editorTextsOf = (locale) => editor[locale];
const importWords = {'zh-CN': {file: {empty: '文件为空'}}, en: {file: {empty: 'the file is empty'}}};
export const importTexts = (definition) => importWords[definition.locale];
const nodeWords = {'zh-CN': {cli: {done: '完成'}}, en: {cli: {done: 'done'}}};
export const nodeTexts = (definition) => nodeWords[definition.locale];
`;

let dir;
const uiFile = () => join(dir, 'xliff', 'ui.en.xlf');

/** Catalogs as the script reads them, in a directory of their own (import() caches by URL). */
function writeDist(name, text) {
  const texts = join(dir, name, 'model', 'texts');
  mkdirSync(texts, {recursive: true});
  writeFileSync(join(texts, 'locales.js'), text);
  writeFileSync(join(texts, 'editor-catalogs.js'), "export {editorTextsOf} from './locales.js';\n");
  writeFileSync(join(texts, 'import-locales.js'), "export {importTexts} from './locales.js';\n");
  writeFileSync(join(texts, 'node-locales.js'), "export {nodeTexts} from './locales.js';\n");
  return {dist: join(dir, name), xliffDir: join(dir, 'xliff')};
}

/** XLIFF written from the complete catalogs, then checked against `text` (the same when absent). */
async function run(text) {
  dir = resolve(mkdtempSync(join('.test-results', 'translations-')));
  made.push(dir);
  mkdirSync(join(dir, 'xliff'));
  for (const {file, text: fresh} of await xliffFiles(writeDist('written', catalogs()))) writeFileSync(file, fresh);
  return checkXliff(writeDist('checked', text ?? catalogs()));
}

const made = [];
before(() => mkdirSync('.test-results', {recursive: true}));
after(() => made.forEach((path) => rmSync(path, {recursive: true, force: true})));

test('XLIFF written from complete catalogs passes; a template becomes placeholders in source and target', async () => {
  assert.deepEqual(await run(), []);
  const ui = readFileSync(uiFile(), 'utf8');
  assert.match(ui, /<source>共 <x id="0"\/> 处<\/source>\s*<target><x id="0"\/> in all<\/target>/);
  assert.match(readFileSync(join(dir, 'xliff', 'editor.en.xlf'), 'utf8'), /<target>Save<\/target>/);
  // The importer's catalog is nested by topic: its units have dotted ids.
  assert.match(
    readFileSync(join(dir, 'xliff', 'import.en.xlf'), 'utf8'),
    /<trans-unit id="file\.empty">\s*<source>文件为空<\/source>\s*<target>the file is empty<\/target>/,
  );
});

test('a text without an English translation fails', async () => {
  const problems = await run(catalogs({hello: null}));
  assert.ok(
    problems.some((problem) => /"hello" has no en translation/.test(problem)),
    problems.join('\n'),
  );
});

test('XLIFF stale against the catalogs fails, and a new text not translated yet is named', async () => {
  const changed = await run(catalogs({count: '(n) => `${n} altogether`'}));
  assert.ok(
    changed.some((problem) => /ui\.en\.xlf is stale/.test(problem)),
    changed.join('\n'),
  );
  const added = await run(catalogs({bye: "''"}));
  assert.ok(
    added.some((problem) => /ui\.en\.xlf is stale/.test(problem)),
    added.join('\n'),
  );
  assert.ok(
    added.some((problem) => /"bye" has no en translation/.test(problem)),
    added.join('\n'),
  );
});

test('a missing XLIFF file fails', async () => {
  await run();
  rmSync(uiFile());
  const problems = await checkXliff({dist: join(dir, 'checked'), xliffDir: join(dir, 'xliff')});
  assert.ok(
    problems.some((problem) => /ui\.en\.xlf is missing/.test(problem)),
    problems.join('\n'),
  );
});

test('untranslatedTexts(): absent or wordless targets and Chinese copied into English count; placeholders-only sources do not', () => {
  const source = {a: '空白', b: '空白', c: '空白', d: '空白', e: (n) => `共 ${n} 处`, f: (x, y) => `${x}${y}`};
  const target = {a: 'blank', c: '  ', d: '空白', e: (n) => `${n}`, f: (x, y) => `${x} ${y}`};
  assert.deepEqual(untranslatedTexts(Object.keys(source), source, target, 'en'), ['b', 'c', 'd', 'e']);
});

test('a template that reads into its value (an object, a list) is refused: translators get one <x/> per value', () => {
  const source = {totals: (counts) => `共 ${counts.error} 处`, list: (items) => items.join('、')};
  const target = {totals: (counts) => `${counts.error} in all`, list: (items) => items.join(', ')};
  assert.throws(() => textsXliff('ui', ['totals'], source, target, 'zh-CN', 'en'), /"totals".*one parameter per value/);
  assert.throws(() => textsXliff('ui', ['list'], source, target, 'zh-CN', 'en'), /"list".*fails on plain values/);
});
