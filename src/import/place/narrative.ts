/**
 * The text of the report: title, agency, year and publication date from the title line and the
 * signature; sections 一 to 六 found by their headings; the narrative sections' paragraphs, one
 * per source paragraph, with the sub-heads of 一 (（一）…（五）) as parts.
 */
import {SECTIONS} from '../../model/format.js';
import type {Narrative, SectionId} from '../../model/types.js';
import {isRealDate} from '../../model/schema.js';
import type {SourceBlock} from '../source.js';
import type {ImportIssue} from '../types.js';
import {isPageNumber} from '../page-number.js';
import {issue} from './messages.js';
import {NOTE} from './tables.js';
import {chineseNumeral, normalizeLabel, numberingOf, repairText, similarity} from './normalize.js';

export interface NarrativeResult {
  title?: string;
  agency?: string;
  year?: number;
  publishedOn?: string;
  preamble: string[];
  sections: Partial<Record<SectionId, Narrative>>;
  /** The section each block lies in (by block index), for placing tables found under a heading. */
  sectionOf: (SectionId | undefined)[];
  /** Paragraphs 「注：…」 under a table's heading: the table's notes. */
  tableNotes: Partial<Record<SectionId, string[]>>;
  issues: ImportIssue[];
}

/**
 * 「…2024年政府信息公开工作年度报告」 (or …年报), spaces removed (a PDF puts them anywhere), the year's
 * digits in ASCII (titleForm), 「关于」 before the year not part of the agency's name.
 */
const TITLE = /^(.*?)(?:关于)?((?:19|20)\d{2})年(?:度)?政府信息公开(?:工作)?(?:年度报告|年报)$/u;

const CHINESE_DIGITS = '〇一二三四五六七八九';

/** A title printed in 《》, as some pages head the article: the marks are not part of it. */
const withoutTitleMarks = (line: string) => line.replace(/^《(.*)》$/u, '$1');

/**
 * A line as TITLE reads it: the year in ASCII digits where
 * it is printed in full-width digits (「２０２４年」) or in Chinese ones (「二〇二四年」, 「二零二四年」):
 * the same number, not a guess.
 */
function titleForm(line: string): string {
  return line
    .replace(/[０-９]{4}(?=年)/gu, (year) => year.normalize('NFKC'))
    .replace(/[〇零一二三四五六七八九]{4}(?=年)/gu, (year) =>
      [...year].map((digit) => String(CHINESE_DIGITS.indexOf(digit === '零' ? '〇' : digit))).join(''),
    );
}
/**
 * What a portal page prints after the article (share and print links, the site's footer): under
 * the last section it ends the report, as nothing in the page's text marks where the article stops.
 */
const PAGE_END =
  /^(?:【?(?:分享到|打印本页|打印|关闭窗口|关闭|上一篇|下一篇|相关链接|扫一扫|主办单位|版权所有|网站标识码)】?)|ICP备/u;
const DATE_CN = /^((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/u;
const DATE_ISO = /^((?:19|20)\d{2})[-./](\d{1,2})[-./](\d{1,2})$/u;

const compact = (text: string) => text.replace(/\s+/g, '');

const HEADING_REST = SECTIONS.map((section) => stripNumbering(normalizeLabel(section.heading.zh)));

function stripNumbering(normalized: string): string {
  return normalized.slice(numberingOf(normalized).length);
}

/** The section a paragraph is the heading of, if it is one: same wording (loosely), or its number and a likeness. */
function headingOf(text: string): number | undefined {
  if (compact(text).length > 48) return undefined;
  const normalized = normalizeLabel(text);
  const numbering = numberingOf(normalized);
  if (numbering && !numbering.endsWith('、')) return undefined; // （一）… are parts, not sections
  const rest = stripNumbering(normalized);
  let best: number | undefined;
  let bestScore = 0;
  HEADING_REST.forEach((heading, i) => {
    const score = similarity(rest, heading);
    const numbered = numbering && chineseNumeral(numbering.slice(0, -1)) === i + 1;
    if ((score >= 0.6 || (numbered && score >= 0.3)) && score > bestScore) [best, bestScore] = [i, score];
  });
  return best;
}

/** The longest title line taken as one (agency and title); a longer line is a sentence that names a report. */
const TITLE_LENGTH = 60;

/**
 * What a title line after the first says: 'own' for the report's own title again (a running
 * header, with or without the agency), 'another' for another report's (another year or agency).
 */
function titleKind(line: string, report: {year?: number; agency?: string}): 'own' | 'another' | undefined {
  if (line.length > TITLE_LENGTH) return undefined;
  const match = TITLE.exec(titleForm(withoutTitleMarks(line)));
  if (!match) return undefined;
  const another = Number(match[2]) !== report.year || (match[1] !== '' && repairText(match[1]!) !== report.agency);
  return another ? 'another' : 'own';
}

/** 「发布日期：」, 「印发时间:」 before a date. */
const DATE_LABEL = /^(?:发布|印发|成文)?(?:日期|时间)[:：]/u;

function dateOf(text: string): string | undefined {
  const bare = compact(text).normalize('NFKC').replace(DATE_LABEL, '');
  const match = DATE_CN.exec(bare) ?? DATE_ISO.exec(bare);
  if (!match) return undefined;
  const iso = `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`;
  return isRealDate(iso) ? iso : undefined;
}

export function readNarrative(blocks: readonly SourceBlock[]): NarrativeResult {
  const result: NarrativeResult = {preamble: [], sections: {}, sectionOf: [], tableNotes: {}, issues: []};
  let titleIndex = -1;
  for (let i = 0; i < blocks.length && titleIndex < 0; i++) {
    const block = blocks[i]!;
    if (block.kind !== 'paragraph') continue;
    const printed = withoutTitleMarks(compact(block.text));
    const match = TITLE.exec(titleForm(printed));
    if (!match) continue;
    titleIndex = i;
    result.year = Number(match[2]);
    let agency = match[1]!;
    // The agency on a line of its own above 「2024年政府信息公开工作年度报告」.
    const before = blocks[i - 1];
    if (!agency && before?.kind === 'paragraph' && compact(before.text).length <= 40) agency = compact(before.text);
    result.agency = repairText(agency);
    // The title as printed (its year as the report prints it); only the 《》 around it are left out.
    result.title = repairText(match[1] ? printed : agency + printed);
  }
  if (titleIndex < 0) {
    result.issues.push(
      issue('unplaced', 'title-missing', (texts) => texts.place.titleMissing('「…年政府信息公开工作年度报告」')),
    );
  }

  // Sections, in order: a heading is accepted only after the previous one.
  let current = -1;
  let ended = false;
  const paragraphs = new Map<number, string[]>();
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (i > titleIndex && block.kind === 'paragraph') {
      const section = headingOf(block.text);
      if (section !== undefined && section > current) {
        current = section;
        result.sectionOf[i] = SECTIONS[section]!.id;
        continue;
      }
    }
    result.sectionOf[i] = current >= 0 ? SECTIONS[current]!.id : undefined;
    if (block.kind !== 'paragraph' || i <= titleIndex) continue;
    const text = block.text.trim();
    // A page number or a 「第 1 页 共 5 页」 footer left in by a PDF extraction.
    if (!text || isPageNumber(text)) continue;
    if (current === SECTIONS.length - 1 && PAGE_END.test(compact(text))) ended = true;
    // Another report's title line after the sections began: a page holding two reports (this year's
    // and last year's) goes on with the second, which is not part of the first's text.
    const title = titleIndex >= 0 ? titleKind(compact(text), result) : undefined;
    if (current >= 0 && title === 'another') ended = true;
    if (ended) continue;
    const date = dateOf(text);
    if (date) {
      result.publishedOn = date;
      // The date under the last section ends the report: what follows on a page is the site's footer.
      ended = current === SECTIONS.length - 1;
      continue;
    }
    // The signature under the last section repeats the agency's name; a PDF's page header repeats the title.
    if (result.agency && compact(text) === compact(result.agency)) continue;
    if (title === 'own') continue;
    if (current < 0) result.preamble.push(repairText(text));
    else paragraphs.set(current, [...(paragraphs.get(current) ?? []), text]);
  }
  SECTIONS.forEach((section, i) => {
    if (section.kind === 'table') {
      const notes = (paragraphs.get(i) ?? []).filter((text) => NOTE.test(text)).map(repairText);
      if (notes.length) result.tableNotes[section.id] = notes;
      return;
    }
    const found = paragraphs.get(i);
    if (found) result.sections[section.id] = narrativeOf(found, section.id === 'overview');
    else if (!result.sectionOf.includes(section.id)) {
      result.issues.push(
        issue('unplaced', 'section-missing', (texts) => texts.place.sectionMissing, {path: section.id}),
      );
    }
  });
  return result;
}

/** 「（一）主动公开：」 alone, or run in before the text: the part's title and the rest. */
const PART_HEAD = /^(（[一二三四五六七八九十]+）[^。：:，,；;]{1,24}?)\s*(?:[：:。]\s*(.*))?$/su;
/** A paragraph numbered as a list is: 「1.」, 「1．」 or 「1、」 (not 「1.5万件」, a decimal). */
const NUMBERED = /^([\d０-９]{1,2})[.．、](?![\d０-９])/u;
/**
 * 「1.主动公开」 alone, or run in before a colon and the text: short like a heading, without a
 * sentence's punctuation. Unlike （一）, 「1.」 also numbers lists, so a 。 does not end such a head.
 */
const NUMBERED_HEAD = /^([\d０-９]{1,2}[.．、]\s*[^。：:，,；;]{1,24}?)\s*(?:[：:]\s*(.*))?$/su;

/**
 * The sub-heads of 一 numbered 「1.」/「1、」 where the report has no （一）… ones, by paragraph index:
 * only where every paragraph starting with such a number is short like a heading and the numbers
 * run 1, 2, 3… Otherwise a numbered list (of sentences, or not from 1) is text, left whole.
 */
function numberedHeads(texts: readonly string[]): Map<number, RegExpExecArray> | undefined {
  if (texts.some((text) => PART_HEAD.test(text) && numberingOf(normalizeLabel(text)).startsWith('('))) return undefined;
  const heads = new Map<number, RegExpExecArray>();
  let expected = 1;
  for (const [i, text] of texts.entries()) {
    const number = NUMBERED.exec(text);
    if (!number) continue;
    const head = NUMBERED_HEAD.exec(text);
    if (!head || Number(number[1]!.normalize('NFKC')) !== expected++) return undefined;
    heads.set(i, head);
  }
  return heads.size >= 2 ? heads : undefined;
}

/**
 * Paragraphs, split into parts where a sub-head （一）… starts one; in the overview
 * (`numbered`), also where 「1.」… sub-heads stand in for them.
 */
function narrativeOf(texts: readonly string[], numbered: boolean): Narrative {
  const paragraphs: string[] = [];
  const parts: {title: string; paragraphs: string[]}[] = [];
  const repaired = texts.map(repairText);
  const numberedParts = numbered ? numberedHeads(repaired) : undefined;
  for (const [i, text] of repaired.entries()) {
    const bracketed = numberingOf(normalizeLabel(text)).startsWith('(') ? PART_HEAD.exec(text) : null;
    const head = bracketed ?? numberedParts?.get(i);
    if (head && (head[2] !== undefined || [...head[1]!].length <= 24)) {
      parts.push({title: head[1]!, paragraphs: head[2] ? [head[2]] : []});
    } else if (parts.length > 0) parts[parts.length - 1]!.paragraphs.push(text);
    else paragraphs.push(text);
  }
  return {...(paragraphs.length ? {paragraphs} : {}), ...(parts.length ? {parts} : {})};
}
