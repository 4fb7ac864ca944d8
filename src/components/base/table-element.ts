/**
 * What the table elements share beyond ReportElement: the layout for the element's width and for
 * paper (LayoutController), and rendering the table from its template (render-table.ts).
 */
import {type PropertyDeclarations, type TemplateResult} from 'lit';
import {liesUnder} from '../../model/paths.js';
import type {TableId} from '../../model/types.js';
import type {LayoutMode, TableLayout} from '../../model/table-layout.js';
import type {ReportView} from '../report-view.js';
import {ReportElement} from './report-element.js';
import {LayoutController} from './layout-controller.js';
import {renderTable} from '../common/render-table.js';

export abstract class TableElement extends ReportElement {
  static override properties: PropertyDeclarations = {
    hideCaption: {type: Boolean, reflect: true, attribute: 'hide-caption'},
  };
  /**
   * Hide the caption's title visually (screen readers still hear it; the unit line stays).
   * <report-section> sets it because its heading already names the table.
   */
  hideCaption = false;

  protected readonly layout = new LayoutController(this, {
    narrowBelowEm: () => this.narrowBelowEm,
    display: () => `${this.language.locale} ${this.language.bilingual}`,
  });

  /** Width, in em of the element's font, under which the narrow layout is used. */
  protected get narrowBelowEm(): number {
    return 40;
  }

  /** The table this element shows (for findings and issues). */
  protected abstract get tableId(): TableId | undefined;

  /**
   * The layout for a mode, given the report (table 三 depends on the （六） variant); `print`: the
   * one for paper (table 三 repeats its group labels on each row).
   */
  protected abstract layoutFor(mode: LayoutMode, view: ReportView, print: boolean): TableLayout;

  protected override ownsPath(path: string): boolean {
    const table = this.tableId;
    return table !== undefined && liesUnder(path, table);
  }

  /**
   * Scroll the cell at a report path ("requests.results.total.total") into view and focus it, so a
   * link outside this shadow root can lead to it. Returns false when this table has no such cell.
   */
  focusCell(path: string): boolean {
    const cell = this.renderRoot.querySelector<HTMLElement>(`td[data-path="${CSS.escape(path)}"]`);
    if (!cell) return false;
    if (!cell.hasAttribute('tabindex')) cell.setAttribute('tabindex', '-1');
    cell.scrollIntoView?.({block: 'center', inline: 'nearest'});
    cell.focus();
    return true;
  }

  protected override renderReport(view: ReportView): TemplateResult {
    const {effectiveMode, printing, scrolls} = this.layout;
    return renderTable(this.layoutFor(effectiveMode, view, printing), view, scrolls);
  }
}
