/** Reading a report file for the CLI: every failure becomes an issue, never an exception. */
import {utf16Encoding} from '../model/file-encoding.js';
import {LIMITS} from '../model/limits.js';
import {parseReport, type IssueCode, type ReportIssue} from '../model/validate.js';
import type {DisclosureReport} from '../model/types.js';
import {jsonSyntaxError} from './json-syntax.js';
import {displayName, readCapped} from './read-capped.js';
import {notUtf8, unreadable} from './strings.js';

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

/** Read, decode, parse and validate one report file (`-`: standard input), within LIMITS.fileBytes. */
export async function loadReport(file: string): Promise<LoadedReport> {
  const read = await readCapped(file, LIMITS.fileBytes);
  if ('error' in read) return failed(read.reason, read.error);
  const {bytes} = read;
  const name = displayName(file);
  const text = decode(bytes);
  if (text === null) return failed('not-utf8', notUtf8(name, utf16Encoding(bytes) !== undefined));
  let loaded: LoadedReport;
  try {
    loaded = parseReport(text);
  } catch (error) {
    // parseReport promises never to throw; if it does, the input is still reported, not crashed on.
    return failed('unreadable', unreadable(name, String(error)));
  }
  if (loaded.issues[0]?.code !== 'not-json') return loaded;
  // V8's "position 14213", in English: the line and column, and what is wrong there, instead.
  const json = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return {...loaded, issues: [{...loaded.issues[0], message: jsonSyntaxError(json)}]};
}
