/**
 * What the table elements share beyond ReportElement: choosing the wide (official) or narrow
 * (phone) layout from the element's own width, and always the wide one when printing.
 *
 * The width comes from a ResizeObserver on the host, not the viewport (a CMS sidebar is narrow on
 * a desktop) and not container queries (WeChat's Android engine floor is Chromium 85, which lacks them).
 */
import {type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import type {TableId} from '../../model/types.js';
import {ReportElement, type ReportView} from '../base/report-element.js';
import {renderTable} from './render-table.js';
import type {LayoutMode, TableLayout} from './table-layout.js';

export abstract class TableElement extends ReportElement {
  /** The layout in use; `narrow` below `narrowBelowEm` of the element's own font size. */
  @state() protected mode: LayoutMode = 'wide';
  @state() private printing = false;

  /**
   * Hide the caption's title visually (screen readers still hear it; the unit line stays).
   * <report-section> sets it because its heading already names the table.
   */
  @property({type: Boolean, reflect: true, attribute: 'hide-caption'}) hideCaption = false;

  /** Width, in em of the element's font, under which the narrow layout is used. */
  protected narrowBelowEm = 40;

  private resizeObserver?: ResizeObserver;
  private printQuery?: MediaQueryList;
  private readonly onPrintChange = () => {
    this.printing = Boolean(this.printQuery?.matches);
  };
  private readonly beforePrint = () => {
    this.printing = true;
    // beforeprint is the last moment before layout for paper: render now, not in a microtask.
    this.performUpdate();
  };
  private readonly afterPrint = () => this.onPrintChange();

  /** The table this element shows (for findings and issues). */
  protected abstract get tableId(): TableId | undefined;

  /** The layout for a mode, given the report (table 三 depends on the （六） variant). */
  protected abstract layoutFor(mode: LayoutMode, view: ReportView): TableLayout;

  protected override ownsPath(path: string): boolean {
    const table = this.tableId;
    return table !== undefined && (path === table || path.startsWith(`${table}.`));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizeObserver = new ResizeObserver((entries) => {
      const width = entries[entries.length - 1]?.contentRect.width ?? 0;
      if (width === 0) return; // hidden: keep the last layout
      const em = parseFloat(getComputedStyle(this).fontSize) || 16;
      const mode = width < this.narrowBelowEm * em ? 'narrow' : 'wide';
      // Both changes resize the host (a long English caption rewraps): doing them in the next frame
      // avoids a ResizeObserver loop error.
      requestAnimationFrame(() => {
        // The caption spans the whole (possibly scrolling) table; this keeps it within view.
        this.style.setProperty('--dr-visible-width', `${Math.floor(width)}px`);
        if (mode !== this.mode) this.mode = mode;
      });
    });
    this.resizeObserver.observe(this);
    this.printQuery = window.matchMedia('print');
    this.printQuery.addEventListener?.('change', this.onPrintChange);
    window.addEventListener('beforeprint', this.beforePrint);
    window.addEventListener('afterprint', this.afterPrint);
    this.onPrintChange();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.printQuery?.removeEventListener?.('change', this.onPrintChange);
    window.removeEventListener('beforeprint', this.beforePrint);
    window.removeEventListener('afterprint', this.afterPrint);
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

  /** The layout mode actually rendered: paper always gets the official layout. */
  protected get effectiveMode(): LayoutMode {
    return this.printing ? 'wide' : this.mode;
  }

  protected override renderReport(view: ReportView): TemplateResult {
    return renderTable(this.layoutFor(this.effectiveMode, view), view);
  }
}
