/**
 * Source tables as rows of positioned cells, whatever the reader: a structured table (docx, html)
 * is expanded into its grid, so that a label spanning several rows (「三、本年度办理结果」, rowspan 22)
 * belongs to each of them and every cell knows its grid column; a table rebuilt from text (pdf,
 * txt) keeps its cells as split, their index standing in for the column.
 */
import {IMPORT_LIMITS} from '../limits.js';
import type {CellPosition, SourceOrigin, SourceTable} from '../source.js';
import {looksLikeValue} from './values.js';
import {normalizeLabel} from './normalize.js';

/** The format's longest label has 40-odd characters; comparing more of a cell's text only costs time. */
const MAX_LABEL = 120;
/** Grid positions a table's spans may cover in all: far above any report, far below what would stall a page. */
const MAX_GRID_AREA = 200_000;

export interface RowCell {
  readonly text: string;
  /** Grid column (structured), or the cell's index in its row (rebuilt from text). */
  readonly column: number;
  /** Grid columns it covers (its colspan); 1 for rows rebuilt from text. */
  readonly span: number;
  /** Where it was printed across the page (rebuilt from a PDF's text). */
  readonly position?: CellPosition;
  readonly origin: SourceOrigin;
}

export interface SourceRow {
  /** The row's label, in pieces: each non-empty label cell, normalized (normalize.ts). */
  readonly labelParts: readonly string[];
  /** The label as printed (its cells' text joined by spaces), for messages. */
  readonly labelText: string;
  /** The cells after the row's last label cell, blanks included, in column order. */
  readonly values: readonly RowCell[];
  /** All the row's cells, in column order. */
  readonly cells: readonly RowCell[];
  readonly structured: boolean;
  readonly origin: SourceOrigin;
  /** Which source table the row is from (its index among the tables), set when tables are joined. */
  readonly part?: number;
  /** Every cell's normalized text, for recognizing the table. */
  readonly texts: readonly string[];
}

/** Whether a cell holds any text (a blank cell, or no cell at all, does not). */
export const filled = (cell: RowCell | undefined): boolean => cell !== undefined && cell.text.trim() !== '';

/** The rows of a table, each split into its label and its values. */
export function tableRows(table: SourceTable): SourceRow[] {
  const grid = table.structured
    ? expand(table)
    : table.rows.map((cells) =>
        cells.map((cell, i) => ({text: cell.text, column: i, span: 1, position: cell.position, origin: cell.origin})),
      );
  return grid.map((cells, index) => splitRow(cells, table.structured, table.rows[index]?.[0]?.origin ?? table.origin));
}

function splitRow(cells: readonly RowCell[], structured: boolean, origin: SourceOrigin): SourceRow {
  let lastLabel = -1;
  cells.forEach((cell, i) => {
    if (cell.text.trim() !== '' && !looksLikeValue(cell.text)) lastLabel = i;
  });
  const labelParts = cells
    .slice(0, lastLabel + 1)
    .map((cell) => normalizeLabel(cell.text).slice(0, MAX_LABEL))
    .filter((part) => part !== '');
  const labelText = cells
    .slice(0, lastLabel + 1)
    .map((cell) => cell.text.trim())
    .filter((text) => text !== '')
    .join(' ');
  return {
    labelParts,
    labelText,
    values: cells.slice(lastLabel + 1),
    cells,
    structured,
    origin,
    texts: cells.map((cell) => normalizeLabel(cell.text).slice(0, MAX_LABEL)).filter((text) => text !== ''),
  };
}

/**
 * A structured table's grid: row by row, each cell placed in the first free column and marked as
 * covering the rows and columns it spans. A row's cells are the distinct cells covering it, by
 * column, so a rowspan label repeats in the rows below it and a colspan value counts once.
 */
function expand(table: SourceTable): RowCell[][] {
  const rowCount = table.rows.length;
  const occupied: (RowCell | undefined)[][] = Array.from({length: rowCount}, () => []);
  let cellsSeen = 0;
  let area = 0;
  table.rows.forEach((cells, r) => {
    let column = 0;
    for (const cell of cells) {
      if (++cellsSeen > IMPORT_LIMITS.tableCells) return;
      // A cell the source places further right (past empty grid columns) starts there; the skip is
      // bounded like a span, so a hostile column number cannot widen the grid without end.
      if (cell.column !== undefined && cell.column > column) column = Math.min(cell.column, column + 64);
      while (occupied[r]![column]) column++;
      // Spans beyond the table or absurdly wide are clamped, and once the grid is too large every
      // span counts as 1: a hostile file must not make us fill millions of positions.
      let rowSpan = Math.max(1, Math.min(cell.rowSpan || 1, rowCount - r));
      let colSpan = Math.max(1, Math.min(cell.colSpan || 1, 64));
      area += rowSpan * colSpan;
      if (area > MAX_GRID_AREA) rowSpan = colSpan = 1;
      const placed: RowCell = {text: cell.text, column, span: colSpan, origin: cell.origin};
      for (let dr = 0; dr < rowSpan; dr++) {
        for (let dc = 0; dc < colSpan; dc++) occupied[r + dr]![column + dc] = placed;
      }
      column += colSpan;
    }
  });
  return occupied.map((row) => [...new Set(row.filter((cell): cell is RowCell => cell !== undefined))]);
}
