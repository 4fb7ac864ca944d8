#!/usr/bin/env node
// The format's labels for translators, as XLIFF 1.2 (the exchange format of the msg() strings in
// xliff/en.xlf too): one file per target locale, xliff/format.<locale>.xlf, source zh-CN, target
// from the locale's catalog (src/model/texts/<locale>.ts), one unit per id of the source catalog (its keys are
// `FormatTextId`, made from the format's trees in src/model/format.ts, so the compiler keeps them complete).
// `lit-localize extract` cannot write these: it reads msg() calls, and rewrites its own file
// dropping any unit it did not find, so the labels get a file of their own, written from the
// catalogs by this script. The importer's words (src/model/texts/<locale>.import.ts) go the same way,
// in xliff/import.<locale>.xlf (see importFiles below).
//
//   node scripts/format-xliff.mjs          check: fails when a file is stale or a label untranslated
//   node scripts/format-xliff.mjs --write  write the files (`npm run texts:xliff`)
//
// Reads the catalogs from dist/node (`npm run build:node` first).
import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import {relative, resolve} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const HAN = /\p{Script=Han}/u;

const escapeXml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The XLIFF of one target locale's format labels. */
export function formatXliff(ids, source, target, sourceLocale, targetLocale, original = 'format-labels') {
  const units = ids.map(
    (id) => `<trans-unit id="${id}">
  <source>${escapeXml(source[id])}</source>
  <target>${escapeXml(target[id] ?? '')}</target>
</trans-unit>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<!-- Written by scripts/format-xliff.mjs from src/model/texts/ (npm run texts:xliff): edit the catalogs. -->
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
<file target-language="${targetLocale}" source-language="${sourceLocale}" original="${original}" datatype="plaintext">
<body>
${units.join('\n')}
</body>
</file>
</xliff>
`;
}

/** Ids whose target is empty, or still Chinese in a locale that is not. */
export function untranslatedLabels(ids, target, targetLocale) {
  return ids.filter((id) => !target[id]?.trim() || (!/^zh\b/.test(targetLocale) && HAN.test(target[id])));
}

/** Every target locale's file and its fresh text. */
export async function formatFiles(dist = resolve(root, 'dist/node')) {
  const {LOCALES, SOURCE_LOCALE} = await import(pathToFileURL(resolve(dist, 'model/texts/locales.js')).href);
  const ids = Object.keys(SOURCE_LOCALE.texts.format);
  return LOCALES.filter((locale) => locale !== SOURCE_LOCALE).map((locale) => ({
    file: resolve(root, 'xliff', `format.${locale.locale}.xlf`),
    locale: locale.locale,
    text: formatXliff(ids, SOURCE_LOCALE.texts.format, locale.texts.format, SOURCE_LOCALE.locale, locale.locale),
    untranslated: untranslatedLabels(ids, locale.texts.format, locale.locale),
  }));
}

// The import's words. Its templates are functions: a unit holds the text a template writes, each
// value it is given standing as <x id="n"/>, the placeholder of XLIFF 1.2, in the order of the
// template's parameters.

/** Marks a value in a template's text until the XLIFF is written (private-use characters). */
const hole = (n) => `\u{E000}${n}\u{E001}`;

/** Every text of an import catalog by dotted id (`place.tooManyRows`), templates with their holes. */
export function importUnits(texts, prefix = '') {
  const units = {};
  for (const [key, value] of Object.entries(texts)) {
    const id = prefix + key;
    if (typeof value === 'string') units[id] = value;
    else if (typeof value === 'function') units[id] = value(...Array.from({length: value.length}, (_, n) => hole(n)));
    else Object.assign(units, importUnits(value, `${id}.`));
  }
  return units;
}

/** Every target locale's import file and its fresh text. */
export async function importFiles(dist = resolve(root, 'dist/node')) {
  const {LOCALES, SOURCE_LOCALE} = await import(pathToFileURL(resolve(dist, 'model/texts/locales.js')).href);
  const {importTexts} = await import(pathToFileURL(resolve(dist, 'model/texts/import-locales.js')).href);
  const source = importUnits(importTexts(SOURCE_LOCALE));
  const ids = Object.keys(source);
  return LOCALES.filter((locale) => locale !== SOURCE_LOCALE).map((locale) => {
    const target = importUnits(importTexts(locale));
    const xliff = formatXliff(ids, source, target, SOURCE_LOCALE.locale, locale.locale, 'import-texts');
    return {
      file: resolve(root, 'xliff', `import.${locale.locale}.xlf`),
      locale: locale.locale,
      text: xliff.replace(/\u{E000}(\d+)\u{E001}/gu, '<x id="$1"/>'),
      untranslated: untranslatedLabels(ids, target, locale.locale),
    };
  });
}

/** Everything wrong with the committed label and import files: missing, stale, untranslated. */
export async function checkFormatXliff(dist) {
  const problems = [];
  for (const {file, locale, text, untranslated} of [...(await formatFiles(dist)), ...(await importFiles(dist))]) {
    const shown = relative(process.cwd(), file);
    if (!existsSync(file)) problems.push(`${shown} is missing: run \`npm run texts:xliff\``);
    else if (readFileSync(file, 'utf8') !== text) problems.push(`${shown} is stale: run \`npm run texts:xliff\``);
    for (const id of untranslated) problems.push(`${shown}: label "${id}" has no ${locale} translation`);
  }
  return problems;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  if (process.argv.includes('--write')) {
    for (const {file, text} of [...(await formatFiles()), ...(await importFiles())]) writeFileSync(file, text);
  } else {
    const problems = await checkFormatXliff();
    for (const problem of problems) console.error(problem);
    console.log(
      `format labels and import texts: ${problems.length ? `${problems.length} problem(s)` : 'every text translated, xliff current'}`,
    );
    process.exit(problems.length ? 1 : 0);
  }
}
