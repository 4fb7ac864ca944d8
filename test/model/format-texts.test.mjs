// The format's labels: one catalog per locale keyed by the ids of format-ids.ts, and that list is
// exactly the ids the format's trees ask for (a row added to a tree without an id in the list, or
// an id no tree uses, fails here; a catalog missing an id fails to compile). Their XLIFF for
// translators (xliff/format.<locale>.xlf) is current and complete.
//
// Needs `npm run build:node`.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import * as format from '../../dist/node/model/format.js';
import {FORMAT_TEXT_IDS} from '../../dist/node/model/texts/format-ids.js';
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

test('the id list is exactly the ids of the labels the format uses, each label made from it', () => {
  const labels = labelsOfFormat();
  const ids = labels.map((label) => textId(label));
  assert.ok(!ids.includes(undefined), 'every label of the format comes from text(id)');
  assert.deepEqual([...new Set(ids)].sort(), [...FORMAT_TEXT_IDS].sort());
});

test('each locale catalog has a non-empty text for every id, and nothing else', () => {
  for (const {locale, texts} of LOCALES) {
    assert.deepEqual(Object.keys(texts.format).sort(), [...FORMAT_TEXT_IDS].sort(), locale);
    for (const id of FORMAT_TEXT_IDS) assert.ok(texts.format[id].trim(), `${locale}: ${id}`);
  }
});

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
