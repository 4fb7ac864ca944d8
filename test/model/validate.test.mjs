// validateReport / parseReport on good, malformed and hostile input: never an exception, a clear
// issue at the exact path, and the rest of the report still usable. A model test needs no browser,
// so this is the full account; validate.test.ts runs a few of the same cases in Chromium only to
// show the validator the page runs (src/ through esbuild) agrees.
import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {parseReport, validateReport} from '../../dist/node/model/validate.js';
import {CELL_LABELS} from '../../dist/node/model/cell-labels.js';
import {LIMITS} from '../../dist/node/model/limits.js';
import {valueAt} from '../../dist/node/model/paths.js';
import {malformedCases} from '../../dist/node/examples/malformed.js';
import {examples, huaian2024, broken} from '../../dist/node/examples/index.js';

const copy = () => structuredClone(huaian2024);
const prototypeNames = () => Object.getOwnPropertyNames(Object.prototype).sort().join();
const pristine = prototypeNames();

function assertPrototypesUntouched() {
  assert.equal(prototypeNames(), pristine, 'Object.prototype gained or lost a property');
  assert.equal({}.polluted, undefined);
  assert.equal(Object.getPrototypeOf({}), Object.prototype);
}

describe('the example reports', () => {
  for (const {id, report} of examples) {
    test(`${id} is valid with no issue at all (so format.ts and types.ts name the same fields)`, () => {
      const result = validateReport(report);
      assert.deepEqual(result.issues, []);
      assert.equal(result.valid, true);
      assert.deepEqual(result.report, report);
      assert.equal(result.invalid.size, 0);
    });
  }

  test('（六）其他处理 as one undivided row is accepted and kept as printed', () => {
    const report = broken.undividedOther();
    const result = validateReport(report);
    assert.deepEqual(result.issues, []);
    assert.deepEqual(result.report.requests.results.other, report.requests.results.other);
  });
});

describe('malformed files (issue 2, "Done when")', () => {
  for (const item of malformedCases) {
    test(`${item.id}: ${item.label.en}`, () => {
      const result = parseReport(item.text);
      const issue = result.issues.find((i) => i.path === item.expected.path && i.code === item.expected.code);
      assert.ok(issue, `no ${item.expected.code} issue at "${item.expected.path}": ${JSON.stringify(result.issues)}`);
      assert.equal(result.valid, item.valid);
      // The message names the field and is written in both languages.
      assert.ok(issue.message.zh.startsWith(item.expected.path || '报告'), issue.message.zh);
      assert.ok(issue.message.en.startsWith(item.expected.path || 'the report'), issue.message.en);
      assert.match(issue.message.zh, /[\u4e00-\u9fff]/);
      assert.equal(
        issue.severity,
        item.valid ? (item.expected.code === 'unknown-field' ? 'info' : 'warning') : 'error',
      );
      if (item.intact === undefined) {
        assert.equal(result.report, null);
      } else {
        const published = valueAt(huaian2024, item.intact);
        assert.equal(typeof published, 'number');
        assert.equal(valueAt(result.report, item.intact), published, `${item.intact} lost its number`);
        if (!item.valid) assert.ok(result.invalid.has(item.expected.path));
        if (CELL_LABELS.has(item.expected.path)) assert.equal(valueAt(result.report, item.expected.path), null);
      }
      assertPrototypesUntouched();
    });
  }

  test('a missing table comes back as blank cells, every one of them', () => {
    const result = parseReport(malformedCases.find((c) => c.id === 'missing-table').text);
    // The skeleton has the three-row （六）, not the undivided variant's cells.
    const undivided = /^requests\.results\.other\.\w+$/;
    const cells = [...CELL_LABELS.keys()].filter((path) => path.startsWith('requests.') && !undivided.test(path));
    assert.equal(cells.length, 25 * 7);
    assert.deepEqual(
      cells.filter((path) => valueAt(result.report, path) !== null),
      [],
    );
    assert.ok(result.invalid.has('requests'));
  });

  test('"__proto__" and "constructor" keys neither reach a prototype nor survive in the report', () => {
    const proto = parseReport(malformedCases.find((c) => c.id === 'proto-key').text).report;
    const row = proto.requests.newReceived;
    assert.equal(Object.getPrototypeOf(row), Object.prototype);
    assert.equal(Object.hasOwn(row, '__proto__'), false);
    assert.equal(row.polluted, undefined);
    const ctor = parseReport(malformedCases.find((c) => c.id === 'constructor-key').text).report;
    assert.equal(Object.hasOwn(ctor, 'constructor'), false);
    assert.equal(ctor.constructor, Object);
    assertPrototypesUntouched();
  });

  test('an unknown field is kept as it was', () => {
    const result = parseReport(malformedCases.find((c) => c.id === 'unknown-field').text);
    assert.equal(result.report.appeals.reviewedBy, '办公室');
  });
});

describe('input that is not a report', () => {
  for (const [name, input] of [
    ['a number', 42],
    ['a string', '{"schemaVersion":1}'],
    ['null', null],
    ['undefined', undefined],
    ['a function', () => 1],
    ['a symbol', Symbol('x')],
    ['a bigint', 10n],
    ['an array', [huaian2024]],
  ]) {
    test(`${name} gives report null and one not-object issue`, () => {
      const result = validateReport(input);
      assert.equal(result.report, null);
      assert.equal(result.valid, false);
      assert.deepEqual(
        result.issues.map((i) => [i.path, i.code]),
        [['', 'not-object']],
      );
    });
  }

  test('text over the file-size limit is refused before parsing (multi-byte characters counted as bytes)', () => {
    // 1,000,000 CJK characters: under the limit in UTF-16 units, 3 MB in UTF-8.
    const text = `{"agency": "${'长'.repeat(1_000_000)}"`; // not even valid JSON: size comes first
    const result = parseReport(text);
    assert.deepEqual(
      result.issues.map((i) => [i.path, i.code]),
      [['', 'too-large']],
    );
    assert.match(result.issues[0].message.en, /limit 2,097,152/);
    assert.equal(parseReport(`"${'a'.repeat(LIMITS.fileBytes - 2)}"`).issues[0].code, 'not-object');
  });

  test('a byte-order mark before the JSON is ignored', () => {
    assert.equal(parseReport(`\ufeff${JSON.stringify(huaian2024)}`).valid, true);
  });
});

describe('hostile objects from code (never from JSON), still no exception', () => {
  test('a getter that throws costs that cell only', () => {
    const report = copy();
    Object.defineProperty(report.requests.newReceived, 'total', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const result = validateReport(report);
    assert.ok(result.issues.some((i) => i.path === 'requests.newReceived.total' && i.code === 'unreadable'));
    assert.equal(result.report.requests.newReceived.total, null);
    assert.equal(result.report.requests.newReceived.naturalPerson, huaian2024.requests.newReceived.naturalPerson);
  });

  test('a proxy that throws on every access, as a table and as the whole input', () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('no keys');
        },
        get() {
          throw new Error('no get');
        },
      },
    );
    const report = {...copy(), appeals: hostile};
    const result = validateReport(report);
    assert.ok(result.issues.some((i) => i.path === 'appeals' && i.code === 'unreadable'));
    assert.equal(result.report.appeals.reconsideration.total, null);
    assert.equal(result.report.proactive.licensing, huaian2024.proactive.licensing);
    const {proxy, revoke} = Proxy.revocable({}, {});
    revoke();
    assert.equal(validateReport(proxy).valid, false);
    assert.equal(validateReport(hostile).valid, false);
  });

  test('a cycle is cut where it closes', () => {
    const report = copy();
    report.extra = {back: report};
    const result = validateReport(report);
    assert.ok(result.issues.some((i) => i.path === 'extra.back' && i.code === 'cyclic'));
    assert.equal(result.report.requests.newReceived.total, huaian2024.requests.newReceived.total);
  });

  test('nesting 100,000 levels deep is cut at the documented depth', () => {
    let deep = {};
    for (let i = 0; i < 100_000; i++) deep = {d: deep};
    const result = validateReport({...copy(), extra: deep});
    const issue = result.issues.find((i) => i.code === 'too-deep');
    assert.equal(issue.path.split('.').length, LIMITS.depth + 1);
    assert.equal(result.valid, true); // an unknown field, so a warning
  });

  test('a 50-million-character agency name is refused, not copied into messages', () => {
    const result = validateReport({...copy(), agency: 'x'.repeat(50_000_000)});
    const issue = result.issues.find((i) => i.path === 'agency');
    assert.equal(issue.code, 'too-large');
    assert.ok(issue.message.zh.length < 400);
    assert.equal(result.report.agency, '');
  });
});

describe('what the repaired report holds', () => {
  test('a bad paragraph is dropped and its neighbours kept; a list over the limit is cut', () => {
    const report = copy();
    report.problems = {paragraphs: ['一', 42, {en: 'no zh'}, '四']};
    report.otherMatters = {paragraphs: Array.from({length: LIMITS.paragraphs + 1}, (_, i) => `第${i}段`)};
    const result = validateReport(report);
    assert.deepEqual(result.report.problems.paragraphs, ['一', '四']);
    assert.ok(result.invalid.has('problems.paragraphs[1]') && result.invalid.has('problems.paragraphs[2]'));
    assert.equal(result.report.otherMatters.paragraphs.length, LIMITS.paragraphs);
    assert.ok(result.issues.some((i) => i.path === 'otherMatters.paragraphs' && i.code === 'too-large'));
  });

  test('a year out of range is null (JSON-safe) and marked; the tables stay', () => {
    const result = validateReport({...copy(), year: 1999});
    assert.deepEqual(
      result.issues.map((i) => [i.path, i.code]),
      [['year', 'out-of-range']],
    );
    assert.equal(result.report.year, null);
    assert.ok(result.invalid.has('year'));
    assert.equal(JSON.parse(JSON.stringify(validateReport({}).report)).year, null, 'NaN would become null silently');
    assert.equal(result.report.requests.carriedForward.total, huaian2024.requests.carriedForward.total);
  });

  test('counts: the largest safe integer and null pass, one more does not; fees take decimals', () => {
    const report = copy();
    report.proactive.licensing = Number.MAX_SAFE_INTEGER;
    report.proactive.penalties = null;
    report.proactive.coercion = Number.MAX_SAFE_INTEGER + 2;
    report.proactive.fees = 0.35;
    const result = validateReport(report);
    assert.deepEqual(
      result.issues.map((i) => [i.path, i.code]),
      [['proactive.coercion', 'out-of-range']],
    );
    assert.equal(result.report.proactive.fees, 0.35);
  });

  test('thousands of unknown fields: the list is capped and errors come first', () => {
    const report = copy();
    for (let i = 0; i < 5000; i++) report[`extra${i}`] = i;
    report.requests.newReceived.total = -5;
    const result = validateReport(report);
    assert.equal(result.issues.length, LIMITS.issues);
    assert.equal(result.issues[0].path, 'requests.newReceived.total');
    // 5,001 issues: all but the last line listed, the last line counts the rest.
    assert.equal(result.issues.at(-1).message.en, `${5001 - (LIMITS.issues - 1)} more issues not listed`);
    assert.equal(result.report.extra4999, 4999);
  });
});
