import {html, type PropertyValues, type TemplateResult} from 'lit';
import {msg, str} from '@lit/localize';
import {SECTIONS, type SectionFormat} from '../../model/format.js';
import {liesUnder} from '../../model/paths.js';
import type {SectionId} from '../../model/types.js';
import {ReportElement, type ReportView} from '../base/report-element.js';
import {ReportProvider} from '../base/report-context.js';
import {TABLE_EXPORTS} from '../common/parts.js';
import {sharedStyles} from '../common/styles.js';
import {clampLevel} from './prose.js';
import {sectionTemplate} from './section-template.js';
import {reportSectionStyles} from './report-section.styles.js';

/**
 * One of the six sections of the annual report: its numbered heading (from the format, never typed
 * here), then the narrative (paragraphs, then titled parts) or the section's table with its notes.
 *
 * Inside a `<disclosure-report>` the element needs no data of its own: it shows the report handed
 * down (context), even when placed before the report has finished loading. Its table gets the
 * report from the section the same way, so the report is validated once and events fire once.
 *
 * @summary A section of the annual report, from a `report` property, a `src` URL, inline JSON or an enclosing `<disclosure-report>`.
 *
 * @attr {'overview' | 'proactive' | 'requests' | 'appeals' | 'problems' | 'otherMatters'} section - `overview`, `proactive`, `requests`, `appeals`, `problems` or `otherMatters`.
 * @attr heading-level - Level of the section heading, a whole number 1–6 (default 2; any other value means the default); part headings are one level below.
 * @attr src - URL of a report JSON file (fetched without cookies or HTTP authentication unless `credentials` allows them).
 * @attr audit - Mark cells named by arithmetic findings (table sections).
 * @attr bilingual - Chinese first, English beneath, in headings and text.
 * @attr {'zh-CN' | 'en'} lang - The element's language (`zh-CN` or `en`); inherited from ancestors when absent.
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
  static override styles = [sharedStyles, reportSectionStyles];

  /** Which section to show. */
  section?: SectionId;

  /** Level of the section heading (1–6); part headings are one level below. */
  headingLevel = 2;

  /** Created with the first table section: a narrative section has no element to hand down to. */
  private provider?: ReportProvider;

  private get format(): SectionFormat | undefined {
    return SECTIONS.find((section) => section.id === this.section);
  }

  protected override ownsPath(path: string): boolean {
    const id = this.format?.id;
    return id !== undefined && liesUnder(path, id);
  }

  /** Its table, if it is a table section. */
  protected override nestedReportElements(): ReportElement[] {
    return ReportElement.reportElementsIn(this.renderRoot);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // What this section shows (its own data or its report's) goes on to its table.
    if (this.format?.kind === 'table') this.provider ??= new ReportProvider(this);
    this.provider?.set(this.shownReport());
  }

  protected override renderReport(view: ReportView): TemplateResult {
    const format = this.format;
    if (!format) {
      return html`<div class="message" part="dr-message" role="alert">
        <p>${msg(str`section 属性应为 overview、proactive、requests、appeals、problems 或 otherMatters（当前为 "${this.section ?? ''}"）。`, {id: 'bad-section-attribute'})}</p>
      </div>`;
    }
    return sectionTemplate(format, view, clampLevel(this.headingLevel, 2), (id) => tableElement(id, view));
  }
}

/**
 * A section's table element (in a <report-section>, or in a <disclosure-report>'s own root), which
 * shows its own notes, findings and data problems under the table and gets the report handed down.
 */
export function tableElement(id: SectionId, view: ReportView): TemplateResult {
  // The section heading names the table: the caption title stays for screen readers only.
  if (id === 'appeals') {
    return html`<appeal-litigation-grid exportparts=${TABLE_EXPORTS} hide-caption ?audit=${view.audit} ?bilingual=${view.bilingual}></appeal-litigation-grid>`;
  }
  return html`<disclosure-table table=${id} exportparts=${TABLE_EXPORTS} hide-caption ?audit=${view.audit} ?bilingual=${view.bilingual}></disclosure-table>`;
}
