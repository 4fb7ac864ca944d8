/**
 * Reading one table cell's text as the format means it. What each form means (docs/import.md):
 * - a number, in any width and grouped or not (「0」, 「１２」, 「1,363」, 「1，363」), is that number;
 *   a fee may have decimals and its unit (「96171.6万元」); a count may carry its unit 「件」;
 * - an empty cell is blank (null): blank is not zero;
 * - 「—」, 「-」 and 「/」 are printed where a report has nothing to give: blank (null), with a note;
 * - 「无」 ("none") is a count of zero, with a note;
 * - a number followed by a remark in brackets (「22（其中修订16件）」) is the number, the remark
 *   becomes the cell's annotation;
 * - anything else is not guessed: the cell stays blank and the import lists it.
 */

export type CellReading =
  | {readonly kind: 'number'; readonly value: number; readonly remark?: string}
  | {readonly kind: 'blank'}
  | {readonly kind: 'dash'}
  | {readonly kind: 'none-word'}
  | {readonly kind: 'invalid'; readonly reason: 'not-a-number' | 'not-whole' | 'yuan'};

const DASHES = /^[-—–―－‐/／\\]+$/u;

/**
 * What a cell's text stands for when it is one of the placeholders reports print instead of a
 * number: a dash or slash (any width, any run of them) is blank, 「无」 is zero. The one statement of
 * that rule: the import reads cells by it (readCell) and so does the editor (src/editor/numbers.ts).
 */
export function placeholderMeaning(text: string): 'blank' | 'zero' | undefined {
  const folded = text.normalize('NFKC').replace(/\s+/g, '');
  if (DASHES.test(folded)) return 'blank';
  if (folded === '无') return 'zero';
  return undefined;
}

const GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const PLAIN = /^\d+(?:\.\d+)?$/;

/** The text of a value cell, for a count (whole numbers) or a fee (万元, decimals allowed). */
export function readCell(text: string, kind: 'count' | 'fees'): CellReading {
  // NFKC folds full-width digits, 「，」 and 「．」; white space inside a number is extraction noise.
  let folded = text.normalize('NFKC').replace(/\s+/g, '');
  if (folded === '') return {kind: 'blank'};
  const placeholder = placeholderMeaning(folded);
  if (placeholder) return {kind: placeholder === 'blank' ? 'dash' : 'none-word'};
  let remark: string | undefined;
  const remarked = /^([\d,.]+[^\d(（]*)[(（](.+)[)）]$/u.exec(folded);
  if (remarked) {
    folded = remarked[1]!;
    remark = remarked[2]!;
  }
  if (kind === 'fees') {
    if (/^[\d,.]+元$/.test(folded)) return {kind: 'invalid', reason: 'yuan'};
    folded = folded.replace(/万元$/, '');
  } else {
    folded = folded.replace(/[件个项]$/, '');
  }
  if (!GROUPED.test(folded) && !PLAIN.test(folded)) return {kind: 'invalid', reason: 'not-a-number'};
  const value = Number(folded.replace(/,/g, ''));
  if (!Number.isFinite(value) || value > Number.MAX_SAFE_INTEGER) return {kind: 'invalid', reason: 'not-a-number'};
  if (kind === 'count' && !Number.isInteger(value)) return {kind: 'invalid', reason: 'not-whole'};
  return remark === undefined ? {kind: 'number', value} : {kind: 'number', value, remark};
}

/**
 * Whether a cell's text is a value rather than a label: what readCell reads, or a number with
 * a remark or unit. 「1.属于国家秘密」 starts with a digit but is a label.
 */
export function looksLikeValue(text: string): boolean {
  const folded = text.normalize('NFKC').replace(/\s+/g, '');
  if (folded === '' || placeholderMeaning(folded)) return true;
  return /^\d[\d,.]*(?:万元|元|件|个|项)?(?:[(（].*[)）])?$/u.test(folded) && !/^\d{1,2}[.、]\D/u.test(folded);
}
