// Soft hyphens in the format's English labels (src/model/hyphenate.ts): every long word of every
// label has break points, and hyphenating changes nothing but soft hyphens at syllables.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import * as format from '../../dist/node/model/format.js';
import {LONG_WORD, hyphenate, hyphenatedWords} from '../../dist/node/model/hyphenate.js';

/** Every {zh, en} label reachable from the format's exports. */
function labels() {
  const found = new Set();
  const seen = new Set();
  const walk = (value) => {
    if (!value || typeof value !== 'object' || seen.has(value)) return;
    seen.add(value);
    if (typeof value.zh === 'string' && typeof value.en === 'string') found.add(value.en);
    for (const child of Object.values(value)) walk(child);
  };
  for (const value of Object.values(format)) walk(value);
  return [...found];
}

test('every English word of the format long enough to need it has break points', () => {
  const all = labels();
  assert.ok(all.length > 50, `labels found: ${all.length}`);
  const long = new Set(all.flatMap((en) => en.match(new RegExp(`[A-Za-z]{${LONG_WORD},}`, 'g')) ?? []));
  const missing = [...long].filter((word) => !hyphenatedWords.has(word.toLowerCase()));
  assert.deepEqual(missing, [], 'add these to BREAK_POINTS in src/model/hyphenate.ts');
});

test('hyphenating adds soft hyphens at syllables and nothing else', () => {
  assert.equal(
    hyphenate('Administrative reconsideration'),
    'Ad\u00admin\u00adis\u00adtra\u00adtive re\u00adcon\u00adsid\u00ader\u00ada\u00adtion',
  );
  assert.equal(hyphenate('Natural persons'), 'Natural persons', 'short words stay whole');
  for (const en of labels()) {
    const shown = hyphenate(en);
    assert.equal(shown.replace(/\u00ad/g, ''), en);
    // No soft hyphen leaves a single letter of a word at a line's end or start.
    assert.doesNotMatch(shown, /(^|[^A-Za-z\u00ad])[A-Za-z]\u00ad|\u00ad[A-Za-z]($|[^A-Za-z\u00ad])/, en);
  }
});
