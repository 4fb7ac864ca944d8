/**
 * Which layout a table element shows: the wide (official) one, the narrow (phone) one, or the wide
 * one for paper. A Lit reactive controller, so the element only asks `mode`, `printing` and
 * `scrolls` and renders.
 *
 * The width comes from the element's own box, not the viewport (a CMS sidebar is narrow on a
 * desktop) and not container queries (WeChat's Android engine floor is Chromium 85, which lacks
 * them). It is read once when the element is connected, before its first render, so a phone
 * renders the narrow layout at once rather than the wide one and then again; a ResizeObserver
 * follows it from then on. Below `narrowBelowEm` the layout is narrow; above it, the wide layout
 * is kept only while it fits: English labels and the bilingual display need far more room than
 * Chinese (table 四 in English needs about 71em), and a wide table that scrolls has no sticky row
 * headers, so its rows would lose their labels after a swipe. The observer also watches the
 * table, whose size changes with the language while the host's may not.
 *
 * Nothing here runs on a server: hosts are connected only in a browser.
 */
import {isServer, type ReactiveController, type ReactiveControllerHost} from 'lit';
import type {LayoutMode} from '../../model/table-layout.js';

export interface LayoutHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export interface LayoutOptions {
  /** Width, in em of the element's font, under which the narrow layout is used. */
  readonly narrowBelowEm: () => number;
  /** What decides how wide the wide layout is, besides the table: its language display. */
  readonly display: () => string;
}

export class LayoutController implements ReactiveController {
  /** The layout for the element's width; `narrow` below `narrowBelowEm` of its font size. */
  mode: LayoutMode = 'wide';
  /** Printing: paper always gets the official layout. */
  printing = false;
  /**
   * Whether the table is wider than its box. Only then is the box a labelled region and a tab
   * stop (keyboard users need it to scroll); a table that fits would only add a stop and hear
   * its caption read twice.
   */
  scrolls = false;

  private resizeObserver?: ResizeObserver;
  private observedTable?: HTMLTableElement;
  private hostWidth = 0;
  private printQuery?: MediaQueryList;
  /** Width in em the wide layout needed where it did not fit, per language display. */
  private readonly wideNeedsEm = new Map<string, number>();

  constructor(
    private readonly host: LayoutHost,
    private readonly options: LayoutOptions,
  ) {
    host.addController(this);
  }

  /** The layout actually rendered: paper always gets the official layout. */
  get effectiveMode(): LayoutMode {
    return this.printing ? 'wide' : this.mode;
  }

  private set<K extends 'mode' | 'printing' | 'scrolls'>(key: K, value: this[K]): void {
    if (this[key] === value) return;
    this[key] = value;
    this.host.requestUpdate();
  }

  private readonly onPrintChange = () => this.set('printing', Boolean(this.printQuery?.matches));
  private readonly beforePrint = () => {
    this.set('printing', true);
    // beforeprint is the last moment before layout for paper: render now, not in a microtask.
    (this.host as unknown as {performUpdate(): void}).performUpdate();
  };
  private readonly afterPrint = () => this.onPrintChange();

  hostConnected(): void {
    // Lit's server renderer (the static pages) connects elements too, with no box to measure: the
    // wide layout, the official one, is what a page without script shows.
    if (isServer) return;
    const host = this.host;
    // Before the first render: one reading of the box (a hidden element reads 0 and keeps `wide`).
    const width = host.getBoundingClientRect().width;
    if (width > 0) {
      this.hostWidth = width;
      this.mode = this.fittingMode(width);
    }
    this.resizeObserver = new ResizeObserver((entries) => {
      const own = entries.filter((entry) => entry.target === host);
      if (own.length) this.hostWidth = own[own.length - 1]!.contentRect.width;
      const width = this.hostWidth;
      if (width === 0) return; // hidden: keep the last layout
      // Both changes resize the host (a long English caption rewraps): doing them in the next frame
      // avoids a ResizeObserver loop error.
      requestAnimationFrame(() => {
        const mode = this.fittingMode(width);
        // The caption spans the whole (possibly scrolling) table; this keeps it within view.
        host.style.setProperty('--dr-visible-width', `${Math.floor(width)}px`);
        this.set('mode', mode);
        // Measured here, where layout is clean, rather than in updated(), which would force one.
        const region = host.renderRoot.querySelector('.region');
        this.set('scrolls', Boolean(region && region.scrollWidth > region.clientWidth + 1));
      });
    });
    this.resizeObserver.observe(host);
    this.printQuery = window.matchMedia('print');
    this.printQuery.addEventListener?.('change', this.onPrintChange);
    window.addEventListener('beforeprint', this.beforePrint);
    window.addEventListener('afterprint', this.afterPrint);
    this.printing = Boolean(this.printQuery.matches);
  }

  hostDisconnected(): void {
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.observedTable = undefined;
    this.printQuery?.removeEventListener?.('change', this.onPrintChange);
    window.removeEventListener('beforeprint', this.beforePrint);
    window.removeEventListener('afterprint', this.afterPrint);
  }

  /** After each render: watch the table now shown (its width changes with the language). */
  hostUpdated(): void {
    const table = this.host.renderRoot.querySelector('table') ?? undefined;
    if (table === this.observedTable || !this.resizeObserver) return;
    if (this.observedTable) this.resizeObserver.unobserve(this.observedTable);
    if (table) this.resizeObserver.observe(table);
    this.observedTable = table;
  }

  /** The layout for a host `width` px wide: narrow below the threshold, else wide if it fits. */
  private fittingMode(width: number): LayoutMode {
    const em = parseFloat(getComputedStyle(this.host).fontSize) || 16;
    if (width < this.options.narrowBelowEm() * em) return 'narrow';
    const display = this.options.display();
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
}
