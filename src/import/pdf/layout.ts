/**
 * The pages' lines and tables put back into one document in reading order: lines joined into
 * paragraphs, a table that a page break cut in two joined again (its repeated head dropped, a
 * label cell that ran over the break extended instead of left as an empty cell), and tables
 * without rules found among the lines (./text-tables.ts).
 */
import type {SourceBlock, SourceCell} from '../source.js';
import {joinText, type Line} from './lines.js';
import type {GridCell, PageTable} from './ruled-tables.js';
import {findTextTables, textTable, type Stretch} from './text-tables.js';

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
const SENTENCE_END = /[。！？；：.!?;:]$/;
/** A centred line this share of the text width wide is full: a centred title goes on below it. */
const CENTRED_FULL = 0.8;
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

  // Tables without rules are found among the lines; the rest is prose, whose margins are measured.
  type Piece = Stretch | {kind: 'table'; parts: PageTable[]};
  const pieces = runs.flatMap((run): Piece[] => (run.kind === 'lines' ? findTextTables(run.lines) : [run]));
  const proseLines = pieces.flatMap((piece) => (piece.kind === 'lines' ? piece.lines : []));
  const rightEdge = Math.max(...proseLines.map((line) => line.x1), 0);
  const leftEdge = Math.min(...proseLines.map((line) => line.x0), rightEdge);
  const edges = {leftEdge, rightEdge, textLeft: commonLeftEdges(proseLines)};

  const blocks: SourceBlock[] = [];
  let tableIndex = 0;
  for (const piece of pieces) {
    if (piece.kind === 'lines') blocks.push(...paragraphs(piece.lines, edges));
    else if (piece.kind === 'table') blocks.push(tableBlock(piece.parts, tableIndex++));
    else blocks.push({kind: 'table', table: textTable(piece.lines, tableIndex++)});
  }
  return blocks;
}

/** Whether `next` (first thing on its page) carries on `table` (last thing on the page before). */
const continues = (table: PageTable, next: PageTable) =>
  next.page === table.page + 1 &&
  Math.abs(next.xs[0] - table.xs[0]) <= SAME_EDGE &&
  Math.abs(next.xs[next.xs.length - 1] - table.xs[table.xs.length - 1]) <= SAME_EDGE;

/** Where most lines of each font size start: the text's left margin, from which a first line is indented. */
function commonLeftEdges(lines: readonly Line[]): (size: number) => number {
  const counts = new Map<number, Map<number, number>>();
  for (const line of lines) {
    const bySize = counts.get(Math.round(line.size)) ?? new Map<number, number>();
    bySize.set(Math.round(line.x0), (bySize.get(Math.round(line.x0)) ?? 0) + 1);
    counts.set(Math.round(line.size), bySize);
  }
  const common = new Map(
    [...counts].map(([size, xs]) => [size, [...xs].reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0]]),
  );
  return (size) => common.get(Math.round(size)) ?? 0;
}

interface TextEdges {
  readonly leftEdge: number;
  readonly rightEdge: number;
  readonly textLeft: (size: number) => number;
}

function paragraphs(lines: PlacedLine[], {leftEdge, rightEdge, textLeft}: TextEdges): SourceBlock[] {
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
    const near =
      previous &&
      Math.abs(line.size - previous.size) < 0.5 &&
      (line.page === previous.page
        ? line.baseline - previous.baseline <= PARAGRAPH_GAP * previous.size
        : line.page === previous.page + 1);
    // Running text: the line above is full (this line's first word would not have fitted after
    // it), and this one is not indented (past the line above, or past the text's margin). A full
    // first line that ends a sentence, followed by a line at its own indent, is a paragraph of one
    // line followed by the next (when every paragraph is one line, the margin is not to be seen).
    const running =
      previous &&
      rightEdge - previous.x1 < Math.max(SHORT_LINE_EMS * previous.size, firstWordWidth(line) + previous.size / 2) &&
      line.x0 <= previous.x0 + INDENT_EMS * line.size &&
      line.x0 <= textLeft(line.size) + INDENT_EMS * line.size &&
      !(previous === first && SENTENCE_END.test(previous.text) && line.x0 >= previous.x0 - INDENT_EMS * line.size);
    // A centred title wrapped in two: the line above nearly full, both centred on one axis.
    const centred =
      previous &&
      previous.x1 - previous.x0 >= CENTRED_FULL * (rightEdge - leftEdge) &&
      line.x0 > leftEdge + line.size &&
      Math.abs(previous.x0 + previous.x1 - line.x0 - line.x1) / 2 <= line.size;
    const carriesOn = near && (running || centred);
    if (!carriesOn) flush();
    first ??= line;
    text = joinText(text, line.text);
    previous = line;
  }
  flush();
  return blocks;
}

/** Marks that may not start a line: a line break moves them to the next line with the character before them. */
const NO_LINE_START = '，。、；：？！）》」』】〕〉”’…,.;:?!)%';

/**
 * About how wide the first unbreakable piece of a line is: a Chinese character (an em), or a run
 * of Latin letters and digits (about 0.6 em each), with the marks that cling to it.
 */
function firstWordWidth(line: Line): number {
  const word = /^(?:[A-Za-z0-9.,%+-]+|.)/u.exec(line.text)?.[0] ?? '';
  let clinging = 0;
  while (clinging < 3 && NO_LINE_START.includes(line.text[word.length + clinging] ?? 'x')) clinging++;
  const ems = /^[A-Za-z0-9]/.test(word) ? 0.6 * word.length : 1;
  return (ems + clinging) * line.size;
}

/** A row of a table part, as the cells that start in it, for comparing heads. */
const rowSignature = (cells: readonly GridCell[], row: number, colOf: (x: number) => number) =>
  JSON.stringify(
    cells.filter((cell) => cell.row === row).map((cell) => [cell.text, colOf(cell.x0), colOf(cell.x1), cell.rowSpan]),
  );

/** Text this close to a border (ems) touches it: the page break cut through the text. */
const CUT_ROOM = 0.6;

/**
 * Whether `below`, first on its page, is the rest of `above`, last on the page before: one
 * row-spanning cell that the page break cut. A browser leaves the rest as an empty box. A word
 * processor starts the cell's text at the top of the first part, fills it to the foot, and carries
 * the rest over (LibreOffice: 「（五）不予」 | 「处理」); a cell that really ends there has its
 * text centred, with room above and below, or spans one row and is followed by a one-row cell.
 */
function cutByPageBreak(above: GridCell, below: GridCell): boolean {
  if (below.text === '') return above.rowSpan > 1;
  return (
    above.text !== '' && above.rowSpan + below.rowSpan > 2 && above.headroom < CUT_ROOM && above.footroom < CUT_ROOM
  );
}

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
      const above =
        p > 0 && cell.row === skip
          ? cells.find((c) => c.row + c.rowSpan === rowCount && c.col === col && c.colSpan === colSpan)
          : undefined;
      if (above && cutByPageBreak(above, cell)) {
        above.rowSpan += cell.rowSpan;
        above.text = joinText(above.text, cell.text);
        continue;
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
