/**
 * Reading an untrusted report: JSON text or a parsed value in, a usable report and a list of
 * issues out. Never throws.
 *
 * Steps: parseReport() refuses oversized text before parsing it; sanitize() makes a plain copy
 * (no getters, cycles or prototype keys survive); repair() checks that copy against the
 * report's shape, derived from the format (schema.ts), and replaces what it refuses. Limits are in limits.ts.
 */
import {LIMITS} from './limits.js';
import {amount, issueMessage, moreIssues, valueMessage} from './messages.js';
import {repair} from './repair.js';
import {sanitize} from './sanitize.js';
import {ReportShape} from './schema.js';
import type {DisclosureReport, Message} from './types.js';

export type IssueSeverity = 'error' | 'warning' | 'info';

export type IssueCode =
  | 'not-json' // the text is not JSON
  | 'not-object' // the JSON is not an object (an array, a number…)
  | 'too-large' // text, a string or a list beyond the documented limits
  | 'too-deep' // nesting beyond the documented limit
  | 'cyclic' // an object that contains itself (only from code, never from JSON)
  | 'unreadable' // a getter or proxy threw when read (only from code)
  | 'missing' // a required field or table is absent
  | 'wrong-type' // e.g. "12" (a string) where a count belongs
  | 'not-integer' // 1.5 as a count
  | 'negative' // -1
  | 'out-of-range' // 1e400, or beyond Number.MAX_SAFE_INTEGER; a year outside the sane range
  | 'schema-version' // schemaVersion other than 1, or format other than '2021'
  | 'invalid-date'
  | 'unknown-field' // kept, reported as information
  | 'unknown-cell' // an annotation whose key names no table cell (a warning)
  | 'forbidden-key'; // __proto__, constructor, prototype: dropped (a warning)

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
   * The report, fully shaped: every section and every table cell exists. A cell whose published
   * value could not be read is `null` here and its path is in `invalid`; an unusable table is a
   * skeleton of blank cells with the table's path in `invalid`; an unusable text is left out
   * (a required one is ""), and an unusable year is null (not NaN: the report stays JSON). Unknown
   * fields are kept. `null` only when the input is not a JSON object at all.
   */
  report: DisclosureReport | null;
  issues: ReportIssue[];
  /** Paths (cells, tables, texts) whose input was unusable; renderers mark them, checks skip them. */
  invalid: ReadonlySet<string>;
}

const SEVERITY_ORDER: Record<IssueSeverity, number> = {error: 0, warning: 1, info: 2};

/** Validate a parsed JSON value. */
export function validateReport(input: unknown): ValidationResult {
  try {
    return validate(input);
  } catch (error) {
    // Not reached by any input we know of; the promise "never throws" must not hang on that.
    return failure(
      '',
      'unreadable',
      issueMessage('unreadable', '', String((error as Error)?.message ?? '').slice(0, 200)),
    );
  }
}

function validate(input: unknown): ValidationResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return failure('', 'not-object', valueMessage('', 'report', input));
  }
  const {value, issues} = sanitize(input);
  if (typeof value !== 'object' || value === null)
    return {...failure('', 'not-object', valueMessage('', 'report', input)), issues};
  const invalid = new Set<string>();
  const report = repair(ReportShape, value, '', {issue: (issue) => issues.push(issue), invalid}) as DisclosureReport;
  return {valid: !issues.some((issue) => issue.severity === 'error'), report, issues: capped(issues), invalid};
}

/** Errors first, then warnings, then information, each in document order; at most LIMITS.issues. */
function capped(issues: ReportIssue[]): ReportIssue[] {
  const sorted = issues
    .map((issue, index) => ({issue, index}))
    .sort((a, b) => SEVERITY_ORDER[a.issue.severity] - SEVERITY_ORDER[b.issue.severity] || a.index - b.index)
    .map(({issue}) => issue);
  if (sorted.length <= LIMITS.issues) return sorted;
  const omitted = sorted.length - LIMITS.issues + 1;
  const last: ReportIssue = {
    path: '',
    code: 'too-large',
    severity: 'info',
    message: moreIssues(omitted),
  };
  return [...sorted.slice(0, LIMITS.issues - 1), last];
}

function failure(path: string, code: IssueCode, message: Message): ValidationResult {
  return {valid: false, report: null, issues: [{path, code, severity: 'error', message}], invalid: new Set([path])};
}

/** Parse JSON text and validate it ("not-json" when it does not parse). */
export function parseReport(text: string): ValidationResult {
  if (typeof text !== 'string') return validateReport(text);
  const bytes = utf8Length(text, LIMITS.fileBytes);
  if (bytes > LIMITS.fileBytes) {
    return failure('', 'too-large', issueMessage('too-large', '', amount(bytes, LIMITS.fileBytes, 'bytes')));
  }
  let value: unknown;
  try {
    // A byte-order mark is what Windows editors put first; it is not part of the JSON.
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    return failure('', 'not-json', issueMessage('not-json', '', String((error as Error).message).slice(0, 200)));
  }
  return validateReport(value);
}

/**
 * UTF-8 size of a string, counted without encoding a copy. Far beyond the limit the length in
 * UTF-16 units (a lower bound of the size) is enough to refuse it without walking it.
 */
function utf8Length(text: string, limit: number): number {
  if (text.length > limit) return text.length;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const low = text.charCodeAt(i + 1);
    if (unit >= 0xd800 && unit < 0xdc00 && low >= 0xdc00 && low < 0xe000) {
      bytes += 4;
      i++;
    } else {
      bytes += unit < 0x80 ? 1 : unit < 0x800 ? 2 : 3;
    }
  }
  return bytes;
}
