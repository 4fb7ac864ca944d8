/**
 * The report JSON (schemaVersion 1) as TypeScript types.
 *
 * The JSON follows the report's own structure: one object per section, tables as nested objects
 * whose keys are the row and column ids of the format (see format.ts for their labels).
 * docs/model.md documents every field with an example.
 *
 * The keys of table 三's rows and columns come from the format's trees (format.ts), so a row added
 * there is a field here; the objects' shapes are written out so that a hover shows their fields.
 */
import type {APPLICANT_PARTS, OUTCOME_PARTS, RowsUnder} from './format.js';

/**
 * A published count: a whole number ≥ 0, or `null` when the published cell was blank.
 * Blank is not zero: a blank cell is shown as blank and never summed.
 */
export type Count = number | null;

/** Report text. A plain string is Chinese; an object may add the English. */
export type Text = string | {zh: string; en?: string};

/** A column of table 三: 自然人, the five kinds of 法人或其他组织, 总计. */
export type ApplicantKey = (typeof APPLICANT_PARTS)[number] | 'total';

/** One row of table 三: a count per applicant column. */
export type Applicants = Record<ApplicantKey, Count>;

/** An outcome of table 四: 结果维持, 结果纠正, 其他结果, 尚未审结, 总计. */
export type OutcomeKey = (typeof OUTCOME_PARTS)[number] | 'total';

/** One group of table 四: a count per outcome. */
export type Outcome = Record<OutcomeKey, Count>;

/** Free text of a section: paragraphs, and/or titled parts with paragraphs. */
export interface Narrative {
  paragraphs?: Text[];
  parts?: {title: Text; paragraphs: Text[]}[];
}

/** 规章 and 行政规范性文件 in table 二. */
export interface DocumentCounts {
  issued: Count;
  repealed: Count;
  inForce: Count;
}

/** Table 二: 主动公开政府信息情况. */
export interface ProactiveTable {
  rules: DocumentCounts;
  normativeDocuments: DocumentCounts;
  licensing: Count;
  penalties: Count;
  coercion: Count;
  /** 本年收费金额, in 万元 (10,000 yuan); decimals allowed. `null` = blank. */
  fees: number | null;
  notes?: Text[];
}

/**
 * （六）其他处理. The 2021 format splits it into three rows; some reports still print the
 * undivided row of the 2019 format, which is accepted as one `Applicants` row.
 */
export type OtherHandling = Record<RowsUnder<'other'>, Applicants> | Applicants;

/** 三、本年度办理结果 of table 三. */
export interface RequestResults {
  disclosed: Applicants;
  partiallyDisclosed: Applicants;
  /** 1.属于国家秘密 … 8.属于行政查询事项. */
  withheld: Record<RowsUnder<'withheld'>, Applicants>;
  /** 1.本机关不掌握相关政府信息 … 3.补正后申请内容仍不明确. */
  unableToProvide: Record<RowsUnder<'unableToProvide'>, Applicants>;
  /** 1.信访举报投诉类申请 … 5.要求行政机关确认或重新出具已获取信息. */
  notProcessed: Record<RowsUnder<'notProcessed'>, Applicants>;
  other: OtherHandling;
  total: Applicants;
}

/** Table 三: 收到和处理政府信息公开申请情况. */
export interface RequestsTable {
  newReceived: Applicants;
  carriedOver: Applicants;
  results: RequestResults;
  carriedForward: Applicants;
  notes?: Text[];
}

/** Table 四: 政府信息公开行政复议、行政诉讼情况. */
export interface AppealsTable {
  reconsideration: Outcome;
  litigationDirect: Outcome;
  litigationAfterReconsideration: Outcome;
  notes?: Text[];
}

export type SectionId = 'overview' | 'proactive' | 'requests' | 'appeals' | 'problems' | 'otherMatters';
export type TableId = 'proactive' | 'requests' | 'appeals';

/** A whole annual report on government information disclosure, 2021 format. */
export interface DisclosureReport {
  schemaVersion: 1;
  format: '2021';
  /**
   * The report year (the statistical period is 1 Jan – 31 Dec of it). In a report repaired by
   * validateReport() it is null when the file's year was unusable (its path is then in `invalid`).
   */
  year: number;
  agency: Text;
  /** Defaults to 「<agency><year>年政府信息公开工作年度报告」. */
  title?: Text;
  /** ISO date, YYYY-MM-DD. */
  publishedOn?: string;
  preamble?: Text[];
  overview: Narrative;
  proactive: ProactiveTable;
  requests: RequestsTable;
  appeals: AppealsTable;
  problems: Narrative;
  otherMatters: Narrative;
  /** Notes on single cells, keyed by cell path: {"proactive.normativeDocuments.inForce": "其中修订16件"}. */
  annotations?: Record<string, Text>;
}

/**
 * A text in every locale, for messages of the model (issues, findings): by locale key, `zh` and
 * `en` always, and a key for each locale registered besides (src/model/texts/locales.ts).
 */
export interface Message {
  zh: string;
  en: string;
  [locale: string]: string;
}

/** The keys of the built-in locales, made from their list (src/model/texts/locales.ts). */
export type {BuiltInKey} from './texts/locales.js';
