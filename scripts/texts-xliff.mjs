#!/usr/bin/env node
// Every fixed text for translators, as XLIFF 1.2, written from the catalogs (src/model/texts/),
// which stay the one place of the words: per target locale and part, xliff/<part>.<locale>.xlf,
// source zh-CN, target from the locale's catalog:
// - format: the format's labels (<locale>.ts; its ids are `FormatTextId`, made from the format's trees);
// - ui: the viewer elements' texts (ui.ts; <locale>.ui.ts);
// - editor: the editor's texts (editor.ts; <locale>.editor.ts);
// - import: the importer's words (import-catalog.ts; <locale>.import.ts), nested by topic, so
//   their ids are dotted paths (`place.tooManyRows`).
// - node: the command line's words and the rules' descriptions (node-catalog.ts; <locale>.node.ts),
//   dotted ids too (`cli.checksHeading`, `rules.requests.balance`).
// A template (a function of the catalog) is called with placeholders, which become <x id="0"/>…
// in source and target, as translation tools expect.
//
//   node scripts/texts-xliff.mjs          check: fails when a file is missing or stale, or a text untranslated
//   node scripts/texts-xliff.mjs --write  write the files (`npm run texts:xliff`)
//
// Reads the catalogs from dist/node (`npm run build:node` first).
import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import {relative, resolve} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const HAN = /\p{Script=Han}/u;

/** Placeholder i, in private-use characters no catalog text holds. */
const placeholder = (i) => `\uE000${i}\uE001`;
const PLACEHOLDER = /\uE000(\d+)\uE001/g;

const escapeXml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A catalog entry as XLIFF content: a template called with placeholders, which become <x/>. */
function content(entry) {
  const text =
    typeof entry === 'function' ? entry(...Array.from({length: entry.length}, (_, i) => placeholder(i))) : entry;
  return escapeXml(text ?? '').replace(PLACEHOLDER, '<x id="$1"/>');
}

/** The words of an entry, without its placeholders. */
const words = (entry) =>
  content(entry)
    .replace(/<x id="\d+"\/>/g, '')
    .trim();

/**
 * A template is called with placeholder strings: one that reads a property of a value, or joins
 * it, shows "undefined" or fails. Templates take formatted values (strings, numbers), one per
 * parameter, so that a translator sees each as <x/>.
 */
function assertPlainTemplate(part, id, entry) {
  if (typeof entry !== 'function') return;
  let text;
  try {
    text = content(entry);
  } catch (error) {
    throw new Error(`${part} text "${id}": its template fails on plain values (${error.message})`);
  }
  if (/\bundefined\b|\[object /.test(text))
    throw new Error(`${part} text "${id}": its template reads into a value; give it one parameter per value`);
}

/** The XLIFF of one part of one target locale's catalog. */
export function textsXliff(part, ids, source, target, sourceLocale, targetLocale) {
  for (const id of ids) [source[id], target[id]].forEach((entry) => assertPlainTemplate(part, id, entry));
  const units = ids.map(
    (id) => `<trans-unit id="${id}">
  <source>${content(source[id])}</source>
  <target>${content(target[id])}</target>
</trans-unit>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<!-- Written by scripts/texts-xliff.mjs from src/model/texts/ (npm run texts:xliff): edit the catalogs. -->
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
<file target-language="${targetLocale}" source-language="${sourceLocale}" original="${part}" datatype="plaintext">
<body>
${units.join('\n')}
</body>
</file>
</xliff>
`;
}

/**
 * Ids whose target is missing or has no words where the source has some, or is still Chinese in
 * a locale that is not.
 */
export function untranslatedTexts(ids, source, target, targetLocale) {
  return ids.filter((id) => {
    if (target[id] === undefined) return true;
    const text = words(target[id]);
    return (!text && words(source[id])) || (!/^zh\b/.test(targetLocale) && HAN.test(text));
  });
}

/** A nested catalog as one record by dotted id (`place.tooManyRows`), templates kept as they are. */
export function flatten(texts, prefix = '') {
  const flat = {};
  for (const [key, entry] of Object.entries(texts ?? {})) {
    if (typeof entry === 'object' && entry !== null) Object.assign(flat, flatten(entry, `${prefix}${key}.`));
    else flat[prefix + key] = entry;
  }
  return flat;
}

/** Every target locale's files (one per part) and their fresh text. */
export async function xliffFiles({dist = resolve(root, 'dist/node'), xliffDir = resolve(root, 'xliff')} = {}) {
  const load = (file) => import(pathToFileURL(resolve(dist, 'model/texts', file)).href);
  const {LOCALES, SOURCE_LOCALE} = await load('locales.js');
  const {editorTextsOf} = await load('editor-catalogs.js');
  const {importTexts} = await load('import-locales.js');
  const {nodeTexts} = await load('node-locales.js');
  const parts = [
    {part: 'format', ids: Object.keys(SOURCE_LOCALE.texts.format), texts: (locale) => locale.texts.format},
    {part: 'ui', ids: Object.keys(SOURCE_LOCALE.texts.ui), texts: (locale) => locale.texts.ui},
    {
      part: 'editor',
      ids: Object.keys(editorTextsOf(SOURCE_LOCALE.locale)),
      texts: (locale) => editorTextsOf(locale.locale),
    },
    {
      part: 'import',
      ids: Object.keys(flatten(importTexts(SOURCE_LOCALE))),
      texts: (locale) => flatten(importTexts(locale)),
    },
    {
      part: 'node',
      ids: Object.keys(flatten(nodeTexts(SOURCE_LOCALE))),
      texts: (locale) => flatten(nodeTexts(locale)),
    },
  ];
  return LOCALES.filter((locale) => locale !== SOURCE_LOCALE).flatMap((locale) =>
    parts.map(({part, ids, texts}) => {
      const source = texts(SOURCE_LOCALE);
      const target = texts(locale);
      return {
        file: resolve(xliffDir, `${part}.${locale.locale}.xlf`),
        locale: locale.locale,
        text: textsXliff(part, ids, source, target, SOURCE_LOCALE.locale, locale.locale),
        untranslated: untranslatedTexts(ids, source, target, locale.locale),
      };
    }),
  );
}

/** Everything wrong with the committed files: missing, stale, untranslated. Empty when all is well. */
export async function checkXliff(options) {
  const problems = [];
  for (const {file, locale, text, untranslated} of await xliffFiles(options)) {
    const shown = relative(process.cwd(), file);
    if (!existsSync(file)) problems.push(`${shown} is missing: run \`npm run texts:xliff\``);
    else if (readFileSync(file, 'utf8') !== text) problems.push(`${shown} is stale: run \`npm run texts:xliff\``);
    for (const id of untranslated) problems.push(`${shown}: text "${id}" has no ${locale} translation`);
  }
  return problems;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  if (process.argv.includes('--write')) {
    for (const {file, text} of await xliffFiles()) writeFileSync(file, text);
  } else {
    const problems = await checkXliff();
    for (const problem of problems) console.error(problem);
    console.log(`texts: ${problems.length ? `${problems.length} problem(s)` : 'every text translated, xliff current'}`);
    process.exit(problems.length ? 1 : 0);
  }
}
