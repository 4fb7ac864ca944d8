/**
 * `disclosure-report/static`: a report as HTML that needs no JavaScript, for CMSes that strip
 * scripts, archives, search engines and readers with scripts off. `page` and `fragment` come from
 * the elements' template functions (render-templates.ts); `dsd` is the elements themselves,
 * rendered server-side (render-elements.ts). See docs/static.md for the three modes.
 */
import {renderFragment} from './fragment.js';
import type {StaticOptions} from './options.js';
import {renderPage} from './page.js';
import {outputLang, renderElementsHtml} from './render-elements.js';
import {renderReportMarkup} from './render-templates.js';

export type {StaticMode, StaticOptions} from './options.js';
export {STATIC_MODES} from './options.js';

/**
 * `report` (any value: it is validated as the elements validate it; what is invalid shows a
 * message, what is valid still shows) as HTML in `options.mode` (default `page`).
 */
export function renderReportHtml(report: unknown, options: StaticOptions = {}): string {
  const mode = options.mode ?? 'page';
  if (mode === 'dsd') return renderElementsHtml(report, options);
  const lang = outputLang(options);
  const {html, title} = renderReportMarkup(report, {
    locale: lang,
    bilingual: Boolean(options.bilingual),
    audit: Boolean(options.audit),
    headingLevel: Math.min(6, Math.max(1, Math.trunc(Number(options.headingLevel ?? 1)) || 1)),
    // Without script nobody measures whether a table overflows its box: on a page every box is
    // a focusable, named region, for keyboard users on narrow screens. An editor keeps no such thing.
    scrollRegions: mode === 'page',
    // Print shows a page's tables in the elements' paper layout; an article in a CMS has one copy.
    paperCopies: mode === 'page',
  });
  return mode === 'fragment' ? renderFragment(html, lang) : renderPage(html, lang, title);
}
