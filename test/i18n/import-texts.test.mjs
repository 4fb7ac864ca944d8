// The importer's words: one catalog per locale (src/model/texts/<key>.import.ts), for translators
// in xliff/import.<locale>.xlf, and kept out of the viewer bundle (only src/import reads them).
//
// Needs `npm run build` (the viewer bundle) and `npm run build:node`.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, readFileSync} from 'node:fs';
import {checkXliff, flatten, untranslatedTexts, xliffFiles} from '../../scripts/texts-xliff.mjs';
import {localeDefinition, SOURCE_LOCALE} from '../../dist/node/model/texts/locales.js';
import {importTexts} from '../../dist/node/model/texts/import-locales.js';

const english = importTexts(localeDefinition('en'));
const chinese = importTexts(SOURCE_LOCALE);

test('xliff/import.en.xlf is current: a unit per import text, a template with its values as <x/>', async () => {
  assert.deepEqual(await checkXliff(), []);
  const committed = readFileSync('xliff/import.en.xlf', 'utf8');
  const {text} = (await xliffFiles()).find(({file}) => file.endsWith('import.en.xlf'));
  assert.equal(committed, text);
  assert.match(
    committed,
    /<trans-unit id="place\.tooManyRows">\s*<source>此表超过 <x id="0"\/> 行，其余行未读取<\/source>\s*<target>this table has more than <x id="0"\/> rows; the rest were not read<\/target>/,
  );
  assert.equal((committed.match(/<trans-unit /g) ?? []).length, Object.keys(flatten(chinese)).length);
});

test('an import text missing from a locale, or still in Chinese there, is reported untranslated', () => {
  const ids = Object.keys(flatten(chinese));
  const unfinished = {
    ...english,
    file: {...english.file, doc: ''},
    place: {...english.place, sectionMissing: chinese.place.sectionMissing},
  };
  assert.deepEqual(untranslatedTexts(ids, flatten(chinese), flatten(unfinished), 'en'), [
    'file.doc',
    'place.sectionMissing',
  ]);
  assert.deepEqual(untranslatedTexts(ids, flatten(chinese), flatten(english), 'en'), []);
});

test('the viewer bundle carries none of the import texts', () => {
  const bundle = 'dist/bundle/disclosure-report.js';
  assert.ok(existsSync(bundle), `${bundle} is missing: run npm run build`);
  const code = readFileSync(bundle, 'utf8');
  // Every import text long enough to be the import's own, with its values cut out.
  const hole = '\u{E000}';
  const texts = [chinese, english]
    .flatMap((catalog) => Object.values(flatten(catalog)))
    .map((entry) => (typeof entry === 'function' ? entry(...Array.from({length: entry.length}, () => hole)) : entry))
    .flatMap((text) => text.split(hole))
    .filter((part) => part.trim().length >= 12);
  assert.ok(texts.length > 50);
  for (const text of texts) assert.ok(!code.includes(text), `the viewer bundle holds “${text}”`);
});

test('English says "1 value" and "3 values" when a row or table cannot be placed', () => {
  assert.match(english.place.rowAmbiguous(1, 4), /^the row has 1 value for 4 columns,/);
  assert.match(english.place.rowAmbiguous(3, 4), /^the row has 3 values for 4 columns,/);
  assert.match(english.place.tableAmbiguous(1, 15), /^the table has 1 value for 15 columns,/);
});
