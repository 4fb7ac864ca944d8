/**
 * The format's arithmetic cross-checks (勾稽关系), as named rules. Findings, never exceptions.
 */
import type {DisclosureReport, Message} from './types.js';

export type RuleId =
  | 'requests.balance'
  | 'requests.resultsSum'
  | 'requests.rowTotal'
  | 'appeals.total'
  | 'requests.carryOver'
  | 'proactive.inForce';

/**
 * error: the published numbers contradict the format; warning: they probably should agree but the
 * format does not promise it; info: the rule could not be evaluated (a blank or invalid cell).
 */
export type FindingSeverity = 'error' | 'warning' | 'info';

export interface Finding {
  rule: RuleId;
  severity: FindingSeverity;
  /** "violation" when the numbers disagree; "incomplete" when a needed cell is blank or invalid. */
  kind: 'violation' | 'incomplete';
  /** Every cell involved, as paths (the checked cell first). Previous-year cells are prefixed "previous:". */
  cells: string[];
  /** The value the rule expects (e.g. the sum of the parts); null when incomplete. */
  expected: number | null;
  /** The published value of the checked cell; null when blank or invalid. */
  actual: number | null;
  message: Message;
}

export interface CheckOptions {
  /** Last year's report, for requests.carryOver and proactive.inForce. */
  previous?: DisclosureReport;
  /** Paths the validator marked invalid (a rule that needs one is incomplete, not violated). */
  invalid?: ReadonlySet<string>;
}

export declare function checkReport(report: DisclosureReport, options?: CheckOptions): Finding[];
