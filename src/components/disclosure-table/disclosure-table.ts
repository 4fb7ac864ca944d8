import {html, type TemplateResult} from 'lit';
import {property} from 'lit/decorators.js';
import {msg, str} from '@lit/localize';
import type {DisclosureReport} from '../../model/types.js';
import {undividedGroups} from '../../model/undivided.js';
import type {ReportView} from '../base/report-element.js';
import {sharedStyles} from '../common/styles.js';
import {TableElement} from '../common/table-element.js';
import {tableLayout, type LayoutMode, type TableLayout} from '../../model/table-layout.js';
import {disclosureTableStyles} from './disclosure-table.styles.js';

export type DisclosureTableId = 'proactive' | 'requests';

/** The 2019 layout prints （六）其他处理 as one row; the model decides whether this report does. */
export const undividedOther = (report: DisclosureReport): boolean => undividedGroups(report).length > 0;

/**
 * Table 二 (主动公开政府信息情况) or table 三 (收到和处理政府信息公开申请情况) of an annual report
 * on government information disclosure, as one accessible native table.
 *
 * @summary Table 二 or 三 of the annual report, from a `report` property, a `src` URL or inline JSON.
 *
 * @attr {'proactive' | 'requests'} table - `proactive` (table 二) or `requests` (table 三).
 * @attr src - URL of a report JSON file (fetched without cookies or HTTP authentication unless `credentials` allows them).
 * @attr audit - Mark cells named by arithmetic findings and list the findings under the table.
 * @attr bilingual - Show every label in Chinese with the English beneath.
 * @attr {'zh-CN' | 'en'} lang - The element's language (`zh-CN` or `en`); inherited from ancestors when absent.
 *
 * @fires disclosure-error - Loading failed or the report is (partly) invalid. Detail: `{issues}` for an invalid report (with `url` when it came from `src`), `{url, status?, message, issues?}` when `src` could not be loaded or read. The last detail stays in the `error` property.
 * @fires disclosure-findings - The arithmetic checks ran. Detail: `{findings}` concerning this table.
 *
 * @csspart dr-root - Wrapper of everything the element renders.
 * @csspart dr-region - The labelled scroll region around the table.
 * @csspart dr-table - The table.
 * @csspart dr-caption - The caption (section heading and unit).
 * @csspart dr-unit - The unit line in the caption.
 * @csspart dr-header - Every header cell.
 * @csspart dr-cell - Every data cell.
 * @csspart dr-cell-flagged - A data cell named by a finding, in audit mode (it is also `dr-cell`).
 * @csspart dr-corner - The corner note of table 三.
 * @csspart dr-blank - The dash of a blank cell.
 * @csspart dr-blank-note - The line under a table with blanks that says what the dash means.
 * @csspart dr-group - A label row of the phone layout (a group's or a row's label, above what it labels).
 * @csspart dr-invalid - The marker of a cell whose value is invalid.
 * @csspart dr-marker - Note and finding markers in cells.
 * @csspart dr-notes - Notes under the table.
 * @csspart dr-findings - Findings list (audit).
 * @csspart dr-issues - Data problems concerning the table.
 * @csspart dr-message - Error and problem messages.
 * @csspart dr-status - Loading and no-data messages.
 * @csspart dr-retry - The retry button after a failed load.
 *
 * @cssproperty --dr-color - Text colour.
 * @cssproperty --dr-background - Background colour.
 * @cssproperty --dr-color-scheme - `light` or `dark` forces a palette (inherited; needs CSS light-dark()); default `light dark` follows the system.
 * @cssproperty --dr-header-background - Header cell background.
 * @cssproperty --dr-border-color - Grid line colour.
 * @cssproperty --dr-border-width - Grid line width (screen).
 * @cssproperty --dr-font-family - Font family (screen).
 * @cssproperty --dr-print-font-family - Font family on paper.
 * @cssproperty --dr-font-size - Base font size.
 * @cssproperty --dr-flag-color - Text and outline of cells named by findings.
 * @cssproperty --dr-flag-background - Background of cells named by findings.
 * @cssproperty --dr-focus-color - Focus ring colour.
 * @cssproperty --dr-link-color - Link colour.
 */
export class DisclosureTable extends TableElement {
  static override styles = [sharedStyles, disclosureTableStyles];

  /** Which table: `proactive` (二) or `requests` (三). */
  @property({reflect: true}) table?: DisclosureTableId;

  protected override get tableId(): DisclosureTableId | undefined {
    return this.table === 'proactive' || this.table === 'requests' ? this.table : undefined;
  }

  /** Table 三 needs about 40em for its three row-header columns; table 二 has four columns and fits narrower. */
  protected override get narrowBelowEm(): number {
    return this.table === 'proactive' ? 24 : 40;
  }

  protected override layoutFor(mode: LayoutMode, view: ReportView, print: boolean): TableLayout {
    return tableLayout(this.tableId ?? 'requests', mode, undividedOther(view.report), print);
  }

  protected override renderReport(view: ReportView): TemplateResult {
    if (!this.tableId) {
      return html`<div class="message" part="dr-message" role="alert">
        <p>${msg(str`table 属性应为 "proactive" 或 "requests"（当前为 "${this.table ?? ''}"）。`, {id: 'bad-table-attribute'})}</p>
      </div>`;
    }
    return super.renderReport(view);
  }
}
