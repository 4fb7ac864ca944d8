// One truth for the schema: the shipped JSON Schema, run as most back ends run it (a standard
// validator with formats OFF), and validateReport() give the same verdict on a corpus of mutated
// reports and on the dates and long texts where they used to part ways.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import {validateReport} from '../../dist/node/model/validate.js';
import {LIMITS} from '../../dist/node/model/limits.js';
import {REAL_DATE_PATTERN, isRealDate} from '../../dist/node/model/schema.js';
import {huaian2024, xiguan2024} from '../../dist/node/examples/index.js';
import {mutatedReport} from '../support/report-mutations.js';

const schema = JSON.parse(readFileSync(new URL('../../schema/disclosure-report.schema.json', import.meta.url), 'utf8'));
// validateFormats: false is what "formats off" means in ajv (and its default without ajv-formats).
const schemaAccepts = new Ajv2020({strict: true, validateFormats: false}).compile(schema);

/** Both verdicts on one value, as parsed JSON (what a back end receives). */
function verdicts(report) {
  const json = JSON.parse(JSON.stringify(report));
  return {schema: schemaAccepts(json), library: validateReport(json).valid};
}

const SEED = 16;
/** Mutations of the two examples: deleted, retyped, replaced and added fields (report-mutations.js). */
const mutated = fc.sample(mutatedReport([huaian2024, xiguan2024], {textLength: LIMITS.textLength}), {
  seed: SEED,
  numRuns: 300,
});

const emoji = '😀';
const withText = (text) => ({...structuredClone(xiguan2024), agency: text});
const publishedOn = (date) => ({...structuredClone(xiguan2024), publishedOn: date});

/** The cases the issue found (and their neighbours), with the verdict both must give. */
const NAMED = [
  ['publishedOn 2025-13-45', publishedOn('2025-13-45'), false],
  ['publishedOn 2025-02-30', publishedOn('2025-02-30'), false],
  ['publishedOn 20250120', publishedOn('20250120'), false],
  ['publishedOn 2100-02-29 (no leap day in 2100)', publishedOn('2100-02-29'), false],
  ['publishedOn 2024-04-31', publishedOn('2024-04-31'), false],
  ['publishedOn 2025-01-20', publishedOn('2025-01-20'), true],
  ['publishedOn 2024-02-29', publishedOn('2024-02-29'), true],
  ['publishedOn 2000-02-29', publishedOn('2000-02-29'), true],
  [`an agency of ${LIMITS.textLength} emoji`, withText(emoji.repeat(LIMITS.textLength)), true],
  [`an agency of ${LIMITS.textLength + 1} emoji`, withText(emoji.repeat(LIMITS.textLength + 1)), false],
  [`an agency of ${LIMITS.textLength + 1} Han characters`, withText('长'.repeat(LIMITS.textLength + 1)), false],
];

test('the named dates and long texts: schema (formats off) and library give the expected verdict', () => {
  const wrong = NAMED.filter(([, report, valid]) => {
    const {schema: bySchema, library} = verdicts(report);
    return bySchema !== valid || library !== valid;
  }).map(([name, report]) => ({name, ...verdicts(report)}));
  assert.deepEqual(wrong, []);
});

test(`a corpus of ${mutated.length} mutated reports: schema (formats off) and library agree on every one`, () => {
  const all = mutated.map((report, index) => ({index, ...verdicts(report)}));
  const disagreements = all.filter((x) => x.schema !== x.library);
  assert.deepEqual(disagreements, [], `seed ${SEED}`);
  // The corpus holds both verdicts in number, so agreement is not "everything fails".
  assert.ok(all.filter((x) => x.library).length >= 25, 'at least 25 valid reports');
  assert.ok(all.filter((x) => !x.library).length >= 25, 'at least 25 invalid reports');
});

/** YYYY-MM-DD of a day number counted from 1 Jan of `fromYear`, by arithmetic of our own. */
function* everyDay(fromYear, toYear) {
  const leap = (y) => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  const lengths = (y) => [31, leap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  const pad = (n, width) => String(n).padStart(width, '0');
  for (let y = fromYear; y <= toYear; y++)
    for (const [m, days] of lengths(y).entries())
      for (let d = 1; d <= days; d++) yield `${pad(y, 4)}-${pad(m + 1, 2)}-${pad(d, 2)}`;
}

test("the date pattern (the schema's) and the calendar check (the library's) agree on real and impossible days", () => {
  const pattern = new RegExp(REAL_DATE_PATTERN.source);
  let real = 0;
  for (const day of [...everyDay(0, 120), ...everyDay(1890, 2410)]) {
    real++;
    assert.ok(pattern.test(day) && isRealDate(day), `${day} is a real day`);
  }
  assert.ok(real > 200_000);
  // Every impossible day in the same years: day 0, the day after the month's last, month 0 and 13.
  for (const year of ['0000', '0001', '0004', '0100', '1900', '2000', '2023', '2024', '2100', '2400']) {
    for (let month = 0; month <= 13; month++) {
      for (let day = 0; day <= 32; day++) {
        const text = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
        assert.equal(pattern.test(text), isRealDate(text), text);
      }
    }
  }
  for (const text of ['20250120', '2025-1-20', ' 2025-01-20', '2025-01-20T00:00', '२०२५-०१-२०', '']) {
    assert.equal(pattern.test(text) || isRealDate(text), false, JSON.stringify(text));
  }
});
