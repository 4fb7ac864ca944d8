/**
 * The library's CSS for light DOM: each element's own styles (the very `static styles` its shadow
 * root adopts), kept to that element's content with CSS `@scope`, from its host
 * `<div class="dr-TAG">` down to the next element's host. `:host` becomes `:scope`, and host
 * attributes the styles test (`:host([table='requests'])`) become the `data-` attributes the
 * host carries (render-templates.ts).
 */
import type {CSSResultOrNative} from 'lit';
import {AppealLitigationGrid} from '../components/appeal-litigation-grid/appeal-litigation-grid.js';
import {DisclosureReportElement} from '../components/disclosure-report/disclosure-report.js';
import {DisclosureTable} from '../components/disclosure-table/disclosure-table.js';
import {ReportSection} from '../components/report-section/report-section.js';

const ELEMENT_CLASSES = {
  'disclosure-report': DisclosureReportElement,
  'report-section': ReportSection,
  'disclosure-table': DisclosureTable,
  'appeal-litigation-grid': AppealLitigationGrid,
} as const;

const cssText = (style: CSSResultOrNative): string =>
  'cssText' in style ? style.cssText : [...style.cssRules].map((rule) => rule.cssText).join('\n');

/** `:host(X)` → `:scope` with X's attributes as `data-` attributes; `:host` → `:scope`. */
export function hostToScope(css: string): string {
  return css
    .replace(
      /:host\(([^()]*)\)/g,
      (_match, inner: string) => `:scope${inner.replace(/\[(?!data-)([a-z-]+)/g, '[data-$1')}`,
    )
    .replace(/:host\b/g, ':scope');
}

let cached: string | undefined;

/** Every element's styles, scoped, in one stylesheet. */
export function libraryCss(): string {
  cached ??= Object.entries(ELEMENT_CLASSES)
    .map(([tag, element]) => {
      const css = element.elementStyles.map(cssText).join('\n');
      return `@scope (.dr-${tag}) to (.dr-host) {\n${hostToScope(css)}\n}`;
    })
    .join('\n');
  return cached;
}
