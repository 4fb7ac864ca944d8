import {html, type TemplateResult} from 'lit';
import {uiTexts} from '../../i18n/localization.js';
import type {ReportView} from '../report-view.js';
import {sharedStyles} from '../common/styles.js';
import {TableElement} from '../base/table-element.js';
import {disclosureTableStyles} from './disclosure-table.styles.js';

export type DisclosureTableId = 'proactive' | 'requests';

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
 * @attr {string} lang - The element's language: a registered locale's tag (`zh-CN` and `en` are built in, `registerLocale()` adds more); inherited from ancestors when absent.
 *
 * @fires disclosure-error - Loading failed or the report is (partly) invalid. Detail: `{issues}` for an invalid report (with `url` when it came from `src`), `{url, status?, message, issues?}` when `src` could not be loaded or read. The last detail stays in the `error` property.
 * @fires disclosure-findings - The arithmetic checks ran. Detail: `{findings}` concerning this table.
 */
export class DisclosureTable extends TableElement {
  static override properties = {table: {reflect: true}};
  // Its parts and CSS custom properties: common/parts.ts, which custom-elements.json takes them from.
  static override styles = [sharedStyles, disclosureTableStyles];

  /** Which table: `proactive` (二) or `requests` (三). */
  table?: DisclosureTableId;

  protected override get tableId(): DisclosureTableId | undefined {
    return this.table === 'proactive' || this.table === 'requests' ? this.table : undefined;
  }

  protected override renderReport(view: ReportView): TemplateResult {
    if (!this.tableId) {
      return html`<div class="message" part="dr-message" role="alert">
        <p>${uiTexts().badTableAttribute(this.table ?? '')}</p>
      </div>`;
    }
    return super.renderReport(view);
  }
}
