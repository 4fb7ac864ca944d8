/**
 * Word's automatic numbering, in the simple cases reports use: a heading numbered 一、 or （一）
 * by a list definition in word/numbering.xml rather than typed. The number is not in the text of
 * the paragraph, so the .docx reader asks this module for it and puts it in front, as Word shows it.
 *
 * Handled: the number formats a Chinese report meets (一, 1, １, a, i, ①…) with their level text
 * ("%1、", "（%1）", "%1.%2"), a start value, counting per list (w:num), deeper levels restarting
 * when a higher one moves on, and the suffix after the number (a tab unless the level says
 * otherwise). Not handled (the reader says so): numbering given by a paragraph style, and formats
 * outside that list. Bullets are left out: they number nothing.
 */
import {Parser} from 'htmlparser2';

interface Level {
  start: number;
  format: string;
  text: string;
  suffix: string;
}

export interface Numbering {
  /**
   * The number Word shows before a paragraph of list `numId` at level `level` (advancing the
   * count), '' for a bullet, or undefined when it cannot be worked out.
   */
  next(numId: string, level: number): string | undefined;
}

const CHINESE_DIGITS = '〇一二三四五六七八九';

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五 (counting as numbered headings do). */
function chineseNumber(n: number): string {
  if (n < 10) return CHINESE_DIGITS[n]!;
  if (n < 20) return `十${n % 10 ? CHINESE_DIGITS[n % 10] : ''}`;
  if (n < 100) return `${CHINESE_DIGITS[Math.floor(n / 10)]}十${n % 10 ? CHINESE_DIGITS[n % 10] : ''}`;
  if (n < 1000) {
    const rest = n % 100;
    const tail =
      rest === 0
        ? ''
        : rest < 10
          ? `零${CHINESE_DIGITS[rest]}`
          : rest < 20
            ? `一${chineseNumber(rest)}`
            : chineseNumber(rest);
    return `${CHINESE_DIGITS[Math.floor(n / 100)]}百${tail}`;
  }
  return String(n);
}

const letters = (n: number) => {
  let text = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) text = String.fromCharCode(97 + ((k - 1) % 26)) + text;
  return text;
};

function roman(n: number): string {
  const table: [number, string][] = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']]; // prettier-ignore
  let text = '';
  for (const [value, glyph] of table) for (; n >= value; n -= value) text += glyph;
  return text;
}

/** A count in a numFmt of Word's; undefined for a format this module does not know. */
function formatted(n: number, format: string): string | undefined {
  switch (format) {
    case 'decimal':
    case 'decimalZero':
      return format === 'decimalZero' && n < 10 ? `0${n}` : String(n);
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'chineseLegalSimplified':
    case 'ideographTraditional':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
      return chineseNumber(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : String(n);
    case 'lowerLetter':
      return letters(n);
    case 'upperLetter':
      return letters(n).toUpperCase();
    case 'lowerRoman':
      return roman(n);
    case 'upperRoman':
      return roman(n).toUpperCase();
    case 'none':
      return '';
    default:
      return undefined;
  }
}

const SUFFIXES: Record<string, string> = {tab: '\t', space: ' ', nothing: ''};

/** Reads word/numbering.xml (absent: every numbered paragraph is unknown). */
export function readNumbering(xml: string | undefined): Numbering {
  const abstracts = new Map<string, Map<number, Level>>();
  const lists = new Map<string, string>();
  let abstract: Map<number, Level> | undefined;
  let level: Level | undefined;
  let num: string | undefined;
  if (xml) {
    const parser = new Parser(
      {
        onopentag(name, attributes) {
          const value = attributes['w:val'];
          if (name === 'w:abstractNum') {
            abstract = new Map();
            abstracts.set(attributes['w:abstractNumId'] ?? '', abstract);
          } else if (name === 'w:lvl' && abstract) {
            level = {start: 1, format: 'decimal', text: '', suffix: '\t'};
            abstract.set(Number(attributes['w:ilvl'] ?? 0), level);
          } else if (name === 'w:num') {
            num = attributes['w:numId'];
          } else if (name === 'w:abstractNumId' && num !== undefined && value !== undefined) {
            lists.set(num, value);
          } else if (level && value !== undefined) {
            if (name === 'w:start') level.start = Number(value) || 0;
            else if (name === 'w:numFmt') level.format = value;
            else if (name === 'w:lvlText') level.text = value;
            else if (name === 'w:suff') level.suffix = SUFFIXES[value] ?? '\t';
          }
        },
        onclosetag(name) {
          if (name === 'w:lvl') level = undefined;
          else if (name === 'w:abstractNum') abstract = undefined;
          else if (name === 'w:num') num = undefined;
        },
      },
      {xmlMode: true, decodeEntities: true},
    );
    parser.end(xml);
  }

  const counts = new Map<string, number[]>();
  return {
    next(numId, depth) {
      const levels = abstracts.get(lists.get(numId) ?? '');
      const own = levels?.get(depth);
      if (!levels || !own) return undefined;
      if (own.format === 'bullet') return '';
      const count = counts.get(numId) ?? [];
      counts.set(numId, count);
      for (let i = 0; i < depth; i++) count[i] ??= (levels.get(i)?.start ?? 1) - 1;
      count[depth] = (count[depth] ?? own.start - 1) + 1;
      count.length = depth + 1; // deeper levels start again
      let unknown = false;
      const text = own.text.replace(/%([1-9])/g, (_, digit: string) => {
        const at = Number(digit) - 1;
        const shown = formatted(Math.max(count[at] ?? 1, 0), levels.get(at)?.format ?? 'decimal');
        if (shown === undefined) unknown = true;
        return shown ?? '';
      });
      return unknown ? undefined : text + own.suffix;
    },
  };
}
