/**
 * What the table elements share beyond ReportElement: choosing the wide (official) or narrow
 * (phone) layout from the element's own width, and always the wide one when printing.
 *
 * The width comes from a ResizeObserver on the host, not the viewport (a CMS sidebar is narrow on
 * a desktop) and not container queries (WeChat's Android engine floor is Chromium 85, which lacks them).
 * Below `narrowBelowEm` the layout is narrow; above it, the wide layout is kept only while it fits:
 * English labels and the bilingual display need far more room than Chinese (table 四 in English
 * needs about 71em), and a wide table that scrolls has no sticky row headers, so its rows would
 * lose their labels after a swipe. The observer also watches the table, whose size changes with
 * the language while the host's may not.
 */
import {type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import type {TableId} from '../../model/types.js';
import {ReportElement, type ReportView} from '../base/report-element.js';
import {renderTable} from './render-table.js';
import type {LayoutMode, TableLayout} from '../../model/table-layout.js';

export abstract class TableElement extends ReportElement {
  /** The layout in use; `narrow` below `narrowBelowEm` of the element's own font size. */
  @state() protected mode: LayoutMode = 'wide';
  @state() private printing = false;
  /**
   * Whether the table is wider than its box. Only then is the box a labelled region and a tab
   * stop (keyboard users need it to scroll); a table that fits would only add a stop and hear
   * its caption read twice.
   */
  @state() private scrolls = false;

  /**
   * Hide the caption's title visually (screen readers still hear it; the unit line stays).
   * <report-section> sets it because its heading already names the table.
   */
  @property({type: Boolean, reflect: true, attribute: 'hide-caption'}) hideCaption = false;

  /** Width, in em of the element's font, under which the narrow layout is used. */
  protected narrowBelowEm = 40;

  private resizeObserver?: ResizeObserver;
  private observedTable?: HTMLTableElement;
  private hostWidth = 0;
  /** Width in em the wide layout needed where it did not fit, per language display. */
  private readonly wideNeedsEm = new Map<string, number>();
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

  /**
   * The layout for a mode, given the report (table 三 depends on the （六） variant); `print`: the
   * one for paper (table 三 repeats its group labels on each row).
   */
  protected abstract layoutFor(mode: LayoutMode, view: ReportView, print: boolean): TableLayout;

  protected override ownsPath(path: string): boolean {
    const table = this.tableId;
    return table !== undefined && (path === table || path.startsWith(`${table}.`));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizeObserver = new ResizeObserver((entries) => {
      const own = entries.filter((entry) => entry.target === this);
      if (own.length) this.hostWidth = own[own.length - 1]!.contentRect.width;
      const width = this.hostWidth;
      if (width === 0) return; // hidden: keep the last layout
      // Both changes resize the host (a long English caption rewraps): doing them in the next frame
      // avoids a ResizeObserver loop error.
      requestAnimationFrame(() => {
        const mode = this.fittingMode(width);
        // The caption spans the whole (possibly scrolling) table; this keeps it within view.
        this.style.setProperty('--dr-visible-width', `${Math.floor(width)}px`);
        if (mode !== this.mode) this.mode = mode;
        // Measured here, where layout is clean, rather than in updated(), which would force one.
        const region = this.renderRoot.querySelector('.region');
        const scrolls = Boolean(region && region.scrollWidth > region.clientWidth + 1);
        if (scrolls !== this.scrolls) this.scrolls = scrolls;
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
    this.observedTable = undefined;
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

  protected override updated(): void {
    super.updated();
    const table = this.renderRoot.querySelector('table') ?? undefined;
    if (table === this.observedTable || !this.resizeObserver) return;
    if (this.observedTable) this.resizeObserver.unobserve(this.observedTable);
    if (table) this.resizeObserver.observe(table);
    this.observedTable = table;
  }

  /** The layout for a host `width` px wide: narrow below the threshold, else wide if it fits. */
  private fittingMode(width: number): LayoutMode {
    const em = parseFloat(getComputedStyle(this).fontSize) || 16;
    if (width < this.narrowBelowEm * em) return 'narrow';
    const display = `${this.locale} ${this.showsBilingual}`;
    const table = this.observedTable;
    if (this.mode === 'wide' && !this.printing && table?.isConnected) {
      // Read in the frame after the observer fired, before anything here changes: the layout is
      // still clean, so the reading forces no extra layout pass.
      const needs = table.offsetWidth;
      if (needs <= width + 1) return 'wide';
      this.wideNeedsEm.set(display, needs / em);
      return 'narrow';
    }
    const needsEm = this.wideNeedsEm.get(display);
    return needsEm === undefined || width / em >= needsEm ? 'wide' : 'narrow';
  }

  /** The layout mode actually rendered: paper always gets the official layout. */
  protected get effectiveMode(): LayoutMode {
    return this.printing ? 'wide' : this.mode;
  }

  protected override renderReport(view: ReportView): TemplateResult {
    return renderTable(this.layoutFor(this.effectiveMode, view, this.printing), view, this.scrolls);
  }
}
