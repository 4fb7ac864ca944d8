/**
 * The three official tables as form layouts, read from the format's header trees (format.ts):
 * which header cells each row holds, with their spans, and which cell path each input edits.
 * Nothing here names a label or a key of its own; the editor renders these layouts as they are.
 */
import {
  APPEAL_COLUMNS,
  PROACTIVE_BLOCKS,
  REQUEST_COLUMNS,
  REQUEST_ROWS,
  REQUESTS_CORNER_NOTE,
  depth,
  keysOf,
  leafChains,
  leaves,
  sectionFormat,
  type HeaderNode,
  type Label,
  type SectionFormat,
} from '../model/format.js';
import {requestRows} from '../model/table-layout.js';
import type {TableId} from '../model/types.js';

export interface HeaderCell {
  readonly kind: 'header';
  readonly label: Label;
  readonly colspan: number;
  readonly rowspan: number;
  readonly scope: 'col' | 'colgroup' | 'row' | 'rowgroup';
}

/** A cell that heads no cells: the empty corner of table 三, the filler beside a block title of table 二. */
export interface NoteCell {
  readonly kind: 'note';
  readonly colspan: number;
  readonly rowspan: number;
}

export interface InputCell {
  readonly kind: 'input';
  readonly path: string;
  /** Money (the fee): a fraction is allowed. */
  readonly decimal: boolean;
  readonly colspan: number;
}

export type FormCell = HeaderCell | NoteCell | InputCell;

export interface FormTable {
  readonly id: TableId;
  readonly section: SectionFormat;
  /** A rule of the table printed with it (the corner note of table 三), not a header: shown under the caption. */
  readonly note?: Label;
  readonly head: readonly (readonly FormCell[])[];
  /** Row groups (one <tbody> each): table 二's blocks, or all rows. */
  readonly bodies: readonly (readonly (readonly FormCell[])[])[];
  /** The input paths row by row, for moving with the arrow keys and for pasting a block. */
  readonly grid: readonly (readonly string[])[];
  /** Each grid row's header labels, outermost group first (none for table 四): a pasted row is placed by them. */
  readonly rowLabels: readonly (readonly Label[])[];
}

const header = (label: Label, colspan: number, rowspan: number, scope: HeaderCell['scope']): HeaderCell => ({
  kind: 'header',
  label,
  colspan,
  rowspan,
  scope,
});

/** The header rows of a column tree: a group spans its leaves, a leaf reaches down to the last row. */
function columnHead(nodes: readonly HeaderNode[]): FormCell[][] {
  const rows = Array.from({length: depth(nodes)}, (): FormCell[] => []);
  const visit = (node: HeaderNode, level: number): void => {
    if (node.children) {
      rows[level]!.push(header(node.label, leaves(node.children).length, 1, 'colgroup'));
      node.children.forEach((child) => visit(child, level + 1));
    } else {
      rows[level]!.push(header(node.label, 1, rows.length - level, 'col'));
    }
  };
  nodes.forEach((node) => visit(node, 0));
  return rows;
}

/** Body rows of a row tree: each group's header sits in the row of its first leaf and spans its leaves. */
function rowTreeBody(table: TableId, rowsTree: readonly HeaderNode[], columns: readonly HeaderNode[][]) {
  const width = depth(rowsTree);
  const started = new Set<HeaderNode>();
  const body: FormCell[][] = [];
  const grid: string[][] = [];
  const rowLabels: Label[][] = [];
  for (const chain of leafChains(rowsTree)) {
    const cells: FormCell[] = [];
    chain.forEach((node, level) => {
      if (started.has(node)) return;
      started.add(node);
      cells.push(
        node.children
          ? header(node.label, 1, leaves(node.children).length, 'rowgroup')
          : header(node.label, width - level, 1, 'row'),
      );
    });
    const paths = columns.map((column) => [table, ...keysOf(chain), ...keysOf(column)].join('.'));
    paths.forEach((path) => cells.push({kind: 'input', path, decimal: false, colspan: 1}));
    body.push(cells);
    grid.push(paths);
    rowLabels.push(chain.map((node) => node.label));
  }
  return {body, grid, rowLabels};
}

/**
 * Table 三 with the 2021 rows, or with （六）其他处理 as the one row of the 2019 layout (as the viewer
 * lays out a report that prints it undivided: the model's own row tree, `requestRows`).
 */
function requestsTable(undivided: boolean): FormTable {
  const rows = requestRows(undivided);
  const head = columnHead(REQUEST_COLUMNS);
  head[0]!.unshift({kind: 'note', colspan: depth(REQUEST_ROWS), rowspan: head.length});
  const {body, grid, rowLabels} = rowTreeBody('requests', rows, leafChains(REQUEST_COLUMNS));
  return {
    id: 'requests',
    section: sectionFormat('requests'),
    note: REQUESTS_CORNER_NOTE,
    head,
    bodies: [body],
    grid,
    rowLabels,
  };
}

function appealsTable(): FormTable {
  const paths = leafChains(APPEAL_COLUMNS).map((chain) => ['appeals', ...keysOf(chain)].join('.'));
  return {
    id: 'appeals',
    section: sectionFormat('appeals'),
    head: columnHead(APPEAL_COLUMNS),
    bodies: [[paths.map((path) => ({kind: 'input', path, decimal: false, colspan: 1}))]],
    grid: [paths],
    rowLabels: [[]],
  };
}

/**
 * Table 二: four stacked blocks, each a title row, a header row and its data rows, four columns
 * wide. The print spans a title over the whole width, but a row of one spanning cell is what a
 * faked caption looks like to assistive technology, so the title heads its block (a <tbody> of
 * its own, scope=rowgroup) from the first column and an empty cell fills the rest.
 */
function proactiveTable(): FormTable {
  const width = 1 + Math.max(...PROACTIVE_BLOCKS.map((block) => block.columns.length));
  const bodies: FormCell[][][] = [];
  const grid: string[][] = [];
  const rowLabels: Label[][] = [];
  for (const block of PROACTIVE_BLOCKS) {
    const span = (width - 1) / block.columns.length;
    const body: FormCell[][] = [];
    bodies.push(body);
    body.push([header(block.label, 1, 1, 'rowgroup'), {kind: 'note', colspan: width - 1, rowspan: 1}]);
    body.push([
      header(block.contentHeader, 1, 1, 'col'),
      ...block.columns.map((column) => header(column.label, span, 1, 'col')),
    ]);
    for (const row of block.rows) {
      const paths = block.columns.map((column) =>
        ['proactive', row.key, ...(column.key ? [column.key] : [])].join('.'),
      );
      body.push([
        header(row.label, 1, 1, 'row'),
        ...paths.map((path): InputCell => ({kind: 'input', path, decimal: Boolean(block.decimal), colspan: span})),
      ]);
      grid.push(paths);
      rowLabels.push([block.label, row.label]);
    }
  }
  return {id: 'proactive', section: sectionFormat('proactive'), head: [], bodies, grid, rowLabels};
}

/** The tables of a report in the 2021 layout. */
export const FORM_TABLES: readonly FormTable[] = [proactiveTable(), requestsTable(false), appealsTable()];
/** The tables of a report that prints （六）其他处理 undivided (the 2019 layout): only table 三 differs. */
const UNDIVIDED_TABLES: readonly FormTable[] = FORM_TABLES.map((table) =>
  table.id === 'requests' ? requestsTable(true) : table,
);

const inputsOf = (tables: readonly FormTable[]): Map<string, InputCell> =>
  new Map(
    tables
      .flatMap((table) => table.bodies.flat(2))
      .flatMap((cell) => (cell.kind === 'input' ? [[cell.path, cell] as const] : [])),
  );

/** The form for one shape of report: its tables and the inputs they hold. */
export interface FormLayout {
  /** Whether （六）其他处理 is one undivided row (the 2019 layout). */
  readonly undivided: boolean;
  readonly tables: readonly FormTable[];
  readonly inputs: ReadonlyMap<string, InputCell>;
}

const LAYOUTS: readonly [FormLayout, FormLayout] = [
  {undivided: false, tables: FORM_TABLES, inputs: inputsOf(FORM_TABLES)},
  {undivided: true, tables: UNDIVIDED_TABLES, inputs: inputsOf(UNDIVIDED_TABLES)},
];

/** The form for a report in the 2021 layout, or with （六）其他处理 undivided. */
export const formLayout = (undivided: boolean): FormLayout => LAYOUTS[undivided ? 1 : 0];

/** Every input of either layout, with whether it takes a fraction (a path names the same cell in both). */
export const INPUTS: ReadonlyMap<string, InputCell> = new Map([...LAYOUTS[0].inputs, ...LAYOUTS[1].inputs]);

/** The inputs of the undivided （六）其他处理 row, which the 2021 layout does not have. */
export const UNDIVIDED_ROW: readonly string[] = [...LAYOUTS[1].inputs.keys()].filter(
  (path) => !LAYOUTS[0].inputs.has(path),
);

/** The table and grid position of an input path in a layout. */
export function gridPosition(
  path: string,
  layout: FormLayout = LAYOUTS[0],
): {table: FormTable; row: number; column: number} | undefined {
  for (const table of layout.tables) {
    for (let row = 0; row < table.grid.length; row++) {
      const column = table.grid[row]!.indexOf(path);
      if (column >= 0) return {table, row, column};
    }
  }
  return undefined;
}
