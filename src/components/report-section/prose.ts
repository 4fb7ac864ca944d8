/**
 * Report prose: headings at a level the host page chooses, and paragraphs of report text in the
 * element's language, or both languages. Always text, never HTML: Lit escapes every string.
 */
import {html, nothing, type TemplateResult} from 'lit';
import type {Text} from '../../model/types.js';
import {splitText, type LabelOptions} from '../common/labels.js';
import {SOURCE_LOCALE} from '../../model/texts/locales.js';

/**
 * A heading level from an attribute value: a whole number 1–6, anything else (7, 999, 2.5, "h2")
 * gives `fallback`. Clamping 7 to 6 would make every heading of a report an <h6>, and rounding 2.5
 * would guess; the default keeps the outline's shape.
 */
export function clampLevel(value: unknown, fallback: number): number {
  const n = value === null || value === '' ? NaN : Number(value);
  return Number.isInteger(n) && n >= 1 && n <= 6 ? n : fallback;
}

/**
 * `<hN>` for a level already clamped to 1–6. One template per level rather than lit/static-html
 * (which would add its own 0.7 KB to the bundle for these six tags).
 */
export function heading(level: number, className: string, part: string, content: unknown): TemplateResult {
  switch (clampLevel(level, 2)) {
    case 1:
      return html`<h1 class=${className} part=${part}>${content}</h1>`;
    case 2:
      return html`<h2 class=${className} part=${part}>${content}</h2>`;
    case 3:
      return html`<h3 class=${className} part=${part}>${content}</h3>`;
    case 4:
      return html`<h4 class=${className} part=${part}>${content}</h4>`;
    case 5:
      return html`<h5 class=${className} part=${part}>${content}</h5>`;
    default:
      return html`<h6 class=${className} part=${part}>${content}</h6>`;
  }
}

/**
 * One paragraph of report text as `<p>` elements: Chinese paragraphs get the printed first-line
 * indent (class `cjk`), English ones none. Bilingual: the Chinese, then the English beneath.
 * In the English view a paragraph without English shows the Chinese, marked as Chinese.
 */
export function paragraph(text: Text | unknown, {locale, bilingual}: LabelOptions): TemplateResult | typeof nothing {
  const split = splitText(text);
  if (!split || !split.zh.trim()) return nothing;
  const zh = (lang?: string) => html`<p class="para cjk" part="dr-paragraph" lang=${lang ?? nothing}>${split.zh}</p>`;
  const en = (lang?: string) => html`<p class="para" part="dr-paragraph" lang=${lang ?? nothing}>${split.en}</p>`;
  if (bilingual) return split.en ? html`${zh('zh-CN')}${en('en')}` : zh('zh-CN');
  // A report's texts are Chinese and English only: any other locale shows the English, marked so.
  if (locale !== SOURCE_LOCALE.locale) return split.en ? en(locale === 'en' ? undefined : 'en') : zh('zh-CN');
  return zh();
}

/** Paragraphs from a value that should be a list of texts (bad input renders nothing, never throws). */
export function paragraphs(list: unknown, options: LabelOptions): unknown {
  return Array.isArray(list) ? list.map((text) => paragraph(text, options)) : nothing;
}
