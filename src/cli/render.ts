/**
 * `disclosure-report render FILE… [--lang zh|en|…] [--bilingual] [--audit] [--mode page|fragment|dsd]
 * [-o OUT.html|DIR]`: the report as static HTML (src/static/). Inputs are those of `check` (report
 * JSON, `-` for standard input, a folder of .json files) and any file `import` reads.
 *
 * An invalid report is still rendered, as the elements render it (what is valid shows, a message
 * where it is not). Exit codes are those of `check`: 0 clean, 1 a finding of severity error,
 * 2 unreadable or invalid input; with several files, the worst.
 */
import {mkdir, stat, writeFile} from 'node:fs/promises';
import {basename, extname, join} from 'node:path';
import {checkReport} from '../model/checks.js';
import {renderReportHtml, STATIC_MODES, type StaticMode} from '../static/index.js';
import {reportFiles} from './batch.js';
import {importFile} from './import.js';
import {loadReport, type CliIssue} from './load.js';
import {displayName} from './read-capped.js';
import {messageIn, usageError, wordsOf, type Lang} from './strings.js';
import {terminalSafe} from './terminal-text.js';

export interface RenderIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

interface RenderOptions {
  output?: string;
  bilingual?: boolean;
  audit?: boolean;
  mode?: string;
}

interface Rendered {
  html: string | null;
  exitCode: 0 | 1 | 2;
  issues: readonly Pick<CliIssue, 'severity' | 'message'>[];
}

const isJson = (file: string) => file === '-' || extname(file).toLowerCase() === '.json';

async function renderFile(file: string, lang: Lang, options: RenderOptions, mode: StaticMode): Promise<Rendered> {
  const html = (report: unknown) =>
    renderReportHtml(report, {
      lang: lang.locale,
      bilingual: options.bilingual,
      audit: options.audit,
      mode,
    });
  if (isJson(file)) {
    const loaded = await loadReport(file);
    if (!loaded.report) return {html: null, exitCode: 2, issues: loaded.issues};
    const findings = checkReport(loaded.report, {invalid: loaded.invalid});
    const exitCode = !loaded.valid ? 2 : findings.some((finding) => finding.severity === 'error') ? 1 : 0;
    return {html: html(loaded.report), exitCode, issues: loaded.issues};
  }
  const imported = await importFile(file);
  const check = imported.summary.check;
  if (!imported.report || !check)
    return {
      html: null,
      exitCode: 2,
      issues: imported.summary.issues.map((issue) => ({severity: 'error', message: issue.message})),
    };
  const errors = (check.findings as {severity: string}[]).some((finding) => finding.severity === 'error');
  return {
    html: html(imported.report),
    exitCode: !check.valid ? 2 : errors ? 1 : 0,
    issues: check.issues as CliIssue[],
  };
}

/** Where each file's HTML goes: stdout, the one file named, or a file in the folder named. */
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
    // report.json → report.html; a second "report.*" keeps its extension (report.pdf.html).
    let name = `${basename(file, extname(file))}.html`;
    if (taken.has(name)) name = `${basename(file)}.html`;
    taken.add(name);
    return join(output, name);
  };
}

export async function runRender(
  paths: readonly string[],
  options: RenderOptions,
  lang: Lang,
  io: RenderIo,
): Promise<number> {
  const mode = (options.mode ?? 'page') as StaticMode;
  if (!STATIC_MODES.includes(mode) || paths.length === 0) {
    const wrong = paths.length === 0 ? 'render' : `--mode ${terminalSafe(options.mode ?? '')}`;
    io.stderr(messageIn(usageError(wrong), lang) + '\n');
    return 2;
  }
  const files = await reportFiles(paths);
  const words = wordsOf(lang);
  const plan = await outputPlan(files, options.output);
  if (typeof plan !== 'function') {
    io.stderr(messageIn(usageError(words.render[plan]), lang) + '\n');
    return 2;
  }
  if (options.output !== undefined && files.length > 1) await mkdir(options.output, {recursive: true});
  let worst = 0;
  for (const file of files) {
    const rendered = await renderFile(file, lang, options, mode);
    let exitCode = rendered.exitCode;
    const name = terminalSafe(displayName(file));
    const lines: string[] = [];
    if (rendered.html === null) {
      lines.push(`${name}: ${words.render.nothingRendered}`);
    } else {
      const target = plan(file);
      if (target === '-') io.stdout(rendered.html);
      else {
        try {
          await writeFile(target, rendered.html);
        } catch (error) {
          const reason = (error as NodeJS.ErrnoException).code ?? String(error);
          lines.push(terminalSafe(words.import.cannotWrite(target, reason)));
          exitCode = 2;
        }
      }
      lines.push(words.render.renderedTo(name, target === '-' ? words.render.toStdout : terminalSafe(target)));
      if (rendered.exitCode === 2) lines.push(`  ${words.render.partlyInvalid}`);
    }
    const errors = rendered.issues.filter((issue) => issue.severity === 'error');
    lines.push(...errors.slice(0, 10).map((issue) => `  ${terminalSafe(messageIn(issue.message, lang))}`));
    if (errors.length > 10) lines.push(`  … ${errors.length - 10}`);
    io.stderr(lines.join('\n') + '\n');
    worst = Math.max(worst, exitCode);
  }
  return worst;
}
