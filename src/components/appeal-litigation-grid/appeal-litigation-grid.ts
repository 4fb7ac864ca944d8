import {sharedStyles} from '../common/styles.js';
import {TableElement} from '../base/table-element.js';
import {tableLayout, type LayoutMode, type TableLayout} from '../../model/table-layout.js';
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
 * @attr {'zh-CN' | 'en'} lang - The element's language (`zh-CN` or `en`); inherited from ancestors when absent.
 *
 * @fires disclosure-error - Loading failed or the report is (partly) invalid. Detail: `{issues}` for an invalid report (with `url` when it came from `src`), `{url, status?, message, issues?}` when `src` could not be loaded or read. The last detail stays in the `error` property.
 * @fires disclosure-findings - The arithmetic checks ran. Detail: `{findings}` concerning table 四.
 *
 * @csspart dr-root - Wrapper of everything the element renders.
 * @csspart dr-region - The labelled scroll region around the table.
 * @csspart dr-table - The table.
 * @csspart dr-caption - The caption (section heading and unit).
 * @csspart dr-unit - The unit line in the caption.
 * @csspart dr-header - Every header cell.
 * @csspart dr-cell - Every data cell.
 * @csspart dr-cell-flagged - A data cell named by a finding, in audit mode (it is also `dr-cell`).
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
export class AppealLitigationGrid extends TableElement {
  static override styles = [sharedStyles, appealLitigationGridStyles];

  /** 15 columns of about 3em each: below 46em the transposed layout reads better. */
  protected override get narrowBelowEm(): number {
    return 46;
  }

  protected override get tableId(): 'appeals' {
    return 'appeals';
  }

  protected override layoutFor(mode: LayoutMode): TableLayout {
    return tableLayout('appeals', mode);
  }
}
