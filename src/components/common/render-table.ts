/**
 * Renders a TableLayout (table-layout.ts) as one native `<table>` with its caption (or one per
 * block, table 二 wide: see proactiveLayout), followed by
 * the notes, findings and data problems that concern it. Shared by <disclosure-table> and
 * <appeal-litigation-grid>, so both tables behave and read alike.
 */
import {html, nothing, type TemplateResult} from 'lit';
import {msg, str} from '@lit/localize';
import type {Finding} from '../../model/checks.js';
import type {Label} from '../../model/format.js';
import type {Text} from '../../model/types.js';
import type {ReportView} from '../base/report-element.js';
import {cellLinkList} from './cell-links.js';
import {headerLabel, label, labelText, reportText, uiText} from './labels.js';
import {cellLabelInSection} from '../../model/cell-labels.js';
import {formatNumber} from './numbers.js';
import {isUnder, liesUnder, valueAt, valueAtKeys} from '../../model/paths.js';
import {
  dataCellsOf,
  type DataCell,
  type HeaderCell,
  type LayoutCell,
  type LayoutRow,
  type TableLayout,
} from './table-layout.js';

/** A cell's markup and bindings, written like a template, that a row joins into its own template. */
interface Piece {
  readonly strings: TemplateStringsArray;
  readonly values: unknown[];
}
const piece = (strings: TemplateStringsArray, ...values: unknown[]): Piece => ({strings, values});

interface RowStrings {
  strings?: TemplateStringsArray;
  readonly next: Map<TemplateStringsArray, RowStrings>;
}
const rowStrings: RowStrings = {next: new Map()};

/**
 * One template per row, not one per cell: a first render then clones and inserts a row at once,
 * without the two marker comments and the template instance Lit spends on each item of a list of
 * cells. Lit knows a template by the identity of its strings array, so the joined strings are
 * made once per sequence of cell templates (a trie keyed by each cell's strings) and reused, as
 * lit/static-html does for its static parts. Only our own template literals are joined; every
 * value still goes through a binding.
 */
function joinRow(pieces: readonly Piece[]): TemplateResult {
  let node = rowStrings;
  for (const {strings} of pieces) {
    let next = node.next.get(strings);
    if (!next) node.next.set(strings, (next = {next: new Map()}));
    node = next;
  }
  if (!node.strings) {
    const joined = ['<tr>'];
    for (const {strings} of pieces) {
      joined[joined.length - 1] += strings[0];
      joined.push(...strings.slice(1));
    }
    joined[joined.length - 1] += '</tr>';
    node.strings = Object.assign(joined, {raw: joined}) as unknown as TemplateStringsArray;
  }
  return html(node.strings, ...pieces.flatMap((p) => p.values));
}

const attr = (n: number) => (n > 1 ? n : nothing);

/** The `headers` attribute of a cell, which only depends on the layout: joined once per cell. */
const headerLists = new WeakMap<HeaderCell | DataCell, string>();
function list(cell: HeaderCell | DataCell): string | typeof nothing {
  let ids = headerLists.get(cell);
  if (ids === undefined) headerLists.set(cell, (ids = cell.headers.join(' ')));
  return ids || nothing;
}

/**
 * One <colgroup> per column group, with a <col class="cN"> per grid column (N counts from 0
 * across the whole table) so that styles can size columns, e.g. table 三's row-label columns in print.
 */
function columnGroups(spans: readonly number[], zero: number): TemplateResult[] {
  let first = 0;
  return spans.map((span) => {
    const cols = Array.from(
      {length: span},
      (_, i) => html`<col class=${first + i < zero ? `c${first + i} zero` : `c${first + i}`} />`,
    );
    first += span;
    return html`<colgroup>${cols}</colgroup>`;
  });
}

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

const cellId = (path: string) => `cell-${path}`;

/** A finding's mark on a cell: its number, and whether this is the finding's checked cell. */
interface Flag {
  readonly n: number;
  readonly checked: boolean;
}

interface Marks {
  readonly notes: ReadonlyMap<string, number>;
  readonly findings: ReadonlyMap<string, Flag[]>;
}

function marks(layout: TableLayout, view: ReportView): Marks {
  const notes = new Map<string, number>();
  const annotations = view.report.annotations ?? {};
  // Most reports annotate no cell: then there is nothing to look up for each of them.
  if (Object.keys(annotations).length) {
    for (const cell of dataCellsOf(layout)) {
      if (Object.prototype.hasOwnProperty.call(annotations, cell.path)) notes.set(cell.path, notes.size + 1);
    }
  }
  const findings = new Map<string, Flag[]>();
  if (view.audit) {
    view.findings.forEach((finding) => {
      const n = view.findingNumber(finding);
      finding.cells.forEach((path, i) => findings.set(path, [...(findings.get(path) ?? []), {n, checked: i === 0}]));
    });
  }
  return {notes, findings};
}

/** What a data cell shows: its number, a visible blank, or an invalid marker. */
function cellValue(value: unknown, invalid: boolean, view: ReportView) {
  if (invalid || (value !== null && (typeof value !== 'number' || !Number.isFinite(value)))) {
    return {kind: 'invalid', part: 'dr-invalid', content: uiText(() => msg('无效', {id: 'invalid-marker'}), view)};
  }
  if (value === null) {
    return {
      kind: 'blank',
      part: 'dr-blank',
      content: html`<span aria-hidden="true">—</span><span class="vh">${uiText(() => msg('空白', {id: 'blank'}), view)}</span>`,
    };
  }
  return {kind: 'value', part: nothing, content: formatNumber(value, view.locale)};
}

/**
 * The markers after a cell's value: its findings' (in `audit`), then its note's; one binding for
 * both. A finding's marker is a link to the finding only on its checked cell (the total): a column
 * sum marks 22 cells, and 22 links each would make audit mode a hundred tab stops long. The other
 * cells carry the same number as plain text.
 */
function markers(flags: readonly Flag[] | undefined, note: number | undefined): TemplateResult[] | typeof nothing {
  if (flags === undefined && note === undefined) return nothing;
  const marker = (kind: string, id: string, text: string) =>
    html` <a class=${`marker ${kind}`} part="dr-marker" href=${`#${id}`} @click=${(e: Event) => jump(e, id)}>${text}</a>`;
  // The checked cell (a total) says so in words, not by colour or border alone: its addends carry
  // the same finding's number only.
  const findingMarker = ({n, checked}: Flag) =>
    checked
      ? marker('finding-marker checked', `finding-${n}`, msg(str`核查${n}：核对项`, {id: 'finding-marker-checked'}))
      : html` <span class="marker finding-marker" part="dr-marker">${msg(str`核查${n}`, {id: 'finding-marker'})}</span>`;
  return [
    ...(flags ?? []).map(findingMarker),
    ...(note === undefined ? [] : [marker('note-marker', `note-${note}`, msg(str`注${note}`, {id: 'note-marker'}))]),
  ];
}

function renderData(cell: DataCell, view: ReportView, m: Marks): Piece {
  const invalid = isUnder(cell.path, view.result.invalid);
  const value = valueAtKeys(view.report, cell.keys);
  const note = m.notes.get(cell.path);
  const flags = m.findings.get(cell.path);
  const marked = note !== undefined || flags !== undefined;
  // One piece for every data cell, flagged or not, the value's span included: the row's template
  // stays the same when `audit` toggles, and no cell needs a template instance of its own.
  const shown = cellValue(value, invalid, view);
  return piece`<td
    id=${marked ? cellId(cell.path) : nothing}
    tabindex=${marked ? -1 : nothing}
    class=${`num${flags ? ' flagged' : ''}`}
    part=${flags ? 'dr-cell dr-cell-flagged' : 'dr-cell'}
    headers=${list(cell)}
    colspan=${attr(cell.colspan)}
    data-path=${cell.path}
    data-column=${cell.columnTag ? labelText(cell.columnTag, view.bilingual ? 'zh-CN' : view.locale) : nothing}
    data-column-en=${cell.columnTag && view.bilingual ? cell.columnTag.en : nothing}
  ><span class=${shown.kind} part=${shown.part}>${shown.content}</span>${markers(flags, note)}</td>`;
}

/** The class list of a header cell, which only depends on the layout. */
const headerClasses = new WeakMap<HeaderCell, string>();
function headerClass(cell: HeaderCell): string {
  let classes = headerClasses.get(cell);
  if (classes === undefined) {
    classes = [cell.block ? 'block' : '', cell.hidden ? 'hidden-header' : '', cell.repeat ? 'repeat' : '', cell.scope]
      .filter(Boolean)
      .join(' ');
    headerClasses.set(cell, classes);
  }
  return classes;
}

function renderHeader(cell: HeaderCell, view: ReportView): Piece {
  const text = headerLabel(cell.label, view);
  // A group's header in its zero-width column: heard, and seen through the group's label row.
  if (cell.hidden) {
    return piece`<th
    id=${cell.id}
    scope=${cell.scope}
    class=${headerClass(cell)}
    part="dr-header"
    colspan=${attr(cell.colspan)}
    rowspan=${attr(cell.rowspan)}
    headers=${list(cell)}
  ><span class="vh">${text}</span></th>`;
  }
  // Most headers span one row and one column: the same markup with fewer bindings.
  if (cell.colspan === 1 && cell.rowspan === 1) {
    return piece`<th id=${cell.id || nothing} scope=${cell.scope} class=${headerClass(cell)} part="dr-header" headers=${list(cell)}>${text}</th>`;
  }
  return piece`<th
    id=${cell.id || nothing}
    scope=${cell.scope}
    class=${headerClass(cell)}
    part="dr-header"
    colspan=${attr(cell.colspan)}
    rowspan=${attr(cell.rowspan)}
    headers=${list(cell)}
  >${cell.scope === 'col' && cell.colspan > 1 ? html`<span class="group-label">${text}</span>` : text}</th>`;
}

function renderCell(cell: LayoutCell, view: ReportView, m: Marks): Piece {
  if (cell.kind === 'th') return renderHeader(cell, view);
  if (cell.kind === 'td') return renderData(cell, view, m);
  // aria-hidden: readers hear the group from its header cell; this row is what the eye sees.
  if (cell.kind === 'group') {
    return piece`<td class=${`group l${cell.level}${cell.leaf ? ' leaf' : ''}`} part="dr-group" aria-hidden="true" colspan=${attr(cell.colspan)}><span class="group-label">${headerLabel(cell.label, view)}</span></td>`;
  }
  if (cell.zero) return piece`<td class="zero" colspan=${attr(cell.colspan)}></td>`;
  // The corner note is drawn by CSS from data attributes: a non-empty cell with no header fails
  // axe td-has-header and would be read without context. Screen readers get it in the caption.
  const note = cell.label;
  return piece`<td
    class="corner"
    part="dr-corner"
    colspan=${attr(cell.colspan)}
    rowspan=${attr(cell.rowspan)}
    data-note=${note ? labelText(note, view.bilingual ? 'zh-CN' : view.locale) : nothing}
    data-note-en=${note && view.bilingual ? note.en : nothing}
  ></td>`;
}

/**
 * A row, as one template (see joinRow). Every data cell, flagged or not, is the one piece of
 * renderData, so toggling `audit` updates cells in place and focus inside the table stays put.
 */
const renderRow = (row: LayoutRow, view: ReportView, m: Marks) => joinRow(row.map((cell) => renderCell(cell, view, m)));

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

function renderFindings(layout: TableLayout, view: ReportView): TemplateResult | typeof nothing {
  // Inside a report its summary lists every finding once, and says once when there is none.
  if (!view.audit || view.findingsListedAbove) return nothing;
  const message = (finding: Finding) => reportText(finding.message, view);
  return html`<div class="findings" part="dr-findings">
    <p class="list-title" id="findings-title">${uiText(() => msg('核查发现', {id: 'findings-heading'}), view)}</p>
    ${
      view.findings.length === 0
        ? html`<p>${uiText(() => msg('未发现数据不一致。', {id: 'no-findings'}), view)}</p>`
        : html`<ol aria-labelledby="findings-title">
          ${view.findings.map((finding) => {
            const n = view.findingNumber(finding);
            return html`<li id=${`finding-${n}`} value=${n} tabindex="-1">
              <span class="marker-text">${msg(str`核查${n}`, {id: 'finding-marker'})}</span>
              ${message(finding)}
              ${cellLinks(finding, layout, view)}
            </li>`;
          })}
        </ol>`
    }
  </div>`;
}

function renderNotes(layout: TableLayout, view: ReportView, m: Marks): TemplateResult | typeof nothing {
  const tableNotes = (valueAt(view.report, `${layout.table}.notes`) ?? []) as Text[];
  const annotations = view.report.annotations ?? {};
  if (m.notes.size === 0 && (!Array.isArray(tableNotes) || tableNotes.length === 0)) return nothing;
  return html`<div class="notes" part="dr-notes">
    <p class="list-title" id="notes-title">${uiText(() => msg('注', {id: 'notes-heading'}), view)}</p>
    ${
      m.notes.size
        ? html`<ol aria-labelledby="notes-title">
          ${[...m.notes].map(
            ([path, n]) => html`<li id=${`note-${n}`} tabindex="-1">
              <a href=${`#${cellId(path)}`} @click=${(e: Event) => jump(e, cellId(path))}>${msg(str`注${n}`, {id: 'note-marker'})}</a>
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
    <p class="list-title">${uiText(() => msg('数据问题', {id: 'issues-heading'}), view)}</p>
    <ul>
      ${issues
        .slice(0, 10)
        // The message starts with the path and names the cell in words: no separate path.
        .map((issue) => html`<li>${reportText(issue.message, view)}</li>`)}
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
    ${uiText(() => msg('“—”表示报告此处空白（未填写），不是零。', {id: 'blank-note'}), view)}
  </p>`;
}

function cornerNote(layout: TableLayout): Label | null {
  const corner = layout.head[0]?.find((cell) => cell.kind === 'note');
  return corner?.kind === 'note' ? corner.label : null;
}

/**
 * The whole table block: the table in its box (a labelled, focusable scroll region when the table
 * `scrolls` sideways), then notes, findings and problems.
 */
export function renderTable(layout: TableLayout, view: ReportView, scrolls: boolean): TemplateResult {
  const tableValue = valueAt(view.report, layout.table);
  if (view.result.invalid.has(layout.table) || tableValue === null || typeof tableValue !== 'object') {
    return html`<div class="message" part="dr-message" role="alert">
      <p><strong>${label(layout.caption, view)}</strong></p>
      <p>${uiText(() => msg('此表的数据无法使用，未能显示。', {id: 'table-unusable'}), view)}</p>
      ${renderTableIssues(layout, view)}
    </div>`;
  }
  const m = marks(layout, view);
  const corner = cornerNote(layout);
  const caption = html`<span class="title">${label(layout.caption, view)}</span>
    <span class="unit" part="dr-unit">${label(layout.unit, view)}</span>
    ${corner ? html`<span class=${layout.mode === 'narrow' ? 'note-line' : 'vh'}>${label(corner, view)}</span>` : nothing}`;
  const table = (bodies: TableLayout['bodies'], first = true) =>
    html`<table part="dr-table" class=${layout.mode}>
      ${
        first
          ? html`<caption id="caption" part="dr-caption">${caption}</caption>`
          : // A later block of table 二: named for readers, seen through its title row.
            html`<caption class="block-caption"><span class="vh">${label(layout.caption, view)}</span></caption>`
      }
      ${columnGroups(layout.colgroups, layout.zeroColumns)}
      ${
        layout.head.length
          ? html`<thead>
            ${layout.head.map((row) => renderRow(row, view, m))}
          </thead>`
          : nothing
      }
      ${bodies.map(
        (body) => html`<tbody>
          ${body.map((row) => renderRow(row, view, m))}
        </tbody>`,
      )}
    </table>`;
  return html`<div
      class=${layout.blocks ? 'region blocks' : 'region'}
      part="dr-region"
      role=${scrolls ? 'region' : nothing}
      tabindex=${scrolls ? '0' : nothing}
      aria-labelledby=${scrolls ? 'caption' : nothing}
    >
      ${layout.blocks ? layout.bodies.map((body, i) => table([body], i === 0)) : table(layout.bodies)}
    </div>
    ${renderBlankNote(layout, view)} ${renderNotes(layout, view, m)} ${renderFindings(layout, view)}
    ${renderTableIssues(layout, view)}`;
}
