/**
 * Tables printed without rules, rebuilt from the text alone (`structured: false`): a PDF whose
 * borders were lost, or a layout that never had them. A row is a line cut into pieces at wide gaps;
 * the lines of a label that wrapped around its row's numbers are gathered into that row. Columns
 * are not aligned into a grid: each cell keeps where it was printed, so the placer can tell its
 * column by the header above it, never by its order in the row.
 */
import type {SourceCell, SourceTable} from '../source.js';
import {joinText} from './lines.js';
import type {PlacedLine} from './layout.js';

/** A cell value as tables print it: a number (grouped, full-width, decimal) or a blank mark. */
const VALUE = /^(?:[\d０-９][\d０-９,，.．]*|[-—–－/／]|无)$/;
/** Lines further apart than this many line heights are not in one table. */
const TABLE_GAP = 3;
/** A row of this many pieces is a table on its own. */
const LONG_ROW = 5;
/** Table text is set in one size: a line this many points bigger or smaller is a heading or prose. */
const SAME_SIZE = 1;

const valueRow = (line: PlacedLine) =>
  line.segments.length >= 2 && line.segments.some((segment) => VALUE.test(segment.text));
/** Where the first value of a row starts. */
const firstValueX = (line: PlacedLine) => line.segments.find((segment) => VALUE.test(segment.text))?.x0 ?? Infinity;

export type Stretch = {kind: 'lines'; lines: PlacedLine[]} | {kind: 'text-table'; lines: PlacedLine[]};

/**
 * Cuts a run of lines into prose and tables. A table is a stretch of lines on one page, close
 * together and in one font size, with values in two rows at least; at its edges, only lines that
 * are rows, or label lines beside the values, belong to it.
 */
export function findTextTables(lines: readonly PlacedLine[]): Stretch[] {
  const stretches: Stretch[] = [];
  const add = (kind: Stretch['kind'], some: PlacedLine[]) => {
    const last = stretches[stretches.length - 1];
    if (!some.length) return;
    if (kind === 'lines' && last?.kind === 'lines') last.lines.push(...some);
    else stretches.push({kind, lines: some});
  };
  let done = 0;
  for (let seed = 0; seed < lines.length; seed++) {
    if (seed < done || !valueRow(lines[seed])) continue;
    const size = lines[seed].size;
    const belongs = (a: PlacedLine, b: PlacedLine) =>
      a.page === b.page &&
      Math.abs(b.size - size) <= SAME_SIZE &&
      Math.abs(a.size - size) <= SAME_SIZE &&
      b.baseline - a.baseline <= TABLE_GAP * size;
    let start = seed;
    while (start > done && belongs(lines[start - 1], lines[start])) start--;
    let end = seed + 1;
    while (end < lines.length && belongs(lines[end - 1], lines[end])) end++;
    const stretch = lines.slice(start, end);
    const values = stretch.filter(valueRow);
    // Two rows with values, or one long one (table 四 prints its fifteen numbers on one line).
    if (values.length < 2 && !values.some((row) => row.segments.length >= LONG_ROW)) continue;
    // At the edges, a line of one piece that is not beside the values is prose (a caption, a note).
    const beside = (line: PlacedLine) =>
      line.segments.length >= 2 || line.x1 < firstValueX(nearestValueRow(values, line));
    while (start < end && !beside(lines[start])) start++;
    while (end > start && !beside(lines[end - 1])) end--;
    add('lines', lines.slice(done, start));
    add('text-table', lines.slice(start, end));
    done = end;
  }
  add('lines', lines.slice(done));
  return stretches;
}

/** The row with values nearest to a line; half-way between two, the one below (labels wrap downwards). */
function nearestValueRow(rows: readonly PlacedLine[], line: PlacedLine): PlacedLine {
  let best = rows[0];
  for (const row of rows) {
    const distance = Math.abs(row.baseline - line.baseline);
    const bestDistance = Math.abs(best.baseline - line.baseline);
    if (distance < bestDistance || (distance === bestDistance && row.baseline > line.baseline)) best = row;
  }
  return best;
}

type Piece = {text: string; x0: number; x1: number};

/** A label's first line starts with its numbering: 1. 2、 （三） 四、 */
const NUMBERED = /^(?:[\d０-９]+[.．、]|[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、)/;

/**
 * The row each label line belongs to. Between two rows with values, a wrapped label's lines go
 * with the row above until a line starts a numbered label (1. （三） 四、), which begins the row
 * below's (or all of them, when the row below starts its own label on its line); without
 * numbering, the nearer row takes them (the lower one when both are as near).
 * Beside a head row (no values), a label line is a row of its own unless a row with values is
 * nearer (a section line such as 第二十条第（五）项 between a row and a head).
 */
function assignLabelLines(lines: readonly PlacedLine[], isLabelPart: (line: PlacedLine) => boolean) {
  const owner = new Map<PlacedLine, PlacedLine | undefined>();
  let previous: PlacedLine | undefined;
  let pending: PlacedLine[] = [];
  const settle = (next: PlacedLine | undefined) => {
    const above = previous && valueRow(previous) ? previous : undefined;
    const below = next && valueRow(next) ? next : undefined;
    const startsLabel = (line: PlacedLine) => line.segments.some((segment) => NUMBERED.test(segment.text));
    // No line here starts a label, and the row below starts its own on its line: all go above.
    let numbered = pending.findIndex(startsLabel);
    if (numbered < 0 && below && startsLabel(below)) numbered = pending.length;
    pending.forEach((line, k) => {
      const size = line.size;
      const distance = (row: PlacedLine | undefined) => (row ? Math.abs(row.baseline - line.baseline) : Infinity);
      let row: PlacedLine | undefined;
      if (above && below)
        row =
          numbered >= 0 ? (k < numbered ? above : below) : distance(above) < distance(below) - size / 4 ? above : below;
      else if (above) row = distance(above) < distance(next) - size / 4 ? above : undefined;
      else if (below) row = distance(below) <= distance(previous) + size / 4 ? below : undefined;
      owner.set(line, row);
    });
    pending = [];
  };
  for (const line of lines) {
    if (isLabelPart(line)) pending.push(line);
    else {
      settle(line);
      previous = line;
    }
  }
  settle(undefined);
  return owner;
}

/**
 * The rows of a table without rules. Lines with values, and head lines whose pieces stand over
 * the values, are rows; a line whose pieces all stand left of the values is part of a wrapped
 * label, and its pieces join the cell they stand in (above or below its text), or become a cell
 * of their own where the row has none there.
 */
export function textTable(lines: readonly PlacedLine[], index: number): SourceTable {
  const values = lines.filter(valueRow);
  const isLabelPart = (line: PlacedLine) =>
    !valueRow(line) && line.segments.every((segment) => segment.x1 < firstValueX(nearestValueRow(values, line)));
  const owners = assignLabelLines(lines, isLabelPart);
  const rows = lines.filter((line) => !owners.has(line) || owners.get(line) === undefined);
  const cells = new Map<PlacedLine, Piece[]>(rows.map((row) => [row, row.segments.map((segment) => ({...segment}))]));
  // Nearest lines first, so that lines above are put before in reverse and lines below after in order.
  const labelParts = [...owners]
    .filter((entry): entry is [PlacedLine, PlacedLine] => entry[1] !== undefined)
    .map(([line, row]) => ({line, row}))
    .sort((a, b) => Math.abs(a.line.baseline - a.row.baseline) - Math.abs(b.line.baseline - b.row.baseline));
  for (const {line, row} of labelParts) {
    const pieces = cells.get(row)!;
    for (const segment of line.segments) {
      const overlap = (piece: Piece) => Math.min(piece.x1, segment.x1) - Math.max(piece.x0, segment.x0);
      const into = pieces.find((piece) => overlap(piece) > 0);
      if (!into) {
        pieces.push({...segment});
        pieces.sort((a, b) => a.x0 - b.x0);
      } else {
        into.text =
          line.baseline < row.baseline ? joinText(segment.text, into.text) : joinText(into.text, segment.text);
        into.x0 = Math.min(into.x0, segment.x0);
        into.x1 = Math.max(into.x1, segment.x1);
      }
    }
  }
  return {
    structured: false,
    origin: {table: index, page: rows[0].page, line: rows[0].number},
    rows: rows.map((row, r) =>
      cells.get(row)!.map((piece, c): SourceCell => ({
        text: piece.text,
        rowSpan: 1,
        colSpan: 1,
        position: {x0: piece.x0, x1: piece.x1},
        origin: {table: index, row: r, cell: c, page: row.page, line: row.number},
      })),
    ),
  };
}
