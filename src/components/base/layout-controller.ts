/**
 * Which layout each table of an element shows: the wide (official) one, the narrow (phone) one,
 * or the wide one for paper. A Lit reactive controller, so the element only asks `fit(table)`
 * and renders. One controller, and one ResizeObserver, per element, whatever number of tables it
 * shows: a <disclosure-report> renders its three tables in its own root.
 *
 * The width comes from the element's own box, not the viewport (a CMS sidebar is narrow on a
 * desktop) and not container queries (WeChat's Android engine floor is Chromium 85, which lacks
 * them). It is read once when the element is connected, before its first render, so a phone
 * renders the narrow layouts at once rather than the wide ones and then again; a ResizeObserver
 * follows it from then on. Below a table's `NARROW_BELOW_EM` the layout is narrow; above it, the
 * wide layout is kept only while it fits: English labels and the bilingual display need far more
 * room than Chinese (table 四 in English needs about 71em), and a wide table that scrolls has no
 * sticky row headers, so its rows would lose their labels after a swipe. The observer also
 * watches each table, whose size changes with the language while the host's may not.
 *
 * A table is found in the element's root by its block's `data-table` (table-block.ts); its
 * layout is measured against the host's width, which its block fills.
 *
 * Nothing here runs on a server: hosts are connected only in a browser.
 */
import {isServer, type ReactiveController, type ReactiveControllerHost} from 'lit';
import type {LayoutMode} from '../../model/table-layout.js';
import type {TableId} from '../../model/types.js';
import {NARROW_BELOW_EM, NARROW_SCROLLS_BELOW_EM, type TableFit} from '../common/table-block.js';

export interface LayoutHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export interface LayoutOptions {
  /** The tables the element shows now (none while it shows a message, or an author's layout). */
  readonly tables: () => readonly TableId[];
  /** What decides how wide the wide layout is, besides the table: its language display. */
  readonly display: () => string;
}

/** What the controller keeps of one table. */
interface TableState {
  /** The layout for the element's width; `narrow` below the table's NARROW_BELOW_EM. */
  mode: LayoutMode;
  /**
   * Whether the table is wider than its box. Only then is the box a labelled region and a tab
   * stop (keyboard users need it to scroll); a table that fits would only add a stop and hear
   * its caption read twice.
   */
  scrolls: boolean;
  /** The `<table>` observed (the first, for table 二 in blocks): its width changes with the language. */
  observed?: HTMLTableElement;
  /** Width in em the wide layout needed where it did not fit, per language display. */
  readonly wideNeedsEm: Map<string, number>;
}

export class LayoutController implements ReactiveController {
  /** Printing: paper always gets the official layout. */
  printing = false;

  private resizeObserver?: ResizeObserver;
  private hostWidth = 0;
  /** The host's font size in px when its width was read before the first render. */
  private hostEm = 16;
  /** The --dr-visible-width last set on the host. */
  private visibleWidth = '';
  private printQuery?: MediaQueryList;
  private readonly tables = new Map<TableId, TableState>();

  constructor(
    private readonly host: LayoutHost,
    private readonly options: LayoutOptions,
  ) {
    host.addController(this);
  }

  /**
   * How table `id` is to be rendered now. A table asked for the first time gets the layout for
   * the width read when the host was connected: that is the first render's.
   */
  fit(id: TableId): TableFit {
    const state = this.stateOf(id);
    return {mode: this.printing ? 'wide' : state.mode, printing: this.printing, scrolls: state.scrolls};
  }

  private stateOf(id: TableId): TableState {
    let state = this.tables.get(id);
    if (!state) {
      state = {mode: 'wide', scrolls: false, wideNeedsEm: new Map()};
      this.tables.set(id, state);
      // A hidden element reads 0 and keeps `wide`.
      if (this.hostWidth > 0) this.fitBeforeRender(id, state);
    }
    return state;
  }

  private readonly onPrintChange = () => this.setPrinting(Boolean(this.printQuery?.matches));
  private readonly beforePrint = () => {
    this.setPrinting(true);
    // beforeprint is the last moment before layout for paper: render now, not in a microtask.
    (this.host as unknown as {performUpdate(): void}).performUpdate();
  };
  private readonly afterPrint = () => this.onPrintChange();

  private setPrinting(printing: boolean): void {
    if (this.printing === printing) return;
    this.printing = printing;
    this.host.requestUpdate();
  }

  hostConnected(): void {
    // Lit's server renderer (the static pages) connects elements too, with no box to measure: the
    // wide layout, the official one, is what a page without script shows.
    if (isServer) return;
    const host = this.host;
    // Before the first render: one reading of the box, which the tables' first layouts come from.
    // Both read here, where no render has changed the page yet: read later, among other
    // elements' renders (20 reports inserted at once), each would force a style pass.
    this.hostWidth = host.getBoundingClientRect().width;
    if (this.hostWidth > 0) {
      this.hostEm = this.fontSize();
      this.setVisibleWidth(this.hostWidth);
      // Connected again (moved): the tables it showed take the new width in its next render.
      for (const [id, state] of this.tables) this.fitBeforeRender(id, state);
    }
    this.resizeObserver = new ResizeObserver((entries) => {
      const own = entries.filter((entry) => entry.target === host);
      if (own.length) this.hostWidth = own[own.length - 1]!.contentRect.width;
      const width = this.hostWidth;
      if (width === 0) return; // hidden: keep the last layout
      // Both changes resize the host (a long English caption rewraps): doing them in the next frame
      // avoids a ResizeObserver loop error.
      requestAnimationFrame(() => this.follow(width));
    });
    this.resizeObserver.observe(host);
    this.printQuery = window.matchMedia('print');
    this.printQuery.addEventListener?.('change', this.onPrintChange);
    window.addEventListener('beforeprint', this.beforePrint);
    window.addEventListener('afterprint', this.afterPrint);
    this.printing = Boolean(this.printQuery.matches);
  }

  /**
   * The layout of table `id` and whether it scrolls, from the width read before the render, with
   * nothing rendered to measure: a narrow table that surely scrolls is a scroll region at once.
   */
  private fitBeforeRender(id: TableId, state: TableState): void {
    state.mode = this.fittingMode(id, state, this.hostWidth, this.hostEm);
    state.scrolls = state.mode === 'narrow' && this.hostWidth < NARROW_SCROLLS_BELOW_EM[id] * this.hostEm;
  }

  /** Each table's layout and scrolling for a host `width` px wide; one update for all of them. */
  private follow(width: number): void {
    const host = this.host;
    this.setVisibleWidth(width);
    const em = this.fontSize();
    let changed = false;
    for (const id of this.options.tables()) {
      const state = this.stateOf(id);
      const mode = this.fittingMode(id, state, width, em);
      // Measured here, where layout is clean, rather than in updated(), which would force one.
      const region = this.blockOf(id)?.querySelector('.region');
      const scrolls = Boolean(region && region.scrollWidth > region.clientWidth + 1);
      changed ||= mode !== state.mode || scrolls !== state.scrolls;
      state.mode = mode;
      state.scrolls = scrolls;
    }
    if (changed) host.requestUpdate();
  }

  hostDisconnected(): void {
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    for (const state of this.tables.values()) state.observed = undefined;
    this.printQuery?.removeEventListener?.('change', this.onPrintChange);
    window.removeEventListener('beforeprint', this.beforePrint);
    window.removeEventListener('afterprint', this.afterPrint);
  }

  /** After each render: watch the tables now shown (their width changes with the language). */
  hostUpdated(): void {
    const observer = this.resizeObserver;
    if (!observer) return;
    for (const [id, state] of this.tables) {
      const table = this.blockOf(id)?.querySelector('table') ?? undefined;
      if (table === state.observed) continue;
      if (state.observed) observer.unobserve(state.observed);
      if (table) observer.observe(table);
      state.observed = table;
    }
  }

  /**
   * The caption spans the whole (possibly scrolling) table; this keeps it within view. Set before
   * the first render, and again only when it changes: a new value on the host restyles everything
   * in its root, a whole report.
   */
  private setVisibleWidth(width: number): void {
    const value = `${Math.floor(width)}px`;
    if (value === this.visibleWidth) return;
    this.visibleWidth = value;
    this.host.style.setProperty('--dr-visible-width', value);
  }

  /** The block (table-block.ts) of table `id` in the host's root. */
  private blockOf(id: TableId): Element | null {
    return this.host.renderRoot.querySelector(`[data-table="${id}"]`);
  }

  private fontSize(): number {
    return parseFloat(getComputedStyle(this.host).fontSize) || 16;
  }

  /** The layout of table `id` for a host `width` px wide: narrow below its threshold, else wide if it fits. */
  private fittingMode(id: TableId, state: TableState, width: number, em: number): LayoutMode {
    if (width < NARROW_BELOW_EM[id] * em) return 'narrow';
    const display = this.options.display();
    const table = state.observed;
    if (state.mode === 'wide' && !this.printing && table?.isConnected) {
      // Read in the frame after the observer fired, before anything here changes: the layout is
      // still clean, so the reading forces no extra layout pass.
      const needs = table.offsetWidth;
      if (needs <= width + 1) return 'wide';
      state.wideNeedsEm.set(display, needs / em);
      return 'narrow';
    }
    const needsEm = state.wideNeedsEm.get(display);
    return needsEm === undefined || width / em >= needsEm ? 'wide' : 'narrow';
  }
}
