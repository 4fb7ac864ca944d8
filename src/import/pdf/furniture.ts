/**
 * Page furniture: running headers, footers and page numbers, which belong to the printout and not
 * to the report. A line is furniture when it sits in the top or bottom margin band of its page and
 * either reads as a page number, or repeats (digits aside) at the same place on most pages.
 */
import {isPageNumber} from '../page-number.js';
import type {Line} from './lines.js';

export interface PageLines {
  readonly height: number;
  readonly lines: Line[];
}

/** The share of the page height at its top and at its foot where headers and footers live. */
const MARGIN_BAND = 0.12;
/** Repeated lines count as the same furniture within this many points of each other. */
const SAME_PLACE = 6;

const inBand = (line: Line, height: number) =>
  line.baseline < height * MARGIN_BAND || line.baseline > height * (1 - MARGIN_BAND);

/** What repeats of a header: its text without digits (page numbers, dates change) and spaces. */
const furnitureKey = (text: string) => text.replace(/\s+/g, '').replace(/\d+/g, '#');

/** Each page's lines without its furniture. */
export function dropFurniture(pages: readonly PageLines[]): Line[][] {
  const seen = new Map<string, number[]>(); // key → baselines of its occurrences (one per page)
  for (const {height, lines} of pages) {
    const keysHere = new Set<string>();
    for (const line of lines) {
      if (!inBand(line, height)) continue;
      const key = furnitureKey(line.text);
      if (keysHere.has(key)) continue;
      keysHere.add(key);
      seen.set(key, [...(seen.get(key) ?? []), line.baseline]);
    }
  }
  const enough = Math.max(2, Math.ceil(pages.length / 2));
  const repeated = (line: Line) => {
    const baselines = seen.get(furnitureKey(line.text)) ?? [];
    return baselines.filter((baseline) => Math.abs(baseline - line.baseline) <= SAME_PLACE).length >= enough;
  };
  return pages.map(({height, lines}) =>
    lines.filter((line) => !(inBand(line, height) && (isPageNumber(line.text) || repeated(line)))),
  );
}
