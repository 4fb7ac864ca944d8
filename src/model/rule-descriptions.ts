/**
 * What each arithmetic rule (checks.ts) checks, in words, for the CLI's help. Kept apart from the
 * rules themselves so that the viewer bundle, which runs the rules but never describes them, does
 * not carry these sentences (0.5 KB gzip): only Node-side code imports this module.
 */
import type {RuleId} from './checks.js';
import type {Message} from './types.js';

export const RULE_DESCRIPTIONS: Readonly<Record<RuleId, Message>> = {
  'requests.balance': {
    zh: '表三每一列：第一项加第二项之和，等于第三项（七）总计加第四项之和。',
    en: 'Table III, every column: item 1 + item 2 = item 3 (7) Total + item 4.',
  },
  'requests.resultsSum': {
    zh: '表三每一列：（七）总计等于本年度办理结果各行之和（（六）未细分时按一行计）。',
    en: 'Table III, every column: (7) Total = the sum of the outcome rows (an undivided (6) counts as one row).',
  },
  'requests.rowTotal': {
    zh: '表三每一行：总计等于自然人与五类法人或其他组织之和。',
    en: 'Table III, every row: Total = natural persons + the five kinds of legal persons or other organizations.',
  },
  'appeals.total': {
    zh: '表四行政复议、未经复议直接起诉、复议后起诉：总计等于结果维持、结果纠正、其他结果、尚未审结之和。',
    en: 'Table IV, each of reconsideration, direct suits and suits after reconsideration: Total = upheld + corrected + other + pending.',
  },
  'requests.carryOver': {
    zh: '与上年报告对照，表三每一列：本年第二项（上年结转）等于上年第四项（结转下年度继续办理）。',
    en: "With last year's report, Table III, every column: this year's item 2 (carried over) = last year's item 4 (carried forward).",
  },
  'proactive.inForce': {
    zh: '与上年报告对照（提示）：规章、行政规范性文件的现行有效件数等于上年现行有效件数加本年制发件数减本年废止件数。',
    en: "With last year's report (a warning): in force = last year's in force + issued − repealed, for rules and normative documents.",
  },
};
