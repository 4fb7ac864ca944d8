// Property-based fuzzing of the model: arbitrary JSON and mutated example reports through
// parseReport / validateReport and checkReport. Whatever comes in: no exception, every issue
// has a path and a message in both languages, `valid` agrees with the JSON Schema (an
// independent reading of the format), the repaired report has every cell, and no prototype
// changes.
//
// FUZZ_RUNS (default 10,000 for npm test) and FUZZ_SEED override the run count and seed;
// `npm run fuzz` runs 100,000. A failure prints fast-check's seed and shrunk counterexample.
import {describe, test, after} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import fc from 'fast-check';
import Ajv2020 from 'ajv/dist/2020.js';
import {parseReport, validateReport} from '../../dist/node/model/validate.js';
import {checkReport} from '../../dist/node/model/checks.js';
import {CELL_LABELS} from '../../dist/node/model/cell-labels.js';
import {LIMITS} from '../../dist/node/model/limits.js';
import {valueAt} from '../../dist/node/model/paths.js';
import {huaian2024, xiguan2024} from '../../dist/node/examples/index.js';
import {malformedCases} from '../../dist/node/examples/malformed.js';
import {mutatedReport, withHugeNumbers, PROTOTYPE_KEYS, defineOwn} from '../support/report-mutations.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
const SEED = Number(process.env.FUZZ_SEED ?? 20210330);
const BASES = [huaian2024, xiguan2024];

// Each property gets a share of RUNS; the shares add up to RUNS.
const SHARES = {
  mutatedJson: 0.45,
  mutatedObjects: 0.15,
  hugeNumbers: 0.05,
  arbitraryJson: 0.2,
  anything: 0.1,
  text: 0.05,
};
const runsOf = (name) => Math.max(1, Math.round(RUNS * SHARES[name]));
const params = (name) => ({numRuns: runsOf(name), seed: SEED, endOnFailure: true, includeErrorInReport: true});

const schema = JSON.parse(readFileSync(new URL('../../schema/disclosure-report.schema.json', import.meta.url), 'utf8'));
const ajv = new Ajv2020({strict: true, allErrors: false});
ajv.addFormat('date', (text) => {
  const match = /^\d{4}-\d{2}-\d{2}$/.exec(text);
  const date = new Date(`${text}T00:00:00Z`);
  return Boolean(match) && !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
});
const schemaAccepts = ajv.compile(schema);

// Snapshot of everything a polluted prototype would change.
const PROTOTYPES = [Object.prototype, Array.prototype, Function.prototype, String.prototype, Number.prototype];
const shape = () => PROTOTYPES.map((p) => Reflect.ownKeys(p).map(String).sort().join()).join('|');
const pristine = shape();
function assertNoPollution() {
  assert.equal(shape(), pristine, 'a prototype gained or lost a property');
  assert.equal(Object.getPrototypeOf({}), Object.prototype);
  for (const name of ['polluted', 'x', 'zh', 'en', 'total']) assert.equal({}[name], undefined, `({}).${name} is set`);
}

const SEVERITIES = new Set(['error', 'warning', 'info']);
const undivided = /^requests\.results\.other\.\w+$/; // the 2019 variant's cells, absent from a 2021 report
const CELLS = [...CELL_LABELS.keys()].filter((path) => !undivided.test(path));
let counted = 0;
const started = Date.now();

/** The invariants every result must satisfy, whatever the input. */
function assertWellFormed(result, input) {
  counted++;
  assert.equal(typeof result.valid, 'boolean');
  assert.ok(Array.isArray(result.issues));
  assert.ok(result.issues.length <= LIMITS.issues);
  for (const issue of result.issues) {
    assert.equal(typeof issue.path, 'string', 'issue without a path');
    assert.ok(SEVERITIES.has(issue.severity), issue.severity);
    assert.ok(
      typeof issue.message?.zh === 'string' && issue.message.zh.trim(),
      `no Chinese message: ${JSON.stringify(issue)}`,
    );
    assert.ok(
      typeof issue.message?.en === 'string' && issue.message.en.trim(),
      `no English message: ${JSON.stringify(issue)}`,
    );
    // "unreadable" only comes from getters and proxies; on plain data it means validation itself threw.
    assert.notEqual(issue.code, 'unreadable', `validation threw inside: ${issue.message.en}`);
  }
  assert.equal(result.valid, !result.issues.some((issue) => issue.severity === 'error'), 'valid ⇔ no error issue');
  const isObject = input !== null && typeof input === 'object' && !Array.isArray(input);
  if (!isObject) {
    assert.equal(result.valid, false);
    assert.equal(result.report, null);
    return;
  }
  assert.ok(result.report, 'an object always gives a usable report');
  if (!result.valid) assert.ok(result.invalid.size > 0 || result.issues.some((i) => i.severity === 'error'));
  // Fully shaped: a renderer can read every cell without a guard.
  const other = result.report.requests?.results?.other;
  for (const path of CELLS) {
    if (path.startsWith('requests.results.other.') && other && 'total' in other && !('noCorrection' in other)) continue;
    const value = valueAt(result.report, path);
    assert.ok(
      value === null || (typeof value === 'number' && Number.isFinite(value) && value >= 0),
      `${path} is ${String(value)}`,
    );
  }
  const findings = checkReport(result.report, {invalid: result.invalid});
  for (const finding of findings) {
    assert.ok(finding.message.zh.trim() && finding.message.en.trim(), 'finding without a message');
    assert.ok(Array.isArray(finding.cells) && finding.cells.length > 0);
  }
}

/** JSON inputs have a second opinion: the shipped JSON Schema. */
function assertSchemaAgrees(result, value) {
  assert.equal(
    result.valid,
    schemaAccepts(value),
    `validateReport says ${result.valid}, the JSON Schema disagrees: ${JSON.stringify(result.issues.slice(0, 3))} ${JSON.stringify(ajv.errors?.slice(0, 3))}`,
  );
}

/** The text as a portal receives it, and the value JSON.parse makes of it (own "__proto__" keys included). */
const roundTrip = (value) => {
  const text = JSON.stringify(value);
  return {text, value: JSON.parse(text)};
};

describe(`fuzzing the model (${RUNS} cases, seed ${SEED})`, () => {
  after(() => {
    const seconds = (Date.now() - started) / 1000;
    console.log(`# fuzz: ${counted} results checked in ${seconds.toFixed(1)} s (FUZZ_RUNS=${RUNS}, seed ${SEED})`);
  });

  test('mutated example reports, as JSON text', () => {
    fc.assert(
      fc.property(mutatedReport(BASES, {textLength: LIMITS.textLength}), (report) => {
        const {text, value} = roundTrip(report);
        const result = parseReport(text);
        assertWellFormed(result, value);
        assertSchemaAgrees(result, value);
        assertNoPollution();
      }),
      params('mutatedJson'),
    );
  });

  test('mutated example reports with values only code makes (NaN, Infinity, -0, undefined, bigint…)', () => {
    fc.assert(
      fc.property(mutatedReport(BASES, {json: false, textLength: LIMITS.textLength}), (report) => {
        assertWellFormed(validateReport(report), report);
        assertNoPollution();
      }),
      params('mutatedObjects'),
    );
  });

  test('numbers too big for JavaScript (1e400) anywhere', () => {
    fc.assert(
      fc.property(mutatedReport(BASES), fc.integer({min: 1, max: 20}), (report, every) => {
        const text = withHugeNumbers(report, every);
        const result = parseReport(text);
        assertWellFormed(result, JSON.parse(text));
        assert.equal(result.valid, false, '1e400 is never a valid count');
        assert.ok(result.issues.some((issue) => issue.code === 'out-of-range' || issue.code === 'wrong-type'));
        assertNoPollution();
      }),
      params('hugeNumbers'),
    );
  });

  test('arbitrary JSON values, with prototype keys among the object keys', () => {
    const key = fc.oneof(
      fc.string({maxLength: 6}),
      fc.constantFrom(...PROTOTYPE_KEYS, 'schemaVersion', 'format', 'requests', 'proactive'),
    );
    const json = fc.letrec((tie) => ({
      value: fc.oneof(
        {depthSize: 'small', withCrossShrink: true},
        fc.jsonValue({maxDepth: 1}),
        tie('array'),
        tie('object'),
      ),
      array: fc.array(tie('value'), {maxLength: 4}),
      object: fc.array(fc.tuple(key, tie('value')), {maxLength: 5}).map((entries) => {
        const object = {};
        for (const [k, v] of entries) defineOwn(object, k, v);
        return object;
      }),
    })).value;
    fc.assert(
      fc.property(json, (input) => {
        const {text, value} = roundTrip(input);
        const result = parseReport(text);
        assertWellFormed(result, value);
        assertSchemaAgrees(result, value);
        assertNoPollution();
      }),
      params('arbitraryJson'),
    );
  });

  test('anything at all (fc.anything with prototype keys, getters excluded) through validateReport', () => {
    const anything = fc.anything({
      key: fc.oneof(fc.string({maxLength: 6}), fc.constantFrom(...PROTOTYPE_KEYS)),
      withBoxedValues: true,
      withMap: true,
      withSet: true,
      withBigInt: true,
      withDate: true,
      withTypedArray: true,
      withSparseArray: true,
      withNullPrototype: true,
      withObjectString: true,
    });
    fc.assert(
      fc.property(anything, (input) => {
        assertWellFormed(validateReport(input), input);
        assertNoPollution();
      }),
      params('anything'),
    );
  });

  test('arbitrary text (truncated reports, garbage, byte-order marks)', () => {
    const full = JSON.stringify(huaian2024);
    const text = fc.oneof(
      fc.string({maxLength: 200}),
      fc.nat({max: full.length}).map((n) => full.slice(0, n)),
      fc.nat({max: full.length}).map((n) => `\ufeff${full.slice(n)}`),
      fc.constant(`\ufeff${full}`),
    );
    fc.assert(
      fc.property(text, (input) => {
        let value;
        try {
          value = JSON.parse(input.charCodeAt(0) === 0xfeff ? input.slice(1) : input);
        } catch {
          value = Symbol('not json');
        }
        const result = parseReport(input);
        if (typeof value === 'symbol') {
          assert.equal(result.valid, false);
          assert.ok(result.issues.some((issue) => issue.code === 'not-json' && issue.path === ''));
        }
        assertWellFormed(result, typeof value === 'symbol' ? null : value);
      }),
      params('text'),
    );
  });

  test('the fuzzer is not toothless: the malformed corpus and the mutations both produce invalid reports', () => {
    // If every mutation were harmless the properties above would prove little.
    const sample = fc.sample(mutatedReport(BASES), {numRuns: 300, seed: SEED});
    const invalid = sample.filter((report) => !parseReport(JSON.stringify(report)).valid).length;
    assert.ok(invalid > 100, `only ${invalid} of 300 mutations were invalid`);
    assert.ok(invalid < 300, 'no mutation left the report valid');
    for (const item of malformedCases)
      assertWellFormed(
        parseReport(item.text),
        (() => {
          try {
            return JSON.parse(item.text);
          } catch {
            return null;
          }
        })(),
      );
  });
});
