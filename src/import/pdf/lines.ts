/**
 * Text runs gathered into lines, and lines joined into running text, as a person reads them.
 *
 * Chinese is written without spaces, so two pieces of text meet with no space when either side is
 * a CJK character (or full-width punctuation); Latin words get one space where the PDF left a gap.
 */
import type {TextRun} from './page-content.js';

/** A piece of a line between wide gaps: a cell's text when the line is a row of a table without rules. */
export interface Segment {
  readonly text: string;
  readonly x0: number;
  readonly x1: number;
}

/** One line of text: runs on one baseline, left to right. */
export interface Line {
  readonly text: string;
  /** The line cut where a gap is wider than a column gap (one segment for running text). */
  readonly segments: readonly Segment[];
  readonly x0: number;
  readonly x1: number;
  readonly baseline: number;
  readonly size: number;
}

const CJK =
  /[\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\u3100-\u312f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/;

/** Whether two texts meet without a space: Chinese on either side of the seam. */
export const joinsTight = (before: string, after: string) =>
  before === '' || after === '' || CJK.test(before.slice(-1)) || CJK.test(after[0]);

/** Joins two pieces of running text that a line break (or a gap) separated. */
export const joinText = (before: string, after: string) =>
  joinsTight(before, after) || /\s$/.test(before) || /^\s/.test(after) ? before + after : `${before} ${after}`;

/** A gap wider than this many ems is a real space even between Chinese characters. */
const WIDE_GAP_EMS = 1.5;
/** A gap wider than this many ems parts two cells of a table row (text within a cell has none). */
const COLUMN_GAP_EMS = 1;
/** A gap wider than this many ems is a word space between Latin words. */
const WORD_GAP_EMS = 0.15;

/**
 * Runs into lines, top to bottom. Runs belong to one line when their baselines are within a third
 * of the smaller font size (superscripts and mixed fonts still sit on one line). Runs of only
 * spaces are dropped: their positions say nothing a gap does not.
 */
export function linesOf(runs: readonly TextRun[]): Line[] {
  const visible = runs.filter((run) => run.text.trim() !== '');
  visible.sort((a, b) => a.baseline - b.baseline || a.x - b.x);
  const groups: TextRun[][] = [];
  for (const run of visible) {
    const group = groups[groups.length - 1];
    const first = group?.[0];
    if (group && first && Math.abs(run.baseline - first.baseline) <= Math.min(run.size, first.size) / 3)
      group.push(run);
    else groups.push([run]);
  }
  return groups.map((group) => {
    group.sort((a, b) => a.x - b.x);
    let text = '';
    let end = -Infinity;
    const segments: {text: string; x0: number; x1: number}[] = [];
    for (const run of group) {
      const gap = run.x - end;
      const size = run.size || 1;
      if (text && gap > WIDE_GAP_EMS * size && !/\s$/.test(text)) text += ' ';
      else if (text && gap > WORD_GAP_EMS * size && !joinsTight(text, run.text) && !/\s$/.test(text)) text += ' ';
      text += run.text;
      const segment = segments[segments.length - 1];
      if (segment && gap <= COLUMN_GAP_EMS * size) {
        const space = gap > WORD_GAP_EMS * size && !joinsTight(segment.text, run.text) && !/\s$/.test(segment.text);
        segment.text += space ? ` ${run.text}` : run.text;
        segment.x1 = Math.max(segment.x1, run.x + run.width);
      } else segments.push({text: run.text, x0: run.x, x1: run.x + run.width});
      end = Math.max(end, run.x + run.width);
    }
    const sizes = group.map((run) => run.size).sort((a, b) => a - b);
    return {
      text: text.trim(),
      segments: segments.map((segment) => ({...segment, text: segment.text.trim()})),
      x0: group[0].x,
      x1: end,
      baseline: group.reduce((sum, run) => sum + run.baseline, 0) / group.length,
      size: sizes[sizes.length >> 1],
    };
  });
}
