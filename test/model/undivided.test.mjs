// Whether （六）其他处理 is printed undivided is decided once (model/undivided.ts): the validator
// reads the group by it, the checks sum by it and the table lays out by it. These tests hold the
// validator and the checks to one reading of the same report, including the mixed case where they
// used to part ways (three valid rows plus a stray applicant column).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {undividedGroups, UNDIVIDABLE} from '../../dist/node/model/undivided.js';
import {validateReport} from '../../dist/node/model/validate.js';
import {checkReport} from '../../dist/node/model/checks.js';
import {huaian2024, broken} from '../../dist/node/examples/index.js';

const otherPath = 'requests.results.other';
const cited = (findings) => findings.flatMap((finding) => finding.cells).filter((cell) => cell.startsWith(otherPath));

test('the format allows one group to be printed undivided: （六）其他处理', () => {
  assert.deepEqual(
    UNDIVIDABLE.map((group) => group.keys.join('.')),
    [otherPath],
  );
  assert.equal(UNDIVIDABLE[0].node.label.zh, '（六）其他处理');
});

test('a 2021-layout report is divided; the 2019 layout (one row of applicant columns) is undivided', () => {
  assert.deepEqual(undividedGroups(huaian2024), []);
  assert.deepEqual(
    undividedGroups(broken.undividedOther()).map((node) => node.id),
    [UNDIVIDABLE[0].node.id],
  );
  // Both validate, and the undivided row is kept as one row of cells.
  const {valid, report} = validateReport(broken.undividedOther());
  assert.equal(valid, true);
  assert.equal(report.requests.results.other.naturalPerson, 181);
});

test('three valid rows plus a stray applicant column: validator and checks both read three rows', () => {
  const mixed = structuredClone(huaian2024);
  mixed.requests.results.other.naturalPerson = 3;
  assert.deepEqual(undividedGroups(mixed), []);
  const result = validateReport(mixed);
  assert.equal(result.valid, true);
  assert.deepEqual(
    result.issues.map(({path, code}) => ({path, code})),
    [{path: `${otherPath}.naturalPerson`, code: 'unknown-field'}],
  );
  // Read as one undivided row, the checks would find its six other columns blank.
  assert.deepEqual(cited(checkReport(result.report, {invalid: result.invalid})), []);
  assert.deepEqual(cited(checkReport(mixed)), []);
});

test('an undivided row with one bad cell stays undivided: the bad cell is the only issue', () => {
  const report = broken.undividedOther();
  report.requests.results.other.commercial = '5';
  assert.equal(undividedGroups(report).length, 1);
  const result = validateReport(report);
  assert.deepEqual(
    result.issues.filter((issue) => issue.severity === 'error').map(({path, code}) => ({path, code})),
    [{path: `${otherPath}.commercial`, code: 'wrong-type'}],
  );
  assert.equal(undividedGroups(result.report).length, 1);
});
