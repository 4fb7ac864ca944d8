/** Reading a report file for the CLI: every failure becomes an issue, never an exception. */
import {readFile, stat} from 'node:fs/promises';
import {utf16Encoding} from '../model/file-encoding.js';
import {LIMITS} from '../model/limits.js';
import {parseReport, type IssueCode, type ReportIssue} from '../model/validate.js';
import type {DisclosureReport, Message} from '../model/types.js';
import {notUtf8, tooLarge, unreadable} from './strings.js';

/** A validation issue, or one the CLI raises itself when the file cannot be read or decoded. */
export type CliIssue = Omit<ReportIssue, 'code'> & {code: IssueCode | 'unreadable' | 'not-utf8'};

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

/**
 * Fatal, because a lenient decoder turns a GBK file (what Excel and Notepad often save) into U+FFFD
 * characters that pass as a valid report. A UTF-8 byte-order mark is dropped (ignoreBOM is false).
 */
const utf8 = new TextDecoder('utf-8', {fatal: true});

function decode(bytes: Uint8Array): string | null {
  try {
    return utf8.decode(bytes);
  } catch {
    return null;
  }
}

/** A file's bytes, or why they were not read (also used by `import`, with its own cap). */
export async function readCapped(
  file: string,
  limit: number,
): Promise<{bytes: Uint8Array} | {code: 'too-large' | 'unreadable'; message: Message}> {
  try {
    // Refuse an oversized file before reading it into memory.
    const {size} = await stat(file);
    if (size > limit) return {code: 'too-large', message: tooLarge(file, limit)};
    return {bytes: await readFile(file)};
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    return {code: 'unreadable', message: unreadable(file, reason)};
  }
}

export async function loadReport(file: string): Promise<LoadedReport> {
  const read = await readCapped(file, LIMITS.fileBytes);
  if (!('bytes' in read)) return failed(read.code, read.message);
  const {bytes} = read;
  const text = decode(bytes);
  if (text === null) return failed('not-utf8', notUtf8(file, utf16Encoding(bytes) !== undefined));
  try {
    return parseReport(text);
  } catch (error) {
    // parseReport promises never to throw; if it does, the input is still reported, not crashed on.
    return failed('unreadable', unreadable(file, String(error)));
  }
}
