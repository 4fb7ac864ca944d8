/**
 * Report prose: headings at a level the host page chooses, and paragraphs of report text in the
 * element's language, or both languages. Always text, never HTML: Lit escapes every string.
 */
import {html, literal, type StaticValue} from 'lit/static-html.js';
import {nothing, type TemplateResult} from 'lit';
import type {Text} from '../../model/types.js';
import type {LabelOptions} from '../shared/labels.js';

const TAGS: readonly StaticValue[] = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** A heading level from an attribute value: whole numbers 1–6, anything else gives `fallback`. */
export function clampLevel(value: unknown, fallback: number): number {
  const n = Math.round(Number(value));
  return Number.isFinite(n) && value !== null && value !== '' ? Math.min(6, Math.max(1, n)) : fallback;
}

/** `<hN>` for a level already clamped to 1–6. */
export function heading(level: number, className: string, part: string, content: unknown): TemplateResult {
  const tag = TAGS[clampLevel(level, 2) - 1];
  return html`<${tag} class=${className} part=${part}>${content}</${tag}>`;
}

interface Split {
  readonly zh: string;
  readonly en?: string;
}

/** The languages of a report text; anything that is not text (bad input) gives undefined. */
export function splitText(text: unknown): Split | undefined {
  if (typeof text === 'string') return {zh: text};
  if (text === null || typeof text !== 'object') return undefined;
  const {zh, en} = text as {zh?: unknown; en?: unknown};
  if (typeof zh !== 'string') return undefined;
  return {zh, en: typeof en === 'string' && en.trim() ? en : undefined};
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
  if (locale === 'en') return split.en ? en() : zh('zh-CN');
  return zh();
}

/** Paragraphs from a value that should be a list of texts (bad input renders nothing, never throws). */
export function paragraphs(list: unknown, options: LabelOptions): unknown {
  return Array.isArray(list) ? list.map((text) => paragraph(text, options)) : nothing;
}
