/**
 * The `dsd` mode: the library's own elements, rendered by Lit's server-side renderer
 * (@lit-labs/ssr) as Declarative Shadow DOM that the bundle hydrates. (`page` and `fragment` use
 * the elements' template functions without the elements: render-templates.ts.)
 */
import {LitElement, html} from 'lit';
import {LitElementRenderer, render} from '@lit-labs/ssr';
import {collectResultSync} from '@lit-labs/ssr/lib/render-result.js';
import '../all.js';
import {serverPage} from '../components/base/language.js';
import {localeFromLang, type Locale} from '../i18n/localization.js';
import type {StaticOptions} from './options.js';

const OUR_TAGS = new Set(['disclosure-report', 'report-section', 'disclosure-table', 'appeal-litigation-grid']);

// The elements hand the report down through their controllers (report-context.ts), which need connecting.
// Their own connectedCallback also watches the page (observers, media queries, the inline JSON):
// none of that exists on the server, so only Lit's part of connecting runs there. The server's
// element has no light-DOM children to query (the report comes as a property).
LitElementRenderer.renderOptions.push((element) => {
  if (!OUR_TAGS.has(element.localName)) return undefined;
  element.connectedCallback = () => LitElement.prototype.connectedCallback.call(element);
  element.querySelector = () => null;
  return {connectedCallback: true};
});

/** The `lang` the output carries: the library's locale for whatever tag was asked for. */
export function outputLang(options: StaticOptions): Locale {
  return localeFromLang(options.lang);
}

/**
 * A `<disclosure-report>` and its rendering as Declarative Shadow DOM, with each shadow root's
 * styles and the report as inline JSON (so the bundle, when a page loads it, reads the same report
 * and hydrates what is already there). `report` may be anything: it is validated as the element
 * validates it.
 */
export function renderElementsHtml(report: unknown, options: StaticOptions = {}): string {
  const lang = outputLang(options);
  const level = Math.min(6, Math.max(1, Math.trunc(Number(options.headingLevel ?? 1)) || 1));
  const previous = serverPage.lang;
  serverPage.lang = lang;
  try {
    const markup = collectResultSync(
      render(
        html`<disclosure-report
          lang=${lang}
          heading-level=${level}
          ?bilingual=${Boolean(options.bilingual)}
          ?audit=${Boolean(options.audit)}
          .report=${report}
        ></disclosure-report>`,
      ),
    );
    // The JSON goes in as the element's light-DOM child, closing tag last.
    const close = markup.lastIndexOf('</disclosure-report>');
    return `${markup.slice(0, close)}${inlineJson(report)}${markup.slice(close)}`;
  } finally {
    serverPage.lang = previous;
  }
}

/** The report as a `<script type="application/json">` no text inside can close or comment out. */
function inlineJson(report: unknown): string {
  let json: string;
  try {
    json = JSON.stringify(report) ?? 'null';
  } catch {
    json = 'null'; // a cycle or a BigInt: the element shows "no data", as it would for such a property
  }
  const safe = json.replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
  return `<script type="application/json">${safe}</script>`;
}
