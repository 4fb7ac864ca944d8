/**
 * A table as an HTML string, without a browser: the same template Lit renders (table-template.ts),
 * its strings joined with each hole's value escaped. For static pages and server rendering, which
 * then show exactly the cells, ids and `headers` chains of the element (the browser test
 * test/components/tables/html.test.ts compares the two).
 *
 * Only the `<table>` itself: the notes, findings and problems under it are Lit templates of the
 * element. Marker links here are plain fragment links; the element's own move focus across
 * shadow roots.
 */
import type {Label} from '../../model/format.js';
import type {TableLayout} from '../../model/table-layout.js';
import {inLocale, type Locale, uiTexts} from '../../i18n/localization.js';
import {hyphenate} from '../../model/hyphenate.js';
import {labelIn as labelText} from '../../model/texts/labels.js';
import {BILINGUAL, SOURCE_LOCALE} from '../../model/texts/locales.js';
import type {ReportView} from '../report-view.js';
import {formatNumber} from './numbers.js';
import {holeValues, marksOf, tableTemplate, targetIdIn, type Marker, type Shown} from './table-template.js';

const ESCAPES: Record<string, string> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'};

/** Text made safe for HTML content and double-quoted attribute values. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

interface Display {
  readonly locale: Locale;
  readonly bilingual: boolean;
}

/** Chinese over English, each marked with its language (as labels.ts `both()`). */
const both = (zh: string, en: string) =>
  `<span class="zh" lang="zh-CN">${escapeHtml(zh)}</span><span class="en" lang="en">${escapeHtml(en)}</span>`;

const labelHtml = (text: Label, {locale, bilingual}: Display) =>
  bilingual ? both(text.zh, text.en) : escapeHtml(labelText(text, locale));

/** A library message (read from `uiTexts()`) in the display's language(s). */
const uiHtml = (message: () => string, {locale, bilingual}: Display) =>
  bilingual
    ? both(inLocale(BILINGUAL[0].locale, message), inLocale(BILINGUAL[1].locale, message))
    : escapeHtml(inLocale(locale, message));

function contentHtml(shown: Shown, display: Display): string {
  if (shown.kind === 'value') return escapeHtml(formatNumber(shown.value, display.locale));
  if (shown.kind === 'invalid') return uiHtml(() => uiTexts().invalidMarker, display);
  return `<span aria-hidden="true">—</span><span class="vh">${uiHtml(() => uiTexts().blank, display)}</span>`;
}

/**
 * `id="…"`, the id lists of `headers`, `aria-labelledby` and `aria-describedby`, and `href="#…"`
 * in finished markup, each id with `prefix` before it, for markup that puts what several shadow
 * roots hold into one document (renderToString in src/static/).
 */
export function prefixIds(markup: string, prefix: string): string {
  return markup.replace(
    /(\s(?:id|headers|aria-labelledby|aria-describedby)=")([^"]*)"|(\shref="#)([^"]*)"/g,
    (_match, list?: string, ids?: string, href?: string, target?: string) =>
      list !== undefined
        ? `${list}${ids!
            .split(' ')
            .map((id) => (id ? prefix + id : id))
            .join(' ')}"`
        : `${href}${prefix}${target}"`,
  );
}

/** The strings of a layout's template with their ids prefixed, made once per layout and prefix. */
const prefixedStrings = new WeakMap<TableLayout, Map<string, readonly string[]>>();

function stringsOf(layout: TableLayout, prefix: string): readonly string[] {
  const {strings} = tableTemplate(layout);
  if (!prefix) return strings;
  let byPrefix = prefixedStrings.get(layout);
  if (!byPrefix) prefixedStrings.set(layout, (byPrefix = new Map()));
  let prefixed = byPrefix.get(prefix);
  // Each string alone: the template's ids are in its strings, never in its holes.
  if (!prefixed) byPrefix.set(prefix, (prefixed = strings.map((piece) => prefixIds(piece, prefix))));
  return prefixed;
}

function markersHtml(markers: readonly Marker[], locale: Locale, targetId: (target: string) => string): string {
  return markers
    .map(({className, target, text}) => {
      const words = escapeHtml(inLocale(locale, text));
      return target
        ? ` <a class="${className}" part="dr-marker" href="#${escapeHtml(targetId(target))}">${words}</a>`
        : ` <span class="${className}" part="dr-marker">${words}</span>`;
    })
    .join('');
}

/**
 * The `<table>` (table 二 wide: one per block) of `layout` showing `view`'s report, as the element
 * renders it. `idPrefix`: before the ids its markers lead to (the notes under it, numbered per
 * table; see targetIdIn), as renderTable puts it before those notes' ids. `documentPrefix`: before
 * every id of the table and every id it refers to, for a second copy of it in one document (the
 * static page's paper copy; renderToString prefixes the rest of the block alike). Not a pass of
 * prefixIds over the output: that took as long as writing the table.
 */
export function tableHtml(layout: TableLayout, view: ReportView, idPrefix = '', documentPrefix = ''): string {
  // Markers are in the element's root language: Chinese when bilingual.
  const markerLocale: Locale = view.bilingual ? SOURCE_LOCALE.locale : view.locale;
  const inBlock = targetIdIn(view, idPrefix);
  const targetId = documentPrefix ? (target: string) => documentPrefix + inBlock(target) : inBlock;
  const values = holeValues<string | undefined>(layout, view, marksOf(layout, view), {
    label: (text, header) => labelHtml(header ? {...text, en: hyphenate(text.en)} : text, view),
    content: (shown) => contentHtml(shown, view),
    markers: (list) => markersHtml(list, markerLocale, targetId),
    attribute: (value) => (value === undefined ? undefined : escapeHtml(value)),
  });
  const {holes} = tableTemplate(layout);
  const strings = stringsOf(layout, documentPrefix);
  // Pieces are cut, never the output so far: cutting a long string built by `+=` copies it whole.
  let html = '';
  let dropQuote = false;
  values.forEach((value, i) => {
    const hole = holes[i]!;
    let piece = strings[i]!;
    if (dropQuote) piece = piece.slice(1);
    // An absent attribute: its ` name="` goes from before it, its closing quote from after it.
    dropQuote = value === undefined && hole.kind === 'attribute';
    if (dropQuote) piece = piece.slice(0, -` ${(hole as {name: string}).name}="`.length);
    html += piece + (value ?? '');
  });
  const last = strings[values.length]!;
  html += dropQuote ? last.slice(1) : last;
  return html;
}
