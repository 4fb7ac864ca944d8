// "__proto__", "constructor" and "prototype" keys anywhere in a report file (rows, annotations,
// narrative objects, texts, the root) reach no prototype through validateReport or checkReport,
// and none survives into the repaired report. The browser side: test/components/base/fuzz.test.ts.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {parseReport} from '../../dist/node/model/validate.js';
import {checkReport} from '../../dist/node/model/checks.js';
import {huaian2024} from '../../dist/node/examples/index.js';

const PROTOTYPES = [Object.prototype, Array.prototype, Function.prototype, String.prototype];
const shape = () => PROTOTYPES.map((p) => Reflect.ownKeys(p).map(String).sort().join()).join('|');

/** JSON text of the 淮安 report with hostile keys spliced in where JSON.parse makes them own keys. */
function hostileText(key) {
  const poison = `{"polluted": "yes", "toString": "x", "valueOf": 1, "constructor": {"prototype": {"polluted": "yes"}}}`;
  const report = JSON.parse(JSON.stringify(huaian2024));
  report.annotations = {'proactive.penalties': '注'};
  report.overview = {paragraphs: [{zh: '段'}], parts: [{title: '标题', paragraphs: ['段']}]};
  let text = JSON.stringify(report);
  const inject = (anchor) => {
    assert.ok(text.includes(anchor), anchor);
    text = text.replace(anchor, `${anchor}"${key}": ${poison},`);
  };
  inject('{'); // the root: the first brace
  inject('"annotations":{');
  inject('"paragraphs":[{');
  inject('"parts":[{');
  inject('"newReceived":{');
  inject('"reconsideration":{');
  return text;
}

for (const key of ['__proto__', 'constructor', 'prototype']) {
  test(`"${key}" keys in the root, annotations, narrative texts and parts, table rows: no effect on any prototype`, () => {
    const before = shape();
    const text = hostileText(key);
    const parsedOwn = JSON.parse(text);
    assert.ok(Object.hasOwn(parsedOwn.annotations, key), 'the file really has the key as an own key');
    const result = parseReport(text);
    const findings = checkReport(result.report, {invalid: result.invalid});
    assert.equal(shape(), before);
    assert.equal({}.polluted, undefined);
    assert.equal(Object.getPrototypeOf(result.report.annotations), Object.prototype);
    for (const object of [
      result.report,
      result.report.annotations,
      result.report.requests.newReceived,
      result.report.overview.parts[0],
    ]) {
      assert.equal(Object.hasOwn(object, key), false, `${key} survived`);
      assert.equal(object.polluted, undefined);
    }
    assert.equal(
      result.report.requests.newReceived.total,
      huaian2024.requests.newReceived.total,
      'the row keeps its numbers',
    );
    assert.ok(result.issues.filter((issue) => issue.code === 'forbidden-key').length >= 6);
    assert.equal(result.valid, true, 'a dropped key is a warning, not an error');
    assert.ok(Array.isArray(findings));
  });
}
