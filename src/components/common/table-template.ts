/**
 * A table layout (src/model/table-layout.ts) as ONE template, built once per layout: the strings of
 * the whole `<table>` (caption, column groups, header and body rows) and a list of holes between
 * them. Ids, `headers` chains, `scope`, spans and data paths are static text in the strings; the
 * holes are only what changes with the report or the display: the labels (so a language switch
 * rewrites them in place, in the same cells), each number and the marks on it.
 *
 * No DOM and no Lit here. The same template is rendered two ways: by Lit, which joins the strings
 * into a cached TemplateStringsArray (render-table.ts), and to an HTML string without a browser
 * (table-html.ts, for static pages and server rendering). What a hole shows is decided once, in
 * the functions at the end of this file, for both.
 *
 * A hole is either in a child position (its content goes between tags) or an attribute's value
 * (`name="HOLE"`). Element parts would be fewer, but Lit's server renderer leaves them out: only
 * the compact template, which a browser renders afresh (no server rendering to take over), has
 * one, on each `<table>` (see `compact` in build()).
 */
import {uiTexts} from '../../i18n/localization.js';
import type {Finding} from '../../model/checks.js';
import type {Label} from '../../model/format.js';
import {isUnder, valueAtKeys} from '../../model/paths.js';
import {labelIn as labelText} from '../../model/texts/labels.js';
import {
  dataCellsOf,
  type DataCell,
  type HeaderCell,
  type LayoutCell,
  type TableLayout,
} from '../../model/table-layout.js';
import type {ReportView} from '../report-view.js';

/** An element whose attributes depend on the report or the display; shared by its attribute holes. */
export type AttributeOwner =
  /** A data cell: `class` and `part`, and `id` and `tabindex` when a mark links to it. */
  | {readonly kind: 'cell'; readonly cell: DataCell}
  /** The span holding a data cell's value: `class` and `part` say which kind of value. */
  | {readonly kind: 'value'; readonly cell: DataCell}
  /** The corner cell: its note as data attributes, drawn by CSS. */
  | {readonly kind: 'corner'; readonly label: Label | null}
  /** A data cell that names its column for the eye (table 三's 总计 on phones), drawn by CSS. */
  | {readonly kind: 'column'; readonly label: Label};

export type Hole =
  /** Child: a format label, in the display's language(s); `header`: a header's or label row's. */
  | {readonly kind: 'label'; readonly label: Label; readonly header?: boolean}
  /** Child: what a value span shows (a number, a visible blank or the invalid marker). */
  | {readonly kind: 'content'; readonly cell: DataCell}
  /** Child: the finding and note markers after a value (most cells: none). */
  | {readonly kind: 'marks'; readonly cell: DataCell}
  /** One attribute (`name="HOLE"`), absent when its value is undefined. */
  | {readonly kind: 'attribute'; readonly name: string; readonly of: AttributeOwner}
  /** Element (compact template only, on each `<table>`): the cells that are not a plain number. */
  | {readonly kind: 'cells'};

export interface TableTemplate {
  /** One more string than holes: `strings[i]` comes before `holes[i]`. */
  readonly strings: readonly string[] & {readonly raw: readonly string[]};
  readonly holes: readonly Hole[];
}

/** The attributes of an AttributeOwner; an undefined value means the attribute is absent. */
export type Attributes = Readonly<Record<string, string | undefined>>;

/** Static markup, or a hole, in document order. */
type Piece = string | Hole;

/**
 * ` name="value"` for each defined value. Unescaped: static attributes hold only our own classes,
 * ids and paths, made from the format's keys (never a label, never report data).
 */
const attributes = (list: Attributes) =>
  Object.entries(list)
    .map(([name, value]) => (value === undefined ? '' : ` ${name}="${value}"`))
    .join('');

/** An attribute hole for each name, all of one element. */
const attributeHoles = (of: AttributeOwner, names: readonly string[]): Piece[] =>
  names.flatMap((name) => [` ${name}="`, {kind: 'attribute', name, of}, '"']);

const text = (label: Label): Hole => ({kind: 'label', label});
/** A header's label (English long words get soft hyphens: see labels.ts headerLabel). */
const headerText = (label: Label): Hole => ({kind: 'label', label, header: true});
const span = (n: number) => (n > 1 ? String(n) : undefined);
const headerList = (cell: HeaderCell | DataCell) => (cell.headers.length ? cell.headers.join(' ') : undefined);

function header(cell: HeaderCell): Piece[] {
  const classes = [cell.block && 'block', cell.hidden && 'hidden-header', cell.repeat && 'repeat', cell.scope];
  const open = `<th${attributes({
    id: cell.id || undefined,
    scope: cell.scope,
    class: classes.filter(Boolean).join(' '),
    part: 'dr-header',
    colspan: span(cell.colspan),
    rowspan: span(cell.rowspan),
    headers: headerList(cell),
  })}>`;
  // A group's header in its zero-width column: heard, and seen through the group's label row.
  const wrap = cell.hidden ? 'vh' : cell.scope === 'col' && cell.colspan > 1 ? 'group-label' : undefined;
  return wrap
    ? [`${open}<span class="${wrap}">`, headerText(cell.label), '</span></th>']
    : [open, headerText(cell.label), '</th>'];
}

/**
 * A data cell: its headers and path are static; its attributes for marks, its value span's kind,
 * the value and the markers are holes. The value keeps its span (styles and tests find it by
 * class) but no template of its own: a plain number is text in a static span.
 */
function data(cell: DataCell, compact: boolean): Piece[] {
  // Compact: written as a plain number; the table's hole sets what differs, markers too (see build()).
  return [
    `<td${attributes({headers: headerList(cell), colspan: span(cell.colspan), 'data-path': cell.path, ...(compact && PLAIN_CELL)})}`,
    ...(compact ? [] : attributeHoles({kind: 'cell', cell}, ['id', 'tabindex', 'class', 'part'])),
    ...(cell.columnTag
      ? attributeHoles({kind: 'column', label: cell.columnTag}, ['data-column', 'data-column-en'])
      : []),
    ...(compact
      ? [`><span${attributes(SPAN.value)}>`]
      : ['><span', ...attributeHoles({kind: 'value', cell}, ['class', 'part']), '>']),
    {kind: 'content', cell},
    '</span>',
    ...(compact ? [] : [{kind: 'marks', cell} as Hole]),
    '</td>',
  ];
}

function layoutCell(cell: LayoutCell, compact: boolean): Piece[] {
  if (cell.kind === 'th') return header(cell);
  if (cell.kind === 'td') return data(cell, compact);
  const colspan = span(cell.colspan);
  if (cell.kind === 'group') {
    // aria-hidden: readers hear the group from its header cell; this row is what the eye sees.
    const group = `group l${cell.level}${cell.leaf ? ' leaf' : ''}`;
    return [
      `<td${attributes({class: group, part: 'dr-group', 'aria-hidden': 'true', colspan})}><span class="group-label">`,
      headerText(cell.label),
      '</span></td>',
    ];
  }
  if (cell.zero) return [`<td${attributes({class: 'zero', colspan})}></td>`];
  // The corner note is drawn by CSS from data attributes: a non-empty cell with no header fails
  // axe td-has-header and would be read without context. Screen readers get it in the caption.
  return [
    `<td${attributes({class: 'corner', part: 'dr-corner', colspan, rowspan: span(cell.rowspan)})}`,
    ...attributeHoles({kind: 'corner', label: cell.label}, ['data-note', 'data-note-en']),
    '></td>',
  ];
}

function cornerNote(layout: TableLayout): Label | null {
  const corner = layout.head[0]?.find((cell) => cell.kind === 'note');
  return corner?.kind === 'note' ? corner.label : null;
}

/**
 * One <colgroup> per column group, with a <col class="cN"> per grid column (N counts from 0
 * across the whole table) so that styles can size columns, e.g. table 三's row-label columns in print.
 */
function columnGroups(layout: TableLayout): string {
  let first = 0;
  return layout.colgroups
    .map((groupSpan) => {
      let cols = '';
      for (let i = first; i < first + groupSpan; i++)
        cols += `<col class="c${i}${i < layout.zeroColumns ? ' zero' : ''}">`;
      first += groupSpan;
      return `<colgroup>${cols}</colgroup>`;
    })
    .join('');
}

/**
 * The caption's id. Every id in a template names its table (header ids start with t2, t3 or t4,
 * data cells' ids with their path), so the three tables of a report share its root without two
 * equal ids; only the notes and findings under a table, numbered per table, need a prefix there.
 */
export const captionId = (layout: TableLayout): string => `${layout.table}-caption`;

/**
 * `compact`: for a browser rendering afresh. Every data cell is written as a plain number (its
 * class, part and value span static), and one element hole on each `<table>` sets the attributes
 * of the few that are not (marked, blank or invalid) and renders their markers: one part per table
 * where the full template has six attribute parts and a markers part per cell, which were most of
 * a report's JS heap and of its first render.
 * Lit's server renderer ignores element holes, so server rendering, and the hydration that takes
 * it over, use the full template.
 */
function build(layout: TableLayout, compact: boolean): TableTemplate {
  const corner = cornerNote(layout);
  const rows = (section: string, list: readonly (readonly LayoutCell[])[]): Piece[] => [
    `<${section}>`,
    ...list.flatMap((row) => ['<tr>', ...row.flatMap((cell) => layoutCell(cell, compact)), '</tr>']),
    `</${section}>`,
  ];
  const caption: Piece[] = [
    `<caption id="${captionId(layout)}" part="dr-caption"><span class="title">`,
    text(layout.caption),
    '</span><span class="unit" part="dr-unit">',
    text(layout.unit),
    '</span>',
    ...(corner ? [`<span class="${layout.mode === 'narrow' ? 'note-line' : 'vh'}">`, text(corner), '</span>'] : []),
    '</caption>',
  ];
  // A later block of table 二: named for readers, seen through its title row.
  const blockCaption = ['<caption class="block-caption"><span class="vh">', text(layout.caption), '</span></caption>'];
  const table = (bodies: TableLayout['bodies'], first: boolean): Piece[] => [
    `<table part="dr-table" class="${layout.mode}"${compact ? ' ' : '>'}`,
    ...(compact ? [{kind: 'cells'} as Hole, '>'] : []),
    ...(first ? caption : blockCaption),
    columnGroups(layout),
    ...(layout.head.length ? rows('thead', layout.head) : []),
    ...bodies.flatMap((body) => rows('tbody', body)),
    '</table>',
  ];
  const pieces = layout.blocks
    ? layout.bodies.flatMap((body, i) => table([body], i === 0))
    : table(layout.bodies, true);
  const strings = [''];
  const holes: Hole[] = [];
  for (const piece of pieces) {
    if (typeof piece === 'string') strings[strings.length - 1] += piece;
    else {
      strings.push('');
      holes.push(piece);
    }
  }
  // `raw` too: Lit takes the array as a tagged template's strings (only our own markup is in it).
  return {strings: Object.assign(strings, {raw: strings}), holes};
}

const templates = new WeakMap<TableLayout, TableTemplate>();
const compactTemplates = new WeakMap<TableLayout, TableTemplate>();

/**
 * The template of a layout, built on first use (layouts are shared and never change); `compact`:
 * the one for a browser rendering afresh (see build()).
 */
export function tableTemplate(layout: TableLayout, compact = false): TableTemplate {
  const cache = compact ? compactTemplates : templates;
  let template = cache.get(layout);
  if (!template) cache.set(layout, (template = build(layout, compact)));
  return template;
}

/* What the holes show, for both renderers. */

/** A finding's mark on a cell: its number, and whether this is the finding's checked cell. */
export interface Flag {
  readonly n: number;
  readonly checked: boolean;
}

/** The notes and findings marked on the cells of one table in one render. */
export interface Marks {
  /** Annotated cells' paths, numbered from 1 in reading order. */
  readonly notes: ReadonlyMap<string, number>;
  readonly findings: ReadonlyMap<string, Flag[]>;
}

export function marksOf(layout: TableLayout, view: ReportView): Marks {
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
    view.findings.forEach((finding: Finding) => {
      const n = view.findingNumber(finding);
      finding.cells.forEach((path, i) => findings.set(path, [...(findings.get(path) ?? []), {n, checked: i === 0}]));
    });
  }
  return {notes, findings};
}

export const cellId = (path: string): string => `cell-${path}`;

/** What a data cell shows: a number, a visible blank, or the invalid marker. */
export type Shown = {readonly kind: 'value'; readonly value: number} | {readonly kind: 'blank' | 'invalid'};

export function shownIn(cell: DataCell, view: ReportView): Shown {
  const value = valueAtKeys(view.report, cell.keys);
  if (isUnder(cell.path, view.result.invalid)) return {kind: 'invalid'};
  if (value === null) return {kind: 'blank'};
  if (typeof value !== 'number' || !Number.isFinite(value)) return {kind: 'invalid'};
  return {kind: 'value', value};
}

// Shared, never changed: most cells get these very objects, so an update compares nothing new.
// The compact template writes them as its static markup.
export const PLAIN_CELL: Attributes = {class: 'num', part: 'dr-cell'};
export const SPAN: Record<Shown['kind'], Attributes> = {
  value: {class: 'value'},
  blank: {class: 'blank', part: 'dr-blank'},
  invalid: {class: 'invalid', part: 'dr-invalid'},
};

/** A data cell's own attributes: a marked cell is a link target, a flagged one says so. */
export function cellAttributes(cell: DataCell, marks: Marks): Attributes {
  const flagged = marks.findings.has(cell.path);
  if (!flagged && !marks.notes.has(cell.path)) return PLAIN_CELL;
  return {
    id: cellId(cell.path),
    tabindex: '-1',
    class: flagged ? 'num flagged' : 'num',
    part: flagged ? 'dr-cell dr-cell-flagged' : 'dr-cell',
  };
}

export const valueAttributes = (shown: Shown): Attributes => SPAN[shown.kind];

/**
 * What the attribute holes of one element show; `shown` gives the cell's value, looked up once
 * for its span's attributes and its content.
 */
function attributesOf(
  owner: AttributeOwner,
  marks: Marks,
  view: ReportView,
  shown: (cell: DataCell) => Shown,
): Attributes {
  if (owner.kind === 'cell') return cellAttributes(owner.cell, marks);
  if (owner.kind === 'value') return valueAttributes(shown(owner.cell));
  if (owner.kind === 'column') return labelAttributes('data-column', owner.label, view);
  return labelAttributes('data-note', owner.label, view);
}

/** A label as data attributes that CSS draws (`name`, and `name-en` beneath when bilingual). */
function labelAttributes(name: string, label: Label | null, view: ReportView): Attributes {
  if (!label) return {};
  return {
    [name]: view.bilingual ? label.zh : labelText(label, view.locale),
    [`${name}-en`]: view.bilingual ? label.en : undefined,
  };
}

/** A marker after a cell's value: a link to a finding or note, or a finding's number as text. */
export interface Marker {
  readonly className: string;
  /** The id a link leads to; none for plain text. */
  readonly target?: string;
  /** Its text, read from uiTexts() in the language being rendered. */
  readonly text: () => string;
}

/**
 * The markers after a cell's value: its findings' (in `audit`), then its note's. A finding's
 * marker is a link to the finding only on its checked cell (the total): a column sum marks 22
 * cells, and 22 links each would make audit mode a hundred tab stops long. The checked cell says
 * so in words, not by colour or border alone; its addends carry the finding's number only.
 */
export function markersOf(cell: DataCell, marks: Marks): readonly Marker[] {
  const flags = marks.findings.get(cell.path) ?? [];
  const note = marks.notes.get(cell.path);
  const markers: Marker[] = flags.map(({n, checked}) =>
    checked
      ? {
          className: 'marker finding-marker checked',
          target: `finding-${n}`,
          text: () => uiTexts().findingMarkerChecked(n),
        }
      : {className: 'marker finding-marker', text: () => uiTexts().findingMarker(n)},
  );
  if (note !== undefined) {
    markers.push({
      className: 'marker note-marker',
      target: `note-${note}`,
      text: () => uiTexts().noteMarker(note),
    });
  }
  return markers;
}

/**
 * The id a marker leads to: a note's or finding's under the table, with the table's prefix (see
 * captionId), but for a finding listed above the table (findingsListedAbove): the report's summary's.
 */
export const targetIdIn =
  (view: ReportView, idPrefix: string) =>
  (target: string): string =>
    view.findingsListedAbove && target.startsWith('finding-') ? target : idPrefix + target;

/** A data cell that is not a plain number: its own attributes, its value span's, its markers if any. */
export interface SpecialCell<T> {
  readonly path: string;
  readonly cell: Attributes;
  readonly value: Attributes;
  readonly markers?: T;
}

/** How a renderer writes each kind of hole. */
export interface HoleWriter<T> {
  label(label: Label, header?: boolean): T;
  content(shown: Shown): T;
  markers(markers: readonly Marker[]): T;
  /** An attribute's value; undefined: the attribute is absent. */
  attribute(value: string | undefined): T;
  /** The compact template's element hole: the cells of the layout that are not a plain number. */
  cells?(cells: readonly SpecialCell<T>[]): T;
}

/**
 * The value of every hole of a layout's template, in order, for one report and display: the one
 * walk both renderers share. Each cell's value and each element's attributes are worked out once.
 */
export function holeValues<T>(
  layout: TableLayout,
  view: ReportView,
  marks: Marks,
  write: HoleWriter<T>,
  template: TableTemplate = tableTemplate(layout),
): T[] {
  let shownCell: DataCell | undefined;
  let shown: Shown = {kind: 'blank'};
  const shownOf = (cell: DataCell) => {
    if (cell !== shownCell) {
      shownCell = cell;
      shown = shownIn(cell, view);
    }
    return shown;
  };
  let special: SpecialCell<T>[] | undefined;
  // A cell has markers only where it is marked: then its own attributes are not a plain cell's.
  const specialCells = () =>
    (special ??= dataCellsOf(layout).flatMap((cell) => {
      const own = cellAttributes(cell, marks);
      const value = valueAttributes(shownIn(cell, view));
      if (own === PLAIN_CELL && value === SPAN.value) return [];
      const markers = markersOf(cell, marks);
      return [{path: cell.path, cell: own, value, markers: markers.length ? write.markers(markers) : undefined}];
    }));
  return template.holes.map((hole) => {
    switch (hole.kind) {
      case 'cells':
        return write.cells!(specialCells());
      case 'label':
        return write.label(hole.label, hole.header);
      case 'content':
        return write.content(shownOf(hole.cell));
      case 'marks':
        return write.markers(markersOf(hole.cell, marks));
      case 'attribute':
        return write.attribute(attributesOf(hole.of, marks, view, shownOf)[hole.name]);
    }
  });
}
