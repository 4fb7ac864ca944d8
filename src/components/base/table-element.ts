/**
 * What the table elements share beyond ReportElement: the layout for the element's width and for
 * paper (LayoutController), and rendering the table's block (table-block.ts), as a
 * <disclosure-report> renders it in its own root.
 */
import {type PropertyDeclarations, type TemplateResult} from 'lit';
import {liesUnder} from '../../model/paths.js';
import type {TableId} from '../../model/types.js';
import type {ReportView} from '../report-view.js';
import {ReportElement} from './report-element.js';
import {LayoutController} from './layout-controller.js';
import {tableBlock} from '../common/table-block.js';
import {focusCellIn} from '../common/focus-cell.js';

export abstract class TableElement extends ReportElement {
  static override properties: PropertyDeclarations = {
    hideCaption: {type: Boolean, reflect: true, attribute: 'hide-caption'},
  };
  /**
   * Hide the caption's title visually (screen readers still hear it; the unit line stays).
   * For a page that puts a heading of its own above the table.
   */
  hideCaption = false;

  protected readonly layout = new LayoutController(this, {
    tables: () => (this.tableId ? [this.tableId] : []),
    display: () => `${this.language.locale} ${this.language.bilingual}`,
  });

  /** The table this element shows (for findings and issues). */
  protected abstract get tableId(): TableId | undefined;

  protected override ownsPath(path: string): boolean {
    const table = this.tableId;
    return table !== undefined && liesUnder(path, table);
  }

  /**
   * Scroll the cell at a report path ("requests.results.total.total") into view and focus it, so a
   * link outside this shadow root can lead to it. Returns false when this table has no such cell.
   */
  focusCell(path: string): boolean {
    return focusCellIn(this.renderRoot, path);
  }

  protected override renderReport(view: ReportView): TemplateResult {
    const id = this.tableId ?? 'requests';
    return tableBlock(id, view, this.layout.fit(id), {hideCaption: this.hideCaption});
  }
}
