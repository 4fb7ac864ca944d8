/**
 * The report as light-DOM markup for the `page` and `fragment` modes, from the elements' own
 * template functions (reportTemplate, sectionTemplate, renderTable) and the tables' string
 * templates (table-html.ts), without the elements and without a DOM: each element's content in a
 * `<div class="dr-host dr-TAG">` carrying the element's attributes as `data-` attributes, which
 * the page's CSS (page-css.ts) scopes each element's styles to. A section's table is its block
 * (table-block.ts), as in the elements.
 *
 * The report is validated (and, for `audit`, checked) as the elements do it, so what is valid
 * shows and each part that is not shows the elements' message. The ids are those of a
 * <disclosure-report>'s root, where the three tables' ids differ already (see captionId) but for
 * their notes', which get their table's name before them: one document holds them all.
 */
import {safely} from '../components/base/report-source.js';
import type {ReportView} from '../components/report-view.js';
import {noDataMessage, unreadableMessage} from '../components/common/issue-list.js';
import {layoutOfTable, tableBlock} from '../components/common/table-block.js';
import {tableHtml} from '../components/common/table-html.js';
import {reportTemplate} from '../components/disclosure-report/report-template.js';
import {title} from '../components/disclosure-report/report-title.js';
import {clampLevel} from '../components/report-section/prose.js';
import {sectionTemplate} from '../components/report-section/section-template.js';
import {inLocale, type Locale} from '../i18n/localization.js';
import {checkReport, type Finding} from '../model/checks.js';
import {SECTIONS} from '../model/format.js';
import {SOURCE_LOCALE} from '../model/texts/locales.js';
import {liesUnder} from '../model/paths.js';
import type {TableId} from '../model/types.js';
import {validateReport} from '../model/validate.js';
import {renderToString, TrustedHtml} from './template-string.js';

export interface StaticDisplay {
  readonly locale: Locale;
  readonly bilingual: boolean;
  readonly audit: boolean;
  /** The title's heading level; sections one below. */
  readonly headingLevel: number;
  /** Whether each table's box is a focusable, named scroll region (no script measures whether it needs to be). */
  readonly scrollRegions: boolean;
  /**
   * Whether a table whose paper layout differs from the screen's (table 三: its group labels on
   * every row, where a page break may cut a group) also gets that layout, as a second copy that
   * only print shows (`dr-for-paper`; the screen's copy is `dr-for-screen`). The elements switch
   * layouts when printing; a page without script can only hold both.
   */
  readonly paperCopies: boolean;
}

export interface StaticMarkup {
  /** The report's markup. */
  readonly html: string;
  /** The title as text (escaped for HTML), for a page's `<title>`. */
  readonly title: string;
}

/** A host's boolean attributes as the flattened elements carried them. */
const flags = ({audit, bilingual}: StaticDisplay) =>
  `${audit ? ' data-audit' : ''}${bilingual ? ' data-bilingual' : ''}`;

/** The element's own wrapper inside its host (ReportElement.render). */
const root = (locale: Locale, content: string) => `<div class="root" part="dr-root" lang="${locale}">${content}</div>`;

/**
 * A table's block, as a <disclosure-report> renders it, in the wide layout no script can change.
 * `documentPrefix`: before all its ids, for a second copy in the same document.
 */
function staticTable(
  id: TableId,
  view: ReportView,
  display: StaticDisplay,
  printing: boolean,
  documentPrefix = '',
): string {
  const block = tableBlock(
    id,
    view,
    {mode: 'wide', printing, scrolls: display.scrollRegions},
    {
      idPrefix: `${id}-`,
      hideCaption: true,
      markup: (layout, tableView, _marks, idPrefix) =>
        new TrustedHtml(tableHtml(layout, tableView, idPrefix, documentPrefix)),
    },
  );
  return renderToString(block, documentPrefix);
}

/** A table's block, and its paper copy when it needs one (see `paperCopies`). */
function staticTables(id: TableId, view: ReportView, display: StaticDisplay): TrustedHtml {
  const screen = staticTable(id, view, display, false);
  const differsOnPaper = layoutOfTable(id, 'wide', view.report, true) !== layoutOfTable(id, 'wide', view.report, false);
  if (!display.paperCopies || !differsOnPaper) return new TrustedHtml(screen);
  // The paper copy's ids differ from the screen copy's: one document holds both.
  const paper = staticTable(id, view, display, true, 'paper-');
  return new TrustedHtml(`<div class="dr-for-screen">${screen}</div><div class="dr-for-paper">${paper}</div>`);
}

/** `report` (any value) as the markup of a `<disclosure-report>` showing it, flattened. */
export function renderReportMarkup(report: unknown, display: StaticDisplay): StaticMarkup {
  const {bilingual, audit} = display;
  // Bilingual: Chinese is the root language and every English run carries lang="en".
  const locale: Locale = bilingual ? SOURCE_LOCALE.locale : display.locale;
  const options = {locale, bilingual};
  const host = (content: string) =>
    `<div class="dr-host dr-disclosure-report" lang="${display.locale}"${flags(display)}>${root(locale, content)}</div>`;
  return inLocale(locale, () => {
    if (report === undefined) return {html: host(renderToString(noDataMessage(options))), title: ''};
    const result = safely(() => validateReport(report));
    if (!result.report) return {html: host(renderToString(unreadableMessage(result.issues, options))), title: ''};
    let findings: readonly Finding[] = [];
    // Findings show only in audit: without it, nothing of them is on the page.
    if (audit) {
      try {
        findings = checkReport(result.report, {invalid: result.invalid});
      } catch {
        findings = []; // a failing check must not hide the published numbers
      }
    }
    const view: ReportView = {
      report: result.report,
      result,
      findings,
      findingNumber: (finding) => findings.indexOf(finding) + 1,
      locale,
      audit,
      bilingual,
      findingsListedAbove: false,
    };
    const level = clampLevel(display.headingLevel, 1);
    let sections = '';
    for (const format of SECTIONS) {
      // As each section and table element sees the report handed down to it.
      const part: ReportView = {
        ...view,
        findings: findings.filter((finding) => finding.cells.some((cell) => liesUnder(cell, format.id))),
        findingsListedAbove: true,
      };
      const section = sectionTemplate(format, part, Math.min(level + 1, 6), (id) =>
        staticTables(id as TableId, part, display),
      );
      sections += `<div class="dr-host dr-report-section" data-section="${format.id}"${flags(display)}>${root(locale, renderToString(section))}</div>`;
    }
    const html = renderToString(reportTemplate(view, level, new TrustedHtml(sections), () => undefined));
    // Its text: the tags of its languages' spans go, the report's own text stays as written.
    const titleText = renderToString(title(result.report, view))
      .replace(/<[^>]*>/g, '')
      .trim();
    return {html: host(html), title: titleText};
  });
}
