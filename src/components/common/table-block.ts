/**
 * A table section's table as a block of a shadow root, with its notes, findings and problems:
 * what a table element renders, and what a <disclosure-report> renders for each of its tables in
 * its own root (one root for the whole report). The block's wrapper carries what the table
 * element's host carried (which table, hide-caption), so one set of styles serves both.
 */
import {html, type TemplateResult} from 'lit';
import {SECTIONS} from '../../model/format.js';
import type {DisclosureReport, TableId} from '../../model/types.js';
import {tableLayout, type LayoutMode, type TableLayout} from '../../model/table-layout.js';
import {undividedGroups} from '../../model/undivided.js';
import type {ReportView} from '../report-view.js';
import {renderTable, type TableMarkup} from './render-table.js';

/** The tables of a report, in its order: those of its table sections. */
export const TABLE_IDS: readonly TableId[] = SECTIONS.filter((section) => section.kind === 'table').map(
  (section) => section.id as TableId,
);

/**
 * Width, in em of the table's font, under which the narrow (phone) layout is used: table 三 needs
 * about 40em for its three row-header columns; table 二 has four columns and fits narrower; table
 * 四's 15 columns of about 3em each read better transposed below 46em.
 */
export const NARROW_BELOW_EM: Readonly<Record<TableId, number>> = {proactive: 24, requests: 40, appeals: 46};

/**
 * Width, in em of the host's font, under which a table's narrow layout surely scrolls sideways,
 * so that its box is a scroll region from the first render (a phone renders once). Table 三's
 * seven number columns are at least 3.5em each and its row labels 4em (disclosure-table.styles.ts),
 * 28.5em before any padding: every phone is narrower. Tables 二 and 四 fit a phone. Above it the
 * layout controller measures whether the table scrolls.
 */
export const NARROW_SCROLLS_BELOW_EM: Readonly<Record<TableId, number>> = {proactive: 0, requests: 28.5, appeals: 0};

const undivided = new WeakMap<DisclosureReport, boolean>();

/**
 * The 2019 layout prints （六）其他处理 as one row; the model decides whether this report does.
 * Asked at every render (a language switch, audit on and off), it reads the group against the
 * format's shapes: answered once per report, which validation copied and nothing changes.
 */
export function undividedOther(report: DisclosureReport): boolean {
  let answer = undivided.get(report);
  if (answer === undefined) undivided.set(report, (answer = undividedGroups(report).length > 0));
  return answer;
}

/** The layout of a table for a mode and a report; `print`: the one for paper (table 三 repeats its group labels). */
export function layoutOfTable(id: TableId, mode: LayoutMode, report: DisclosureReport, print: boolean): TableLayout {
  // Only table 三 has the （六） variant.
  return tableLayout(id, mode, id === 'requests' && undividedOther(report), print);
}

/** How a table is laid out where it is shown (layout-controller.ts decides it). */
export interface TableFit {
  /** The layout rendered: paper always gets the wide (official) one. */
  readonly mode: LayoutMode;
  readonly printing: boolean;
  /** Whether the table is wider than its box (then the box is a named scroll region). */
  readonly scrolls: boolean;
}

export interface TableBlockOptions {
  /** Before the ids of the notes and findings under it, where several tables share a root or a document. */
  readonly idPrefix?: string;
  /** A heading above names the table: its caption's title is for screen readers only. */
  readonly hideCaption?: boolean;
  /** What renders the `<table>` itself (the static renderer's string; Lit's template by default). */
  readonly markup?: TableMarkup;
}

/** Class names of a block's wrapper: its element's tag (whose styles apply), and hide-caption. */
const TAG: Readonly<Record<TableId, string>> = {
  proactive: 'disclosure-table',
  requests: 'disclosure-table',
  appeals: 'appeal-litigation-grid',
};

/** Table `id` of `view`'s report, laid out as `fit` says. */
export function tableBlock(
  id: TableId,
  view: ReportView,
  fit: TableFit,
  {idPrefix = '', hideCaption = false, markup}: TableBlockOptions = {},
): TemplateResult {
  const layout = layoutOfTable(id, fit.mode, view.report, fit.printing);
  return html`<div class=${`table-host ${TAG[id]}${hideCaption ? ' hide-caption' : ''}`} data-table=${id}>${renderTable(layout, view, fit.scrolls, idPrefix, markup)}</div>`;
}
