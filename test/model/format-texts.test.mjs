// The format's labels: one catalog per locale keyed by id, and each catalog's ids are exactly the
// ids the format's trees ask for (a text no tree uses fails here; a catalog missing the text of a
// row added to a tree fails to compile, as its type `FormatTexts` is made from the trees: see
// newcomer-edits.test.mjs). Their XLIFF for translators (xliff/format.<locale>.xlf) is current and
// complete.
//
// Needs `npm run build:node`.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import * as format from '../../dist/node/model/format.js';
import {textId} from '../../dist/node/model/texts/labels.js';
import {LOCALES, SOURCE_LOCALE} from '../../dist/node/model/texts/locales.js';
import {checkXliff, textsXliff, untranslatedTexts} from '../../scripts/texts-xliff.mjs';

/** Every label reachable from the format's exports (trees, blocks, sections, units, captions). */
function labelsOfFormat() {
  const labels = new Set();
  const seen = new Set();
  const walk = (value) => {
    if (!value || typeof value !== 'object' || seen.has(value)) return;
    seen.add(value);
    if (typeof value.zh === 'string' && typeof value.en === 'string') labels.add(value);
    else Object.values(value).forEach(walk);
  };
  Object.values(format).forEach(walk);
  return [...labels];
}

/** The ids of the labels the format uses, walked from its exports. */
function idsOfFormat() {
  const ids = labelsOfFormat().map((label) => textId(label));
  assert.ok(!ids.includes(undefined), 'every label of the format comes from text(id)');
  return [...new Set(ids)].sort();
}

test('each locale catalog has a non-empty text for every id the format uses, and nothing else', () => {
  const used = idsOfFormat();
  for (const {locale, texts} of LOCALES) {
    assert.deepEqual(Object.keys(texts.format).sort(), used, locale);
    for (const id of used) assert.ok(texts.format[id].trim(), `${locale}: ${id}`);
  }
});

/** The ids in the source catalog's order, the order of the XLIFF files. */
const FORMAT_TEXT_IDS = Object.keys(SOURCE_LOCALE.texts.format);

test('xliff/format.en.xlf is current and complete; a stale or untranslated label is reported', async () => {
  assert.deepEqual(await checkXliff(), []);
  const english = LOCALES.find(({locale}) => locale === 'en').texts.format;
  const committed = readFileSync('xliff/format.en.xlf', 'utf8');
  const changed = {...english, 'unit.requests': 'Unit: requests'};
  assert.notEqual(textsXliff('format', FORMAT_TEXT_IDS, SOURCE_LOCALE.texts.format, changed, 'zh-CN', 'en'), committed);
  const unfinished = {...english, 'unit.requests': '', 'unit.appeals': SOURCE_LOCALE.texts.format['unit.appeals']};
  assert.deepEqual(untranslatedTexts(FORMAT_TEXT_IDS, SOURCE_LOCALE.texts.format, unfinished, 'en'), [
    'unit.requests',
    'unit.appeals',
  ]);
  assert.deepEqual(untranslatedTexts(FORMAT_TEXT_IDS, SOURCE_LOCALE.texts.format, english, 'en'), []);
});
