/**
 * What one locale's catalog holds: every fixed text of the model, keyed by id. Three parts, one
 * interface each, so the type system checks a catalog complete:
 * - `format`: the format's headings, header labels, units and captions (ids: `FormatTextId` in format.ts, made from
 *   its trees);
 * - `validation`: the validator's message templates (validation.ts);
 * - `checks`: the arithmetic checks' message templates (below);
 * - `ui`: the viewer elements' texts (ui.ts).
 * The editor's texts are a part of their own (editor.ts), outside this one so that the viewer
 * bundle does not carry them; a locale brings them as `editor` in its definition (locales.ts).
 */
import type {FormatTexts} from '../format.js';
import type {UiTexts} from './ui.js';
import type {ValidationTexts} from './validation.js';

/**
 * Templates of the arithmetic checks' findings (src/model/checks.ts). Values come formatted
 * (numbers grouped, labels quoted), so a catalog only orders words around them.
 */
export interface CheckTexts {
  /** A label quoted: 「…」, “…”. */
  quote: (label: string) => string;
  /** "<table heading>, <where in it>". */
  scoped: (heading: string, where: string) => string;
  /** Where in table 三: a column, a row. */
  column: (quoted: string) => string;
  row: (name: string) => string;
  /** A term of an equation: its name and value, "name (12)". */
  term: (name: string, value: string) => string;
  /** "<scope>: <checked> is <actual>, but <terms> = <expected>." */
  violation: (scope: string, name: string, actual: string, terms: string, expected: string) => string;
  /** One cell that keeps an equation from being checked. */
  unusable: (name: string, problem: 'blank' | 'invalid') => string;
  /** Those cells joined. */
  unusableList: (items: readonly string[]) => string;
  /** "<scope>: <checked> cannot be checked because <list>." */
  incomplete: (scope: string, name: string, list: string) => string;
  /** "the sum of the <count> rows under <group>". */
  rowsUnder: (count: number, quoted: string) => string;
  /** A cell of last year's report. */
  lastYears: (name: string) => string;
}

/** One locale's catalog. */
export interface LocaleTexts {
  readonly format: FormatTexts;
  readonly validation: ValidationTexts;
  readonly checks: CheckTexts;
  readonly ui: UiTexts;
}
