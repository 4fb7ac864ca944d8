/**
 * The pages' lines and tables put back into one document in reading order: lines joined into
 * paragraphs, and a table that a page break cut in two joined again (its repeated head dropped,
 * a label cell that ran over the break extended instead of left as an empty cell).
 */
import type {SourceBlock, SourceCell} from '../source.js';
import {joinText, type Line} from './lines.js';
import type {GridCell, PageTable} from './ruled-tables.js';

/** A line of running text and where it is. */
export interface PlacedLine extends Line {
  readonly page: number;
  /** 1-based, counted top to bottom among the page's text lines outside tables. */
  readonly number: number;
}

export interface LaidOutPage {
  readonly page: number;
  readonly lines: PlacedLine[];
  readonly tables: PageTable[];
}

/** Outer borders of two table parts this close (points) make one table cut by a page break. */
const SAME_EDGE = 3;
/** A line that stops this many ems short of the text's right edge ends its paragraph. */
const SHORT_LINE_EMS = 1.5;
/** A line that starts this many ems further right than the line above starts a paragraph. */
const INDENT_EMS = 0.5;
/** Lines further apart than this many line heights are separate paragraphs. */
const PARAGRAPH_GAP = 2;

type Item = {kind: 'line'; top: number; line: PlacedLine} | {kind: 'table'; top: number; table: PageTable};

export function layOut(pages: readonly LaidOutPage[]): SourceBlock[] {
  const sequence: Item[][] = pages.map((page) =>
    [
      ...page.lines.map((line): Item => ({kind: 'line', top: line.baseline - line.size, line})),
      ...page.tables.map((table): Item => ({kind: 'table', top: table.ys[0], table})),
    ].sort((a, b) => a.top - b.top),
  );
  const bodyLines = pages.flatMap((page) => page.lines);
  const rightEdge = Math.max(...bodyLines.map((line) => line.x1), 0);

  // Runs of lines between tables, and tables as lists of page parts.
  const runs: ({kind: 'lines'; lines: PlacedLine[]} | {kind: 'table'; parts: PageTable[]})[] = [];
  sequence.forEach((items, pageIndex) => {
    items.forEach((item, i) => {
      const previous = runs[runs.length - 1];
      if (item.kind === 'line') {
        if (previous?.kind === 'lines') previous.lines.push(item.line);
        else runs.push({kind: 'lines', lines: [item.line]});
      } else if (
        previous?.kind === 'table' &&
        i === 0 &&
        pageIndex > 0 &&
        sequence[pageIndex - 1][sequence[pageIndex - 1].length - 1]?.kind === 'table' &&
        continues(previous.parts[previous.parts.length - 1], item.table)
      ) {
        previous.parts.push(item.table);
      } else {
        runs.push({kind: 'table', parts: [item.table]});
      }
    });
  });

  const blocks: SourceBlock[] = [];
  let tableIndex = 0;
  for (const run of runs) {
    if (run.kind === 'table') blocks.push(tableBlock(run.parts, tableIndex++));
    else blocks.push(...paragraphs(run.lines, rightEdge));
  }
  return blocks;
}

/** Whether `next` (first thing on its page) carries on `table` (last thing on the page before). */
const continues = (table: PageTable, next: PageTable) =>
  next.page === table.page + 1 &&
  Math.abs(next.xs[0] - table.xs[0]) <= SAME_EDGE &&
  Math.abs(next.xs[next.xs.length - 1] - table.xs[table.xs.length - 1]) <= SAME_EDGE;

function paragraphs(lines: PlacedLine[], rightEdge: number): SourceBlock[] {
  const blocks: SourceBlock[] = [];
  let text = '';
  let first: PlacedLine | undefined;
  let previous: PlacedLine | undefined;
  const flush = () => {
    if (first && text) blocks.push({kind: 'paragraph', text, origin: {page: first.page, line: first.number}});
    text = '';
    first = undefined;
  };
  for (const line of lines) {
    const carriesOn =
      previous &&
      Math.abs(line.size - previous.size) < 0.5 &&
      previous.x1 >= rightEdge - SHORT_LINE_EMS * previous.size &&
      line.x0 <= previous.x0 + INDENT_EMS * line.size &&
      (line.page === previous.page
        ? line.baseline - previous.baseline <= PARAGRAPH_GAP * previous.size
        : line.page === previous.page + 1);
    if (!carriesOn) flush();
    first ??= line;
    text = joinText(text, line.text);
    previous = line;
  }
  flush();
  return blocks;
}

/** A row of a table part, as the cells that start in it, for comparing heads. */
const rowSignature = (cells: readonly GridCell[], row: number, colOf: (x: number) => number) =>
  JSON.stringify(
    cells.filter((cell) => cell.row === row).map((cell) => [cell.text, colOf(cell.x0), colOf(cell.x1), cell.rowSpan]),
  );

function tableBlock(parts: PageTable[], index: number): SourceBlock {
  // One set of column lines for all parts, so a cell's columns mean the same on every page.
  const edges = [...new Set(parts.flatMap((part) => part.xs))].sort((a, b) => a - b);
  const columns: number[] = [];
  for (const x of edges) if (!columns.length || x - columns[columns.length - 1] > 2.5) columns.push(x);
  const colOf = (x: number) =>
    columns.reduce((best, c, i) => (Math.abs(c - x) < Math.abs(columns[best] - x) ? i : best), 0);

  const cells: (GridCell & {page: number})[] = [];
  let rowCount = 0;
  parts.forEach((part, p) => {
    const rows = part.ys.length - 1;
    let skip = 0;
    if (p > 0) {
      // The head a browser or word processor repeats on each page is the first part's head again.
      while (skip < rows - 1 && rowSignature(part.cells, skip, colOf) === rowSignature(parts[0].cells, skip, colOf))
        skip++;
    }
    for (const cell of part.cells) {
      if (cell.row < skip) continue;
      const col = colOf(cell.x0);
      const colSpan = Math.max(1, colOf(cell.x1) - col);
      if (p > 0 && cell.row === skip && cell.text === '') {
        // An empty box under a row-spanning cell that the page break cut: the rest of that cell.
        const above = cells.find(
          (c) => c.row + c.rowSpan === rowCount && c.col === col && c.colSpan === colSpan && c.rowSpan > 1,
        );
        if (above) {
          above.rowSpan += cell.rowSpan;
          continue;
        }
      }
      cells.push({...cell, row: cell.row - skip + rowCount, col, colSpan, page: part.page});
    }
    rowCount += rows - skip;
  });

  const rows: SourceCell[][] = Array.from({length: rowCount}, () => []);
  for (const cell of cells.sort((a, b) => a.row - b.row || a.col - b.col)) {
    const row = rows[cell.row];
    row.push({
      text: cell.text,
      rowSpan: cell.rowSpan,
      colSpan: cell.colSpan,
      origin: {table: index, row: cell.row, cell: row.length, page: cell.page},
    });
  }
  return {kind: 'table', table: {rows, structured: true, origin: {table: index, page: parts[0].page}}};
}
