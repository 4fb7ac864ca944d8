/**
 * The HTML table model's header assignment (HTML Living Standard, "Processing model" of tables:
 * forming a table, then the "algorithm for assigning header cells"), worked out from `scope`,
 * spans, row groups and column groups alone. `headers=` is ignored on purpose: Chromium (and so
 * Android WeChat's XWeb, TalkBack, NVDA and JAWS with Chrome) builds its chains from position and
 * scope, so the markup must be right without it.
 *
 * Hand-written because no maintained library implements this part of the standard (table
 * libraries render tables; none compute implied header cells), and a test must not trust the
 * browser it is testing.
 */

export interface Slot {
  readonly cell: HTMLTableCellElement;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly header: boolean;
  readonly scope: 'row' | 'col' | 'rowgroup' | 'colgroup' | 'auto';
  /** Index of the row group (thead/tbody/tfoot) the cell is anchored in. */
  readonly rowGroup: number;
}

export interface TableModel {
  readonly cells: readonly Slot[];
  /** grid[y][x]: the cells covering a slot (more than one means overlapping spans). */
  readonly grid: readonly (readonly Slot[])[][];
  /** Column groups as [first x, width], from `<colgroup>` elements. */
  readonly columnGroups: readonly (readonly [number, number])[];
}

const SCOPES = new Set(['row', 'col', 'rowgroup', 'colgroup']);

const span = (value: string | null, fallback: number, max: number) => {
  const n = value === null ? NaN : parseInt(value, 10);
  if (!Number.isFinite(n) || n < (fallback === 1 ? 1 : 0)) return fallback;
  return Math.min(n, max);
};

/** Forming a table: every cell's anchor and size, row groups and column groups (no `headers`). */
export function formTable(table: HTMLTableElement): TableModel {
  const cells: Slot[] = [];
  const grid: Slot[][][] = [];
  const cover = (slot: Slot) => {
    for (let y = slot.y; y < slot.y + slot.height; y++) {
      for (let x = slot.x; x < slot.x + slot.width; x++) ((grid[y] ??= [])[x] ??= []).push(slot);
    }
  };
  const columnGroups: [number, number][] = [];
  let nextColumn = 0;
  for (const group of table.querySelectorAll(':scope > colgroup')) {
    const cols = group.querySelectorAll(':scope > col');
    const width = cols.length
      ? [...cols].reduce((sum, col) => sum + span(col.getAttribute('span'), 1, 1000), 0)
      : span(group.getAttribute('span'), 1, 1000);
    columnGroups.push([nextColumn, width]);
    nextColumn += width;
  }
  let y = 0;
  const sections = [...table.children].filter((child) => /^(thead|tbody|tfoot)$/i.test(child.localName));
  sections.forEach((section, rowGroup) => {
    const rows = section.querySelectorAll(':scope > tr');
    // A rowspan ends with its row group (the standard's "ending a row group").
    const groupEnd = y + rows.length;
    for (const row of rows) {
      let x = 0;
      for (const cell of (row as HTMLTableRowElement).cells) {
        while (grid[y]?.[x]?.length) x++;
        const width = span(cell.getAttribute('colspan'), 1, 1000);
        const height = Math.min(Math.max(1, span(cell.getAttribute('rowspan'), 1, 65534)), groupEnd - y);
        const scope = (cell.getAttribute('scope') ?? '').toLowerCase();
        const slot: Slot = {
          cell,
          x,
          y,
          width,
          height,
          header: cell.localName === 'th',
          scope: SCOPES.has(scope) ? (scope as Slot['scope']) : 'auto',
          rowGroup,
        };
        cells.push(slot);
        cover(slot);
        x += width;
      }
      y++;
    }
  });
  return {cells, grid, columnGroups};
}

const isColumnHeader = (model: TableModel, slot: Slot): boolean => {
  if (!slot.header) return false;
  if (slot.scope === 'col') return true;
  if (slot.scope !== 'auto') return false;
  for (let y = slot.y; y < slot.y + slot.height; y++)
    if ((model.grid[y] ?? []).some((covering) => covering.some((c) => !c.header))) return false;
  return true;
};

const isRowHeader = (model: TableModel, slot: Slot): boolean => {
  if (!slot.header) return false;
  if (slot.scope === 'row') return true;
  if (slot.scope !== 'auto' || isColumnHeader(model, slot)) return false;
  for (const row of model.grid)
    for (let x = slot.x; x < slot.x + slot.width; x++) if ((row[x] ?? []).some((c) => !c.header)) return false;
  return true;
};

/** The standard's "internal algorithm for scanning and assigning header cells". */
function scan(model: TableModel, principal: Slot, startX: number, startY: number, dx: number, dy: number): Slot[] {
  const found: Slot[] = [];
  const opaque: Slot[] = [];
  let inHeaderBlock = principal.header;
  let currentBlock: Slot[] = principal.header ? [principal] : [];
  let x = startX;
  let y = startY;
  for (;;) {
    x += dx;
    y += dy;
    if (x < 0 || y < 0) break;
    const covering = model.grid[y]?.[x] ?? [];
    if (covering.length !== 1) continue;
    const current = covering[0]!;
    if (current.header) {
      inHeaderBlock = true;
      currentBlock.push(current);
      let blocked = false;
      if (dx === 0) {
        if (opaque.some((o) => o.x === current.x && o.width === current.width)) blocked = true;
        if (!isColumnHeader(model, current)) blocked = true;
      } else {
        if (opaque.some((o) => o.y === current.y && o.height === current.height)) blocked = true;
        if (!isRowHeader(model, current)) blocked = true;
      }
      if (!blocked) found.push(current);
    } else if (inHeaderBlock) {
      inHeaderBlock = false;
      opaque.push(...currentBlock);
      currentBlock = [];
    }
  }
  return found;
}

/** The header cells the standard assigns to `cell` from position and scope (`headers=` ignored). */
export function impliedHeaders(model: TableModel, cell: HTMLTableCellElement): HTMLTableCellElement[] {
  const principal = model.cells.find((slot) => slot.cell === cell);
  if (!principal) throw new Error('cell is not in the table');
  const list: Slot[] = [];
  for (let y = principal.y; y < principal.y + principal.height; y++)
    list.push(...scan(model, principal, principal.x, y, -1, 0));
  for (let x = principal.x; x < principal.x + principal.width; x++)
    list.push(...scan(model, principal, x, principal.y, 0, -1));
  const right = principal.x + principal.width - 1;
  const bottom = principal.y + principal.height - 1;
  list.push(
    ...model.cells.filter(
      (slot) =>
        slot.scope === 'rowgroup' &&
        slot.header &&
        slot.rowGroup === principal.rowGroup &&
        slot.x <= right &&
        slot.y <= bottom,
    ),
  );
  const group = model.columnGroups.find(([first, width]) => principal.x >= first && principal.x < first + width);
  if (group) {
    const [first, width] = group;
    list.push(
      ...model.cells.filter(
        (slot) =>
          slot.scope === 'colgroup' &&
          slot.header &&
          slot.x >= first &&
          slot.x < first + width &&
          slot.x <= right &&
          slot.y <= bottom,
      ),
    );
  }
  // The standard drops empty cells: no element children and only white space.
  const empty = (slot: Slot) => slot.cell.children.length === 0 && (slot.cell.textContent ?? '').trim() === '';
  const unique = [...new Set(list)].filter((slot) => slot !== principal && !empty(slot));
  // Reading order for comparison: column headers top-down, then row headers left to right.
  const rank = (slot: Slot) => (isColumnHeader(model, slot) || slot.scope === 'colgroup' ? 0 : 1);
  return unique
    .sort((a, b) => rank(a) - rank(b) || (rank(a) === 0 ? a.y - b.y || a.x - b.x : a.x - b.x || a.y - b.y))
    .map((slot) => slot.cell);
}
