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
  APPLICANT_PARTS,
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
} from './format.js';
import type {TableId} from './types.js';
import {last} from './compat.js';
import {cellRef, type CellRef} from './paths.js';

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
  /** The title of a block of table 二. */
  readonly block?: boolean;
  /**
   * A group's header in a zero-width column of the phone layout, spanning the rows of its group
   * (so that readers that build chains from position give it to each of them); its label is
   * shown by the group's GroupLabel row.
   */
  readonly hidden?: boolean;
  /** Print: a group's header repeated on a later row of its group, so every page names the group. */
  readonly repeat?: boolean;
}

/**
 * What a sighted reader sees of a group in the phone layout: its label across the table. Hidden
 * from assistive technology, which hears the group from its HeaderCell (`hidden`) instead.
 */
export interface GroupLabel {
  readonly kind: 'group';
  readonly label: Label;
  readonly colspan: number;
  /** The label of a row of numbers (stacked phone layout), not of a group of rows. */
  readonly leaf?: boolean;
  /** How many groups it is inside (0 at the top): indented as much, to show the nesting. */
  readonly level: number;
}

/** A data cell; its CellRef is the report path of its value ("requests.results.withheld.stateSecret.naturalPerson") and its keys. */
export interface DataCell extends CellRef {
  readonly kind: 'td';
  /** Every header describing the cell: column chain first, then row chain. */
  readonly headers: readonly string[];
  readonly colspan: number;
  /**
   * Its column's name, shown in the cell for the eye (readers hear the header): table 三's 总计
   * on phones, where a row can be screens below the column headers.
   */
  readonly columnTag?: Label;
}

/** A cell that is neither header nor data: the corner note of table 三, or an empty corner. */
export interface NoteCell {
  readonly kind: 'note';
  readonly label: Label | null;
  readonly colspan: number;
  readonly rowspan: number;
  /** Fills zero-width columns beside a group's label in the phone layout. */
  readonly zero?: boolean;
}

export type LayoutCell = HeaderCell | DataCell | NoteCell | GroupLabel;
export type LayoutRow = readonly LayoutCell[];

export interface TableLayout {
  readonly table: TableId;
  readonly mode: LayoutMode;
  readonly caption: Label;
  readonly unit: Label;
  /** Spans of the `<colgroup>`s, left to right. */
  readonly colgroups: readonly number[];
  /**
   * How many columns, from the left, hold only zero-width group headers (phone layouts). Sized
   * 0 by their <col>: else the table spreads the width of cells spanning them into them.
   */
  readonly zeroColumns: number;
  readonly head: readonly LayoutRow[];
  /** One entry per `<tbody>`. */
  readonly bodies: readonly (readonly LayoutRow[])[];
  /** Each `<tbody>` is a `<table>` of its own (table 二, wide: see proactiveLayout). */
  readonly blocks?: boolean;
}

/** wide: the official printed layout; narrow: the phone layout (group header rows, transposed 四). */
export type LayoutMode = 'wide' | 'narrow';

const PREFIX: Record<TableId, string> = {proactive: 't2', requests: 't3', appeals: 't4'};

interface ColumnLeaf {
  readonly ids: readonly string[];
  readonly keys: readonly string[];
  readonly tag?: Label;
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
        // col, not colgroup, also on groups: a colgroup header reaches every column of its
        // <colgroup>, which is not the columns beneath it (总计 would get 法人或其他组织).
        scope: 'col',
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
    const cell: DataCell = {kind: 'td', ...cellRef(keys), headers: [...column.ids, ...rowIds], colspan: 1};
    return column.tag ? {...cell, columnTag: column.tag} : cell;
  });
}

/**
 * Row headers as the print shows them: one column per level, groups spanning their rows. Groups
 * are scope="row", not "rowgroup": a rowgroup header reaches every later row of its <tbody>, so
 * （三）不予公开 would also name the rows of （四）…（七）.
 *
 * `repeat` (paper): no group spans rows; each row has its own group cells, the later ones marked
 * `repeat` (printed muted). A spanning cell cut by a page break shows its label on the first
 * page only, leaving the rows on the next page under an empty group column.
 */
function wideBodies(
  table: TableId,
  tree: readonly HeaderNode[],
  prefix: string,
  columns: readonly ColumnLeaf[],
  repeat = false,
): LayoutCell[][][] {
  const levels = depth(tree);
  return tree.map((top) =>
    leafChains([top]).map((chain) => {
      const ids = chain.map((node) => `${prefix}-r-${node.id}`);
      const cells: LayoutCell[] = [];
      chain.forEach((node, level) => {
        const firstLeaf = node.children ? leaves(node.children)[0] : node;
        const first = firstLeaf === last(chain);
        if (!first && !repeat) return; // spanned from an earlier row
        cells.push({
          kind: 'th',
          // A repeated group cell has no id: the row's cells name the group's first cell.
          id: first ? ids[level]! : '',
          label: node.label,
          scope: 'row',
          colspan: node.children ? 1 : levels - level,
          rowspan: node.children && !repeat ? leaves(node.children).length : 1,
          headers: ids.slice(0, level),
          ...(first ? {} : {repeat: true}),
        });
      });
      return [...cells, ...dataCells(table, keysOf(chain), ids, columns)];
    }),
  );
}

const zeroFiller = (colspan: number): NoteCell => ({kind: 'note', label: null, colspan, rowspan: 1, zero: true});

/**
 * Row headers for phones: every label is a row across the table (GroupLabel), above what it
 * labels, so no column is spent on labels and the numbers get the whole width. Row labels beside
 * their numbers did not fit: English labels have words as wide as half a phone at 200% text
 * ("Administrative"), which must not break inside, and a label column that wide left no room
 * for a number (table 二) or for 总计 (table 三).
 *
 * Each label's header cell sits in a zero-width column and spans the rows it labels, so that every
 * number gets its whole chain from position alone (Chromium, TalkBack, NVDA with Chrome), which
 * a full-width header row cannot give beyond its own row. Columns: one zero-width column per
 * level of the tree, then the data. One <tbody> per top-level node: a rowspan ends with its <tbody>.
 */
function narrowBodies(
  table: TableId,
  tree: readonly HeaderNode[],
  prefix: string,
  columns: readonly ColumnLeaf[],
): LayoutCell[][][] {
  const levels = depth(tree);
  const walk = (node: HeaderNode, ancestors: readonly HeaderNode[], level: number): LayoutCell[][] => {
    const chain = [...ancestors, node];
    const ids = chain.map((n) => `${prefix}-r-${n.id}`);
    const header = {kind: 'th', id: last(ids)!, label: node.label, headers: ids.slice(0, -1), scope: 'row'} as const;
    if (!node.children) {
      return [
        [
          {...header, colspan: levels - level, rowspan: 2, hidden: true},
          {kind: 'group', label: node.label, colspan: columns.length, leaf: true, level},
        ],
        dataCells(table, keysOf(chain), ids, columns),
      ];
    }
    const rows = node.children.flatMap((child) => walk(child, chain, level + 1));
    return [
      [
        {...header, colspan: 1, rowspan: rows.length + 1, hidden: true},
        zeroFiller(levels - level - 1),
        {kind: 'group', label: node.label, colspan: columns.length, level},
      ],
      ...rows,
    ];
  };
  return tree.map((top) => walk(top, [], 0));
}

function finish(
  table: TableId,
  mode: LayoutMode,
  colgroups: readonly number[],
  head: readonly LayoutRow[],
  bodies: readonly (readonly LayoutRow[])[],
  zeroColumns = 0,
): TableLayout {
  return {
    table,
    mode,
    caption: sectionFormat(table).heading,
    unit: TABLE_UNITS[table],
    colgroups,
    zeroColumns,
    head,
    bodies,
  };
}

/** The row tree of table 三, with （六）其他处理 as one row when the report prints it undivided. */
export function requestRows(undivided: boolean): readonly HeaderNode[] {
  if (!undivided) return REQUEST_ROWS;
  const strip = (nodes: readonly HeaderNode[]): HeaderNode[] =>
    nodes.map((node) => {
      if (node.mayBeUndivided) return {id: node.id, key: node.key, label: node.label} as HeaderNode;
      return node.children ? {...node, children: strip(node.children)} : node;
    });
  return strip(REQUEST_ROWS);
}

/**
 * Table 三's columns on a phone: 总计 first, beside the row labels. A reader at 360 px (or with
 * enlarged text) then sees each row's label and its total together without scrolling, and the
 * six applicant columns it sums scroll beside them. The tree keeps its shape (总计 is still
 * under 申请人情况), so every column keeps its headers.
 */
const TOTAL_FIRST: readonly HeaderNode[] = REQUEST_COLUMNS.map((top) => {
  const children = top.children ?? [];
  // 总计 is the keyed column that is not one of the parts it sums (a group such as 法人或其他组织 has no key).
  const isTotal = (c: HeaderNode) => c.key !== undefined && !(APPLICANT_PARTS as readonly string[]).includes(c.key);
  return {...top, children: [...children.filter(isTotal), ...children.filter((c) => !isTotal(c))]};
});

/** Table 三. `undividedOther`: the report gives （六）其他处理 as one row of numbers. `print`: for paper. */
function requestsLayout(mode: LayoutMode, undividedOther = false, print = false): TableLayout {
  const prefix = PREFIX.requests;
  const rows = requestRows(undividedOther);
  // Wide: a column per level of the row tree; narrow: zero-width group columns and the label column.
  const rowColumns = depth(rows);
  const corner: NoteCell = {
    kind: 'note',
    label: REQUESTS_CORNER_NOTE,
    colspan: rowColumns,
    rowspan: depth(REQUEST_COLUMNS),
  };
  const {rows: head, leaves: headLeaves} = columnHead(mode === 'wide' ? REQUEST_COLUMNS : TOTAL_FIRST, prefix, [
    corner,
  ]);
  // On phones, a long row label can push the column headers a screen away: 总计, beside the
  // labels, is named in each of its cells. Its header is the last of its chain.
  const columns =
    mode === 'wide'
      ? headLeaves
      : headLeaves.map((column, i) => (i === 0 ? {...column, tag: last(leafChains(TOTAL_FIRST)[0]!)!.label} : column));
  const bodies =
    mode === 'wide'
      ? wideBodies('requests', rows, prefix, columns, print)
      : narrowBodies('requests', rows, prefix, columns);
  return finish('requests', mode, [rowColumns, columns.length], head, bodies, mode === 'wide' ? 0 : rowColumns);
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
  const labelColumns = depth(APPEAL_COLUMNS);
  const head: LayoutRow[] = [
    [
      {kind: 'note', label: null, colspan: labelColumns, rowspan: 1},
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
  return finish(
    'appeals',
    mode,
    [labelColumns, 1],
    head,
    narrowBodies('appeals', APPEAL_COLUMNS, prefix, [valueColumn]),
    labelColumns,
  );
}

/**
 * Table 二: four blocks, each its title, its own header row (信息内容 and the block's columns),
 * then its data rows.
 *
 * Wide: one `<table>` per block (`blocks`). In one table, Chromium (NVDA and JAWS with Chrome,
 * TalkBack, WeChat's XWeb) gives a column header to every cell of its column, whatever the rows
 * between: the counts of 行政许可 got 本年制发件数 of block (一), and no count got its own block's
 * headers. Separate columns per block would make a table twice as wide as printed, mostly empty.
 * The block's title is a row header in a zero-width column spanning the block's rows, as in the
 * phone layout: a title row of one header cell spanning the table would name its column's cells
 * too, but it is what a faked caption looks like (axe table-fake-caption). A label row, hidden
 * from readers, shows the title as printed.
 *
 * A block with one count per row puts it in the last column, its row label spanning the others:
 * a count spanning the three columns of 第二十条第（一）项, as printed, would also get that
 * block's column headers from position (scanning up reaches 本年制发件数), whereas a count under
 * a header of the same column and width stops there.
 *
 * Narrow (phones): as narrowBodies draws table 三 and 四, each label a row above what it labels,
 * its header in a zero-width column, and one value column. In 第二十条第（一）项 each row (规章…)
 * groups its three counts; in the other blocks the count's name groups the rows. 信息内容, a
 * header over labels only, names no number and is left out.
 */
function proactiveLayout(mode: LayoutMode): TableLayout {
  const prefix = PREFIX.proactive;
  const wide = mode === 'wide';
  const widest = Math.max(...PROACTIVE_BLOCKS.map((block) => block.columns.length));
  // Wide: a zero-width column for the block's title, the label column and `widest` count columns.
  // Narrow: three zero-width columns, one value column.
  const labelColumns = wide ? 2 : 3;
  const dataColumns = wide ? widest : 1;
  const th = (
    id: string,
    text: Label,
    scope: HeaderCell['scope'],
    headers: readonly string[],
    more: Partial<HeaderCell> = {},
  ): HeaderCell => ({kind: 'th', id, label: text, scope, colspan: 1, rowspan: 1, headers, ...more});
  const labelRow = (text: Label, level: number, leaf = false): GroupLabel => ({
    kind: 'group',
    label: text,
    colspan: 1,
    leaf,
    level,
  });
  const bodies = PROACTIVE_BLOCKS.map((block): LayoutRow[] => {
    const blockId = `${prefix}-b-${block.id}`;
    const contentId = `${prefix}-h-${block.id}`;
    const columnId = (column: {id: string}) => `${prefix}-c-${block.id}.${column.id}`;
    const keysFor = (row: {key: string}, column: {key?: string}) => [
      'proactive',
      row.key,
      ...(column.key ? [column.key] : []),
    ];
    const several = block.columns.length > 1;
    const rows: LayoutRow[] = [];
    if (!wide && !several) {
      // One count per row: its name (本年处理决定数量) groups the rows, as 规章 groups its counts.
      // A column header row would do for the HTML table model, but Chromium gives a column
      // header to every cell of its column: 本年处理决定数量 would name the counts of (一) too.
      const column = block.columns[0]!;
      const countId = columnId(column);
      rows.push([
        th(countId, column.label, 'row', [blockId], {rowspan: 2 * block.rows.length + 1, hidden: true}),
        zeroFiller(1),
        labelRow(column.label, 1),
      ]);
      for (const row of block.rows) {
        const rowId = `${prefix}-r-${row.id}`;
        rows.push(
          [th(rowId, row.label, 'row', [blockId, countId], {rowspan: 2, hidden: true}), labelRow(row.label, 2, true)],
          [{kind: 'td', ...cellRef(keysFor(row, column)), headers: [blockId, countId, rowId], colspan: 1}],
        );
      }
    } else if (!wide) {
      for (const row of block.rows) {
        const rowId = `${prefix}-r-${row.id}`;
        rows.push([
          th(rowId, row.label, 'row', [blockId], {rowspan: 2 * block.columns.length + 1, hidden: true}),
          zeroFiller(1),
          labelRow(row.label, 1),
        ]);
        for (const column of block.columns) {
          const countId = `${columnId(column)}-${row.id}`;
          rows.push(
            [
              th(countId, column.label, 'row', [blockId, rowId], {rowspan: 2, hidden: true}),
              labelRow(column.label, 2, true),
            ],
            [{kind: 'td', ...cellRef(keysFor(row, column)), headers: [blockId, rowId, countId], colspan: 1}],
          );
        }
      }
    } else {
      // The count columns: all of them, or the last one alone (see above).
      const labelSpan = several ? 1 : widest;
      rows.push([
        th(blockId, block.label, 'row', [], {rowspan: block.rows.length + 2, hidden: true, block: true}),
        {...labelRow(block.label, 0), colspan: 1 + widest},
      ]);
      rows.push([
        th(contentId, block.contentHeader, 'col', [blockId], {colspan: labelSpan}),
        ...block.columns.map((column) => th(columnId(column), column.label, 'col', [blockId])),
      ]);
      for (const row of block.rows) {
        const rowId = `${prefix}-r-${row.id}`;
        const data = block.columns.map((column): DataCell => ({
          kind: 'td',
          ...cellRef(keysFor(row, column)),
          headers: [blockId, columnId(column), rowId],
          colspan: 1,
        }));
        rows.push([th(rowId, row.label, 'row', [blockId], {colspan: labelSpan}), ...data]);
      }
    }
    if (wide) return rows;
    const title: LayoutRow = [
      th(blockId, block.label, 'row', [], {rowspan: rows.length + 1, hidden: true}),
      zeroFiller(2),
      labelRow(block.label, 0),
    ];
    return [title, ...rows];
  });
  if (wide) {
    return {
      ...finish('proactive', mode, [labelColumns, dataColumns], [], bodies, 1),
      blocks: true,
    };
  }
  return finish('proactive', mode, [labelColumns, dataColumns], [], bodies, labelColumns);
}

const layouts = new Map<string, TableLayout>();

/**
 * The layout of a table for a mode. Layouts depend on nothing but these arguments and are never
 * changed, so each is built once and shared by every element and render.
 */
export function tableLayout(table: TableId, mode: LayoutMode, undividedOther = false, print = false): TableLayout {
  // Only table 三 has groups of rows that a page break can cut.
  const forPaper = print && table === 'requests' && mode === 'wide';
  const key = `${table} ${mode} ${undividedOther} ${forPaper}`;
  let layout = layouts.get(key);
  if (!layout) {
    layout =
      table === 'proactive'
        ? proactiveLayout(mode)
        : table === 'requests'
          ? requestsLayout(mode, undividedOther, forPaper)
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
