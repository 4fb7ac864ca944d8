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
import {normalizeLabel, numberingOf, repairText, similarity} from './normalize.js';
import {OFFICIAL_TABLES} from './official.js';
import type {OfficialRow, OfficialTable} from './official.js';
import type {RowCell, SourceRow} from './rows.js';
import {tableRows} from './rows.js';
import {readCell} from './values.js';

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
  for (const [part, {table, section, followsTable}] of located.slice(0, MAX_TABLES).entries()) {
    const rows = tableRows(table).map((row) => ({...row, part}));
    const id =
      recognize(rows) ??
      (section && TABLE_SECTIONS.includes(section) ? (section as TableId) : undefined) ??
      (followsTable ? previous : undefined);
    previous = id;
    if (!id) continue;
    const before = groups.get(id) ?? [];
    const joined = [...before, ...rows];
    if (joined.length > MAX_ROWS_PER_TABLE && before.length < MAX_ROWS_PER_TABLE) {
      out.issues.push(
        issue(
          'note',
          'too-many-rows',
          {
            zh: `此表超过 ${MAX_ROWS_PER_TABLE} 行，其余行未读取`,
            en: `this table has more than ${MAX_ROWS_PER_TABLE} rows; the rest were not read`,
          },
          {path: id, origin: table.origin},
        ),
      );
    }
    groups.set(id, joined.slice(0, MAX_ROWS_PER_TABLE));
  }
  if (located.length > MAX_TABLES) {
    out.issues.push(
      issue('note', 'too-many-tables', {
        zh: `文件中有 ${located.length} 个表格，只读取了前 ${MAX_TABLES} 个`,
        en: `the file has ${located.length} tables; only the first ${MAX_TABLES} were read`,
      }),
    );
  }
  for (const official of OFFICIAL_TABLES) {
    const rows = groups.get(official.id);
    const notes = (rows ?? [])
      .map((row) => row.cells.map((cell) => cell.text.trim()).join(''))
      .filter((text) => NOTE.test(text));
    if (notes.length) out.notes[official.id] = notes.map(repairText);
    if (!rows) {
      out.issues.push(
        issue(
          'unplaced',
          'table-missing',
          {
            zh: '文件中未找到此表，其单元格均为空白',
            en: 'this table was not found in the file; its cells are left blank',
          },
          {path: official.id},
        ),
      );
    } else if (official.id === 'proactive' && rows.some((row) => row.texts.some(isProactive2019Header))) {
      out.issues.push(
        issue(
          'unplaced',
          'format-2019',
          {
            zh: '此表为 2019 年试行格式（如「本年新制作数量」列），其各列与 2021 年格式含义不同，未导入，请按 2021 年格式填写',
            en: 'this table is in the 2019 trial format (e.g. a 「本年新制作数量」 column), whose columns mean other things than the 2021 format; not imported: fill it in as the 2021 format asks',
          },
          {path: official.id},
        ),
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

const filled = (cell: RowCell | undefined) => cell !== undefined && cell.text.trim() !== '';

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

interface Pair {
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
      out.issues.push(
        issue('note', 'undivided-row', {
          zh: '（六）其他处理印为一行（2019 年格式），按一行导入',
          en: '（六）其他处理 is printed as one row (the 2019 layout); imported as one row',
        }),
      );
    }
  }
  const firstColumn = firstValueColumn(candidates);
  const placedRows = new Set(chosen.pairs.map((pair) => pair.official));
  const placedSources = new Set(chosen.pairs.map((pair) => pair.source));
  const firstData = rows.findIndex((row) => placedSources.has(row));
  const columns =
    official.columnLabels && firstData > 0 && rows.every((row) => row.structured)
      ? columnMap(rows.slice(0, firstData), official.columnLabels, firstColumn)
      : undefined;
  // The headers' columns hold for their own table only; a continuation on the next page has its own grid.
  const headerPart = rows[firstData]?.part;
  for (const pair of chosen.pairs)
    placeRow(pair, firstColumn, pair.source.part === headerPart ? columns : undefined, out);
  for (const row of out.undivided ? official.undividedRows! : official.rows) {
    if (placedRows.has(row)) continue;
    out.issues.push(
      issue(
        'unplaced',
        'row-missing',
        {zh: '文件中未找到此行，其单元格均为空白', en: 'this row was not found in the file; its cells are left blank'},
        {path: row.path},
      ),
    );
  }
  for (const row of candidates) {
    if (placedSources.has(row) || !row.values.some(filled)) continue;
    out.issues.push(
      issue(
        'unplaced',
        'row-unmatched',
        {
          zh: `行 ${quoted(row.labelText)} 的数值对应不到表格的任何一行，未导入`,
          en: `the values of the row ${quoted(row.labelText)} match no row of the table; not imported`,
        },
        {origin: row.origin},
      ),
    );
  }
}

/**
 * The grid column of each value column, found by its header (自然人, 商业企业 … 总计) in the header rows
 * of a grid: so an extra or a missing column moves nothing. Undefined when too few headers can be
 * read, or they are out of order: then columns are taken in printed order.
 */
function columnMap(
  headerRows: readonly SourceRow[],
  labels: readonly string[],
  firstColumn: number,
): (number | undefined)[] | undefined {
  const headers = headerRows.flatMap((row) => row.cells).filter((cell) => cell.column >= firstColumn);
  const found = labels.map((label) => {
    let best: RowCell | undefined;
    let bestScore = 0.6;
    for (const cell of headers) {
      const score = similarity(normalizeLabel(cell.text), label);
      if (cell.span === 1 && score >= bestScore && !(best && score === bestScore && best.column < cell.column))
        [best, bestScore] = [cell, score];
    }
    return best?.column;
  });
  const known = found.filter((column): column is number => column !== undefined);
  const ordered = known.every((column, i) => i === 0 || column > known[i - 1]!);
  return known.length * 2 >= labels.length && ordered ? found : undefined;
}

/** The source cell for each of a row's columns, or undefined where it cannot be told. */
function slotsOf(
  source: SourceRow,
  count: number,
  firstColumn: number,
  columns?: readonly (number | undefined)[],
): (RowCell | undefined)[] | undefined {
  if (columns && source.structured) {
    const covering = (column: number | undefined) =>
      column === undefined
        ? undefined
        : source.cells.find((cell) => cell.column <= column && column < cell.column + cell.span);
    return columns.map(covering);
  }
  // In a grid, a value column holds the value whatever its text ("abc" is a bad value, not part of the label).
  const gridValues = source.cells.filter((cell) => cell.column >= firstColumn);
  const values = source.structured && gridValues.length === count ? gridValues : source.values;
  const present = values.filter(filled);
  if (source.structured && values.length === count) return [...values];
  if (present.length === count) return present;
  // Fewer values than columns: only a known column (a grid, or an empty field kept by the reader) tells which is missing.
  const inRange = (cell: RowCell) => cell.column >= firstColumn && cell.column < firstColumn + count;
  const positioned =
    present.length > 0 &&
    present.length < count &&
    present.every(inRange) &&
    (source.structured || values.some((cell) => !filled(cell) && inRange(cell)));
  if (!positioned) return undefined;
  return Array.from({length: count}, (_, i) => values.find((cell) => cell.column === firstColumn + i));
}

function placeRow(
  pair: Pair,
  firstColumn: number,
  columns: readonly (number | undefined)[] | undefined,
  out: TablePlacement,
): void {
  const {source, official, by} = pair;
  const slots = slotsOf(source, official.cells.length, firstColumn, columns);
  official.cells.forEach((path, i) => {
    if (!slots) {
      out.issues.push(
        issue(
          'unplaced',
          'cell-ambiguous',
          {
            zh: `此行有 ${source.values.filter(filled).length} 个数值，本表该行有 ${official.cells.length} 列，无法确定各值所属列，留空`,
            en: `the row has ${source.values.filter(filled).length} values for ${official.cells.length} columns, so which value belongs where cannot be told; left blank`,
          },
          {path, origin: source.origin},
        ),
      );
      return;
    }
    if (columns && source.structured && columns[i] === undefined) {
      out.issues.push(
        issue(
          'unplaced',
          'column-missing',
          {zh: '表头中没有此列，留空', en: "the table's header has no such column; left blank"},
          {path, origin: source.origin},
        ),
      );
      return;
    }
    placeCell(path, slots[i], source, official.valueKind, by, out);
  });
}

function placeCell(
  path: string,
  cell: RowCell | undefined,
  source: SourceRow,
  kind: 'count' | 'fees',
  by: Placement,
  out: TablePlacement,
): void {
  if (!filled(cell) && !(cell && source.structured)) {
    // Rebuilt from text, a missing value is no evidence of a blank: listed, never assumed.
    out.issues.push(
      issue(
        'unplaced',
        'cell-missing',
        {zh: '源文件此行在这一列没有数值，留空', en: 'the source row has no value in this column; left blank'},
        {path, origin: cell?.origin ?? source.origin},
      ),
    );
    return;
  }
  const origin = cell!.origin;
  const reading = readCell(cell!.text, kind);
  let value: number | null = null;
  switch (reading.kind) {
    case 'number':
      value = reading.value;
      if (reading.remark) {
        out.annotations[path] = reading.remark;
        out.issues.push(
          issue(
            'note',
            'remark',
            {
              zh: `取数值 ${reading.value}，括号内的说明 ${quoted(reading.remark)} 作为该单元格的注释`,
              en: `read as ${reading.value}; the remark in brackets ${quoted(reading.remark)} became the cell's annotation`,
            },
            {path, origin},
          ),
        );
      }
      break;
    case 'blank':
      break;
    case 'dash':
      out.issues.push(
        issue(
          'note',
          'dash-as-blank',
          {
            zh: `${quoted(cell!.text)} 按空白（null）导入，不当作 0`,
            en: `${quoted(cell!.text)} imported as blank (null), not as 0`,
          },
          {path, origin},
        ),
      );
      break;
    case 'none-word':
      value = 0;
      out.issues.push(
        issue('note', 'none-as-zero', {zh: '「无」按 0 导入', en: '「无」 ("none") imported as 0'}, {path, origin}),
      );
      break;
    case 'invalid':
      out.issues.push(issue('value', reading.reason, invalidMessage(cell!.text, reading.reason), {path, origin}));
      break;
  }
  out.cells.set(path, {value, origin, placedBy: by});
  if (by === 'position') {
    const label = source.labelText;
    out.issues.push(
      issue(
        'confirm',
        'placed-by-position',
        label
          ? {
              zh: `行标签 ${quoted(label)} 无法识别，按其在表中的位置放入此格，请核对`,
              en: `the row label ${quoted(label)} could not be read; placed here by its position in the table: please confirm`,
            }
          : {
              zh: '表头无法识别，按数值在表中的位置放入此格，请核对',
              en: "the table's headers could not be read; placed here by the value's position in the table: please confirm",
            },
        {path, origin},
      ),
    );
  }
}

function invalidMessage(text: string, reason: 'not-a-number' | 'not-whole' | 'yuan') {
  const shown = quoted(text);
  switch (reason) {
    case 'not-whole':
      return {
        zh: `${shown} 不是整数，件数应为整数；留空`,
        en: `${shown} is not a whole number, as a count must be; left blank`,
      };
    case 'yuan':
      return {
        zh: `${shown} 以元为单位，本格单位为万元；未换算，留空`,
        en: `${shown} is in yuan, but this cell is in 10,000 yuan; not converted, left blank`,
      };
    default:
      return {zh: `${shown} 不是数字；留空`, en: `${shown} is not a number; left blank`};
  }
}

function placeAppeals(official: OfficialTable, rows: readonly SourceRow[], out: TablePlacement): void {
  const row = official.rows[0]!;
  const count = row.cells.length;
  const texts = rows.flatMap((r) => r.texts);
  const headed = ['行政复议', '行政诉讼'].every((mark) => texts.some((text) => text.includes(mark)));
  const by: Placement = headed ? 'label' : 'position';
  const dataRows = rows.filter((r) => r.values.some(filled));
  // Blank cells of a grid are cells; in rows rebuilt from text, only the values between the first and last count.
  const trimmed = (r: SourceRow) => {
    if (r.structured) return [...r.values];
    const first = r.values.findIndex(filled);
    let last = r.values.length - 1;
    while (last >= 0 && !filled(r.values[last])) last--;
    return r.values.slice(first, last + 1);
  };
  let cells = dataRows.flatMap(trimmed);
  if (cells.length !== count) cells = dataRows.flatMap((r) => r.values.filter(filled));
  const source = dataRows[0];
  if (!source || cells.length !== count) {
    for (const path of row.cells) {
      out.issues.push(
        issue(
          'unplaced',
          source ? 'cell-ambiguous' : 'row-missing',
          source
            ? {
                zh: `表中有 ${cells.length} 个数值，本表有 ${count} 列，无法确定各值所属列，留空`,
                en: `the table has ${cells.length} values for ${count} columns, so which value belongs where cannot be told; left blank`,
              }
            : {zh: '文件中未找到此表的数据行，留空', en: 'the data row of this table was not found; left blank'},
          {path, origin: source?.origin},
        ),
      );
    }
    return;
  }
  row.cells.forEach((path, i) =>
    placeCell(path, cells[i], {...source, structured: dataRows.every((r) => r.structured)}, 'count', by, out),
  );
}
