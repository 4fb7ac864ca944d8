// The official printed layout of a report's three tables, as rows of cells with spans, built from
// the format data (dist/node/model/format.js) and one report. The test generators of .docx
// (write-docx.mjs) and of Word-pasted HTML (write-pasted-html.mjs) both draw from it, so the two
// files of one example hold the same grid: it is the layout of the official Word template (the
// 2021 notice's 模板), with its merges, not anything of the importer's.
//
// A cell: {text, colSpan, rowSpan, kind: 'title' | 'header' | 'label' | 'value' | 'note', id?, path?}.
// `id` is the format's id of a header or row label (what a variant may garble); `path` the cell
// path of a value. A cell covered by a span is not repeated in later rows (as in HTML).
import {
  APPEAL_COLUMNS,
  PROACTIVE_BLOCKS,
  REPORT_LABELS,
  REQUESTS_CORNER_NOTE,
  REQUEST_COLUMNS,
  REQUEST_ROWS,
  SECTIONS,
  TABLE_UNITS,
  depth,
  keysOf,
  leafChains,
  leaves,
} from '../../dist/node/model/format.js';

/**
 * How a generator writes what the report holds. A variant changes only these:
 * - `value(path, value)`: the text of a value cell (default: digits, blank for null);
 * - `label(id, zh)`: the text of a header or row label (default: the format's Chinese).
 */
/** How many <table>s a report shows: table 二 is one per block (each block has its own column headers; Chromium's header model, docs/accessibility.md), then 三 and 四. */
export const TABLES_SHOWN = PROACTIVE_BLOCKS.length + 2;

export const plainStyle = {
  value: (_path, value) => (value === null || value === undefined ? '' : String(value)),
  label: (_id, zh) => zh,
};

const zhOf = (text) => (typeof text === 'string' ? text : text.zh);

/** The title line: the report's own title, else the format's pattern. */
export function titleOf(report) {
  return report.title ? zhOf(report.title) : `${zhOf(report.agency)}${report.year}${REPORT_LABELS.titleSuffix.zh}`;
}

/**
 * The document in reading order: {kind: 'title' | 'heading' | 'subhead' | 'paragraph' | 'units', text}
 * and {kind: 'table', table: 'proactive' | 'requests' | 'appeals', rows}.
 */
export function documentBlocks(report, style = plainStyle) {
  const blocks = [{kind: 'title', text: titleOf(report)}];
  for (const text of report.preamble ?? []) blocks.push({kind: 'paragraph', text: zhOf(text)});
  for (const section of SECTIONS) {
    blocks.push({kind: 'heading', text: section.heading.zh});
    if (section.kind === 'narrative') {
      const narrative = report[section.id];
      for (const text of narrative.paragraphs ?? []) blocks.push({kind: 'paragraph', text: zhOf(text)});
      for (const part of narrative.parts ?? []) {
        blocks.push({kind: 'subhead', text: zhOf(part.title)});
        for (const text of part.paragraphs) blocks.push({kind: 'paragraph', text: zhOf(text)});
      }
    } else {
      blocks.push({kind: 'units', text: TABLE_UNITS[section.id].zh});
      blocks.push({kind: 'table', table: section.id, rows: tableRows(section.id, report, style)});
      for (const text of report[section.id].notes ?? []) blocks.push({kind: 'paragraph', text: zhOf(text)});
    }
  }
  if (report.publishedOn) {
    const [year, month, day] = report.publishedOn.split('-').map(Number);
    blocks.push({kind: 'signature', text: zhOf(report.agency)});
    blocks.push({kind: 'signature', text: `${year}年${month}月${day}日`});
  }
  return blocks;
}

export function tableRows(table, report, style = plainStyle) {
  if (table === 'proactive') return proactiveRows(report, style);
  if (table === 'requests') return requestRows(report, style);
  return appealRows(report, style);
}

const valueCell = (report, style, keys, colSpan = 1) => {
  const path = keys.join('.');
  const value = keys.reduce((node, key) => node?.[key], report);
  return {text: style.value(path, value ?? null), colSpan, rowSpan: 1, kind: 'value', path};
};

const headerCell = (style, node, colSpan, rowSpan, kind = 'header') => ({
  text: style.label(node.id, node.label.zh),
  colSpan,
  rowSpan,
  kind,
  id: node.id,
});

/** Table 二: four stacked blocks of 4 grid columns (a title row, a header row, data rows). */
function proactiveRows(report, style) {
  const gridColumns = 1 + Math.max(...PROACTIVE_BLOCKS.map((block) => block.columns.length));
  const rows = [];
  for (const block of PROACTIVE_BLOCKS) {
    const spanOf = (i) => (i === block.columns.length - 1 ? gridColumns - block.columns.length : 1);
    rows.push([headerCell(style, {id: block.id, label: block.label}, gridColumns, 1, 'title')]);
    rows.push([
      headerCell(style, {id: `${block.id}.content`, label: block.contentHeader}, 1, 1),
      ...block.columns.map((column, i) =>
        headerCell(style, {id: `${block.id}.${column.id}`, label: column.label}, spanOf(i), 1),
      ),
    ]);
    for (const row of block.rows) {
      rows.push([
        headerCell(style, row, 1, 1, 'label'),
        ...block.columns.map((column, i) =>
          valueCell(report, style, ['proactive', row.key, ...(column.key ? [column.key] : [])], spanOf(i)),
        ),
      ]);
    }
  }
  return rows;
}

/** Header rows of a column tree: a group spans its leaves, a leaf reaches down to the last row. */
function columnHeaderRows(nodes, style) {
  const rowsDeep = depth(nodes);
  const rows = Array.from({length: rowsDeep}, () => []);
  const walk = (list, level) => {
    for (const node of list) {
      const rowSpan = node.children ? 1 : rowsDeep - level;
      rows[level].push(headerCell(style, node, leaves([node]).length, rowSpan));
      if (node.children) walk(node.children, level + 1);
    }
  };
  walk(nodes, 0);
  return rows;
}

/**
 * Row-label cells of a row tree: each group's label spans its leaves' rows (vMerge/rowspan), a
 * leaf's label spans the label columns left to its right.
 */
function rowLabelCells(nodes, style) {
  const labelColumns = depth(nodes);
  const seen = new Set();
  return leafChains(nodes).map((chain) => ({
    chain,
    cells: chain.flatMap((node, level) => {
      if (seen.has(node)) return [];
      seen.add(node);
      const last = level === chain.length - 1;
      return [headerCell(style, node, last ? labelColumns - level : 1, last ? 1 : leaves([node]).length, 'label')];
    }),
  }));
}

/** The row tree of table 三 as this report has it: （六） undivided when the report's row is. */
function requestRowTree(report) {
  const undivided = report.requests.results.other && 'naturalPerson' in report.requests.results.other;
  if (!undivided) return REQUEST_ROWS;
  const strip = (node) =>
    node.mayBeUndivided
      ? {id: node.id, key: node.key, label: node.label}
      : node.children
        ? {...node, children: node.children.map(strip)}
        : node;
  return REQUEST_ROWS.map(strip);
}

/** Table 三: the corner note, three header rows, then 25 rows (23 with an undivided （六）). */
function requestRows(report, style) {
  const rowTree = requestRowTree(report);
  const header = columnHeaderRows(REQUEST_COLUMNS, style);
  header[0].unshift({
    text: style.label('requests.corner', REQUESTS_CORNER_NOTE.zh),
    colSpan: depth(rowTree),
    rowSpan: header.length,
    kind: 'note',
    id: 'requests.corner',
  });
  const columnKeys = leafChains(REQUEST_COLUMNS).map(keysOf);
  const body = rowLabelCells(rowTree, style).map(({chain, cells}) => [
    ...cells,
    ...columnKeys.map((keys) => valueCell(report, style, ['requests', ...keysOf(chain), ...keys])),
  ]);
  return [...header, ...body];
}

/** Table 四: three header rows and one data row of 15 values. */
function appealRows(report, style) {
  const columnKeys = leafChains(APPEAL_COLUMNS).map(keysOf);
  return [
    ...columnHeaderRows(APPEAL_COLUMNS, style),
    columnKeys.map((keys) => valueCell(report, style, ['appeals', ...keys])),
  ];
}

/**
 * Each row as Word writes it: every grid position a cell starts at, in column order, including
 * the positions a span from an earlier row covers ({column, colSpan, cell} for a cell of the row,
 * {column, colSpan, continues: cell} for a covered position: Word's vMerge continuation).
 */
export function wordRows(rows) {
  const continuations = rows.map(() => []);
  return rows.map((row, r) => {
    const placed = [...continuations[r]];
    const covered = new Set(continuations[r].flatMap(({column, colSpan}) => range(column, colSpan)));
    let column = 0;
    for (const cell of row) {
      while (covered.has(column)) column++;
      placed.push({column, colSpan: cell.colSpan, cell});
      for (let down = 1; down < cell.rowSpan; down++) {
        continuations[r + down].push({column, colSpan: cell.colSpan, continues: cell});
      }
      column += cell.colSpan;
    }
    return placed.sort((a, b) => a.column - b.column);
  });
}

const range = (start, length) => Array.from({length}, (_, i) => start + i);

/**
 * Table 三's columns in another order than the format's, as some offices print them: 总计 first,
 * then 自然人, then the five 法人或其他组织 columns reversed. `rows` are the table's rows from
 * tableRows('requests', …) (three header rows, then rows ending in their seven values), reshaped
 * in place. Shared by the import tests and the reordered PDF fixture (scripts/make-pdf-fixtures.mjs).
 */
export function reorderRequestColumns(rows) {
  const [natural, legal, total] = rows[1];
  rows[1] = [total, natural, legal];
  rows[2].reverse();
  for (const row of rows.slice(3)) {
    const values = row.splice(row.length - 7);
    row.push(values[6], values[0], ...values.slice(1, 6).reverse());
  }
}

/** Table 二 with 本年废止件数 printed before 本年制发件数, in its header rows and its value rows alike. */
export function swapProactiveColumns(rows) {
  for (const row of rows) if (row.length === 4) [row[1], row[2]] = [row[2], row[1]];
}

/**
 * Table 四 with its groups in another order, as some offices print it: 行政诉讼 first (复议后起诉
 * before 未经复议直接起诉), then 行政复议 with its 总计 first. `rows` are the table's rows from
 * tableRows('appeals', …) (three header rows, one row of 15 values), reshaped in place. For the
 * PDF fixture huaian-2024.appeals-reordered.pdf (scripts/make-pdf-fixtures.mjs).
 */
export function reorderAppealColumns(rows) {
  const [groups, middle, outcomes, values] = rows;
  groups.reverse();
  const review = middle.slice(0, 5);
  rows[1] = [middle[6], middle[5], review[4], ...review.slice(0, 4)];
  rows[2] = [...outcomes.slice(5), ...outcomes.slice(0, 5)];
  rows[3] = [...values.slice(10), ...values.slice(5, 10), values[4], ...values.slice(0, 4)];
}
