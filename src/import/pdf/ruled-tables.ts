/**
 * Tables read from their ruling: Word, WPS, LibreOffice and browsers draw every border of a report
 * table, so the borders give the grid, and a cell is a box with no border crossing it. That yields
 * real cells with their row and column spans, the same shape a .docx gives, instead of columns
 * guessed from gaps in the text.
 */
import {joinText, linesOf} from './lines.js';
import type {PageContent, Rule, TextRun} from './page-content.js';

/** A cell of a ruled table, in the grid of its page's table. */
export interface GridCell {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  readonly x0: number;
  readonly x1: number;
  /** How far the text stands from the cell's top and bottom borders, in ems (0 for an empty cell). */
  readonly headroom: number;
  readonly footroom: number;
  text: string;
}

/** One ruled table on one page. `xs`/`ys` are its grid lines (points from the page's top-left). */
export interface PageTable {
  readonly page: number;
  readonly xs: number[];
  readonly ys: number[];
  readonly cells: GridCell[];
}

/** Borders this close (points) are the same line: double borders, and cells that overlap by a hair. */
const SAME_LINE = 2.5;

/** Values within `tolerance` of their neighbour become one, their mean. */
function clusterValues(values: number[], tolerance: number): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const clusters: number[][] = [];
  for (const value of sorted) {
    const cluster = clusters[clusters.length - 1];
    if (cluster && value - cluster[cluster.length - 1] <= tolerance) cluster.push(value);
    else clusters.push([value]);
  }
  return clusters.map((cluster) => cluster.reduce((sum, v) => sum + v, 0) / cluster.length);
}

const nearest = (values: number[], value: number) =>
  values.reduce((best, v) => (Math.abs(v - value) < Math.abs(best - value) ? v : best), values[0]);

/** Collinear pieces of one border (a border drawn cell by cell) joined into one rule. */
function mergeRules(rules: readonly Rule[]): Rule[] {
  const merged: Rule[] = [];
  for (const horizontal of [true, false]) {
    const some = rules.filter((rule) => rule.horizontal === horizontal);
    const lines = clusterValues(
      some.map((rule) => rule.at),
      1,
    );
    const byLine = new Map<number, Rule[]>();
    for (const rule of some) {
      const at = nearest(lines, rule.at);
      byLine.set(at, [...(byLine.get(at) ?? []), rule]);
    }
    for (const [at, pieces] of byLine) {
      pieces.sort((a, b) => a.from - b.from);
      let current: {from: number; to: number} | undefined;
      for (const piece of pieces) {
        if (current && piece.from <= current.to + SAME_LINE) current.to = Math.max(current.to, piece.to);
        else {
          if (current) merged.push({horizontal, at, ...current});
          current = {from: piece.from, to: piece.to};
        }
      }
      if (current) merged.push({horizontal, at, ...current});
    }
  }
  return merged;
}

const crosses = (h: Rule, v: Rule) =>
  v.at >= h.from - SAME_LINE && v.at <= h.to + SAME_LINE && h.at >= v.from - SAME_LINE && h.at <= v.to + SAME_LINE;

/** Groups of rules that touch each other: one group per table. */
function connectedGroups(rules: Rule[]): Rule[][] {
  const parent = rules.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (let i = 0; i < rules.length; i++) {
    for (let j = i + 1; j < rules.length; j++) {
      if (rules[i].horizontal !== rules[j].horizontal) {
        const [h, v] = rules[i].horizontal ? [rules[i], rules[j]] : [rules[j], rules[i]];
        if (crosses(h, v)) parent[find(i)] = find(j);
      }
    }
  }
  const groups = new Map<number, Rule[]>();
  rules.forEach((rule, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), rule]));
  return [...groups.values()];
}

/** Whether one of `rules` runs along `at` across the point `middle` of the other axis. */
const ruled = (rules: Rule[], at: number, middle: number) =>
  rules.some((rule) => Math.abs(rule.at - at) <= SAME_LINE && rule.from <= middle && rule.to >= middle);

/** The index i with edges[i] <= value < edges[i + 1], or -1 outside. */
function band(edges: number[], value: number): number {
  for (let i = 0; i + 1 < edges.length; i++) if (value >= edges[i] && value < edges[i + 1]) return i;
  return -1;
}

function room(runs: TextRun[], top: number, bottom: number): {headroom: number; footroom: number} {
  if (!runs.length) return {headroom: 0, footroom: 0};
  const size = Math.max(...runs.map((run) => run.size)) || 1;
  const textTop = Math.min(...runs.map((run) => run.baseline - run.size));
  const textBottom = Math.max(...runs.map((run) => run.baseline));
  return {headroom: (textTop - top) / size, footroom: (bottom - textBottom) / size};
}

/**
 * The ruled tables of a page, and the runs that fell inside them (the rest is running text).
 * A ruled box that is not a grid of at least two cells (a frame around a paragraph) is no table.
 */
export function findRuledTables(content: PageContent, page: number): {tables: PageTable[]; inside: Set<TextRun>} {
  const tables: PageTable[] = [];
  const inside = new Set<TextRun>();
  for (const group of connectedGroups(mergeRules(content.rules))) {
    const horizontals = group.filter((rule) => rule.horizontal);
    const verticals = group.filter((rule) => !rule.horizontal);
    const ys = clusterValues(
      horizontals.map((rule) => rule.at),
      SAME_LINE,
    );
    const xs = clusterValues(
      verticals.map((rule) => rule.at),
      SAME_LINE,
    );
    if (ys.length < 2 || xs.length < 2) continue;
    const rows = ys.length - 1;
    const cols = xs.length - 1;

    // Grid boxes joined where no border separates them: each resulting group is one cell.
    const parent = Array.from({length: rows * cols}, (_, i) => i);
    const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        const here = r * cols + c;
        if (c + 1 < cols && !ruled(verticals, xs[c + 1], (ys[r] + ys[r + 1]) / 2)) parent[find(here)] = find(here + 1);
        if (r + 1 < rows && !ruled(horizontals, ys[r + 1], (xs[c] + xs[c + 1]) / 2))
          parent[find(here)] = find(here + cols);
      }
    }
    const boxes = new Map<number, {r0: number; r1: number; c0: number; c1: number; runs: TextRun[]}>();
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        const root = find(r * cols + c);
        const box = boxes.get(root);
        if (!box) boxes.set(root, {r0: r, r1: r, c0: c, c1: c, runs: []});
        else Object.assign(box, {r1: Math.max(box.r1, r), c0: Math.min(box.c0, c), c1: Math.max(box.c1, c)});
      }
    }
    if (boxes.size < 2) continue;

    for (const run of content.runs) {
      const c = band(xs, run.x + run.width / 2);
      const r = band(ys, run.baseline - run.size * 0.35);
      if (c < 0 || r < 0) continue;
      inside.add(run);
      boxes.get(find(r * cols + c))!.runs.push(run);
    }
    const cells: GridCell[] = [...boxes.values()]
      .map((box) => ({
        row: box.r0,
        col: box.c0,
        rowSpan: box.r1 - box.r0 + 1,
        colSpan: box.c1 - box.c0 + 1,
        x0: xs[box.c0],
        x1: xs[box.c1 + 1],
        ...room(box.runs, ys[box.r0], ys[box.r1 + 1]),
        // A label wrapped inside its cell is one text again, as it was typed.
        text: linesOf(box.runs).reduce((text, line) => joinText(text, line.text), ''),
      }))
      .sort((a, b) => a.row - b.row || a.col - b.col);
    tables.push({page, xs, ys, cells});
  }
  tables.sort((a, b) => a.ys[0] - b.ys[0]);
  return {tables, inside};
}
