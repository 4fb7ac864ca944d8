/**
 * The part of a locale's catalog that only Node code reads: the command line's own words, and what
 * each arithmetic rule checks (the rules' list in `check --help`). Each built-in locale holds it
 * in its own file, <key>.node.ts beside <key>.ts, which only node-locales.ts imports: the viewer
 * bundle, which reads LOCALES, carries none of it. One interface, so a locale's file that misses a
 * text, or a rule added to checks.ts without its description, does not compile.
 *
 * Values come formatted (file names terminal-safe, numbers as they are printed), so a catalog
 * only orders words around them.
 */
import type {printParseErrorCode} from 'jsonc-parser';
import type {ImportIssueKind} from '../../import/types.js';
import type {FindingSeverity, RuleId} from '../checks.js';

/** A locale's Node-only texts. */
export interface NodeTexts {
  /** What each arithmetic rule checks, in a sentence. */
  readonly rules: Readonly<Record<RuleId, string>>;
  /** The JSON Schema's title (schema/disclosure-report.schema.json, in the source and English). */
  readonly schemaTitle: string;
  readonly cli: CliTexts;
}

/** Why a file is not JSON: the name jsonc-parser's printParseErrorCode gives the error. */
export type JsonErrorName = ReturnType<typeof printParseErrorCode>;

/** The words of `disclosure-report` (check, import, render), in one locale. */
export interface CliTexts {
  /** After a label, before what it labels: "：", ": ". */
  readonly colon: string;
  /** Between items named in a sentence: "a、b", "a, b". */
  readonly listSeparator: string;
  readonly severity: Readonly<Record<FindingSeverity, string>>;

  // check: verdicts and findings
  readonly validationOk: string;
  readonly validationFailed: string;
  readonly notRead: string;
  readonly checksHeading: string;
  readonly checksClean: string;
  readonly otherChecksClean: string;
  readonly checksNotRun: string;
  /** Last year's file, named with its role so that an issue under it is not read as this year's. */
  readonly previousFile: (file: string) => string;
  /** A table of last year's report (its heading given), in a line that groups its skipped checks. */
  readonly lastYearsTable: (heading: string) => string;
  /** The year-to-year checks (their ids, listed) that did not run. */
  readonly yearToYearSkipped: (rules: string) => string;
  /** One rule and how many of its checks a line groups. */
  readonly ruleCount: (rule: string, count: number) => string;
  /** One line for the checks a missing or blank table stops; `rules` lists ruleCount()s. */
  readonly skippedChecks: (table: string, total: number, rules: string) => string;
  /** The count after a verdict: "（3 个问题）", " (3 issues)". */
  readonly issueCount: (count: number) => string;
  /** A long list of cells cut to the first and a count. */
  readonly moreCells: (first: string, more: number) => string;
  /** The last line: the files' problems and the findings, by severity. */
  readonly totals: (errors: number, warnings: number, notes: number) => string;

  // reading files
  /** System error codes a user can meet when naming a file, in words (others: libuv's English). */
  readonly readErrors: Readonly<Partial<Record<string, string>>>;
  /** `reason` is an error code or an error's text; `words` says the code, when known. */
  readonly unreadable: (file: string, reason: string, words: string | undefined) => string;
  readonly isTerminal: (file: string) => string;
  /** `utf16`: the file starts with a UTF-16 byte-order mark (Excel's and Notepad's "Unicode"). */
  readonly notUtf8: (file: string, utf16: boolean) => string;
  readonly tooLarge: (file: string, limit: number) => string;
  /** A pipe or device that went on past the cap: reading stopped there. */
  readonly tooLargeStream: (file: string, limit: number) => string;
  readonly usageError: (detail: string) => string;
  readonly json: {
    readonly reasons: Readonly<Partial<Record<JsonErrorName, string>>>;
    readonly trailingComma: string;
    readonly empty: string;
    readonly unknown: string;
    /** Where the first error is, and what it is. */
    readonly at: (line: number, column: number, reason: string) => string;
  };

  // help
  /**
   * `check`'s help; `rules` is the list of rules with their descriptions, `langs` the keys
   * `--lang` takes (every registered locale's), as in a usage line: "zh|en".
   */
  readonly checkHelp: (fileBytes: number, rules: string, langs: string) => string;
  readonly importHelp: (langs: string) => string;
  readonly renderHelp: (langs: string) => string;

  // import
  readonly importIssueKind: Readonly<Record<ImportIssueKind | 'unplacedCell', string>>;
  readonly import: {
    readonly issuesHeading: string;
    readonly noIssues: string;
    readonly toStdout: string;
    readonly failed: string;
    readonly noReportFound: string;
    readonly placement: (byLabel: number, byPosition: number, unplaced: number) => string;
    readonly writtenTo: (target: string) => string;
    readonly cannotWrite: (target: string, reason: string) => string;
    readonly unexpectedFailure: (file: string, reason: string) => string;
    readonly severalWithoutFolder: string;
    readonly outputNotFolder: string;
  };

  // render
  readonly render: {
    readonly severalWithoutFolder: string;
    readonly outputNotFolder: string;
    readonly nothingRendered: string;
    readonly toStdout: string;
    readonly partlyInvalid: string;
    readonly renderedTo: (file: string, target: string) => string;
  };

  // check --summary
  readonly batch: {
    /** The CSV header: file, agency, year, valid, errors, warnings, first finding. */
    readonly columns: readonly [string, string, string, string, string, string, string];
    readonly yes: string;
    readonly no: string;
    readonly progress: (done: number, total: number) => string;
    readonly noReportFiles: (paths: string) => string;
  };
}
