/**
 * The zh/en messages of validation issues. Each names the field (its path, and the format's
 * header chain for table paths), what was found, and what is expected, so an editor can fix the
 * file without reading the schema. The words are the catalogs' (texts/zh.ts, texts/en.ts, and any
 * locale registered in texts/locales.ts); this module only fills them in, once per locale.
 */
import {pathLabel} from './cell-labels.js';
import {group} from './numbers.js';
import {characterCount} from './schema.js';
import {perLocale} from './texts/locales.js';
import type {Expectation, StructuralCode, ValidationTexts} from './texts/validation.js';
import type {Message} from './types.js';
import type {IssueCode} from './validate.js';

export {group};
export type {Expectation};

/** A catalog and the language of the format's labels it is read with. */
export interface Wording {
  readonly texts: ValidationTexts;
  readonly labels: string;
}

/** One text per locale, each made from that locale's catalog and read with its labels. */
function inEach(make: (wording: Wording) => string): Message {
  return perLocale(({texts, key}) => make({texts: texts.validation, labels: key})) as Message;
}

/** What was found, in one wording: a short, safe rendering (strings are quoted and cut). */
export function describeValueIn({texts}: Wording, value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'undefined':
      return texts.found.missing;
    case 'string': {
      const chars = [...value.slice(0, 64)];
      const shown = JSON.stringify(chars.slice(0, 30).join('') + (chars.length > 30 ? '…' : ''));
      return chars.length <= 30 ? texts.found.text(shown) : texts.found.longText(shown, group(characterCount(value)));
    }
    case 'number':
      return Number.isFinite(value) ? String(value) : texts.found.beyondRange(String(value));
    case 'boolean':
      return texts.found.boolean(String(value));
    case 'object':
      return Array.isArray(value) ? texts.found.list(value.length) : texts.found.object;
    default:
      return typeof value;
  }
}

/** "path" plus, where the format names it, the header chain. */
function where({texts, labels}: Wording, path: string): string {
  const label = pathLabel(path);
  const at = path || texts.theReport;
  return label ? texts.named(at, label[labels]) : at;
}

/** A value of the wrong kind, out of range, or missing, in one wording. */
export function valueMessageIn(wording: Wording, path: string, expected: Expectation, value: unknown): string {
  const {texts} = wording;
  const want = texts.expected[expected];
  if (value === undefined) return texts.missing(where(wording, path), want);
  return texts.wrong(where(wording, path), want, describeValueIn(wording, value));
}

/** An issue about structure, size or keys, in one wording. */
export function issueMessageIn(wording: Wording, code: IssueCode, path: string, detail: string): string {
  const {structural} = wording.texts;
  const sentence = Object.prototype.hasOwnProperty.call(structural, code)
    ? structural[code as StructuralCode](detail)
    : detail;
  return wording.texts.at(where(wording, path), sentence);
}

/** A short, safe rendering of what was found (strings are quoted and cut). */
export function describeValue(value: unknown): Message {
  return inEach((wording) => describeValueIn(wording, value));
}

/** A value of the wrong kind, out of range, or missing. */
export function valueMessage(path: string, expected: Expectation, value: unknown): Message {
  return inEach((wording) => valueMessageIn(wording, path, expected, value));
}

/** Issues about structure, size and keys. `detail` is a key, a count or an error text. */
export function issueMessage(code: IssueCode, path: string, detail: string | Message = ''): Message {
  return inEach((wording) =>
    issueMessageIn(wording, code, path, typeof detail === 'string' ? detail : (detail[wording.labels] ?? detail.zh)),
  );
}

/** "12,345 字节（上限 …）" for too-large messages. */
export function amount(count: number, limit: number, unit: 'bytes' | 'items'): Message {
  return inEach(({texts}) => texts.amount(group(count), group(limit), unit));
}

/** The last issue of a list cut short: how many more there were. */
export function moreIssues(count: number): Message {
  return inEach(({texts}) => texts.moreIssues(count));
}
