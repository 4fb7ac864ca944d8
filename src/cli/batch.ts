/**
 * `disclosure-report check DIR|FILE… --summary csv|json`: one line per file, for an office that
 * receives hundreds of reports and wants one sheet of which are wrong and why.
 *
 * Files are read and checked one at a time and each line is written as soon as it is known, so a
 * long run shows its results as it goes and holds one report in memory at a time.
 */
import {readdir, stat} from 'node:fs/promises';
import {join} from 'node:path';
import {checkReport, type Finding} from '../model/checks.js';
import type {Message} from '../model/types.js';
import {CSV_BYTE_ORDER_MARK, csvRow} from './csv.js';
import {loadReport, type CliIssue} from './load.js';
import {jsonSafe, terminalSafe} from './terminal-text.js';
import {messageIn, usageError, wordsOf, type Lang} from './strings.js';

export type SummaryFormat = 'csv' | 'json';

/** One file's line of the summary. */
export interface SummaryRow {
  file: string;
  agency: string | null;
  year: number | null;
  valid: boolean;
  errors: number;
  warnings: number;
  /** The most severe problem, first of its severity: validation issues before the checks' findings. */
  firstFinding: {code: string; message: string} | null;
  /** 0 clean, 1 an arithmetic error, 2 not a valid report: the single `check`'s exit code for this file. */
  exitCode: 0 | 1 | 2;
}

export interface BatchIo {
  stdout(text: string): void;
  stderr(text: string): void;
  stderrIsTTY?: boolean;
}

/** A run this long tells its progress on stderr even when stderr is a log file, every this many files. */
export const PROGRESS_EVERY = 100;

/** A directory gives its .json files, at any depth, in a stable order; a named file is taken as is. */
export async function reportFiles(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const isDirectory = await stat(path).then(
      (info) => info.isDirectory(),
      () => false, // a missing file gets its own "cannot read" line
    );
    if (!isDirectory) {
      files.push(path);
      continue;
    }
    const entries = await readdir(path, {recursive: true, withFileTypes: true});
    const found = entries
      .filter((entry) => entry.isFile() && entry.name.toLowerCase().endsWith('.json'))
      .map((entry) => join(entry.parentPath ?? path, entry.name))
      .sort();
    files.push(...found);
  }
  return files;
}

/**
 * Report text in the summary's language: the agency may be a string, {zh, en}, or broken. A text
 * the report does not give in that language is its Chinese, the report's own language.
 */
function textIn(value: unknown, lang: Lang): string | null {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') {
    const texts = value as Partial<Record<string, unknown>>;
    const asked = texts[lang.key];
    const chosen = typeof asked === 'string' && asked ? asked : texts.zh;
    return typeof chosen === 'string' ? chosen : null;
  }
  return null;
}

type Problem = {severity: CliIssue['severity']; code: string; message: Message};

const SEVERITY_ORDER: readonly CliIssue['severity'][] = ['error', 'warning', 'info'];

export async function summarizeFile(file: string, lang: Lang): Promise<SummaryRow> {
  const loaded = await loadReport(file);
  const findings: Finding[] = loaded.report ? checkReport(loaded.report, {invalid: loaded.invalid}) : [];
  const problems: Problem[] = [
    ...loaded.issues,
    ...findings.map((finding) => ({severity: finding.severity, code: finding.rule, message: finding.message})),
  ];
  const count = (severity: Problem['severity']) => problems.filter((problem) => problem.severity === severity).length;
  const first = SEVERITY_ORDER.map((severity) => problems.find((problem) => problem.severity === severity)).find(
    Boolean,
  );
  const year = loaded.report?.year;
  const errors = count('error');
  return {
    file,
    agency: loaded.report ? textIn(loaded.report.agency, lang) : null,
    year: typeof year === 'number' ? year : null,
    valid: loaded.valid,
    errors,
    warnings: count('warning'),
    firstFinding: first ? {code: first.code, message: messageIn(first.message, lang)} : null,
    exitCode: !loaded.valid ? 2 : findings.some((finding) => finding.severity === 'error') ? 1 : 0,
  };
}

function csvLine(row: SummaryRow, lang: Lang): string {
  const finding = row.firstFinding ? `[${row.firstFinding.code}] ${row.firstFinding.message}` : '';
  const yesNo = row.valid ? wordsOf(lang).batch.yes : wordsOf(lang).batch.no;
  return csvRow([row.file, row.agency, row.year, yesNo, row.errors, row.warnings, finding]);
}

function jsonLine(row: SummaryRow): string {
  const {file, agency, year, valid, errors, warnings, firstFinding} = row;
  return jsonSafe(JSON.stringify({file, agency, year, valid, errors, warnings, firstFinding}));
}

/** Checks every file and writes the summary; returns the worst file's exit code. */
export async function checkBatch(paths: readonly string[], format: SummaryFormat, lang: Lang, io: BatchIo) {
  const files = await reportFiles(paths);
  if (files.length === 0) {
    io.stderr(wordsOf(lang).batch.noReportFiles(paths.map(terminalSafe).join(' ')) + '\n');
    return 2;
  }
  const showProgress = (done: number) =>
    io.stderrIsTTY
      ? done % 10 === 0 || done === files.length
      : files.length > PROGRESS_EVERY && (done % PROGRESS_EVERY === 0 || done === files.length);
  if (format === 'csv') io.stdout(CSV_BYTE_ORDER_MARK + csvRow([...wordsOf(lang).batch.columns]));
  else io.stdout('[\n');
  let worst = 0;
  for (const [index, file] of files.entries()) {
    const row = await summarizeFile(file, lang);
    worst = Math.max(worst, row.exitCode);
    if (format === 'csv') io.stdout(csvLine(row, lang));
    else io.stdout(jsonLine(row) + (index < files.length - 1 ? ',\n' : '\n'));
    const done = index + 1;
    if (showProgress(done)) {
      const line = wordsOf(lang).batch.progress(done, files.length);
      // On a terminal the line is rewritten in place; in a log each one stays.
      io.stderr(io.stderrIsTTY ? `\r${line}${done === files.length ? '\n' : ''}` : `${line}\n`);
    }
  }
  if (format === 'json') io.stdout(']\n');
  return worst;
}

/** `check … --summary FORMAT`: the arguments checked, then the batch run. */
export async function runBatchCheck(
  paths: readonly string[],
  options: {summary?: string; previous?: string; json?: boolean},
  lang: Lang,
  io: BatchIo,
): Promise<number> {
  const format = options.summary;
  const wrong =
    format !== 'csv' && format !== 'json'
      ? `--summary ${format}`
      : options.previous !== undefined
        ? '--previous + --summary'
        : options.json
          ? '--json + --summary'
          : paths.length === 0
            ? '--summary'
            : undefined;
  if (wrong !== undefined) {
    io.stderr(messageIn(usageError(terminalSafe(wrong)), lang) + '\n');
    return 2;
  }
  return checkBatch(paths, format as SummaryFormat, lang, io);
}
