/** English templates of validation messages (ids in validation.ts). */
import {LIMITS} from '../limits.js';
import {group} from '../numbers.js';
import type {ValidationTexts} from './validation.js';

export const en: ValidationTexts = {
  expected: {
    count: 'a whole number ≥ 0 (null for a blank cell)',
    fees: 'a number ≥ 0 in 10,000 yuan, decimals allowed (null for blank)',
    text: `text: a string, or an object {"zh": …, "en": …}, at most ${group(LIMITS.textLength)} characters`,
    year: `a whole year from ${LIMITS.minYear} to ${LIMITS.maxYear}`,
    date: 'a real day as YYYY-MM-DD, e.g. "2025-01-20"',
    schemaVersion: '1 (the version this library reads)',
    format: '"2021" (the format of 国办公开办函〔2021〕30号)',
    object: 'an object {…}',
    list: 'a list […]',
    report: 'a JSON object {…} (one report)',
  },
  found: {
    missing: 'missing',
    text: (shown) => `${shown} (text)`,
    longText: (shown, characters) => `${shown} (text of ${characters} characters)`,
    beyondRange: (value) => `${value} (beyond the range of numbers, e.g. 1e400)`,
    boolean: (value) => `${value} (a boolean)`,
    list: (items) => `a list (${items} item${items === 1 ? '' : 's'})`,
    object: 'an object',
  },
  theReport: 'the report',
  named: (path, label) => `${path} (${label})`,
  missing: (where, expected) => `${where}: missing; expected ${expected}`,
  wrong: (where, expected, found) => `${where}: expected ${expected}, got ${found}`,
  at: (where, sentence) => `${where}: ${sentence}`,
  structural: {
    'not-json': (detail) => `not valid JSON (${detail}); check quotes, commas and brackets`,
    'too-large': (detail) => `${detail}, beyond the limit; the excess was not read`,
    'too-deep': () => `nested deeper than ${LIMITS.depth} levels; the value was removed`,
    cyclic: () => 'the object contains itself (a cycle); the value was removed',
    unreadable: (detail) => `reading it failed (${detail}); the value was removed`,
    'forbidden-key': (detail) => `the key "${detail}" could tamper with object prototypes; removed`,
    'unknown-field': () => 'not a field of this format; kept as is, but neither shown nor checked',
    'unknown-cell': (detail) =>
      `"${detail}" is not the path of a table cell (e.g. "proactive.rules.issued"); the note belongs to no cell`,
  },
  amount: (count, limit, unit) => `${count} ${unit} (limit ${limit})`,
  moreIssues: (count) => `${count} more issues not listed`,
};
