/** What `check` prints: plain text for people, JSON for programs. */
import {PREVIOUS_PREFIX, RULES, type Finding, type FindingSeverity} from '../model/checks.js';
import {sectionFormat} from '../model/format.js';
import type {SectionId} from '../model/types.js';
import type {CliIssue} from './load.js';
import {jsonSafe, terminalSafe} from './terminal-text.js';
import {messageIn, wordsOf, type Lang} from './strings.js';

/** What one file gave. Each file gets its own verdict line, so an issue is never blamed on the other. */
export interface FileOutcome {
  file: string;
  /** True when no issue has severity error. */
  valid: boolean;
  /** False when no report came out of the file (unreadable, not UTF-8, not JSON, not an object). */
  read: boolean;
  issues: CliIssue[];
}

export interface CheckOutcome {
  current: FileOutcome;
  previous?: FileOutcome;
  findings: Finding[];
  /** Whether a cell named in a finding (previous-year cells prefixed) holds a number the checks could use. */
  hasNumber(path: string): boolean;
}

/** Both files are input: either one being invalid makes the input bad (exit code 2). */
export function isValid(outcome: CheckOutcome): boolean {
  return outcome.current.valid && (outcome.previous?.valid ?? true);
}

/**
 * `valid`, `issues` and `findings` keep the shape they always had (last year's issues carry the
 * prefix its cells carry in findings); `checked` tells programs that no check ran at all.
 */
export function formatJson(outcome: CheckOutcome): string {
  const previousIssues = (outcome.previous?.issues ?? []).map((issue) => ({
    ...issue,
    path: PREVIOUS_PREFIX + issue.path,
  }));
  const json = {
    valid: isValid(outcome),
    checked: outcome.current.read,
    issues: [...outcome.current.issues, ...previousIssues],
    findings: outcome.findings,
  };
  return jsonSafe(JSON.stringify(json, null, 2)) + '\n';
}

/** Long cell lists (a column sum names 22 cells) are cut to the checked cell and a count. */
const MAX_LISTED_CELLS = 8;

function cellList(cells: readonly string[], lang: Lang): string {
  if (cells.length <= MAX_LISTED_CELLS) return cells.join(', ');
  return wordsOf(lang).moreCells(cells[0]!, cells.length - 1);
}

/** The verdict line for a file, then its issues (their messages already name their path). */
function fileLines(result: FileOutcome, label: string, lang: Lang): string[] {
  const words = wordsOf(lang);
  // A file that was never read is not "an invalid report": say what happened.
  const unread = result.issues.some((issue) => issue.code === 'unreadable');
  const verdict = result.valid ? words.validationOk : unread ? words.notRead : words.validationFailed;
  const count = result.issues.length === 0 ? '' : words.issueCount(result.issues.length);
  return [
    `${label}${words.colon}${verdict}${count}`,
    ...result.issues.map(
      (issue) => `  ${words.severity[issue.severity]} [${issue.code}]${words.colon}${messageIn(issue.message, lang)}`,
    ),
  ];
}

/** A group of one check would only be vaguer than the check's own message. */
const MIN_GROUPED = 2;

/** The table a finding lives in: its checked cell's first key, with the previous-year prefix kept. */
const tableKey = (finding: Finding) => finding.cells[0]!.split('.')[0]!;

function tableName(key: string, lang: Lang): string {
  const previous = key.startsWith(PREVIOUS_PREFIX);
  const heading = sectionFormat((previous ? key.slice(PREVIOUS_PREFIX.length) : key) as SectionId).heading;
  return previous ? wordsOf(lang).lastYearsTable(messageIn(heading, lang)) : messageIn(heading, lang);
}

/**
 * Incomplete findings none of whose cells holds a number, by table. A missing or blank table gives
 * one such finding per row and column (39 for table III), which say nothing one line cannot.
 */
function emptyChecksByTable(outcome: CheckOutcome): Map<string, Finding[]> {
  const byTable = new Map<string, Finding[]>();
  for (const finding of outcome.findings) {
    if (finding.kind !== 'incomplete' || finding.cells.some((cell) => outcome.hasNumber(cell))) continue;
    const key = tableKey(finding);
    byTable.set(key, [...(byTable.get(key) ?? []), finding]);
  }
  for (const [key, findings] of byTable) if (findings.length < MIN_GROUPED) byTable.delete(key);
  return byTable;
}

function groupLine(key: string, findings: readonly Finding[], lang: Lang): string {
  const words = wordsOf(lang);
  const perRule = new Map<string, number>();
  for (const finding of findings) perRule.set(finding.rule, (perRule.get(finding.rule) ?? 0) + 1);
  const rules = [...perRule].map(([rule, count]) => words.ruleCount(rule, count)).join(words.listSeparator);
  return `  ${words.severity.info} ${words.skippedChecks(tableName(key, lang), findings.length, rules)}`;
}

/** Each finding with its cells, except that a group of empty checks is told once, where it starts. */
function findingLines(outcome: CheckOutcome, lang: Lang): string[] {
  const groups = emptyChecksByTable(outcome);
  const grouped = new Map([...groups].flatMap(([key, findings]) => findings.map((finding) => [finding, key] as const)));
  const told = new Set<string>();
  return outcome.findings.flatMap((finding) => {
    const key = grouped.get(finding);
    if (key === undefined) {
      return [
        `  ${wordsOf(lang).severity[finding.severity]} [${finding.rule}] ${messageIn(finding.message, lang)}`,
        `    ${cellList(finding.cells, lang)}`,
      ];
    }
    if (told.has(key)) return [];
    told.add(key);
    return [groupLine(key, groups.get(key)!, lang)];
  });
}

const YEAR_TO_YEAR_RULES = RULES.filter((rule) => rule.needsPrevious).map((rule) => rule.id);

function checkLines(outcome: CheckOutcome, lang: Lang): string[] {
  const words = wordsOf(lang);
  // Without a report no check ran: "all checks agree" and a 0-error total would be false.
  if (!outcome.current.read) return [words.checksNotRun];
  const lines = [`${words.checksHeading}${words.colon.trim()}`];
  const skipped = outcome.previous !== undefined && !outcome.previous.read;
  if (skipped) lines.push(`  ${words.yearToYearSkipped(YEAR_TO_YEAR_RULES.join(words.listSeparator))}`);
  if (outcome.findings.length === 0) lines.push(`  ${skipped ? words.otherChecksClean : words.checksClean}`);
  lines.push(...findingLines(outcome, lang));
  // The last line is the one people read: it counts the files' problems as well as the findings,
  // so a file that failed validation never ends on "0 errors".
  const counts: Record<FindingSeverity, number> = {error: 0, warning: 0, info: 0};
  for (const {severity} of [...outcome.current.issues, ...(outcome.previous?.issues ?? []), ...outcome.findings]) {
    counts[severity] += 1;
  }
  lines.push('', words.totals(counts.error, counts.warning, counts.info));
  return lines;
}

/** The check's outcome as text: the CLI's own words and the issues' and findings' messages in `lang`. */
export function formatText(outcome: CheckOutcome, lang: Lang): string {
  const lines = [
    ...fileLines(outcome.current, outcome.current.file, lang),
    ...(outcome.previous ? fileLines(outcome.previous, wordsOf(lang).previousFile(outcome.previous.file), lang) : []),
    '',
    ...checkLines(outcome, lang),
  ];
  // File names, keys, paths and values all come from outside: each line is escaped whole.
  return lines.map(terminalSafe).join('\n') + '\n';
}
