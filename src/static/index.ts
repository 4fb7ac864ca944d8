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
  const mode = options.mode ?? 'page';
  if (mode === 'dsd') return renderElementsHtml(report, options);
  const markup = renderElementsHtml(report, options, false);
  return mode === 'fragment' ? renderFragment(markup, outputLang(options)) : renderPage(markup, outputLang(options));
}
