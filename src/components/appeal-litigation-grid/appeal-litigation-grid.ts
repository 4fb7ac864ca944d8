import {sharedStyles} from '../common/styles.js';
import {TableElement} from '../base/table-element.js';
import {appealLitigationGridStyles} from './appeal-litigation-grid.styles.js';

/**
 * Table 四 (政府信息公开行政复议、行政诉讼情况): 15 columns under three header rows. In a narrow
 * container it is transposed into 15 rows grouped by 行政复议 / 未经复议直接起诉 / 复议后起诉, still
 * a real table with row-group and row headers; on paper it is always the official layout.
 *
 * @summary Table 四 of the annual report, from a `report` property, a `src` URL or inline JSON.
 *
 * @attr src - URL of a report JSON file (fetched without cookies or HTTP authentication unless `credentials` allows them).
 * @attr audit - Mark cells named by arithmetic findings and list the findings under the table.
 * @attr bilingual - Show every label in Chinese with the English beneath.
 * @attr {string} lang - The element's language: a registered locale's tag (`zh-CN` and `en` are built in, `registerLocale()` adds more); inherited from ancestors when absent.
 *
 * @fires disclosure-error - Loading failed or the report is (partly) invalid. Detail: `{issues}` for an invalid report (with `url` when it came from `src`), `{url, status?, message, issues?}` when `src` could not be loaded or read. The last detail stays in the `error` property.
 * @fires disclosure-findings - The arithmetic checks ran. Detail: `{findings}` concerning table 四.
 */
export class AppealLitigationGrid extends TableElement {
  // Its parts and CSS custom properties: common/parts.ts, which custom-elements.json takes them from.
  static override styles = [sharedStyles, appealLitigationGridStyles];

  protected override get tableId(): 'appeals' {
    return 'appeals';
  }
}
