// Arithmetic cross-checks (勾稽关系): every rule passes on real reports and fails, naming the exact
// cells, on a report with one wrong number.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {checkReport, RULES} from '../../dist/node/model/checks.js';
import {LOCALES} from '../../dist/node/model/texts/locales.js';
import {nodeTexts} from '../../dist/node/model/texts/node-locales.js';
import {broken, huaian2024, xiguan2024} from '../../dist/node/examples/index.js';

const applicantKeys = ['naturalPerson', 'commercial', 'research', 'publicInterest', 'legalService', 'other', 'total'];
const summary = (findings) => findings.map((f) => `${f.rule} ${f.kind} ${f.cells[0]}`).sort();

test('the seed report and the 淮安 tables give no findings, with and without last year', () => {
  assert.deepEqual(checkReport(xiguan2024), []);
  assert.deepEqual(checkReport(huaian2024), []);
  assert.deepEqual(checkReport(huaian2024, {previous: broken.previousYear()}), []);
  assert.deepEqual(checkReport(broken.previousYear()), [], 'the made-up previous year adds up on its own');
});

test('appeals.total: a wrong 行政复议 总计 gives exactly one finding with the five 行政复议 cells', () => {
  const findings = checkReport(broken.reconsiderationTotalOff());
  assert.equal(findings.length, 1);
  const [finding] = findings;
  assert.equal(finding.rule, 'appeals.total');
  assert.equal(finding.severity, 'error');
  assert.equal(finding.kind, 'violation');
  assert.deepEqual(
    finding.cells,
    ['total', 'upheld', 'corrected', 'other', 'pending'].map((k) => `appeals.reconsideration.${k}`),
  );
  assert.equal(finding.actual, 352);
  assert.equal(finding.expected, 72 + 64 + 178 + 37);
  assert.match(finding.message.zh, /「行政复议」.*「总计」为 352.*「结果维持」（72）.*= 351/);
  assert.match(finding.message.en, /“Administrative reconsideration”.*“Total” is 352.*= 351/);
});

test('appeals.total covers both litigation groups', () => {
  const report = structuredClone(huaian2024);
  report.appeals.litigationAfterReconsideration.pending = 7;
  const findings = checkReport(report);
  assert.deepEqual(summary(findings), ['appeals.total violation appeals.litigationAfterReconsideration.total']);
  assert.match(findings[0].message.zh, /行政诉讼 › 复议后起诉/);
});

test('requests.rowTotal: a wrong row 总计 is named with its six applicant cells', () => {
  const findings = checkReport(broken.rowTotalOff());
  const row = findings.filter((f) => f.rule === 'requests.rowTotal');
  assert.equal(row.length, 1);
  assert.deepEqual(
    row[0].cells,
    ['total', ...applicantKeys.slice(0, 6)].map((k) => `requests.results.disclosed.${k}`),
  );
  assert.equal(row[0].actual, 1363);
  assert.equal(row[0].expected, 1362);
  assert.match(row[0].message.zh, /「（一）予以公开」行：「总计」为 1,363/);
  // The same cell also sits in the 总计 column, whose sum now exceeds （七）总计.
  assert.deepEqual(summary(findings), [
    'requests.resultsSum violation requests.results.total.total',
    'requests.rowTotal violation requests.results.disclosed.total',
  ]);
});

test('requests.resultsSum: the 21 result rows of a column are summed and named', () => {
  const findings = checkReport(broken.resultsSumOff());
  assert.deepEqual(summary(findings), [
    'requests.resultsSum violation requests.results.total.naturalPerson',
    'requests.resultsSum violation requests.results.total.total',
  ]);
  const natural = findings.find((f) => f.cells[0] === 'requests.results.total.naturalPerson');
  assert.equal(natural.cells.length, 1 + 21);
  assert.ok(natural.cells.includes('requests.results.disclosed.naturalPerson'));
  assert.ok(natural.cells.includes('requests.results.other.unpaidFee.naturalPerson'));
  assert.equal(natural.actual, 2932);
  assert.equal(natural.expected, 2933);
  assert.match(natural.message.zh, /「自然人」列：「（七）总计」为 2,932.*21 行之和 = 2,933/);
});

test('requests.resultsSum: an undivided （六）其他处理 counts as one row (19 rows in all)', () => {
  assert.deepEqual(checkReport(broken.undividedOther()), []);
  const report = broken.undividedOther();
  report.requests.results.other.naturalPerson += 1;
  report.requests.results.other.total += 1;
  const findings = checkReport(report);
  assert.deepEqual(summary(findings), [
    'requests.resultsSum violation requests.results.total.naturalPerson',
    'requests.resultsSum violation requests.results.total.total',
  ]);
  assert.equal(findings[0].cells.length, 1 + 19);
  assert.ok(findings[0].cells.includes('requests.results.other.naturalPerson'));
});

test('requests.balance: 一 + 二 = （七）总计 + 四, per column, with the four cells', () => {
  const findings = checkReport(broken.balanceOff());
  assert.deepEqual(summary(findings), [
    'requests.balance violation requests.carriedForward.naturalPerson',
    'requests.balance violation requests.carriedForward.total',
  ]);
  const natural = findings[0].cells[0].endsWith('naturalPerson') ? findings[0] : findings[1];
  assert.deepEqual(natural.cells, [
    'requests.carriedForward.naturalPerson',
    'requests.newReceived.naturalPerson',
    'requests.carriedOver.naturalPerson',
    'requests.results.total.naturalPerson',
  ]);
  assert.equal(natural.actual, 104);
  assert.equal(natural.expected, 3001 + 34 - 2932);
});

test("requests.carryOver: this year's 二 must equal last year's 四, per column", () => {
  const {report, previous} = broken.carryOverOff();
  assert.deepEqual(checkReport(report), [], 'without last year the rule does not run');
  const findings = checkReport(report, {previous});
  assert.deepEqual(summary(findings), [
    'requests.carryOver violation requests.carriedOver.naturalPerson',
    'requests.carryOver violation requests.carriedOver.total',
  ]);
  assert.deepEqual(findings[0].cells, [
    'requests.carriedOver.naturalPerson',
    'previous:requests.carriedForward.naturalPerson',
  ]);
  assert.equal(findings[0].expected, 35);
  assert.equal(findings[0].actual, 34);
  assert.match(findings[0].message.zh, /上年报告「四、结转下年度继续办理」/);
});

test("proactive.inForce: last year's 现行有效 + 制发 − 废止, only a warning", () => {
  const {report, previous} = broken.inForceOff();
  const findings = checkReport(report, {previous});
  assert.equal(findings.length, 1);
  assert.equal(findings[0].rule, 'proactive.inForce');
  assert.equal(findings[0].severity, 'warning');
  assert.deepEqual(findings[0].cells, [
    'proactive.rules.inForce',
    'previous:proactive.rules.inForce',
    'proactive.rules.issued',
    'proactive.rules.repealed',
  ]);
  assert.equal(findings[0].expected, 9 + 1 - 0);
  assert.equal(findings[0].actual, 11);
});

test('a blank cell is not zero: its rules are incomplete (info), never violated', () => {
  const findings = checkReport(broken.blankCell());
  assert.deepEqual(summary(findings), [
    'requests.resultsSum incomplete requests.results.total.naturalPerson',
    'requests.rowTotal incomplete requests.results.withheld.stateSecret.total',
  ]);
  for (const finding of findings) {
    assert.equal(finding.severity, 'info');
    assert.equal(finding.expected, null);
    assert.ok(finding.cells.includes('requests.results.withheld.stateSecret.naturalPerson'));
    assert.match(finding.message.zh, /「（三）不予公开 › 1\.属于国家秘密」|「自然人」为空/);
  }
});

test('a blank checked cell and a cell under an invalid path are incomplete too', () => {
  const report = structuredClone(huaian2024);
  report.appeals.litigationDirect.total = null;
  const invalid = new Set(['appeals.reconsideration']);
  const findings = checkReport(report, {invalid});
  assert.deepEqual(summary(findings), [
    'appeals.total incomplete appeals.litigationDirect.total',
    'appeals.total incomplete appeals.reconsideration.total',
  ]);
  const reconsideration = findings.find((f) => f.cells[0] === 'appeals.reconsideration.total');
  assert.equal(reconsideration.actual, null, 'an invalid cell has no usable value');
  assert.match(reconsideration.message.en, /is invalid/);
});

test('broken shapes give incomplete notes, never an exception', () => {
  for (const input of [null, {}, {requests: []}, {requests: {results: {other: 'x'}}}]) {
    const findings = checkReport(input, {previous: {}});
    assert.ok(findings.length > 0);
    assert.ok(findings.every((f) => f.kind === 'incomplete' && f.severity === 'info'));
  }
});

test("the rule table lists every rule, described in every locale's catalog", () => {
  assert.deepEqual(
    RULES.map((r) => r.id),
    [
      'requests.balance',
      'requests.resultsSum',
      'requests.rowTotal',
      'appeals.total',
      'requests.carryOver',
      'proactive.inForce',
    ],
  );
  for (const locale of LOCALES) {
    const {rules} = nodeTexts(locale);
    assert.deepEqual(Object.keys(rules).sort(), RULES.map((r) => r.id).sort(), locale.locale);
    for (const rule of RULES) assert.ok(rules[rule.id].trim(), `${locale.locale}: ${rule.id}`);
  }
});
