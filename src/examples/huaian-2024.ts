/**
 * 淮安市人民政府 2024年政府信息公开工作年度报告: the tables only, transcribed number by number
 * from the published PDF (a prefecture-level city's whole-city figures). The realistic non-zero
 * case beside the all-zero seed report: large counts (3,985,758 行政处罚) and a decimal fee.
 *
 * The narrative was not transcribed: each narrative section holds one paragraph of ours saying so,
 * once, so that a demo of this report is neither empty nor padded with the same sentence.
 */
import type {DisclosureReport, Text} from '../model/types.js';
import {applicants, documents, outcome} from './build.js';

const TABLES_ONLY: Text = {
  zh: '本示例只收录该报告公布的统计表格，未收录此部分正文。',
  en: 'This example carries only the tables the report published; the text of this section is not included.',
};

export const huaian2024: DisclosureReport = {
  schemaVersion: 1,
  format: '2021',
  year: 2024,
  agency: {zh: '淮安市人民政府', en: 'Huai’an Municipal People’s Government'},
  title: {
    zh: '淮安市人民政府2024年政府信息公开工作年度报告',
    en: 'Huai’an Municipal People’s Government: Annual Report on Government Information Disclosure for 2024',
  },
  overview: {paragraphs: [TABLES_ONLY]},
  proactive: {
    rules: documents(1, 0, 11),
    normativeDocuments: documents(8, 26, 66),
    licensing: 447228,
    penalties: 3985758,
    coercion: 88283,
    fees: 96171.6,
  },
  requests: {
    newReceived: applicants(3001, 53, 0, 0, 61, 4, 3119),
    carriedOver: applicants(34, 0, 0, 0, 0, 0, 34),
    results: {
      disclosed: applicants(1288, 21, 0, 0, 50, 3, 1362),
      partiallyDisclosed: applicants(447, 7, 0, 0, 0, 0, 454),
      withheld: {
        stateSecret: applicants(2, 0, 0, 0, 0, 0, 2),
        lawProhibited: applicants(30, 1, 0, 0, 0, 0, 31),
        securityStability: applicants(5, 0, 0, 0, 0, 0, 5),
        thirdParty: applicants(6, 0, 0, 0, 0, 0, 6),
        internalAffairs: applicants(7, 1, 0, 0, 0, 0, 8),
        processInfo: applicants(12, 0, 0, 0, 0, 0, 12),
        enforcementFile: applicants(9, 0, 0, 0, 0, 0, 9),
        administrativeQuery: applicants(105, 0, 0, 0, 0, 0, 105),
      },
      unableToProvide: {
        notHeld: applicants(746, 12, 0, 0, 10, 1, 769),
        needsCreation: applicants(11, 0, 0, 0, 0, 0, 11),
        unclearAfterCorrection: applicants(1, 0, 0, 0, 0, 0, 1),
      },
      notProcessed: {
        petition: applicants(56, 6, 0, 0, 0, 0, 62),
        duplicate: applicants(25, 0, 0, 0, 0, 0, 25),
        publication: applicants(0, 0, 0, 0, 0, 0, 0),
        massiveRepeated: applicants(0, 0, 0, 0, 0, 0, 0),
        confirmOrReissue: applicants(1, 0, 0, 0, 0, 0, 1),
      },
      other: {
        noCorrection: applicants(67, 3, 0, 0, 1, 0, 71),
        unpaidFee: applicants(6, 0, 0, 0, 0, 0, 6),
        other: applicants(108, 2, 0, 0, 0, 0, 110),
      },
      total: applicants(2932, 53, 0, 0, 61, 4, 3050),
    },
    carriedForward: applicants(103, 0, 0, 0, 0, 0, 103),
  },
  appeals: {
    reconsideration: outcome(72, 64, 178, 37, 351),
    litigationDirect: outcome(13, 4, 8, 1, 26),
    litigationAfterReconsideration: outcome(12, 1, 1, 6, 20),
  },
  problems: {paragraphs: [TABLES_ONLY]},
  otherMatters: {paragraphs: [TABLES_ONLY]},
};
