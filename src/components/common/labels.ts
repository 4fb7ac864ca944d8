/**
 * Showing text in the element's language, or in both languages at once when `bilingual` is set.
 * Three kinds of text, one helper each:
 * - `label()`: a fixed text of the format, or a model message (a record of every locale's text,
 *   src/model/texts/);
 * - `uiText()`: a message of the library (the locale catalogs' `uiTexts()`, src/model/texts/);
 * - `reportText()`: text the report itself gives (a string is Chinese; `{zh, en}` may lack the English).
 *
 * Bilingual: Chinese first, English beneath, each run in its own `lang`, so screen readers switch
 * voices (WCAG 3.1.2). The element root then carries lang="zh-CN"; in single-language mode it
 * carries the element's language, and only text in the other language gets a `lang` of its own.
 */
import {html, nothing, type TemplateResult} from 'lit';
import type {Label} from '../../model/format.js';
import type {Text} from '../../model/types.js';
import {inLocale, type Locale} from '../../i18n/localization.js';
import {hyphenate} from '../../model/hyphenate.js';
import {BILINGUAL, SOURCE_LOCALE} from '../../model/texts/locales.js';
import {labelIn} from '../../model/texts/labels.js';

export interface LabelOptions {
  readonly locale: Locale;
  readonly bilingual: boolean;
}

/** Chinese over English, each marked with its language. */
export function both(zh: unknown, en: unknown): TemplateResult {
  return html`<span class="zh" lang="zh-CN">${zh}</span><span class="en" lang="en">${en}</span>`;
}

/** The languages of a report text: a plain string is Chinese, blank English counts as none. */
export interface SplitText {
  readonly zh: string;
  readonly en?: string;
}

/** `text` split into its languages; anything that is not report text (bad input) gives undefined. */
export function splitText(text: unknown): SplitText | undefined {
  if (typeof text === 'string') return {zh: text};
  if (text === null || typeof text !== 'object') return undefined;
  const {zh, en} = text as {zh?: unknown; en?: unknown};
  if (typeof zh !== 'string') return undefined;
  return {zh, en: typeof en === 'string' && en.trim() ? en : undefined};
}

/** A format label (or a model message) as plain text in a locale (for attributes and joined names). */
export function labelText(text: Label, locale: Locale): string {
  return labelIn(text, locale);
}

/** A format label in the element's language, or both when bilingual. */
export function label(text: Label, {locale, bilingual}: LabelOptions): TemplateResult | string {
  return bilingual ? both(text.zh, text.en) : labelText(text, locale);
}

/**
 * A table's header label: as label(), with soft hyphens in its long English words
 * (src/model/hyphenate.ts), so a narrow column breaks them at a syllable, never at any letter.
 */
export function headerLabel(text: Label, options: LabelOptions): TemplateResult | string {
  return label({...text, en: hyphenate(text.en)}, options);
}

/**
 * A message of the library: `message` reads `uiTexts()`. Bilingual mode evaluates it once in each
 * language (the re-entrant localization lets one render ask for both).
 */
export function uiText(message: () => string, {bilingual}: LabelOptions): TemplateResult | string {
  return bilingual ? both(inLocale(BILINGUAL[0].locale, message), inLocale(BILINGUAL[1].locale, message)) : message();
}

/**
 * Report text (a plain string is Chinese). Where the language asked for is missing, the other one
 * is shown, marked with its own `lang`; bilingual mode shows the English only when there is some.
 */
export function reportText(
  text: Text | undefined | null,
  {locale, bilingual}: LabelOptions,
): TemplateResult | typeof nothing {
  const split = splitText(text);
  if (!split) return nothing;
  const {zh, en} = split;
  if (bilingual && en && zh.trim()) return both(zh, en);
  const primary = bilingual ? SOURCE_LOCALE.locale : locale;
  // A report's texts are Chinese and English only: any other locale shows the English, marked so.
  if (primary === 'en') return en ? html`${en}` : html`<span lang="zh-CN">${zh}</span>`;
  if (primary !== SOURCE_LOCALE.locale)
    return en ? html`<span lang="en">${en}</span>` : html`<span lang="zh-CN">${zh}</span>`;
  return zh.trim() || !en ? html`${zh}` : html`<span lang="en">${en}</span>`;
}
