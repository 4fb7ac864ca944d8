/**
 * Tables 二, 三 and 四 as plain data: which header cells sit in which row with which span and
 * scope, and for every data cell its report path and the full list of headers that describe it.
 *
 * No DOM and no Lit here, so the structure can be tested and reused by any renderer. Everything
 * is derived from the format trees in src/model/format.ts; no label is written in this file.
 *
 * Header ids: `<prefix>-c-<node id>` for column headers, `<prefix>-r-<node id>` for row headers,
 * so a test can map a rendered id back to its format node.
 */
import {
  APPEALS_TRANSPOSED_VALUE,
  APPEAL_COLUMNS,
  PROACTIVE_BLOCKS,
  REQUESTS_CORNER_NOTE,
  REQUEST_COLUMNS,
  REQUEST_ROWS,
  TABLE_UNITS,
  depth,
  keysOf,
  leafChains,
  leaves,
  sectionFormat,
  type HeaderNode,
  type Label,
} from '../../model/format.js';
import type {TableId} from '../../model/types.js';
import {last} from '../../model/compat.js';
import {cellRef, type CellRef} from '../../model/paths.js';

export type Scope = 'col' | 'colgroup' | 'row' | 'rowgroup';

export interface HeaderCell {
  readonly kind: 'th';
  readonly id: string;
  readonly label: Label;
  readonly scope: Scope;
  readonly colspan: number;
  readonly rowspan: number;
  /** Ids of the headers this header sits under (WAI H43: child headers name their parents). */
  readonly headers: readonly string[];
  /** A full-width group row (narrow layouts): its label is kept in view while scrolling. */
  readonly fullWidth?: boolean;
  /** The leaf row-header column that stays in view in the scroll region. */
  readonly sticky?: boolean;
  /** The title of a block of table 二. */
  readonly block?: boolean;
}

/** A data cell; its CellRef is the report path of its value ("requests.results.withheld.stateSecret.naturalPerson") and its keys. */
export interface DataCell extends CellRef {
  readonly kind: 'td';
  /** Every header describing the cell: column chain first, then row chain. */
  readonly headers: readonly string[];
  readonly colspan: number;
}

/**
 * A cell that is neither header nor data: the corner note of table 三, an empty corner, or the
 * rest of a block title row of table 二 (`filler`).
 */
export interface NoteCell {
  readonly kind: 'note';
  readonly label: Label | null;
  readonly colspan: number;
  readonly rowspan: number;
  readonly filler?: boolean;
}

export type LayoutCell = HeaderCell | DataCell | NoteCell;
export type LayoutRow = readonly LayoutCell[];

export interface TableLayout {
  readonly table: TableId;
  readonly mode: LayoutMode;
  readonly caption: Label;
  readonly unit: Label;
  /** Spans of the `<colgroup>`s, left to right. */
  readonly colgroups: readonly number[];
  readonly head: readonly LayoutRow[];
  /** One entry per `<tbody>`. */
  readonly bodies: readonly (readonly LayoutRow[])[];
}

/** wide: the official printed layout; narrow: the phone layout (group header rows, transposed 四). */
export type LayoutMode = 'wide' | 'narrow';

const PREFIX: Record<TableId, string> = {proactive: 't2', requests: 't3', appeals: 't4'};

interface ColumnLeaf {
  readonly ids: readonly string[];
  readonly keys: readonly string[];
}

function columnHead(
  tree: readonly HeaderNode[],
  prefix: string,
  lead: readonly LayoutCell[],
): {
  rows: LayoutCell[][];
  leaves: ColumnLeaf[];
} {
  const levels = depth(tree);
  const rows: LayoutCell[][] = Array.from({length: levels}, (_, i) => (i === 0 ? [...lead] : []));
  const walk = (nodes: readonly HeaderNode[], level: number, parents: readonly string[]): void => {
    for (const node of nodes) {
      const id = `${prefix}-c-${node.id}`;
      rows[level]!.push({
        kind: 'th',
        id,
        label: node.label,
        scope: node.children ? 'colgroup' : 'col',
        colspan: node.children ? leaves(node.children).length : 1,
        rowspan: node.children ? 1 : levels - level,
        headers: parents,
      });
      if (node.children) walk(node.children, level + 1, [...parents, id]);
    }
  };
  walk(tree, 0, []);
  const columnLeaves = leafChains(tree).map((chain) => ({
    ids: chain.map((node) => `${prefix}-c-${node.id}`),
    keys: keysOf(chain),
  }));
  return {rows, leaves: columnLeaves};
}

function dataCells(
  table: TableId,
  rowKeys: readonly string[],
  rowIds: readonly string[],
  columns: readonly ColumnLeaf[],
): DataCell[] {
  return columns.map((column) => {
    const keys = [table, ...rowKeys, ...column.keys];
    return {kind: 'td', ...cellRef(keys), headers: [...column.ids, ...rowIds], colspan: 1};
  });
}

/** Row headers as the print shows them: one column per level, groups spanning their rows. */
function wideBodies(
  table: TableId,
  tree: readonly HeaderNode[],
  prefix: string,
  columns: readonly ColumnLeaf[],
): LayoutCell[][][] {
  const levels = depth(tree);
  return tree.map((top) =>
    leafChains([top]).map((chain) => {
      const ids = chain.map((node) => `${prefix}-r-${node.id}`);
      const cells: LayoutCell[] = [];
      chain.forEach((node, level) => {
        const firstLeaf = node.children ? leaves(node.children)[0] : node;
        if (firstLeaf !== last(chain)) return; // spanned from an earlier row
        cells.push({
          kind: 'th',
          id: ids[level]!,
          label: node.label,
          scope: node.children ? 'rowgroup' : 'row',
          colspan: node.children ? 1 : levels - level,
          rowspan: node.children ? leaves(node.children).length : 1,
          headers: ids.slice(0, level),
        });
      });
      return [...cells, ...dataCells(table, keysOf(chain), ids, columns)];
    }),
  );
}

/**
 * Row headers for narrow containers (WAI "three headers" pattern): each group becomes a
 * full-width header row opening its own `<tbody>`, and one leaf row-header column remains.
 */
function narrowBodies(
  table: TableId,
  tree: readonly HeaderNode[],
  prefix: string,
  columns: readonly ColumnLeaf[],
): LayoutCell[][][] {
  const bodies: LayoutCell[][][] = [];
  const width = 1 + columns.length;
  const walk = (
    nodes: readonly HeaderNode[],
    ancestors: readonly HeaderNode[],
    body: LayoutCell[][] | null,
    top: boolean,
  ): void => {
    let current = body;
    for (const node of nodes) {
      const chain = [...ancestors, node];
      const ids = chain.map((n) => `${prefix}-r-${n.id}`);
      const header = {kind: 'th', id: last(ids)!, label: node.label, headers: ids.slice(0, -1)} as const;
      if (node.children) {
        const groupBody: LayoutCell[][] = [
          [{...header, scope: 'rowgroup', colspan: width, rowspan: 1, fullWidth: true}],
        ];
        bodies.push(groupBody);
        walk(node.children, chain, groupBody, false);
        current = null; // leaves after a group get a body of their own
        continue;
      }
      if (!current || top) bodies.push((current = []));
      current.push([
        {...header, scope: 'row', colspan: 1, rowspan: 1, sticky: true},
        ...dataCells(table, keysOf(chain), ids, columns),
      ]);
    }
  };
  walk(tree, [], null, true);
  return bodies;
}

function finish(
  table: TableId,
  mode: LayoutMode,
  colgroups: readonly number[],
  head: readonly LayoutRow[],
  bodies: readonly (readonly LayoutRow[])[],
): TableLayout {
  return {
    table,
    mode,
    caption: sectionFormat(table).heading,
    unit: TABLE_UNITS[table],
    colgroups,
    head,
    bodies,
  };
}

/** The row tree of table 三, with （六）其他处理 as one row when the report prints it undivided. */
function requestRows(undivided: boolean): readonly HeaderNode[] {
  if (!undivided) return REQUEST_ROWS;
  const strip = (nodes: readonly HeaderNode[]): HeaderNode[] =>
    nodes.map((node) => {
      if (node.mayBeUndivided) return {id: node.id, key: node.key, label: node.label} as HeaderNode;
      return node.children ? {...node, children: strip(node.children)} : node;
    });
  return strip(REQUEST_ROWS);
}

/** Table 三. `undividedOther`: the report gives （六）其他处理 as one row of numbers. */
function requestsLayout(mode: LayoutMode, undividedOther = false): TableLayout {
  const prefix = PREFIX.requests;
  const rows = requestRows(undividedOther);
  const rowColumns = mode === 'wide' ? depth(rows) : 1;
  const corner: NoteCell = {
    kind: 'note',
    label: REQUESTS_CORNER_NOTE,
    colspan: rowColumns,
    rowspan: depth(REQUEST_COLUMNS),
  };
  const {rows: head, leaves: columns} = columnHead(REQUEST_COLUMNS, prefix, [corner]);
  const bodies =
    mode === 'wide' ? wideBodies('requests', rows, prefix, columns) : narrowBodies('requests', rows, prefix, columns);
  return finish('requests', mode, [rowColumns, columns.length], head, bodies);
}

/** Table 四: 15 columns and one data row; on narrow screens 15 rows and one data column. */
function appealsLayout(mode: LayoutMode): TableLayout {
  const prefix = PREFIX.appeals;
  if (mode === 'wide') {
    const {rows: head, leaves: columns} = columnHead(APPEAL_COLUMNS, prefix, []);
    const body = [dataCells('appeals', [], [], columns)];
    return finish(
      'appeals',
      mode,
      APPEAL_COLUMNS.map((node) => leaves([node]).length),
      head,
      [body],
    );
  }
  const valueColumn: ColumnLeaf = {ids: [`${prefix}-v`], keys: []};
  const head: LayoutRow[] = [
    [
      {kind: 'note', label: null, colspan: 1, rowspan: 1},
      {
        kind: 'th',
        id: `${prefix}-v`,
        label: APPEALS_TRANSPOSED_VALUE,
        scope: 'col',
        colspan: 1,
        rowspan: 1,
        headers: [],
      },
    ],
  ];
  return finish('appeals', mode, [1, 1], head, narrowBodies('appeals', APPEAL_COLUMNS, prefix, [valueColumn]));
}

/**
 * Table 二: four blocks stacked in one 4-column table. Each block is a `<tbody>`: its title row,
 * its own header row (信息内容 and the block's columns), then its data rows.
 *
 * Narrow: two columns, so that no number is cut off at a phone's edge (English headers need
 * about 24em for four columns). A block with several counts per row (第二十条第（一）项: issued,
 * repealed, in force) gives each row a full-width group header and each count a row of its own,
 * as table 四's phone layout does; blocks with one count per row keep their shape.
 */
function proactiveLayout(mode: LayoutMode): TableLayout {
  const prefix = PREFIX.proactive;
  const widest = Math.max(...PROACTIVE_BLOCKS.map((block) => block.columns.length));
  const dataColumns = mode === 'wide' ? widest : 1;
  const bodies = PROACTIVE_BLOCKS.flatMap((block): LayoutRow[][] => {
    const blockId = `${prefix}-b-${block.id}`;
    const contentId = `${prefix}-h-${block.id}`;
    const span = Math.max(1, dataColumns / block.columns.length);
    // The print spans the title over all four columns. A row made of one spanning cell is what
    // a faked caption looks like (axe table-fake-caption), so the title takes the label column
    // and an empty cell, drawn without the border between them, fills the rest.
    const title: LayoutCell[] = [
      {
        kind: 'th',
        id: blockId,
        label: block.label,
        scope: 'rowgroup',
        colspan: 1,
        rowspan: 1,
        headers: [],
        block: true,
      },
      {kind: 'note', label: null, colspan: dataColumns, rowspan: 1, filler: true},
    ];
    const header: LayoutCell[] = [
      {kind: 'th', id: contentId, label: block.contentHeader, scope: 'col', colspan: 1, rowspan: 1, headers: [blockId]},
      ...block.columns.map((column): HeaderCell => ({
        kind: 'th',
        id: `${prefix}-c-${block.id}.${column.id}`,
        label: column.label,
        scope: 'col',
        colspan: span,
        rowspan: 1,
        headers: [blockId],
      })),
    ];
    if (mode === 'narrow' && block.columns.length > 1) {
      const rowBodies = block.rows.map((row): LayoutRow[] => {
        const rowId = `${prefix}-r-${row.id}`;
        const group: HeaderCell = {
          kind: 'th',
          id: rowId,
          label: row.label,
          scope: 'rowgroup',
          colspan: 2,
          rowspan: 1,
          headers: [blockId],
          fullWidth: true,
        };
        const counts = block.columns.map((column): LayoutRow => {
          const countId = `${prefix}-c-${block.id}.${column.id}-${row.id}`;
          const keys = ['proactive', row.key, ...(column.key ? [column.key] : [])];
          return [
            {
              kind: 'th',
              id: countId,
              label: column.label,
              scope: 'row',
              colspan: 1,
              rowspan: 1,
              headers: [blockId, rowId],
              sticky: true,
            },
            {kind: 'td', ...cellRef(keys), headers: [blockId, rowId, countId], colspan: 1},
          ];
        });
        return [[group], ...counts];
      });
      return [[title], ...rowBodies];
    }
    const data = block.rows.map((row): LayoutRow => {
      const rowId = `${prefix}-r-${row.id}`;
      return [
        {
          kind: 'th',
          id: rowId,
          label: row.label,
          scope: 'row',
          colspan: 1,
          rowspan: 1,
          headers: [blockId],
          sticky: true,
        },
        ...block.columns.map((column): DataCell => {
          const keys = ['proactive', row.key, ...(column.key ? [column.key] : [])];
          return {
            kind: 'td',
            ...cellRef(keys),
            headers: [blockId, `${prefix}-c-${block.id}.${column.id}`, rowId],
            colspan: span,
          };
        }),
      ];
    });
    return [[title, header, ...data]];
  });
  return finish('proactive', mode, [1, dataColumns], [], bodies);
}

const layouts = new Map<string, TableLayout>();

/**
 * The layout of a table for a mode. Layouts depend on nothing but these arguments and are never
 * changed, so each is built once and shared by every element and render.
 */
export function tableLayout(table: TableId, mode: LayoutMode, undividedOther = false): TableLayout {
  const key = `${table} ${mode} ${undividedOther}`;
  let layout = layouts.get(key);
  if (!layout) {
    layout =
      table === 'proactive'
        ? proactiveLayout(mode)
        : table === 'requests'
          ? requestsLayout(mode, undividedOther)
          : appealsLayout(mode);
    layouts.set(key, layout);
  }
  return layout;
}

const dataCellLists = new WeakMap<TableLayout, readonly DataCell[]>();

/** Every data cell of a layout, in reading order (built once per layout: layouts never change). */
export function dataCellsOf(layout: TableLayout): readonly DataCell[] {
  let cells = dataCellLists.get(layout);
  if (!cells) {
    cells = [...layout.head, ...layout.bodies.flat()].flatMap((row) =>
      row.filter((cell): cell is DataCell => cell.kind === 'td'),
    );
    dataCellLists.set(layout, cells);
  }
  return cells;
}
