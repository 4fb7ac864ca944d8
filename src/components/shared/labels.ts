/**
 * Showing fixed labels (from the format) and report text in the element's language, or in both
 * languages at once when `bilingual` is set.
 */
import {html, nothing, type TemplateResult} from 'lit';
import type {Label} from '../../model/format.js';
import type {Text} from '../../model/types.js';
import type {Locale} from '../../i18n/localization.js';

export interface LabelOptions {
  readonly locale: Locale;
  readonly bilingual: boolean;
}

/**
 * A format label. Bilingual: Chinese first, English beneath, each with its own `lang` so screen
 * readers switch voices. Otherwise the element's language (the element root carries `lang`).
 */
export function label(text: Label, {locale, bilingual}: LabelOptions): TemplateResult | string {
  if (bilingual) {
    return html`<span class="zh" lang="zh-CN">${text.zh}</span><span class="en" lang="en">${text.en}</span>`;
  }
  return locale === 'en' ? text.en : text.zh;
}

/** Report text (a plain string is Chinese); where the English is missing, the Chinese is marked as such. */
export function reportText(text: Text | undefined | null, {locale, bilingual}: LabelOptions): TemplateResult | typeof nothing {
  if (text === undefined || text === null) return nothing;
  const zh = typeof text === 'string' ? text : String(text.zh ?? '');
  const en = typeof text === 'string' ? undefined : text.en;
  if (bilingual && en) return html`<span class="zh" lang="zh-CN">${zh}</span><span class="en" lang="en">${en}</span>`;
  if (locale === 'en' && en) return html`${en}`;
  return locale === 'en' ? html`<span lang="zh-CN">${zh}</span>` : html`${zh}`;
}
