/**
 * CSV for the batch summary (RFC 4180). Hand-written: quoting a row is a few lines, and what a
 * CSV library adds does not cover the two things this file is for, which are specific to the
 * summary: report text is untrusted, and the file is opened in Excel or WPS.
 */
import {terminalSafe} from './terminal-text.js';

/**
 * A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return) as a formula:
 * an agency named `=HYPERLINK(…)` would be a link in the office's sheet. A leading apostrophe
 * makes it text, and the spreadsheet does not show the apostrophe.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(value: string | number | boolean | null): string {
  if (value === null) return '';
  const raw = String(value);
  const text = terminalSafe(FORMULA_START.test(raw) ? `'${raw}` : raw);
  return /[",\n\r]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(values: readonly (string | number | boolean | null)[]): string {
  return values.map(csvField).join(',') + '\r\n';
}

/**
 * Excel takes a CSV file without a byte-order mark for the system code page (GBK on Chinese
 * Windows) and shows every agency name garbled; with the mark it reads UTF-8.
 */
export const CSV_BYTE_ORDER_MARK = '\uFEFF';
