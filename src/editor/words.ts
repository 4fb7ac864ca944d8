/**
 * The editor's texts: `editorTexts()`, the catalog of the locale a render or a message is made in
 * (src/model/texts/editor.ts; the locale is set by inLocale(), src/i18n/localization.ts), and the
 * words that more than one part of the editor uses. Each is a function so that the catalog is
 * asked while a render runs in the element's language.
 */
import {currentLocale} from '../i18n/localization.js';
import type {EditorTexts} from '../model/texts/editor.js';
import {editorTextsOf} from '../model/texts/editor-catalogs.js';
import type {EntryProblem} from './numbers.js';
import type {PastePlan} from './paste-place.js';

/** The editor's texts in the active locale. */
export const editorTexts = (): EditorTexts => editorTextsOf(currentLocale());

export function problemWords(problem: EntryProblem, decimal: boolean): string {
  switch (problem) {
    case 'not-a-number':
      return decimal ? editorTexts().problemNotNumberDecimal : editorTexts().problemNotNumber;
    case 'negative':
      return editorTexts().problemNegative;
    case 'not-whole':
      return editorTexts().problemNotWhole;
    case 'too-large':
      return editorTexts().problemTooLarge;
  }
}

export const blankWord = () => editorTexts().blank;

export const filledWords = (count: number) => editorTexts().filled(count);

const sentences = (first: string, second: string) => editorTexts().sentences(first, second);

/**
 * What a paste did: how many cells it filled and on what basis, and what had no place in the table.
 * `undivided`: the table on show has （六）其他处理 as one row (the 2019 layout).
 */
export function pastedWords(plan: PastePlan, count: number, undivided: boolean): string {
  const {rows, rowsLeftOut, cellsLeftOut} = plan;
  const filled =
    plan.by === 'label'
      ? editorTexts().pastedByLabel(count)
      : plan.by === 'other-layout'
        ? undivided
          ? editorTexts().pastedAs2021(rows, count)
          : editorTexts().pastedAs2019(rows, count)
        : filledWords(count);
  if (!cellsLeftOut) return filled;
  if (!rowsLeftOut) return sentences(filled, editorTexts().pastedCellsOutside(cellsLeftOut));
  const left = editorTexts().pastedRowsLeftOut(rowsLeftOut, cellsLeftOut);
  return undivided && plan.by !== 'position'
    ? sentences(sentences(filled, left), editorTexts().pastedSplitHint)
    : sentences(filled, left);
}
