/**
 * Placing the values of source tables into tables 二, 三 and 四 of the report.
 *
 * 1. Each source table is recognized by the format's labels it contains (or, when it has too few,
 *    by the section heading above it, or as the continuation of the table before it: a table
 *    split across pages). Rows of the source tables that make one report table are joined.
 * 2. The source rows with values are aligned with the format's data rows, in order, by label
 *    similarity (dynamic programming, so a garbled label still lands between its neighbours).
 * 3. Between two rows placed by label, unmatched source rows are placed by position only when
 *    their count equals the count of unmatched format rows there; they are listed to confirm.
 * 4. Within a row, values go to columns in printed order when their count is the columns' count;
 *    otherwise only where a cell's column is known (a grid, or an empty tab field): the rest stays
 *    null and is listed. A value is never invented.
 */
import type {SourceOrigin, SourceTable} from '../source.js';
import type {SectionId, TableId} from '../../model/types.js';
import type {ImportIssue, Placement} from '../types.js';
import {issue, quoted} from './messages.js';
import {numberingOf, repairText, similarity} from './normalize.js';
import {OFFICIAL_TABLES} from './official.js';
import type {OfficialRow, OfficialTable} from './official.js';
import type {SourceRow} from './rows.js';
import {filled, tableRows} from './rows.js';
import {columnMap, headersInFormatOrder, placeAppeals, placeRow, valuesUnderHeaders} from './columns.js';
import type {UnderHeaders} from './columns.js';

export interface PlacedCell {
  readonly value: number | null;
  readonly origin: SourceOrigin;
  readonly placedBy: Placement;
}

export interface TablePlacement {
  readonly cells: Map<string, PlacedCell>;
  readonly issues: ImportIssue[];
  /** Remarks printed inside a numeric cell, by cell path. */
  readonly annotations: Record<string, string>;
  /** Table 三 printed （六）其他处理 as one row. */
  undivided: boolean;
  /** Notes printed in a table's own rows (「注：…」). */
  readonly notes: Partial<Record<TableId, string[]>>;
}

/** A row or paragraph that is a note on a table: 「注：行政复议、行政诉讼数量含上年度结转数量。」 */
export const NOTE = /^\s*注\s*[:：]/u;

/** A source table with what surrounds it in the document. */
export interface LocatedTable {
  readonly table: SourceTable;
  /** The section whose heading comes before it, if any. */
  readonly section?: SectionId;
  /** The block before it is a table too (a table continued after a page break). */
  readonly followsTable: boolean;
}

/** A row label this alike (0…1, normalize.ts) to a format label is that row. */
const LABEL_MATCH = 0.5;
/** A table holding at least this share of a report table's labels is that table. */
const TABLE_MATCH = 0.2;
/**
 * Caps on the work a hostile file can cause: a real report has three tables of at most ~40 rows,
 * perhaps split over pages and among a portal page's other tables.
 */
const MAX_TABLES = 300;
const MAX_TEXTS_PER_TABLE = 200;
const MAX_ROWS_PER_TABLE = 1000;

const TABLE_SECTIONS: readonly string[] = ['proactive', 'requests', 'appeals'];

/**
 * Column headers of table 二 in the 2019 trial format (国办公开办函〔2019〕60号), which some offices
 * still print. Its columns count other things (items made and published, not issued, repealed and in
 * force; no fees in 万元), so its numbers must not land in the 2021 columns.
 */
const PROACTIVE_2019_HEADERS = ['本年新制作数量', '本年新公开数量', '对外公开总数量', '上一年项目数量', '采购总金额'];

export function placeTables(located: readonly LocatedTable[]): TablePlacement {
  const out: TablePlacement = {cells: new Map(), issues: [], annotations: {}, undivided: false, notes: {}};
  const groups = new Map<TableId, SourceRow[]>();
  let previous: TableId | undefined;
  // Report tables already followed by another report table: one found again belongs to a second
  // report on the same page (last year's under this year's), and is not joined to the first.
  const finished = new Set<TableId>();
  let lastFound: TableId | undefined;
  for (const [part, {table, section, followsTable}] of located.slice(0, MAX_TABLES).entries()) {
    const rows = tableRows(table).map((row) => ({...row, part}));
    const id =
      recognize(rows) ??
      (section && TABLE_SECTIONS.includes(section) ? (section as TableId) : undefined) ??
      (followsTable ? previous : undefined);
    previous = id;
    if (!id) continue;
    if (lastFound && lastFound !== id) finished.add(lastFound);
    lastFound = id;
    if (finished.has(id)) {
      out.issues.push(
        issue('unplaced', 'table-repeated', (texts) => texts.place.tableRepeated, {path: id, origin: table.origin}),
      );
      continue;
    }
    const before = groups.get(id) ?? [];
    const joined = [...before, ...rows];
    if (joined.length > MAX_ROWS_PER_TABLE && before.length < MAX_ROWS_PER_TABLE) {
      out.issues.push(
        issue('note', 'too-many-rows', (texts) => texts.place.tooManyRows(MAX_ROWS_PER_TABLE), {
          path: id,
          origin: table.origin,
        }),
      );
    }
    groups.set(id, joined.slice(0, MAX_ROWS_PER_TABLE));
  }
  if (located.length > MAX_TABLES) {
    out.issues.push(issue('note', 'too-many-tables', (texts) => texts.place.tooManyTables(located.length, MAX_TABLES)));
  }
  for (const official of OFFICIAL_TABLES) {
    const rows = groups.get(official.id);
    const notes = (rows ?? [])
      .map((row) => row.cells.map((cell) => cell.text.trim()).join(''))
      .filter((text) => NOTE.test(text));
    if (notes.length) out.notes[official.id] = notes.map(repairText);
    if (!rows) {
      out.issues.push(issue('unplaced', 'table-missing', (texts) => texts.place.tableMissing, {path: official.id}));
    } else if (official.id === 'proactive' && rows.some((row) => row.texts.some(isProactive2019Header))) {
      out.issues.push(
        issue('unplaced', 'format-2019', (texts) => texts.place.format2019(`「${PROACTIVE_2019_HEADERS[0]}」`), {
          path: official.id,
        }),
      );
    } else if (official.id === 'appeals') placeAppeals(official, rows, out);
    else placeRowTable(official, rows, out);
  }
  return out;
}

const isProactive2019Header = (text: string) => PROACTIVE_2019_HEADERS.some((header) => text.includes(header));

/** Which report table a source table is, by the share of each table's labels found in it. */
function recognize(rows: readonly SourceRow[]): TableId | undefined {
  // Labels only (numbers say nothing of which table this is), and a bounded number of them.
  const texts = [...new Set(rows.flatMap((row) => row.labelParts))]
    .filter((text) => text.length <= 80)
    .slice(0, MAX_TEXTS_PER_TABLE);
  let best: {id: TableId; score: number} | undefined;
  for (const official of OFFICIAL_TABLES) {
    const found = official.marks.filter((mark) =>
      texts.some(
        (text) => text === mark || (mark.length >= 4 && text.includes(mark)) || similarity(text, mark) >= 0.75,
      ),
    ).length;
    const score = found / official.marks.length;
    if (score >= TABLE_MATCH && (!best || score > best.score)) best = {id: official.id, score};
  }
  return best?.id;
}

/** Siblings differ in their numbering most of all (「一、本年新收…」, 「二、上年结转…」): a different number weighs. */
const OTHER_NUMBER = 0.7;

function labelSimilarity(part: string, official: OfficialRow): number {
  const score = similarity(part, official.normalized);
  const numbering = numberingOf(part);
  const expected = numberingOf(official.normalized);
  return numbering && expected && numbering !== expected ? score * OTHER_NUMBER : score;
}

function rowSimilarity(source: SourceRow, official: OfficialRow): number {
  let best = labelSimilarity(source.labelParts.join(''), official);
  for (const part of source.labelParts) best = Math.max(best, labelSimilarity(part, official));
  return best;
}

/**
 * Rows rebuilt from text where a long label wrapped onto a line of its own, above or below the
 * line with the values (「5.要求行政机关确认或重新出具已」 / 「获取信息 1 0 0 …」): the values' row
 * also gets the label joined with its neighbour's, as a candidate part.
 */
function withWrappedLabels(rows: readonly SourceRow[]): SourceRow[] {
  const labelOnly = (row: SourceRow | undefined) =>
    row !== undefined && !row.structured && row.labelParts.length > 0 && !row.values.some(filled);
  return rows.map((row, i) => {
    if (row.structured || !row.values.some(filled)) return row;
    const own = row.labelParts.join('');
    const extra: string[] = [];
    if (labelOnly(rows[i - 1])) extra.push(rows[i - 1]!.labelParts.join('') + own);
    if (labelOnly(rows[i + 1])) extra.push(own + rows[i + 1]!.labelParts.join(''));
    return extra.length ? {...row, labelParts: [...row.labelParts, ...extra]} : row;
  });
}

export interface Pair {
  readonly source: SourceRow;
  readonly official: OfficialRow;
  readonly by: Placement;
}

/** Order-preserving alignment of source rows with format rows, maximizing the summed similarity. */
function align(sources: readonly SourceRow[], officials: readonly OfficialRow[]): {score: number; pairs: Pair[]} {
  const n = sources.length;
  const m = officials.length;
  const sim = sources.map((source) => officials.map((official) => rowSimilarity(source, official)));
  const best: number[][] = Array.from({length: n + 1}, () => new Array<number>(m + 1).fill(0));
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const s = sim[i - 1]![j - 1]!;
      best[i]![j] = Math.max(best[i - 1]![j]!, best[i]![j - 1]!, s >= LABEL_MATCH ? best[i - 1]![j - 1]! + s : -1);
    }
  }
  const anchors: [number, number][] = [];
  for (let i = n, j = m; i > 0 && j > 0;) {
    const s = sim[i - 1]![j - 1]!;
    if (s >= LABEL_MATCH && best[i]![j] === best[i - 1]![j - 1]! + s) {
      anchors.unshift([i - 1, j - 1]);
      i--;
      j--;
    } else if (best[i]![j] === best[i - 1]![j]) i--;
    else j--;
  }
  const pairs: Pair[] = [];
  let lastSource = -1;
  let lastOfficial = -1;
  for (const [s, o] of [...anchors, [n, m] as [number, number]]) {
    // Rows between two label matches: placed by position only when the counts fit exactly.
    const gapSources = sources.slice(lastSource + 1, s).filter((row) => row.values.some(filled));
    const gapOfficials = officials.slice(lastOfficial + 1, o);
    if (gapSources.length > 0 && gapSources.length === gapOfficials.length) {
      gapSources.forEach((source, i) => pairs.push({source, official: gapOfficials[i]!, by: 'position'}));
    }
    if (s < n) pairs.push({source: sources[s]!, official: officials[o]!, by: 'label'});
    lastSource = s;
    lastOfficial = o;
  }
  return {score: best[n]![m]!, pairs};
}

/** The column where most rows' first value sits: where a row's values start when blanks are only gaps. */
function firstValueColumn(rows: readonly SourceRow[]): number {
  const counts = new Map<number, number>();
  for (const row of rows) {
    const first = row.values.find(filled);
    if (first) counts.set(first.column, (counts.get(first.column) ?? 0) + 1);
  }
  let column = 0;
  let most = 0;
  for (const [candidate, count] of counts) if (count > most) [column, most] = [candidate, count];
  return column;
}

/**
 * The runs of header rows (rows without values, not placed as data) above a row, nearest first:
 * within its own source table for a grid (a continuation on the next page has its own grid), in
 * any part of the table for rows rebuilt from text (a PDF's pages share one set of x positions).
 */
function* headerRunsAbove(
  rows: readonly SourceRow[],
  index: number,
  placed: ReadonlySet<SourceRow>,
): Generator<{start: number; end: number}> {
  const source = rows[index]!;
  const inScope = (row: SourceRow) => !source.structured || row.part === source.part;
  const header = (row: SourceRow | undefined) =>
    row !== undefined && inScope(row) && !placed.has(row) && !row.values.some(filled);
  for (let i = index - 1; i >= 0 && inScope(rows[i]!); i--) {
    if (!header(rows[i])) continue;
    const end = i + 1;
    while (header(rows[i - 1])) i--;
    yield {start: i, end};
  }
}

/**
 * The grid column of each of a row's value columns, by the header rows nearest above it in its own
 * source table: the first run that names enough of its columns (columns.ts). Each block of table
 * 二 so has its own header row; table 三 its three. Undefined when none does.
 */
function columnsAbove(
  rows: readonly SourceRow[],
  index: number,
  official: OfficialRow,
  firstColumn: number,
  placed: ReadonlySet<SourceRow>,
  maps: Map<string, (number | undefined)[] | undefined>,
): (number | undefined)[] | undefined {
  for (const {start, end} of headerRunsAbove(rows, index, placed)) {
    const key = `${start}:${end}:${official.columnLabels.join('|')}`;
    if (!maps.has(key)) maps.set(key, columnMap(rows.slice(start, end), official.columnLabels, firstColumn));
    const map = maps.get(key);
    if (map) return map;
  }
  return undefined;
}

/**
 * A row rebuilt from text, by the headers above it (the nearest run that can be read): each value
 * under its column's header where the cells keep where they were printed (PDF); where they do not
 * (copied text), printed order stands only when the headers are in the format's order, else the
 * row is 'unclear'. Undefined where no headers can be read: printed order.
 */
function underHeadersAbove(
  rows: readonly SourceRow[],
  index: number,
  official: OfficialRow,
  placed: ReadonlySet<SourceRow>,
): UnderHeaders | undefined {
  const row = rows[index]!;
  const labels = official.columnLabels;
  const positioned = row.values.some((cell) => cell.position);
  for (const {start, end} of headerRunsAbove(rows, index, placed)) {
    const headerRows = rows.slice(start, end);
    if (positioned) {
      const under = valuesUnderHeaders(headerRows, labels, row);
      if (under) return under;
    } else {
      const inOrder = headersInFormatOrder(headerRows, labels);
      if (inOrder !== undefined) return inOrder ? undefined : 'unclear';
    }
  }
  return undefined;
}

function placeRowTable(official: OfficialTable, sourceRows: readonly SourceRow[], out: TablePlacement): void {
  const rows = withWrappedLabels(sourceRows);
  // Rows with values; in a grid also rows with a label only, whose value cells may be blank or unreadable.
  const candidates = rows.filter((row) => row.values.some(filled) || (row.structured && row.labelParts.length > 0));
  let chosen = align(candidates, official.rows);
  if (official.undividedRows) {
    const undivided = align(candidates, official.undividedRows);
    if (undivided.score > chosen.score) {
      chosen = undivided;
      out.undivided = true;
      out.issues.push(issue('note', 'undivided-row', (texts) => texts.place.undividedRow('（六）其他处理')));
    }
  }
  const firstColumn = firstValueColumn(candidates);
  const placedRows = new Set(chosen.pairs.map((pair) => pair.official));
  const placedSources = new Set(chosen.pairs.map((pair) => pair.source));
  const grid = rows.every((row) => row.structured);
  const maps = new Map<string, (number | undefined)[] | undefined>();
  for (const pair of chosen.pairs) {
    const index = rows.indexOf(pair.source);
    if (grid)
      placeRow(pair, firstColumn, columnsAbove(rows, index, pair.official, firstColumn, placedSources, maps), out);
    else placeRow(pair, firstColumn, undefined, out, underHeadersAbove(rows, index, pair.official, placedSources));
  }
  for (const row of out.undivided ? official.undividedRows! : official.rows) {
    if (placedRows.has(row)) continue;
    out.issues.push(issue('unplaced', 'row-missing', (texts) => texts.place.rowMissing, {path: row.path}));
  }
  for (const row of candidates) {
    if (placedSources.has(row) || !row.values.some(filled)) continue;
    out.issues.push(
      issue('unplaced', 'row-unmatched', (texts) => texts.place.rowUnmatched(quoted(row.labelText)), {
        origin: row.origin,
      }),
    );
  }
}
