/**
 * `disclosure-report import FILE… [-o OUT.json|DIR] [--json] [--lang zh|en|…]`: a report file as
 * offices publish it (.docx, .html, .mht, .pdf, .txt) in, report JSON out, and a summary of what was
 * placed, what was not, and what the checks say of the result.
 *
 * stdout carries the report JSON and nothing else (so `import x.docx > x.json` works); everything
 * for people goes to stderr. Exit codes: 0 every table cell placed by label and the report valid,
 * 1 imported with cells to confirm or not placed, 2 not readable or no report found.
 */
import {mkdir, stat, writeFile} from 'node:fs/promises';
import {basename, extname, join, resolve} from 'node:path';
import {importReport} from '../import/index.js';
import {IMPORT_LIMITS} from '../import/limits.js';
import {ImportRefusal} from '../import/source.js';
import {placementSummary, type PlacementSummary} from '../import/placement-summary.js';
import type {CellPath, ImportIssue, ImportResult} from '../import/types.js';
import {CELL_LABELS} from '../model/cell-labels.js';
import {checkReport} from '../model/checks.js';
import {valueAt} from '../model/paths.js';
import {validateReport} from '../model/validate.js';
import type {DisclosureReport, Message} from '../model/types.js';
import {cliMessage} from '../model/texts/node-locales.js';
import {readCapped} from './read-capped.js';
import {formatText, type CheckOutcome} from './output.js';
import {jsonSafe, terminalSafe} from './terminal-text.js';
import {messageIn, usageError, wordsOf, type Lang} from './strings.js';

export const IMPORT_EXIT = {placed: 0, toConfirm: 1, notRead: 2} as const;
type ExitCode = (typeof IMPORT_EXIT)[keyof typeof IMPORT_EXIT];

export interface ImportIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

/** What one file gave, as `--json` prints it. */
export interface ImportSummary {
  file: string;
  /** Where the report JSON went: a file, '-' for stdout, null when nothing was imported. */
  output: string | null;
  exitCode: ExitCode;
  /** Cells placed by label (a count), by position and not placed (their paths: each needs a look). */
  cells: {byLabel: number; byPosition: CellPath[]; unplaced: CellPath[]} | null;
  issues: (ImportIssue | {code: string; kind: 'unreadable'; message: Message})[];
  check: {valid: boolean; issues: unknown[]; findings: unknown[]} | null;
}

/** Every line of text for people, with report text's control characters made visible. */
const safeLines = (text: string) => text.split('\n').map(terminalSafe).join('\n');

function exitCodeOf(result: ImportResult, cells: PlacementSummary, valid: boolean): ExitCode {
  if (cells.byLabel.length + cells.byPosition.length === 0) return IMPORT_EXIT.notRead;
  const doubtful =
    cells.unplaced.length > 0 ||
    !valid ||
    cells.byPosition.length > 0 ||
    result.issues.some((issue) => issue.kind !== 'note');
  return doubtful ? IMPORT_EXIT.toConfirm : IMPORT_EXIT.placed;
}

function failure(file: string, code: string, message: Message): ImportSummary {
  return {
    file,
    output: null,
    exitCode: IMPORT_EXIT.notRead,
    cells: null,
    issues: [{code, kind: 'unreadable', message}],
    check: null,
  };
}

/** Reads and imports one file; the report JSON is returned for the caller to write. */
export async function importFile(
  file: string,
): Promise<{summary: ImportSummary; report?: DisclosureReport; checked?: CheckOutcome}> {
  const read = await readCapped(file, IMPORT_LIMITS.fileBytes);
  if ('error' in read) return {summary: failure(file, read.reason, read.error)};
  let result: ImportResult;
  try {
    // A plain Uint8Array, not Node's Buffer subclass: pdf.js refuses a Buffer.
    const bytes = new Uint8Array(read.bytes.buffer, read.bytes.byteOffset, read.bytes.byteLength);
    result = await importReport({data: bytes, name: basename(file)});
  } catch (error) {
    // importReport lists problems instead of throwing; a refusal or a bug still ends in a message.
    if (error instanceof ImportRefusal) return {summary: failure(file, error.problem.code, error.problem.message)};
    return {
      summary: failure(
        file,
        'import-failed',
        cliMessage((cli) => cli.import.unexpectedFailure(file, String(error))),
      ),
    };
  }
  const cells = placementSummary(result);
  const validation = validateReport(result.report);
  const findings = validation.report ? checkReport(validation.report, {invalid: validation.invalid}) : [];
  const exitCode = exitCodeOf(result, cells, validation.valid);
  const summary: ImportSummary = {
    file,
    output: null,
    exitCode,
    cells: {
      byLabel: cells.byLabel.length,
      byPosition: cells.byPosition,
      unplaced: cells.unplaced,
    },
    issues: [...result.issues],
    check: {valid: validation.valid, issues: validation.issues, findings},
  };
  if (exitCode === IMPORT_EXIT.notRead) {
    if (!result.issues.some((issue) => issue.kind === 'unreadable'))
      summary.issues.push({
        code: 'no-report',
        kind: 'unreadable',
        message: cliMessage((cli) => cli.import.noReportFound),
      });
    return {summary};
  }
  const checked: CheckOutcome = {
    current: {file, valid: validation.valid, read: true, issues: validation.issues},
    findings,
    hasNumber: (path) => typeof valueAt(result.report, path) === 'number',
  };
  return {summary, report: result.report, checked};
}

/** An issue's message names its cell and where the source has it; the kind says what to do. */
function issueLine(issue: ImportSummary['issues'][number], lang: Lang): string {
  return `  ${wordsOf(lang).importIssueKind[issue.kind]} [${issue.code}] ${messageIn(issue.message, lang)}`;
}

/** The human summary: where the report went, the placement counts, every issue, then the checks. */
function summaryText(summary: ImportSummary, checked: CheckOutcome | undefined, lang: Lang): string {
  const words = wordsOf(lang);
  const {colon} = words;
  if (!summary.cells || !checked) {
    return (
      [`${summary.file}${colon}${words.import.failed}`, ...summary.issues.map((i) => issueLine(i, lang))].join('\n') +
      '\n'
    );
  }
  const target = summary.output === '-' ? words.import.toStdout : summary.output!;
  const lines = [
    `${summary.file} → ${target}`,
    `  ${words.import.placement(summary.cells.byLabel, summary.cells.byPosition.length, summary.cells.unplaced.length)}`,
  ];
  // Cells not placed are listed even when the import gave no issue for them: nothing left blank goes unsaid.
  const named = new Set(summary.issues.map((issue) => ('path' in issue ? issue.path : undefined)));
  const silent = summary.cells.unplaced.filter((path) => !named.has(path));
  if (summary.issues.length + silent.length === 0) lines.push(`  ${words.import.noIssues}`);
  else {
    lines.push(`  ${words.import.issuesHeading}${colon.trim()}`);
    lines.push(...summary.issues.map((issue) => `  ${issueLine(issue, lang)}`));
    lines.push(
      ...silent.map(
        (path) => `    ${words.importIssueKind.unplacedCell} ${path}${colon}${messageIn(CELL_LABELS.get(path)!, lang)}`,
      ),
    );
  }
  if (summary.output !== '-' && summary.output !== null) lines.push(`  ${words.import.writtenTo(summary.output)}`);
  return lines.join('\n') + '\n\n' + formatText(checked, lang);
}

/** Where each file's JSON goes: stdout, the one file named, or a file in the folder named. */
async function outputPlan(
  files: readonly string[],
  output: string | undefined,
): Promise<((file: string) => string) | 'severalWithoutFolder' | 'outputNotFolder'> {
  if (output === undefined) return files.length > 1 ? 'severalWithoutFolder' : () => '-';
  const existing = await stat(output).catch(() => undefined);
  const folder = existing?.isDirectory() || files.length > 1 || /[/\\]$/.test(output);
  if (!folder) return () => output;
  if (existing && !existing.isDirectory()) return 'outputNotFolder';
  const taken = new Set<string>();
  return (file) => {
    // report.docx → report.json; a second "report.*" keeps its extension (report.pdf.json); never the source itself.
    let name = `${basename(file, extname(file))}.json`;
    if (taken.has(name) || resolve(output, name) === resolve(file)) name = `${basename(file)}.json`;
    if (resolve(output, name) === resolve(file)) name = `${basename(file)}.imported.json`;
    taken.add(name);
    return join(output, name);
  };
}

export async function runImport(
  files: readonly string[],
  options: {output?: string; json?: boolean},
  lang: Lang,
  io: ImportIo,
): Promise<number> {
  if (files.length === 0) {
    io.stderr(messageIn(usageError('import'), lang) + '\n');
    return IMPORT_EXIT.notRead;
  }
  const plan = await outputPlan(files, options.output);
  if (typeof plan !== 'function') {
    io.stderr(messageIn(usageError(wordsOf(lang).import[plan]), lang) + '\n');
    return IMPORT_EXIT.notRead;
  }
  if (options.output !== undefined && files.length > 1) await mkdir(options.output, {recursive: true});
  const summaries: ImportSummary[] = [];
  let worst = 0;
  for (const file of files) {
    const {summary, report, checked} = await importFile(file);
    if (report !== undefined) {
      const target = plan(file);
      if (target === '-') io.stdout(jsonSafe(JSON.stringify(report, null, 2)) + '\n');
      else {
        try {
          await writeFile(target, JSON.stringify(report, null, 2) + '\n');
        } catch (error) {
          const reason = (error as NodeJS.ErrnoException).code ?? String(error);
          summary.issues.push({
            code: 'cannot-write',
            kind: 'unreadable',
            message: cliMessage((cli) => cli.import.cannotWrite(target, reason)),
          });
          summary.exitCode = IMPORT_EXIT.notRead;
        }
      }
      if (summary.exitCode !== IMPORT_EXIT.notRead) summary.output = target;
    }
    worst = Math.max(worst, summary.exitCode);
    summaries.push(summary);
    if (!options.json) io.stderr(safeLines(summaryText(summary, checked, lang)) + (files.length > 1 ? '\n' : ''));
  }
  if (options.json)
    io.stderr(jsonSafe(JSON.stringify(summaries.length === 1 ? summaries[0] : summaries, null, 2)) + '\n');
  return worst;
}
