/**
 * What a person types into a cell, read as the format's number. Offices type numbers on Chinese
 * keyboards and paste them from Word, WPS and web pages, so full-width digits (１３６３), a
 * full-width point (９６１７１．６) and thousands separators in either width ("1,363", "1，363")
 * are accepted and normalized. The placeholders reports print for "nothing to give" mean what they
 * mean to the import (placeholderMeaning): a dash or slash (「—」「–」「-」「－」「/」「／」) is blank,
 * 「无」 is 0. Anything else is kept as typed and named in words: the editor never turns an entry it
 * cannot read into a number, and never into 0.
 */
import {placeholderMeaning} from '../import/place/values.js';

/** Why an entry is not a number the cell accepts. */
export type EntryProblem = 'not-a-number' | 'negative' | 'not-whole' | 'too-large';

/** A cell's entry read: blank (null), a number, or the problem with what was typed. */
export type Entry = {readonly value: number | null} | {readonly problem: EntryProblem};

const FULL_WIDTH_DIGIT = /[\uFF10-\uFF19]/g;
/** Digits with optional thousands groups (every group exactly three digits) and a decimal part. */
const PLAIN = /^\d+(\.\d+)?$/;
const SHORT_DIGITS = /^\d{1,15}$/;
const GROUPED = /^\d{1,3}(,\d{3})+(\.\d+)?$/;

/** Full-width forms as their ASCII twins; spaces (a trailing one from Excel, an ideographic one) dropped at the ends. */
function halfWidth(text: string): string {
  return text
    .replace(FULL_WIDTH_DIGIT, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xff10 + 0x30))
    .replace(/\uFF0C/g, ',')
    .replace(/\uFF0E/g, '.')
    .replace(/[\uFF0D\u2212]/g, '-')
    .replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
}

/**
 * Read one entry. `decimal`: the cell holds money (the fee, in 万元), so a fraction is allowed;
 * every other cell is a count.
 */
export function readEntry(text: string, decimal: boolean): Entry {
  // Most entries are plain digits: read them without the normalizing passes (a keystroke re-reads every cell).
  if (SHORT_DIGITS.test(text)) return {value: Number(text)};
  const normalized = halfWidth(text);
  if (normalized === '') return {value: null};
  const placeholder = placeholderMeaning(normalized);
  if (placeholder) return {value: placeholder === 'blank' ? null : 0};
  const negative = normalized.startsWith('-');
  const digits = negative ? normalized.slice(1) : normalized;
  if (!PLAIN.test(digits) && !GROUPED.test(digits)) return {problem: 'not-a-number'};
  const value = Number(digits.replace(/,/g, ''));
  if (negative && value !== 0) return {problem: 'negative'};
  if (!decimal && !Number.isInteger(value)) return {problem: 'not-whole'};
  if (value > Number.MAX_SAFE_INTEGER) return {problem: 'too-large'};
  return {value: negative ? 0 : value};
}

/** The entry as the editor shows it after reading: normalized digits, no separators. */
export function entryText(value: number | null): string {
  return value === null ? '' : String(value);
}
