/**
 * Comparing a label found in a file with the format's own label (format.ts), and repairing the
 * narrative text a PDF extraction broke.
 *
 * Hand-written: matching is a few lines of Unicode normalization (the platform's NFKC) plus a
 * character-bigram similarity; a fuzzy-search library would bring its own tokenizer, which knows
 * nothing of the numbering and punctuation habits of these reports.
 */

const CHINESE_NUMERALS = '一二三四五六七八九十';

/**
 * A label reduced to what identifies it: full-width forms folded (NFKC), all white space (spaces,
 * U+00A0, U+3000, line breaks inside a cell) and all punctuation dropped, 其它 and 合计 read as the
 * format's 其他 and 总计, except the numbering at its
 * start, which is rewritten to one form per level: 「一、」, 「(一)」 and 「1.」 (for 1、 1． （1） (1)).
 */
export function normalizeLabel(text: string): string {
  // Words offices print for the format's own: 其它 for 其他 (「其它处理」), 合计 for 总计 (the total column).
  const folded = text.normalize('NFKC').replace(/\s+/g, '').replace(/其它/g, '其他').replace(/合计/g, '总计');
  const numbering =
    /^(?:([一二三四五六七八九十]+)[、.,，]|[(（]([一二三四五六七八九十]+)[)）]|(\d{1,2})[.、,，)）]|[(（](\d{1,2})[)）])/u.exec(
      folded,
    );
  let prefix = '';
  let rest = folded;
  if (numbering) {
    const [whole, top, sub, item, bracketedItem] = numbering;
    prefix = top ? `${top}、` : sub ? `(${sub})` : `${item ?? bracketedItem}.`;
    rest = folded.slice(whole.length);
  }
  return prefix + rest.replace(/[\p{P}\p{S}]/gu, '');
}

/** The numbering of a normalized label ('一、', '(三)', '2.'), or ''. */
export function numberingOf(normalized: string): string {
  return /^(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|\d{1,2}\.)/u.exec(normalized)?.[0] ?? '';
}

/**
 * Character pairs of recent labels: each source label is compared with every row of the format,
 * so its pairs are counted once. Bounded, as a hostile file may have many labels.
 */
const pairCache = new Map<string, Map<string, number>>();
const PAIR_CACHE_SIZE = 4096;

function bigrams(text: string): Map<string, number> {
  const cached = pairCache.get(text);
  if (cached) return cached;
  if (pairCache.size >= PAIR_CACHE_SIZE) pairCache.clear();
  const counts = countPairs(text);
  pairCache.set(text, counts);
  return counts;
}

function countPairs(text: string): Map<string, number> {
  const chars = [...text];
  const counts = new Map<string, number>();
  if (chars.length === 1) counts.set(chars[0]!, 1);
  for (let i = 0; i + 1 < chars.length; i++) {
    const pair = chars[i]! + chars[i + 1]!;
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  return counts;
}

/**
 * How alike two normalized labels are, 0…1: the Dice coefficient of their character pairs.
 * A typo or a lost character costs a little (「其他法律行政止公开」 against 「其他法律行政法规禁止公开」
 * is 0.8); sibling rows share few pairs beyond their numbering, so they stay far apart.
 */
export function similarity(a: string, b: string): number {
  if (a === b) return a ? 1 : 0;
  const left = bigrams(a);
  const right = bigrams(b);
  let shared = 0;
  let total = 0;
  for (const [pair, count] of left) {
    shared += Math.min(count, right.get(pair) ?? 0);
    total += count;
  }
  for (const count of right.values()) total += count;
  return total === 0 ? 0 : (2 * shared) / total;
}

/** A Chinese character or full-width punctuation mark: where a PDF's spaces and half-width marks do not belong. */
const CJK = '\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef“”‘’《》';
// No lookbehind in these patterns: iOS WebKit before 16.4 cannot parse it, and the import runs in pages too.
const SPACE_BETWEEN = new RegExp(`([${CJK}])[ \\t\\u00a0]+(?=[${CJK}\\d])|(\\d)[ \\t\\u00a0]+(?=[${CJK}])`, 'gu');
const HALF_TO_FULL: Record<string, string> = {
  ',': '，',
  ':': '：',
  ';': '；',
  '?': '？',
  '!': '！',
  '(': '（',
  ')': '）',
};
const HALF_MARK = new RegExp(`([${CJK}])([,:;?!()])|([,:;?!()])(?=[${CJK}])`, 'gu');

const dropSpaces = (text: string) =>
  text.replace(SPACE_BETWEEN, (_, before: string | undefined, digit: string | undefined) => before ?? digit ?? '');
const widenMarks = (text: string) =>
  text.replace(
    HALF_MARK,
    (_, before: string | undefined, afterChar: string | undefined, beforeChar: string | undefined) =>
      before !== undefined ? before + HALF_TO_FULL[afterChar!] : HALF_TO_FULL[beforeChar!]!,
  );

/**
 * Narrative text as published, without what a PDF extraction adds: spaces between Chinese
 * characters, or between them and digits (「本单位 2024 年度」), and half-width punctuation among
 * Chinese text (「2024年,我街道」, 「要 "深加工"」). A comma between digits (「1,363」) and spaces
 * between Latin words are kept; straight double quotes become “ ” in turn.
 */
export function repairText(text: string): string {
  let repaired = dropSpaces(text.replace(/[ \t\u00a0\u3000]+/g, ' ').trim());
  // Quotes first, so the spaces around a quoted phrase are seen between Chinese marks afterwards.
  if (/["]/.test(repaired) && new RegExp(`[${CJK}]`, 'u').test(repaired)) {
    let opening = true;
    repaired = repaired.replace(/"/g, () => {
      const quote = opening ? '“' : '”';
      opening = !opening;
      return quote;
    });
    repaired = dropSpaces(repaired);
  }
  return dropSpaces(widenMarks(repaired));
}

/** Chinese numerals 一…十 as 1…10 (section and part numbering). */
export function chineseNumeral(text: string): number {
  return CHINESE_NUMERALS.indexOf(text) + 1;
}
