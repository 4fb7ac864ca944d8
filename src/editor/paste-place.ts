/**
 * Where the cells of a pasted block go in a form table. A block is filled right and down from the
 * focused cell, except when that would put numbers in the wrong rows:
 * - a block that carries its row labels (a spreadsheet or web table copied with its label
 *   columns) is placed row by row by those labels, whatever the order or number of its rows, and
 *   a labelled row the table does not have (（六）'s three rows in the 2019 layout, or its one row in
 *   the 2021 layout) is left out and counted;
 * - a block of numbers only, pasted at the top of table 三, with exactly as many rows as the other
 *   layout of that table (25 rows of the 2021 layout, 23 of the 2019 one), is placed row by row as
 *   that layout's rows, and the rows the table on show does not have are left out and counted.
 * Nothing is summed or split to make rows fit: what has no place is named, never guessed.
 * Labels are compared as the import compares them (normalizeLabel, looksLikeValue).
 */
import type {Label} from '../model/format.js';
import {normalizeLabel} from '../import/place/normalize.js';
import {looksLikeValue} from '../import/place/values.js';
import type {FormTable} from './form-tables.js';

export interface PastePlan {
  /** Each cell to fill, with the text pasted for it. */
  readonly cells: readonly (readonly [path: string, text: string])[];
  /** How the rows were matched to the table's rows. */
  readonly by: 'position' | 'label' | 'other-layout';
  /** The rows of the block. */
  readonly rows: number;
  /** Rows holding something that have no row in the table. */
  readonly rowsLeftOut: number;
  /** Non-empty cells not filled: in those rows, or beyond the table's last row or column. */
  readonly cellsLeftOut: number;
}

const filled = (text: string) => text.trim() !== '';
const normalized = (text: string) => normalizeLabel(text).toLowerCase();

/** A pasted row split into its labels and its values: labels are the texts before the last one that is not a value. */
function splitRow(cells: readonly string[]): {labels: string[]; values: readonly string[]} {
  let last = -1;
  cells.forEach((text, i) => {
    if (filled(text) && !looksLikeValue(text)) last = i;
  });
  return {labels: cells.slice(0, last + 1).filter(filled), values: cells.slice(last + 1)};
}

/** The grid row whose own label (its last) is `label`, in either language. */
function rowByLabel(table: FormTable, label: string): number {
  const wanted = normalized(label);
  const same = (own: Label | undefined) => own && (normalized(own.zh) === wanted || normalized(own.en) === wanted);
  return table.rowLabels.findIndex((labels) => same(labels[labels.length - 1]));
}

function byLabels(block: readonly (readonly string[])[], table: FormTable): PastePlan | undefined {
  const rows = block.map(splitRow);
  const placedAt = rows.map((row) => (row.labels.length ? rowByLabel(table, row.labels[row.labels.length - 1]!) : -1));
  if (!placedAt.some((at) => at >= 0)) return undefined;
  const cells: [string, string][] = [];
  let rowsLeftOut = 0;
  let cellsLeftOut = 0;
  rows.forEach(({values}, i) => {
    const paths = table.grid[placedAt[i]!];
    const present = values.filter(filled).length;
    if (!paths) {
      // A header row, the corner note or a blank row holds no value: nothing is lost.
      if (present) [rowsLeftOut, cellsLeftOut] = [rowsLeftOut + 1, cellsLeftOut + present];
      return;
    }
    // Merged label cells leave empty cells before the values: drop them while the row is too wide.
    let start = 0;
    while (values.length - start > paths.length && !filled(values[start]!)) start++;
    values.slice(start).forEach((text, column) => {
      const path = paths[column];
      if (path) cells.push([path, text]);
      else if (filled(text)) cellsLeftOut++;
    });
  });
  return {cells, by: 'label', rows: block.length, rowsLeftOut, cellsLeftOut};
}

/**
 * Place `block` in `table` from the focused cell (`row`, `column`). `otherLayout`: the same table
 * in the other layout of （六）其他处理, when it has another number of rows.
 */
export function placeBlock(
  block: readonly (readonly string[])[],
  table: FormTable,
  row: number,
  column: number,
  otherLayout?: FormTable,
): PastePlan {
  const labelled = byLabels(block, table);
  if (labelled) return labelled;
  const asOther =
    otherLayout && row === 0 && block.length === otherLayout.grid.length && block.length !== table.grid.length;
  const own = new Set(table.grid.flat());
  const cells: [string, string][] = [];
  let rowsLeftOut = 0;
  let cellsLeftOut = 0;
  block.forEach((cellsOfRow, i) => {
    const paths = (asOther ? otherLayout : table).grid[row + i];
    let leftInRow = 0;
    cellsOfRow.forEach((text, j) => {
      const path = paths?.[column + j];
      if (path && own.has(path)) cells.push([path, text]);
      else if (filled(text)) leftInRow++;
    });
    if (leftInRow && (!paths || paths.every((path) => !own.has(path)))) rowsLeftOut++;
    cellsLeftOut += leftInRow;
  });
  return {cells, by: asOther ? 'other-layout' : 'position', rows: block.length, rowsLeftOut, cellsLeftOut};
}
