/**
 * Renders a TableLayout (src/model/table-layout.ts) as one native `<table>` (or one per block,
 * table 二 wide: see proactiveLayout), from its template (table-template.ts), followed by
 * the notes, findings and data problems that concern it. Shared by <disclosure-table> and
 * <appeal-litigation-grid>, so both tables behave and read alike.
 */
import {html, isServer, noChange, nothing, render, type ElementPart, type TemplateResult} from 'lit';
import {Directive, directive} from 'lit/directive.js';
import {uiTexts} from '../../i18n/localization.js';
import type {Finding} from '../../model/checks.js';
import type {Text} from '../../model/types.js';
import type {ReportView} from '../report-view.js';
import {cellLinkList} from './cell-links.js';
import {headerLabel, label, reportText, uiText} from './labels.js';
import {cellLabelInSection} from '../../model/cell-labels.js';
import {formatNumber} from './numbers.js';
import {isUnder, liesUnder, valueAt, valueAtKeys} from '../../model/paths.js';
import {dataCellsOf, type TableLayout} from '../../model/table-layout.js';
import {
  captionId,
  cellId,
  holeValues,
  marksOf,
  PLAIN_CELL,
  SPAN,
  tableTemplate,
  targetIdIn,
  type Attributes,
  type SpecialCell,
  type Marker,
  type Marks,
  type Shown,
} from './table-template.js';

/**
 * Moving focus in place of a fragment link: `#id` links do not reach into a shadow root. The
 * target is looked for in the link's root, then in each enclosing one: inside a report, a
 * finding's marker leads to the report's summary.
 */
function jump(event: Event, id: string): void {
  event.preventDefault();
  let root = (event.currentTarget as Element).getRootNode() as ShadowRoot | Document;
  let target = root.getElementById(id);
  while (!target && root instanceof ShadowRoot) {
    root = root.host.getRootNode() as ShadowRoot | Document;
    target = root.getElementById(id);
  }
  if (!target) return;
  target.focus();
  target.scrollIntoView?.({block: 'nearest', inline: 'nearest'});
}

/** What a value span holds: a number as text (no template of its own), a visible blank, or 无效. */
function content(shown: Shown, view: ReportView): TemplateResult | string {
  if (shown.kind === 'value') return formatNumber(shown.value, view.locale);
  if (shown.kind === 'invalid') return uiText(() => uiTexts().invalidMarker, view);
  return html`<span aria-hidden="true">—</span><span class="vh">${uiText(() => uiTexts().blank, view)}</span>`;
}

/** A cell's markers (see markersOf), after its value; most cells have none. */
function markers(list: readonly Marker[], targetId: (target: string) => string): TemplateResult[] | typeof nothing {
  if (!list.length) return nothing;
  return list.map(({className, target, text}) => {
    if (!target) return html` <span class=${className} part="dr-marker">${text()}</span>`;
    const id = targetId(target);
    return html` <a class=${className} part="dr-marker" href=${`#${id}`} @click=${(e: Event) => jump(e, id)}>${text()}</a>`;
  });
}

/** `element`'s own attributes (a cell's or its value span's) as `attributes` says: undefined is absent. */
function setAttributes(element: Element, attributes: Attributes): void {
  for (const name of ['id', 'tabindex', 'class', 'part']) {
    const value = attributes[name];
    if (value === undefined) element.removeAttribute(name);
    else element.setAttribute(name, value);
  }
}

/**
 * The compact template's hole on a `<table>` (table-template.ts build()): its cells are written as
 * plain numbers, and this gives those that are not (marked, blank, invalid) their attributes and
 * markers, and takes them back when they become plain again (audit off), on the same cell elements.
 * Markers are rendered after the value span, where the full template's markers hole is.
 */
class SpecialCells extends Directive {
  /** The cells it set, by path: none in a new table, whose cells are as the template wrote them. */
  private special: ReadonlyMap<string, SpecialCell<unknown>> = new Map();

  render(_cells: readonly SpecialCell<unknown>[]): unknown {
    return nothing;
  }

  override update(part: ElementPart, [cells]: [readonly SpecialCell<unknown>[]]): unknown {
    const now = new Map(cells.map((cell) => [cell.path, cell]));
    // One walk over the table's cells, only when some cell is or was not plain.
    if (now.size || this.special.size)
      for (const td of part.element.querySelectorAll('td[data-path]')) {
        const path = td.getAttribute('data-path')!;
        const special = now.get(path);
        const was = this.special.get(path);
        if (!special && !was) continue;
        setAttributes(td, special?.cell ?? PLAIN_CELL);
        setAttributes(td.firstElementChild!, special?.value ?? SPAN.value);
        if (special?.markers || was?.markers) render(special?.markers ?? nothing, td as HTMLElement);
      }
    this.special = now;
    return noChange;
  }
}
const specialCells = directive(SpecialCells);

/**
 * The `<table>` from its template, built once per layout: one template instance for the whole
 * table, whose parts are only the template's holes. The compact template in a browser; the full
 * one where Lit's server renderer writes it, or its hydration takes that over.
 */
function renderTableElement(layout: TableLayout, view: ReportView, m: Marks, idPrefix: string): TemplateResult {
  const targetId = targetIdIn(view, idPrefix);
  const template = tableTemplate(layout, !isServer && !('litElementHydrateSupport' in globalThis));
  const values = holeValues<unknown>(
    layout,
    view,
    m,
    {
      label: (text, header) => (header ? headerLabel : label)(text, view),
      content: (shown) => content(shown, view),
      markers: (list) => markers(list, targetId),
      attribute: (value) => value ?? nothing,
      cells: (cells) => specialCells(cells),
    },
    template,
  );
  return html(template.strings as unknown as TemplateStringsArray, ...values);
}

/**
 * The cells of this table a finding names, as a list of links. Each is named by its headers in
 * the format (「行政复议 › 总计」), the words the report-level summary uses, whatever the layout.
 */
function cellLinks(finding: Finding, layout: TableLayout, view: ReportView): TemplateResult | typeof nothing {
  const named = finding.cells.flatMap((path) => {
    const name = liesUnder(path, layout.table) ? cellLabelInSection(path) : undefined;
    return name ? [{path, name}] : [];
  });
  return cellLinkList(
    named.map(
      ({path, name}) =>
        html`<li><a href=${`#${cellId(path)}`} @click=${(e: Event) => jump(e, cellId(path))}>${label(name, view)}</a></li>`,
    ),
    view,
  );
}

function renderFindings(layout: TableLayout, view: ReportView, idPrefix: string): TemplateResult | typeof nothing {
  // Inside a report its summary lists every finding once, and says once when there is none.
  if (!view.audit || view.findingsListedAbove) return nothing;
  const message = (finding: Finding) => label(finding.message, view);
  return html`<div class="findings" part="dr-findings">
    <p class="list-title" id=${`${idPrefix}findings-title`}>${uiText(() => uiTexts().findingsHeading, view)}</p>
    ${
      view.findings.length === 0
        ? html`<p>${uiText(() => uiTexts().noFindings, view)}</p>`
        : html`<ol aria-labelledby=${`${idPrefix}findings-title`}>
          ${view.findings.map((finding) => {
            const n = view.findingNumber(finding);
            return html`<li id=${`${idPrefix}finding-${n}`} value=${n} tabindex="-1">
              <span class="marker-text">${uiTexts().findingMarker(n)}</span>
              ${message(finding)}
              ${cellLinks(finding, layout, view)}
            </li>`;
          })}
        </ol>`
    }
  </div>`;
}

function renderNotes(
  layout: TableLayout,
  view: ReportView,
  m: Marks,
  idPrefix: string,
): TemplateResult | typeof nothing {
  const tableNotes = (valueAt(view.report, `${layout.table}.notes`) ?? []) as Text[];
  const annotations = view.report.annotations ?? {};
  if (m.notes.size === 0 && (!Array.isArray(tableNotes) || tableNotes.length === 0)) return nothing;
  return html`<div class="notes" part="dr-notes">
    <p class="list-title" id=${`${idPrefix}notes-title`}>${uiText(() => uiTexts().notesHeading, view)}</p>
    ${
      m.notes.size
        ? html`<ol aria-labelledby=${`${idPrefix}notes-title`}>
          ${[...m.notes].map(
            ([path, n]) => html`<li id=${`${idPrefix}note-${n}`} tabindex="-1">
              <a href=${`#${cellId(path)}`} @click=${(e: Event) => jump(e, cellId(path))}>${uiTexts().noteMarker(n)}</a>
              ${reportText(annotations[path], view)}
            </li>`,
          )}
        </ol>`
        : nothing
    }
    ${Array.isArray(tableNotes) ? tableNotes.map((note) => html`<p class="note">${reportText(note, view)}</p>`) : nothing}
  </div>`;
}

function renderTableIssues(layout: TableLayout, view: ReportView): TemplateResult | typeof nothing {
  const issues = view.result.issues.filter(
    (issue) => issue.severity === 'error' && liesUnder(issue.path, layout.table),
  );
  if (issues.length === 0) return nothing;
  return html`<div class="issues-box" part="dr-issues">
    <p class="list-title">${uiText(() => uiTexts().issuesHeading, view)}</p>
    <ul>
      ${issues
        .slice(0, 10)
        // The message starts with the path and names the cell in words: no separate path.
        .map((issue) => html`<li>${label(issue.message, view)}</li>`)}
    </ul>
  </div>`;
}

/** One line saying what "—" means, under a table that shows one (a blank is not a zero). */
function renderBlankNote(layout: TableLayout, view: ReportView): TemplateResult | typeof nothing {
  const blank = dataCellsOf(layout).some(
    (cell) => valueAtKeys(view.report, cell.keys) === null && !isUnder(cell.path, view.result.invalid),
  );
  if (!blank) return nothing;
  return html`<p class="blank-note" part="dr-blank-note">
    ${uiText(() => uiTexts().blankNote, view)}
  </p>`;
}

/** What renders the `<table>` itself: Lit's template here; the static renderer's string (table-html.ts). */
export type TableMarkup = (layout: TableLayout, view: ReportView, marks: Marks, idPrefix: string) => unknown;

/**
 * The whole table block: the table in its box (a labelled, focusable scroll region when the table
 * `scrolls` sideways), then notes, findings and problems. `idPrefix`: before the ids of the notes
 * and findings under it, numbered per table, where tables share a root (see captionId).
 */
export function renderTable(
  layout: TableLayout,
  view: ReportView,
  scrolls: boolean,
  idPrefix = '',
  table: TableMarkup = renderTableElement,
): TemplateResult {
  const tableValue = valueAt(view.report, layout.table);
  if (view.result.invalid.has(layout.table) || tableValue === null || typeof tableValue !== 'object') {
    return html`<div class="message" part="dr-message" role="alert">
      <p><strong>${label(layout.caption, view)}</strong></p>
      <p>${uiText(() => uiTexts().tableUnusable, view)}</p>
      ${renderTableIssues(layout, view)}
    </div>`;
  }
  const m = marksOf(layout, view);
  return html`<div
      class=${layout.blocks ? 'region blocks' : 'region'}
      part="dr-region"
      role=${scrolls ? 'region' : nothing}
      tabindex=${scrolls ? '0' : nothing}
      aria-labelledby=${scrolls ? captionId(layout) : nothing}
    >
      ${table(layout, view, m, idPrefix)}
    </div>
    ${renderBlankNote(layout, view)} ${renderNotes(layout, view, m, idPrefix)} ${renderFindings(layout, view, idPrefix)}
    ${renderTableIssues(layout, view)}`;
}
