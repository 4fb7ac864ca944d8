/**
 * Deliberately inconsistent reports for tests, stories and the demo. Each is schema-valid and a
 * fresh deep copy of the 淮安 report with one mistake an editor could plausibly make; the comment on
 * each says which checks it trips, since one wrong cell sits in a row and in a column.
 */
import type {DisclosureReport} from '../model/types.js';
import {applicants} from './build.js';
import {huaian2024} from './huaian-2024.js';

const copy = (): DisclosureReport => structuredClone(huaian2024);

/** 行政复议 总计 352 instead of 72 + 64 + 178 + 37 = 351: one appeals.total finding. */
export function reconsiderationTotalOff(): DisclosureReport {
  const report = copy();
  report.appeals.reconsideration.total = 352;
  return report;
}

/**
 * （一）予以公开 总计 1363 instead of 1362: requests.rowTotal for that row, and requests.resultsSum
 * for the 总计 column (which now sums to one more than （七）总计).
 */
export function rowTotalOff(): DisclosureReport {
  const report = copy();
  report.requests.results.disclosed.total = 1363;
  return report;
}

/**
 * （一）予以公开 自然人 1289 and its 总计 1363, both one too many: the row still adds up, but the 自然人
 * and 总计 columns no longer sum to （七）总计 (two requests.resultsSum findings).
 */
export function resultsSumOff(): DisclosureReport {
  const report = copy();
  report.requests.results.disclosed.naturalPerson = 1289;
  report.requests.results.disclosed.total = 1363;
  return report;
}

/**
 * 四、结转下年度继续办理 104 instead of 103 for 自然人 and 总计: requests.balance fails in those two
 * columns (3001 + 34 ≠ 2932 + 104); the row itself still adds up.
 */
export function balanceOff(): DisclosureReport {
  const report = copy();
  report.requests.carriedForward.naturalPerson = 104;
  report.requests.carriedForward.total = 104;
  return report;
}

/**
 * 1.属于国家秘密 自然人 left blank: the row total and the 自然人 column cannot be checked
 * (two 'incomplete' notes, no violation).
 */
export function blankCell(): DisclosureReport {
  const report = copy();
  report.requests.results.withheld.stateSecret.naturalPerson = null;
  return report;
}

/** Not broken: （六）其他处理 printed as one undivided row (the 2019 layout), summing the three rows. */
export function undividedOther(): DisclosureReport {
  const report = copy();
  report.requests.results.other = applicants(181, 5, 0, 0, 1, 0, 187);
  return report;
}

/**
 * A made-up 2023 report for the 淮安 tables (not published data), consistent with them: its 四 is
 * 2024's 二 (34 自然人), and its 现行有效 plus 2024's 制发 − 废止 gives 2024's 现行有效
 * (规章 10 + 1 − 0 = 11, 行政规范性文件 84 + 8 − 26 = 66). Its own tables add up.
 */
export function previousYear(): DisclosureReport {
  const report = copy();
  report.year = 2023;
  report.title = {
    zh: '示例：淮安表格的上一年度（虚构数据）',
    en: 'Example: the year before the Huai’an tables (made-up figures)',
  };
  report.proactive.rules.inForce = 10;
  report.proactive.normativeDocuments.inForce = 84;
  const zero = applicants(0, 0, 0, 0, 0, 0, 0);
  const carried = applicants(34, 0, 0, 0, 0, 0, 34);
  const {results} = report.requests;
  for (const group of [results.withheld, results.unableToProvide, results.notProcessed] as Record<string, unknown>[]) {
    for (const key of Object.keys(group)) group[key] = {...zero};
  }
  report.requests = {
    newReceived: {...carried},
    carriedOver: {...zero},
    results: {
      ...results,
      disclosed: {...zero},
      partiallyDisclosed: {...zero},
      other: {noCorrection: {...zero}, unpaidFee: {...zero}, other: {...zero}},
      total: {...zero},
    },
    carriedForward: {...carried},
  };
  return report;
}

/** Last year's 四 gives 35 自然人 (and 35 总计), but this year's 二 says 34: two requests.carryOver findings. */
export function carryOverOff(): {report: DisclosureReport; previous: DisclosureReport} {
  const previous = previousYear();
  previous.requests.newReceived.naturalPerson = 35;
  previous.requests.newReceived.total = 35;
  previous.requests.carriedForward.naturalPerson = 35;
  previous.requests.carriedForward.total = 35;
  return {report: copy(), previous};
}

/** Last year's 规章 现行有效 9: 9 + 1 − 0 = 10, not the published 11 (a proactive.inForce warning). */
export function inForceOff(): {report: DisclosureReport; previous: DisclosureReport} {
  const previous = previousYear();
  previous.proactive.rules.inForce = 9;
  return {report: copy(), previous};
}
