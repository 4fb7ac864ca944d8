import {html, type TemplateResult} from 'lit';
import {uiTexts} from '../../i18n/localization.js';
import {SECTIONS, type SectionFormat} from '../../model/format.js';
import {liesUnder} from '../../model/paths.js';
import type {SectionId, TableId} from '../../model/types.js';
import {ReportElement, type ReportView} from '../base/report-element.js';
import {LayoutController} from '../base/layout-controller.js';
import {sharedStyles} from '../common/styles.js';
import {tableBlock} from '../common/table-block.js';
import {disclosureTableStyles} from '../disclosure-table/disclosure-table.styles.js';
import {appealLitigationGridStyles} from '../appeal-litigation-grid/appeal-litigation-grid.styles.js';
import {clampLevel} from './prose.js';
import {sectionTemplate} from './section-template.js';
import {reportSectionStyles} from './report-section.styles.js';

/**
 * One of the six sections of the annual report: its numbered heading (from the format, never typed
 * here), then the narrative (paragraphs, then titled parts) or the section's table with its notes.
 *
 * Inside a `<disclosure-report>` the element needs no data of its own: it shows the report handed
 * down (context), even when placed before the report has finished loading, so the report is
 * validated once and events fire once. Its table is the template <disclosure-table> or
 * <appeal-litigation-grid> renders, in the section's own root.
 *
 * @summary A section of the annual report, from a `report` property, a `src` URL, inline JSON or an enclosing `<disclosure-report>`.
 *
 * @attr {'overview' | 'proactive' | 'requests' | 'appeals' | 'problems' | 'otherMatters'} section - `overview`, `proactive`, `requests`, `appeals`, `problems` or `otherMatters`.
 * @attr heading-level - Level of the section heading, a whole number 1–6 (default 2; any other value means the default); part headings are one level below.
 * @attr src - URL of a report JSON file (fetched without cookies or HTTP authentication unless `credentials` allows them).
 * @attr audit - Mark cells named by arithmetic findings (table sections).
 * @attr bilingual - Chinese first, English beneath, in headings and text.
 * @attr {string} lang - The element's language: a registered locale's tag (`zh-CN` and `en` are built in, `registerLocale()` adds more); inherited from ancestors when absent.
 *
 * @fires disclosure-error - Only with data of its own: loading failed or the report is (partly) invalid.
 * @fires disclosure-findings - Only with data of its own: findings concerning this section.
 */
export class ReportSection extends ReportElement {
  static override properties = {
    section: {reflect: true},
    headingLevel: {type: Number, attribute: 'heading-level'},
  };
  // Its parts and CSS custom properties: common/parts.ts, which custom-elements.json takes them from.
  static override styles = [sharedStyles, reportSectionStyles, disclosureTableStyles, appealLitigationGridStyles];

  /** Which section to show. */
  section?: SectionId;

  /** Level of the section heading (1–6); part headings are one level below. */
  headingLevel = 2;

  /** The layout of its table, if it is a table section, for its width. */
  private readonly layout = new LayoutController(this, {
    tables: () => (this.format?.kind === 'table' ? [this.format.id as TableId] : []),
    display: () => `${this.language.locale} ${this.language.bilingual}`,
  });

  private get format(): SectionFormat | undefined {
    return SECTIONS.find((section) => section.id === this.section);
  }

  protected override ownsPath(path: string): boolean {
    const id = this.format?.id;
    return id !== undefined && liesUnder(path, id);
  }

  protected override renderReport(view: ReportView): TemplateResult {
    const format = this.format;
    if (!format) {
      return html`<div class="message" part="dr-message" role="alert">
        <p>${uiTexts().badSectionAttribute(this.section ?? '')}</p>
      </div>`;
    }
    // The section heading names the table: the caption title stays for screen readers only.
    return sectionTemplate(format, view, clampLevel(this.headingLevel, 2), (section) => {
      const id = section as TableId; // sectionTemplate asks only a table section's
      return tableBlock(id, view, this.layout.fit(id), {hideCaption: true});
    });
  }
}
