/**
 * Reading an untrusted report: JSON text or a parsed value in, a usable report and a list of
 * issues out. Never throws.
 */
import type {DisclosureReport, Message} from './types.js';

export type IssueSeverity = 'error' | 'warning' | 'info';

export type IssueCode =
  | 'not-json' // the text is not JSON
  | 'not-object' // the JSON is not an object (an array, a number…)
  | 'too-large' // text or a string beyond the documented limits
  | 'too-deep' // nesting beyond the documented limit
  | 'missing' // a required field or table is absent
  | 'wrong-type' // e.g. "12" (a string) where a count belongs
  | 'not-integer' // 1.5 as a count
  | 'negative' // -1
  | 'out-of-range' // 1e400, or beyond Number.MAX_SAFE_INTEGER
  | 'schema-version' // schemaVersion other than 1, or format other than '2021'
  | 'invalid-date'
  | 'unknown-field' // kept, reported as information
  | 'forbidden-key'; // __proto__, constructor, prototype: dropped

export interface ReportIssue {
  /** Where: a dot path with [i] for array items, e.g. "requests.results.withheld.stateSecret.total"; "" is the root. */
  path: string;
  code: IssueCode;
  severity: IssueSeverity;
  message: Message;
}

export interface ValidationResult {
  /** True when no issue has severity "error". */
  valid: boolean;
  /**
   * The report, fully shaped: every section and every table cell exists. A cell or table whose
   * published value could not be read is `null` here and its path is in `invalid`; unknown fields
   * are kept. `null` only when the input is not a JSON object at all.
   */
  report: DisclosureReport | null;
  issues: ReportIssue[];
  /** Paths (cells, tables, texts) whose input was unusable; renderers mark them, checks skip them. */
  invalid: ReadonlySet<string>;
}

/** Validate a parsed JSON value. */
export declare function validateReport(input: unknown): ValidationResult;

/** Parse JSON text and validate it ("not-json" when it does not parse). */
export declare function parseReport(text: string): ValidationResult;
