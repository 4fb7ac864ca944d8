import {html, type PropertyValues, type TemplateResult} from 'lit';
import {SECTIONS} from '../../model/format.js';
import {ReportElement, type ReportView} from '../base/report-element.js';
import {ReportProvider} from '../base/report-context.js';
import {LayoutController} from '../base/layout-controller.js';
import {sectionTemplate} from '../report-section/section-template.js';
import {sharedStyles} from '../common/styles.js';
import {TABLE_IDS, tableBlock} from '../common/table-block.js';
import {disclosureTableStyles} from '../disclosure-table/disclosure-table.styles.js';
import {appealLitigationGridStyles} from '../appeal-litigation-grid/appeal-litigation-grid.styles.js';
import {clampLevel} from '../report-section/prose.js';
import {reportSectionStyles} from '../report-section/report-section.styles.js';
import {revealCell} from './audit-summary.js';
import {disclosureReportStyles} from './disclosure-report.styles.js';
import {reportTemplate} from './report-template.js';
import type {SectionId, TableId} from '../../model/types.js';

/**
 * Children that are not an author layout: the inline JSON, and what rich-text editors (UEditor,
 * TinyMCE…) leave in a tag when a report is pasted, such as `<br>` or `<p>&nbsp;</p>`. Taking
 * those for a layout would show the title alone and hide the whole report without a word.
 */
function leftAsNothing(child: Element): boolean {
  if (child.localName === 'script' || child.localName === 'br') return true;
  return (
    (child.localName === 'p' || child.localName === 'div' || child.localName === 'span') &&
    // \s includes the no-break space of &nbsp;.
    !/\S/.test(child.textContent ?? '') &&
    [...child.children].every(leftAsNothing)
  );
}

/**
 * A whole annual report on government information disclosure from one tag: the title, the
 * byline, the preamble and the six sections in official order, all in the element's own shadow
 * root: the sections and their tables are the very templates <report-section>, <disclosure-table>
 * and <appeal-litigation-grid> render, not elements, so a report is one root, one set of styles
 * and one layout observer.
 *
 * Author layout: child elements (anything but the inline JSON `<script>` and what editors leave
 * behind, see leftAsNothing) replace the six sections. The title, byline, preamble and audit
 * summary stay, and the children are shown in their place through a `<slot>`. Elements among them (`<report-section>`, `<disclosure-table>` …)
 * get this report without data of their own, even when they were placed before it finished
 * loading, so a CMS author can put their own content between sections. While the report is
 * loading or has failed, the element shows that state alone, children included.
 *
 * The report is validated and checked once, here; the elements inside show the result and fire
 * no events of their own, so a page hears each `disclosure-error` / `disclosure-findings` once.
 *
 * @summary The whole report, from a `report` property, a `src` URL or inline JSON.
 *
 * @attr src - URL of a report JSON file (fetched without cookies or HTTP authentication unless `credentials` allows them).
 * @attr heading-level - Level of the title heading, a whole number 1–6 (default 1; any other value means the default); sections one below, their parts two below.
 * @attr audit - List every arithmetic finding under the title, linking to the cells, and mark the cells.
 * @attr bilingual - Chinese first, English beneath, everywhere.
 * @attr {string} lang - The element's language: a registered locale's tag (`zh-CN` and `en` are built in, `registerLocale()` adds more); inherited from ancestors when absent.
 *
 * @slot - Author layout: sections and other content shown in place of the six sections.
 *
 * @fires disclosure-error - Loading failed or the report is (partly) invalid. Detail: `{issues}` for an invalid report (with `url` when it came from `src`), `{url, status?, message, issues?}` when `src` could not be loaded or read. The last detail stays in the `error` property.
 * @fires disclosure-findings - The arithmetic checks ran. Detail: `{findings}` of the whole report.
 */
export class DisclosureReportElement extends ReportElement {
  static override properties = {
    headingLevel: {type: Number, attribute: 'heading-level'},
    hasLayout: {state: true, attribute: false}, // attribute: false for the manifest analyzer, which reads no `state`
  };
  // Its parts and CSS custom properties: common/parts.ts, which custom-elements.json takes them from.
  static override styles = [
    sharedStyles,
    reportSectionStyles,
    disclosureTableStyles,
    appealLitigationGridStyles,
    disclosureReportStyles,
  ];

  protected static override readonly takesHandedDown = false;

  /** Level of the title heading (1–6); sections are one level below, their parts two. */
  headingLevel = 1;

  /** Whether the author laid out children of their own (see the class comment). */
  private hasLayout = false;

  /** For the author's elements inside it (see the class comment). */
  private readonly provider = new ReportProvider(this);

  /** The layout of each of its tables, for its width (one observer for the three). */
  private readonly layout = new LayoutController(this, {
    tables: () => (this.hasLayout ? [] : TABLE_IDS),
    display: () => `${this.language.locale} ${this.language.bilingual}`,
  });

  /** Its audit summary lists every finding, once: the tables inside do not list them again. */
  protected override get listsEveryFinding(): boolean {
    return true;
  }
  private layoutObserver?: MutationObserver;

  override connectedCallback(): void {
    super.connectedCallback();
    const check = () => {
      this.hasLayout = [...this.children].some((child) => !leftAsNothing(child));
    };
    this.layoutObserver = new MutationObserver(check);
    // The whole subtree: a paragraph an editor left empty may get its text later.
    this.layoutObserver.observe(this, {childList: true, subtree: true, characterData: true});
    check();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.layoutObserver?.disconnect();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.provider.set(this.shownReport());
  }

  /** Whatever an author laid out inside it (its sections and tables are its own). */
  protected override nestedReportElements(): ReportElement[] {
    return ReportElement.reportElementsIn(this);
  }

  /** Scroll to and focus the table cell at a report path; false when no table on show holds it. */
  revealCell(path: string): boolean {
    return revealCell([this.renderRoot, this], path);
  }

  protected override renderReport(view: ReportView): TemplateResult {
    const level = clampLevel(this.headingLevel, 1);
    // Its summary lists every finding: the tables list none again. Their ids share this root, so
    // each table's get its name before them (as on the static page).
    const tableView: ReportView = {...view, findingsListedAbove: true};
    const table = (section: SectionId) => {
      const id = section as TableId; // sectionTemplate asks only a table section's
      return tableBlock(id, tableView, this.layout.fit(id), {idPrefix: `${id}-`, hideCaption: true});
    };
    return reportTemplate(
      view,
      level,
      this.hasLayout
        ? html`<slot></slot>`
        : SECTIONS.map(
            (format) =>
              html`<div class="section-host" part="dr-section">${sectionTemplate(format, view, Math.min(level + 1, 6), table)}</div>`,
          ),
      (path) => this.revealCell(path),
    );
  }
}
