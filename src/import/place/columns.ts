/**
 * From a placed row to its cells: which source cell holds each column's value (by the grid's
 * column headers, by count, or by a known column position), reading each value (values.ts), and
 * the issues of what could not be placed. Also table 四, whose one data row has no label.
 */
import type {Placement} from '../types.js';
import type {ImportWords} from '../../model/texts/import-catalog.js';
import {issue, quoted} from './messages.js';
import {normalizeLabel, similarity} from './normalize.js';
import type {OfficialTable} from './official.js';
import type {CellPosition, SourceOrigin} from '../source.js';
import type {RowCell, SourceRow} from './rows.js';
import {filled} from './rows.js';
import type {Pair, TablePlacement} from './tables.js';
import {readCell} from './values.js';

/** A header this alike (normalize.ts) to a column's label is that column's header. */
const HEADER_MATCH = 0.6;

/**
 * The grid column of each value column, found by its header (自然人, 商业企业 … 总计; 本年制发件数 …) in
 * the header rows of a grid, a header spanning several columns at its first: so an extra or a
 * missing column moves nothing, and columns printed in another order
 * than the format's (总计 first, the 法人 columns shuffled) each still get their own values.
 * Undefined when too few headers can be read, or two labels fall on one column: then columns are
 * taken in printed order.
 */
export function columnMap(
  headerRows: readonly SourceRow[],
  labels: readonly string[],
  firstColumn: number,
): (number | undefined)[] | undefined {
  const headers = headerRows.flatMap((row) => row.cells).filter((cell) => cell.column >= firstColumn);
  const found = labels.map((label) => {
    let best: RowCell | undefined;
    let bestScore = HEADER_MATCH;
    for (const cell of headers) {
      const score = similarity(normalizeLabel(cell.text), label);
      if (score >= bestScore && !(best && score === bestScore && best.column < cell.column))
        [best, bestScore] = [cell, score];
    }
    return best?.column;
  });
  const known = found.filter((column): column is number => column !== undefined);
  const distinct = new Set(known).size === known.length;
  return known.length * 2 >= labels.length && distinct ? found : undefined;
}

/** The column whose label a header text is (the one best alike), or undefined when none or two are. */
function columnNamed(text: string, labels: readonly string[]): number | undefined {
  let best: number | undefined;
  let bestScore = HEADER_MATCH;
  let tied = false;
  labels.forEach((label, i) => {
    const score = similarity(text, label);
    if (score > bestScore) [best, bestScore, tied] = [i, score, false];
    else if (score === bestScore && best !== undefined) tied = true;
  });
  return tied ? undefined : best;
}

const overlap = (a: CellPosition, b: CellPosition) => Math.min(a.x1, b.x1) > Math.max(a.x0, b.x0);

/**
 * The header text printed over one value of a row and over no other value of it, top to bottom
 * (a narrow column's header wraps onto several lines, a character a line), normalized; undefined
 * when none is. A header over several values (法人或其他组织, a group of table 四) names none of them.
 */
function headerTextOver(value: RowCell, values: readonly RowCell[], headers: readonly RowCell[]): string | undefined {
  const over = headers.filter(
    (header) =>
      overlap(header.position!, value.position!) &&
      values.every((other) => other === value || !overlap(header.position!, other.position!)),
  );
  return over.length ? normalizeLabel(over.map((header) => header.text).join('')) : undefined;
}

/**
 * The value cell under each column's header, for a row rebuilt from a PDF's text (its cells keep
 * where they were printed): a value's header is the header text printed over it, top to bottom (a
 * narrow column's header wraps onto several lines, a character a line), leaving out pieces that
 * stand over another value of the row too (法人或其他组织 over five columns names none of them).
 * Undefined when no value stands under a header naming a column (no headers to read: printed
 * order decides); 'unclear' when some do but another value stands under no column's header, or two
 * values under one: then nothing of the row is placed, as printed order would be a guess.
 */
export function valuesUnderHeaders(
  headerRows: readonly SourceRow[],
  labels: readonly string[],
  row: SourceRow,
): (RowCell | undefined)[] | 'unclear' | undefined {
  const values = row.values.filter(filled);
  if (!values.length || !values.every((value) => value.position)) return undefined;
  const headers = headerRows.flatMap((header) => header.cells).filter((cell) => cell.position && filled(cell));
  const columns = values.map((value) => {
    const text = headerTextOver(value, values, headers);
    return text === undefined ? undefined : columnNamed(text, labels);
  });
  const named = new Set(columns.filter((column) => column !== undefined));
  if (!named.size) return undefined;
  if (columns.includes(undefined) || named.size < values.length) return 'unclear';
  return labels.map((_, i) => values[columns.indexOf(i)]);
}

/**
 * Whether the column headers of rows without positions (copied text) are in the format's order:
 * in each header row, the headers naming a column come in the order of the format's columns.
 * Printed order is only the format's where they are. Undefined when no header names a column.
 */
export function headersInFormatOrder(headerRows: readonly SourceRow[], labels: readonly string[]): boolean | undefined {
  const orders = headerRows.map((header) =>
    header.cells.map((cell) => columnNamed(normalizeLabel(cell.text), labels)).filter((column) => column !== undefined),
  );
  if (!orders.some((order) => order.length)) return undefined;
  return orders.every((order) => order.every((column, i) => i === 0 || order[i - 1]! < column));
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

/**
 * How a row rebuilt from text stands under its headers: the value cell of each column (told by
 * where it was printed), or 'unclear' when the headers contradict the values' order or places.
 */
export type UnderHeaders = readonly (RowCell | undefined)[] | 'unclear';

/** Cells left blank because the headers over their values contradict where the values were printed. */
function listColumnsUnclear(paths: readonly string[], origin: SourceOrigin | undefined, out: TablePlacement): void {
  for (const path of paths)
    out.issues.push(issue('unplaced', 'columns-unclear', (texts) => texts.place.columnsUnclear, {path, origin}));
}

export function placeRow(
  pair: Pair,
  firstColumn: number,
  columns: readonly (number | undefined)[] | undefined,
  out: TablePlacement,
  underHeaders?: UnderHeaders,
): void {
  const {source, official, by} = pair;
  if (underHeaders === 'unclear') return listColumnsUnclear(official.cells, source.origin, out);
  const slots = underHeaders ? [...underHeaders] : slotsOf(source, official.cells.length, firstColumn, columns);
  official.cells.forEach((path, i) => {
    if (!slots) {
      out.issues.push(
        issue(
          'unplaced',
          'cell-ambiguous',
          (texts) => texts.place.rowAmbiguous(source.values.filter(filled).length, official.cells.length),
          {path, origin: source.origin},
        ),
      );
      return;
    }
    if (columns && source.structured && columns[i] === undefined) {
      out.issues.push(
        issue('unplaced', 'column-missing', (texts) => texts.place.columnMissing, {path, origin: source.origin}),
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
      issue('unplaced', 'cell-missing', (texts) => texts.place.cellMissing, {
        path,
        origin: cell?.origin ?? source.origin,
      }),
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
        const remark = quoted(reading.remark);
        const value = reading.value;
        out.issues.push(issue('note', 'remark', (texts) => texts.place.remark(value, remark), {path, origin}));
      }
      break;
    case 'blank':
      break;
    case 'dash':
      out.issues.push(
        issue('note', 'dash-as-blank', (texts) => texts.place.dashAsBlank(quoted(cell!.text)), {path, origin}),
      );
      break;
    case 'none-word':
      value = 0;
      out.issues.push(issue('note', 'none-as-zero', (texts) => texts.place.noneAsZero('「无」'), {path, origin}));
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
        (texts) => (label ? texts.place.placedByPosition(quoted(label)) : texts.place.placedByPositionWithoutHeaders),
        {path, origin},
      ),
    );
  }
}

function invalidMessage(text: string, reason: 'not-a-number' | 'not-whole' | 'yuan'): ImportWords {
  const shown = quoted(text);
  switch (reason) {
    case 'not-whole':
      return (texts) => texts.place.notWhole(shown);
    case 'yuan':
      return (texts) => texts.place.yuan(shown);
    default:
      return (texts) => texts.place.notANumber(shown);
  }
}

/** A header this alike (normalize.ts) to a name of a table 四 cell is that name. */
const NAME_MATCH = 0.75;

/**
 * Table 四's cells in a grid found by their names: for each value cell, the headers above it in its
 * own source table and the labels beside it in its row must name exactly one cell of the format
 * (its group and its outcome). So the table split in two (行政诉讼 before 行政复议), or printed
 * transposed (one row per cell) in any order, still gives each value its cell. `cells` is undefined
 * unless every cell of the format is named by exactly one value cell: then the printed order
 * decides, unless some value's names say it is not where that order would put it (`contradicted`).
 */
function appealCellsByName(
  official: OfficialTable,
  rows: readonly SourceRow[],
): {cells?: {cell: RowCell; row: SourceRow}[]; contradicted: boolean} {
  const names = official.cellNames;
  if (!names || !rows.every((row) => row.structured)) return {contradicted: false};
  const found: ({cell: RowCell; row: SourceRow} | undefined)[] = names.map(() => undefined);
  let printed = 0;
  let contradicted = false;
  const headerRows = new Map<number | undefined, SourceRow[]>();
  const dataStarted = new Set<number | undefined>();
  for (const row of rows) {
    if (!row.values.some(filled)) {
      if (!dataStarted.has(row.part)) headerRows.set(row.part, [...(headerRows.get(row.part) ?? []), row]);
      continue;
    }
    dataStarted.add(row.part);
    for (const cell of row.values) {
      const above = (headerRows.get(row.part) ?? []).flatMap((header) =>
        header.cells
          .filter((over) => over.column <= cell.column && cell.column < over.column + over.span)
          .map((over) => normalizeLabel(over.text)),
      );
      const said = [...above, ...row.labelParts];
      const named = names.flatMap((cellNames, i) =>
        cellNames.every((name) => said.some((text) => similarity(text, name) >= NAME_MATCH)) ? [i] : [],
      );
      const position = printed++;
      if (named.length !== 1) continue;
      const index = named[0]!;
      if (index !== position) contradicted = true;
      if (found[index]) return {contradicted: true};
      found[index] = {cell, row};
    }
  }
  return found.every((slot) => slot !== undefined)
    ? {cells: found as {cell: RowCell; row: SourceRow}[], contradicted}
    : {contradicted};
}

/**
 * Table 四's cells in a PDF without ruled lines, found by the headers printed over its values (the
 * cells keep where they were printed). A value's outcome (结果维持 … 总计) is the header text over it
 * and no other value, read top to bottom (wrapped a character a line in a narrow column), as
 * valuesUnderHeaders reads table 三's. A group's header (行政复议, 未经复议直接起诉, 复议后起诉) stands
 * over several values, aligned left, centred or right: its values are not told by overlap but by
 * order, the groups' headers left to right owning the values left to right, as many each as the
 * group has cells, and only where each group's header stands over its own values and those values'
 * outcomes are its cells, each once. Undefined when no header over the values names a cell (no
 * headers to read: printed order decides); 'unclear' when some do but not every value gets one
 * cell of its own.
 */
function appealCellsByPosition(official: OfficialTable, rows: readonly SourceRow[]): RowCell[] | 'unclear' | undefined {
  const names = official.cellNames;
  const groupNames = official.groupNames;
  const dataRows = rows.filter((row) => row.values.some(filled));
  if (!names || !groupNames || dataRows.length !== 1) return undefined;
  const values = dataRows[0]!.values.filter(filled);
  if (!values.every((value) => value.position)) return undefined;
  const headers = rows
    .slice(0, rows.indexOf(dataRows[0]!))
    .flatMap((row) => row.cells)
    .filter((cell) => cell.position && filled(cell));
  const groupOf = (header: RowCell) => columnNamed(normalizeLabel(header.text), groupNames);
  const outcomes = [...new Set(names.map((name) => name[1]!))];
  const groups = [...new Set(names.map((name) => name[0]!))];
  const outcomeHeaders = headers.filter((header) => groupOf(header) === undefined);
  const outcomeOf = values.map((value) => {
    const text = headerTextOver(value, values, outcomeHeaders);
    return text === undefined ? undefined : columnNamed(text, outcomes);
  });
  if (outcomeOf.every((outcome) => outcome === undefined)) return undefined;
  if (values.length !== names.length || outcomeOf.includes(undefined)) return 'unclear';
  // Each group's one header, left to right; its values are the next as many values left to right.
  const printed = groups.map((group) => headers.filter((header) => groupNames[groupOf(header)!] === group));
  if (printed.some((found) => found.length !== 1)) return 'unclear';
  const byX = values
    .map((value, i) => ({value, outcome: outcomes[outcomeOf[i]!]!}))
    .sort((a, b) => a.value.position!.x0 - b.value.position!.x0);
  const found: (RowCell | undefined)[] = names.map(() => undefined);
  let next = 0;
  for (const {group, header} of groups
    .map((group, g) => ({group, header: printed[g]![0]!}))
    .sort((a, b) => a.header.position!.x0 - b.header.position!.x0)) {
    const count = names.filter((name) => name[0] === group).length;
    const own = byX.slice(next, next + count);
    next += count;
    const span = {x0: own[0]!.value.position!.x0, x1: own.at(-1)!.value.position!.x1};
    if (!overlap(header.position!, span)) return 'unclear';
    for (const {value, outcome} of own) {
      const index = names.findIndex((name) => name[0] === group && name[1] === outcome);
      if (found[index]) return 'unclear';
      found[index] = value;
    }
  }
  return found as RowCell[];
}

export function placeAppeals(official: OfficialTable, rows: readonly SourceRow[], out: TablePlacement): void {
  const row = official.rows[0]!;
  const byPosition = appealCellsByPosition(official, rows);
  if (byPosition === 'unclear')
    return listColumnsUnclear(row.cells, rows.find((r) => r.values.some(filled))?.origin, out);
  if (byPosition) {
    const source = rows.find((r) => r.values.some(filled))!;
    row.cells.forEach((path, i) => placeCell(path, byPosition[i], source, 'count', 'label', out));
    return;
  }
  const byName = appealCellsByName(official, rows);
  if (byName.cells) {
    const named = byName.cells;
    row.cells.forEach((path, i) => placeCell(path, named[i]!.cell, named[i]!.row, 'count', 'label', out));
    return;
  }
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
  if (!source || cells.length !== count || byName.contradicted) {
    for (const path of row.cells) {
      out.issues.push(
        issue(
          'unplaced',
          source ? 'cell-ambiguous' : 'row-missing',
          (texts) => (source ? texts.place.tableAmbiguous(cells.length, count) : texts.place.dataRowMissing),
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
