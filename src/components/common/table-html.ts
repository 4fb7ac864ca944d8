/**
 * A table as an HTML string, without a browser: the same template Lit renders (table-template.ts),
 * its strings joined with each hole's value escaped. For static pages and server rendering, which
 * then show exactly the cells, ids and `headers` chains of the element (the browser test
 * table-html.test.ts compares the two).
 *
 * Only the `<table>` itself: the notes, findings and problems under it are Lit templates of the
 * element. Marker links here are plain fragment links; the element's own move focus across
 * shadow roots.
 */
import {msg} from '@lit/localize';
import type {Label} from '../../model/format.js';
import type {TableLayout} from '../../model/table-layout.js';
import {inLocale, type Locale} from '../../i18n/localization.js';
import type {ReportView} from '../base/report-element.js';
import {formatNumber} from './numbers.js';
import {
  cellAttributes,
  cornerAttributes,
  escapeHtml,
  marksOf,
  markersOf,
  shownIn,
  tableTemplate,
  valueAttributes,
  type Attributes,
  type Marker,
  type Shown,
} from './table-template.js';

interface Display {
  readonly locale: Locale;
  readonly bilingual: boolean;
}

/** Chinese over English, each marked with its language (as labels.ts `both()`). */
const both = (zh: string, en: string) =>
  `<span class="zh" lang="zh-CN">${escapeHtml(zh)}</span><span class="en" lang="en">${escapeHtml(en)}</span>`;

const labelHtml = (text: Label, {locale, bilingual}: Display) =>
  bilingual ? both(text.zh, text.en) : escapeHtml(locale === 'en' ? text.en : text.zh);

/** A library message (msg()) in the display's language(s). */
const uiHtml = (message: () => string, {locale, bilingual}: Display) =>
  bilingual ? both(inLocale('zh-CN', message), inLocale('en', message)) : escapeHtml(inLocale(locale, message));

const attributesHtml = (attributes: Attributes) =>
  Object.entries(attributes)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => ` ${name}="${escapeHtml(value!)}"`)
    .join('')
    .slice(1); // the template already has the space before an element hole

function contentHtml(shown: Shown, display: Display): string {
  if (shown.kind === 'value') return escapeHtml(formatNumber(shown.value, display.locale));
  if (shown.kind === 'invalid') return uiHtml(() => msg('无效', {id: 'invalid-marker'}), display);
  return `<span aria-hidden="true">—</span><span class="vh">${uiHtml(() => msg('空白', {id: 'blank'}), display)}</span>`;
}

function markersHtml(markers: readonly Marker[], locale: Locale): string {
  return markers
    .map(({className, target, text}) => {
      const words = escapeHtml(inLocale(locale, text));
      return target
        ? ` <a class="${className}" part="dr-marker" href="#${escapeHtml(target)}">${words}</a>`
        : ` <span class="${className}" part="dr-marker">${words}</span>`;
    })
    .join('');
}

/** The `<table>` of `layout` showing `view`'s report, as the element renders it. */
export function tableHtml(layout: TableLayout, view: ReportView): string {
  const template = tableTemplate(layout);
  const marks = marksOf(layout, view);
  // Markers are in the element's root language: Chinese when bilingual.
  const markerLocale: Locale = view.bilingual ? 'zh-CN' : view.locale;
  let html = template.strings[0]!;
  let shown: Shown | undefined;
  template.holes.forEach((hole, i) => {
    switch (hole.kind) {
      case 'label':
        html += labelHtml(hole.label, view);
        break;
      case 'corner':
        html += attributesHtml(cornerAttributes(hole.label, view));
        break;
      case 'cell':
        html += attributesHtml(cellAttributes(hole.cell, marks));
        break;
      case 'value':
        shown = shownIn(hole.cell, view);
        html += attributesHtml(valueAttributes(shown));
        break;
      case 'content':
        html += contentHtml(shown ?? shownIn(hole.cell, view), view);
        break;
      case 'marks':
        html += markersHtml(markersOf(hole.cell, marks), markerLocale);
        break;
    }
    html += template.strings[i + 1]!;
  });
  return html;
}
