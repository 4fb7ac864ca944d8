/**
 * `disclosure-report/static`: a report as HTML that needs no JavaScript, for CMSes that strip
 * scripts, archives, search engines and readers with scripts off. The markup is the elements' own,
 * rendered server-side (render-elements.ts); see docs/static.md for the three modes.
 */
import {renderFragment} from './fragment.js';
import type {StaticOptions} from './options.js';
import {renderPage} from './page.js';
import {outputLang, renderElementsHtml} from './render-elements.js';

export type {StaticMode, StaticOptions} from './options.js';
export {STATIC_MODES} from './options.js';

/**
 * `report` (any value: it is validated as the elements validate it; what is invalid shows a
 * message, what is valid still shows) as HTML in `options.mode` (default `page`).
 */
export function renderReportHtml(report: unknown, options: StaticOptions = {}): string {
  const dsd = renderElementsHtml(report, options);
  switch (options.mode ?? 'page') {
    case 'dsd':
      return dsd;
    case 'fragment':
      return renderFragment(dsd, outputLang(options));
    default:
      return renderPage(dsd, outputLang(options));
  }
}
