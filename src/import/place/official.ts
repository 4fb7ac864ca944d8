/**
 * The rows and columns of tables 二, 三 and 四 as placement needs them, read from the format
 * (src/model/format.ts): for each data row its JSON path, its printed label, and the cell path of
 * each of its value columns in printed order.
 */
import {
  APPEAL_COLUMNS,
  PROACTIVE_BLOCKS,
  REQUEST_COLUMNS,
  REQUEST_ROWS,
  SECTIONS,
  keysOf,
  leafChains,
} from '../../model/format.js';
import type {HeaderNode, Label} from '../../model/format.js';
import type {TableId} from '../../model/types.js';
import {normalizeLabel} from './normalize.js';

export interface OfficialRow {
  /** The row's path: 'proactive.rules', 'requests.results.withheld.stateSecret'. */
  readonly path: string;
  readonly label: Label;
  /** normalizeLabel(label.zh), computed once. */
  readonly normalized: string;
  /** Cell paths of the row's values, in printed column order. */
  readonly cells: readonly string[];
  readonly valueKind: 'count' | 'fees';
  /** The headers of its value columns, normalized, in printed order (each block of table 二 has its own). */
  readonly columnLabels: readonly string[];
}

export interface OfficialTable {
  readonly id: TableId;
  readonly heading: Label;
  readonly rows: readonly OfficialRow[];
  /** Table 三 only: the rows with （六）其他处理 printed as one undivided row (the 2019 layout). */
  readonly undividedRows?: readonly OfficialRow[];
  /** Labels that tell this table from the other two (headers and row labels), normalized. */
  readonly marks: readonly string[];
  /**
   * Table 四 only: for each cell of its one row, the labels that name it, normalized: its outcome and
   * the group just above it (「行政复议」 and 「结果维持」; 「复议后起诉」 and 「总计」), unique together.
   */
  readonly cellNames?: readonly (readonly string[])[];
  /**
   * Table 四 only: every header above the outcomes (「行政复议」, 「行政诉讼」, 「未经复议直接起诉」,
   * 「复议后起诉」), normalized: headers over several values, never an outcome's own.
   */
  readonly groupNames?: readonly string[];
}

const officialRow = (
  path: string,
  label: Label,
  cells: string[],
  columnLabels: readonly Label[],
  valueKind: 'count' | 'fees' = 'count',
): OfficialRow => ({
  path,
  label,
  normalized: normalizeLabel(label.zh),
  cells,
  valueKind,
  columnLabels: columnLabels.map((column) => normalizeLabel(column.zh)),
});

const heading = (id: TableId) => SECTIONS.find((section) => section.id === id)!.heading;

const proactiveRows: OfficialRow[] = PROACTIVE_BLOCKS.flatMap((block) =>
  block.rows.map((row) => {
    const path = `proactive.${row.key}`;
    const cells = block.columns.map((column) => (column.key ? `${path}.${column.key}` : path));
    const headers = block.columns.map((column) => column.label);
    return officialRow(path, row.label, cells, headers, block.decimal ? 'fees' : 'count');
  }),
);

const applicantChains = leafChains(REQUEST_COLUMNS);
const applicantKeys = applicantChains.map((chain) => keysOf(chain).join('.'));
const applicantLabels = applicantChains.map((chain) => chain[chain.length - 1]!.label);

/** The data rows of table 三: its leaves, or an undivided group in place of its leaves. */
function requestRows(nodes: readonly HeaderNode[], ancestors: readonly string[], undivided: boolean): OfficialRow[] {
  return nodes.flatMap((node) => {
    const keys = [...ancestors, ...(node.key ? [node.key] : [])];
    if (node.children && !(undivided && node.mayBeUndivided)) return requestRows(node.children, keys, undivided);
    const path = ['requests', ...keys].join('.');
    return [
      officialRow(
        path,
        node.label,
        applicantKeys.map((key) => `${path}.${key}`),
        applicantLabels,
      ),
    ];
  });
}

const appealChains = leafChains(APPEAL_COLUMNS);
const appealCells = appealChains.map((chain) => ['appeals', ...keysOf(chain)].join('.'));

/** Every header label of a tree, normalized (for telling tables apart). */
const headerMarks = (nodes: readonly HeaderNode[]): string[] =>
  nodes.flatMap((node) => [normalizeLabel(node.label.zh), ...headerMarks(node.children ?? [])]);

const requestRowList = requestRows(REQUEST_ROWS, [], false);

export const OFFICIAL_TABLES: readonly OfficialTable[] = [
  {
    id: 'proactive',
    heading: heading('proactive'),
    rows: proactiveRows,
    marks: [
      ...PROACTIVE_BLOCKS.flatMap((block) => [
        normalizeLabel(block.label.zh),
        ...block.columns.map((c) => normalizeLabel(c.label.zh)),
      ]),
      ...proactiveRows.map((row) => row.normalized),
    ],
  },
  {
    id: 'requests',
    heading: heading('requests'),
    rows: requestRowList,
    undividedRows: requestRows(REQUEST_ROWS, [], true),
    marks: [
      ...headerMarks(REQUEST_COLUMNS).filter((mark) => mark !== '总计'),
      ...requestRowList.map((r) => r.normalized),
    ],
  },
  {
    id: 'appeals',
    heading: heading('appeals'),
    // One data row of 15 values; it has no label of its own.
    rows: [officialRow('appeals', heading('appeals'), appealCells, [])],
    cellNames: appealChains.map((chain) => chain.slice(-2).map((node) => normalizeLabel(node.label.zh))),
    groupNames: [
      ...new Set(appealChains.flatMap((chain) => chain.slice(0, -1).map((node) => normalizeLabel(node.label.zh)))),
    ],
    marks: [...new Set(headerMarks(APPEAL_COLUMNS))],
  },
];
