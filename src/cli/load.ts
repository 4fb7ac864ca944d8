/** Reading a report file for the CLI: every failure becomes an issue, never an exception. */
import {readFile, stat} from 'node:fs/promises';
import {LIMITS} from '../model/limits.js';
import {parseReport, type IssueCode, type ReportIssue} from '../model/validate.js';
import type {DisclosureReport} from '../model/types.js';
import {tooLarge, unreadable} from './strings.js';

/** A validation issue, or one the CLI raises itself when the file cannot be read. */
export type CliIssue = Omit<ReportIssue, 'code'> & {code: IssueCode | 'unreadable'};

export interface LoadedReport {
  valid: boolean;
  report: DisclosureReport | null;
  issues: CliIssue[];
  invalid: ReadonlySet<string>;
}

const failed = (code: CliIssue['code'], message: CliIssue['message']): LoadedReport => ({
  valid: false,
  report: null,
  issues: [{path: '', code, severity: 'error', message}],
  invalid: new Set(),
});

export async function loadReport(file: string): Promise<LoadedReport> {
  let text: string;
  try {
    // Refuse an oversized file before reading it into memory.
    const {size} = await stat(file);
    if (size > LIMITS.fileBytes) return failed('too-large', tooLarge(file, LIMITS.fileBytes));
    text = await readFile(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    return failed('unreadable', unreadable(file, reason));
  }
  try {
    return parseReport(text);
  } catch (error) {
    // parseReport promises never to throw; if it does, the input is still reported, not crashed on.
    return failed('unreadable', unreadable(file, String(error)));
  }
}
