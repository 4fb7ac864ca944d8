/**
 * The editor's working copy: every thing a person can type is one text field, keyed by a string
 * (a cell path such as "requests.newReceived.total", or "agency.zh", "overview.paragraphs.en").
 * Keeping the texts as typed, not the numbers, is what lets an invalid entry stay on screen and
 * lets undo bring back exactly what was there. The report is read from the fields when needed.
 *
 * A report that is loaded keeps what the editor has no field for (preamble, notes under tables,
 * cell annotations, unknown fields): `toReport` writes the fields over a copy of it.
 */
import {OVERVIEW_PARTS} from '../model/format.js';
import type {DisclosureReport, Narrative, Text} from '../model/types.js';
import {valueAt, valueAtKeys} from '../model/paths.js';
import {UNDIVIDABLE, undividedGroups} from '../model/undivided.js';
import {INPUTS, formLayout, type FormLayout} from './form-tables.js';
import {entryText, readEntry, type EntryProblem} from './numbers.js';

export type Fields = ReadonlyMap<string, string>;

export const NARRATIVE_SECTIONS = ['overview', 'problems', 'otherMatters'] as const;
export type NarrativeSection = (typeof NARRATIVE_SECTIONS)[number];

/** Keys of the fields that are not table cells. */
export const FIELD = {
  year: 'year',
  publishedOn: 'publishedOn',
  agency: (lang: Lang) => `agency.${lang}`,
  title: (lang: Lang) => `title.${lang}`,
  paragraphs: (section: NarrativeSection, lang: Lang) => `${section}.paragraphs.${lang}`,
  /** How many titled parts 一、总体情况 has (a field, so adding and removing a part can be undone). */
  partCount: 'overview.partCount',
  partTitle: (index: number, lang: Lang) => `overview.parts.${index}.title.${lang}`,
  partParagraphs: (index: number, lang: Lang) => `overview.parts.${index}.paragraphs.${lang}`,
  /**
   * Whether table 三 prints （六）其他处理 as one row (the 2019 layout): UNDIVIDED, else empty. A
   * field, so splitting it into the 2021 rows is one step that undo takes back.
   */
  undividedOther: 'requests.layout',
} as const;

/** The value of FIELD.undividedOther for a report that prints （六）其他处理 as one row. */
export const UNDIVIDED = '2019';

export type Lang = 'zh' | 'en';
const LANGS: readonly Lang[] = ['zh', 'en'];

function textIn(text: unknown, lang: Lang): string {
  if (typeof text === 'string') return lang === 'zh' ? text : '';
  if (text && typeof text === 'object') {
    const value = (text as Record<string, unknown>)[lang];
    return typeof value === 'string' ? value : '';
  }
  return '';
}

/**
 * The text area of a list of paragraphs, as people write them in any editor: paragraphs apart by
 * a blank line, a line break inside a paragraph kept as it is (the model's paragraph text may hold
 * "\n", which the viewer shows as a line break). A blank line inside a paragraph of a file would
 * read back as two paragraphs, so it becomes one line break.
 */
const PARAGRAPH_BREAK = '\n\n';
const areaText = (paragraphs: unknown, lang: Lang): string =>
  (Array.isArray(paragraphs) ? paragraphs : [])
    .map((p) =>
      textIn(p, lang)
        .replace(/\r\n?/g, '\n')
        .replace(/[ \t]*\n\s*/g, '\n')
        .trim(),
    )
    .join(PARAGRAPH_BREAK);

/** The fields of a report (a validated one: every cell exists). */
export function fieldsOf(report: DisclosureReport): Map<string, string> {
  const fields = new Map<string, string>();
  fields.set(FIELD.undividedOther, undividedGroups(report).length ? UNDIVIDED : '');
  for (const path of INPUTS.keys()) {
    const value = valueAt(report, path);
    fields.set(path, typeof value === 'number' ? entryText(value) : '');
  }
  fields.set(FIELD.year, typeof report.year === 'number' ? String(report.year) : '');
  fields.set(FIELD.publishedOn, report.publishedOn ?? '');
  for (const lang of LANGS) {
    fields.set(FIELD.agency(lang), textIn(report.agency, lang));
    fields.set(FIELD.title(lang), textIn(report.title, lang));
    for (const section of NARRATIVE_SECTIONS) {
      fields.set(FIELD.paragraphs(section, lang), areaText(report[section]?.paragraphs, lang));
    }
  }
  const parts = report.overview?.parts ?? [];
  fields.set(FIELD.partCount, String(parts.length));
  parts.forEach((part, index) => {
    for (const lang of LANGS) {
      fields.set(FIELD.partTitle(index, lang), textIn(part.title, lang));
      fields.set(FIELD.partParagraphs(index, lang), areaText(part.paragraphs, lang));
    }
  });
  return fields;
}

/** The fields of a new part of 一: the next of the format's usual sub-heads, as a start. */
export function newPartFields(index: number): [string, string][] {
  const head = OVERVIEW_PARTS[index];
  return [
    [FIELD.partCount, String(index + 1)],
    [FIELD.partTitle(index, 'zh'), head?.zh ?? ''],
    [FIELD.partTitle(index, 'en'), head?.en ?? ''],
    [FIELD.partParagraphs(index, 'zh'), ''],
    [FIELD.partParagraphs(index, 'en'), ''],
  ];
}

/** Report text from its two fields: Chinese alone as a string, with English as {zh, en}. */
function text(zh: string, en: string): Text {
  return en.trim() ? {zh: zh.trim(), en: en.trim()} : zh.trim();
}

/** The paragraphs of a text area: split at blank lines; each line trimmed, the breaks between them kept. */
const areaParagraphs = (field: string): string[] =>
  field
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((paragraph) =>
      paragraph
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean)
        .join('\n'),
    );

/** The paragraphs of a Chinese text area and its English one, paired in order (a paragraph may be in one language only). */
function paragraphs(zhField: string, enField: string): Text[] {
  const zh = areaParagraphs(zhField);
  const en = areaParagraphs(enField);
  const count = Math.max(zh.length, en.length);
  const result: Text[] = [];
  for (let i = 0; i < count; i++) {
    if ((zh[i] ?? '') === '' && (en[i] ?? '') === '') continue;
    result.push(text(zh[i] ?? '', en[i] ?? ''));
  }
  return result;
}

export interface ReadFields {
  /** The report the fields make (a year that is not a number is null, and named in `problems`). */
  readonly report: DisclosureReport;
  /** The form the report is filled in: the 2021 rows, or （六）其他处理 undivided. */
  readonly layout: FormLayout;
  /** Cells and fields whose entry could not be read, and why. */
  readonly problems: ReadonlyMap<string, EntryProblem>;
  /** The same paths, as the checks take them (they are incomplete, never 0). */
  readonly invalid: ReadonlySet<string>;
}

const KEYS = new Map([...INPUTS.keys()].map((path) => [path, path.split('.')]));

function setAt(root: Record<string, unknown>, path: string, value: unknown): void {
  const keys = KEYS.get(path) ?? path.split('.');
  let node = root;
  for (const key of keys.slice(0, -1)) {
    if (node[key] === null || typeof node[key] !== 'object') node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[keys[keys.length - 1]!] = value;
}

/** The report the fields make, over `base` (what the editor has no field for). */
export function readFields(fields: Fields, base: DisclosureReport): ReadFields {
  const report = JSON.parse(JSON.stringify(base)) as Record<string, unknown>;
  const problems = new Map<string, EntryProblem>();
  const field = (key: string) => fields.get(key) ?? '';
  const layout = formLayout(field(FIELD.undividedOther) === UNDIVIDED);
  // The group is written afresh in the shape on show, so the base's other shape never mixes in.
  for (const group of UNDIVIDABLE) {
    const parent = valueAtKeys(report, group.keys.slice(0, -1));
    if (parent && typeof parent === 'object')
      (parent as Record<string, unknown>)[group.keys[group.keys.length - 1]!] = {};
  }
  for (const [path, input] of layout.inputs) {
    const entry = readEntry(field(path), input.decimal);
    if ('problem' in entry) problems.set(path, entry.problem);
    setAt(report, path, 'problem' in entry ? null : entry.value);
  }
  const year = readEntry(field(FIELD.year), false);
  if ('problem' in year) problems.set(FIELD.year, year.problem);
  report.year = 'value' in year ? year.value : null;
  report.agency = text(field(FIELD.agency('zh')), field(FIELD.agency('en')));
  const title = text(field(FIELD.title('zh')), field(FIELD.title('en')));
  if (textIn(title, 'zh') || textIn(title, 'en')) report.title = title;
  else delete report.title;
  const date = field(FIELD.publishedOn).trim();
  if (date) report.publishedOn = date;
  else delete report.publishedOn;
  for (const section of NARRATIVE_SECTIONS) {
    const narrative: Narrative = {...(report[section] as Narrative)};
    const list = paragraphs(field(FIELD.paragraphs(section, 'zh')), field(FIELD.paragraphs(section, 'en')));
    if (list.length) narrative.paragraphs = list;
    else delete narrative.paragraphs;
    if (section === 'overview') {
      const count = Number(field(FIELD.partCount)) || 0;
      const parts = Array.from({length: count}, (_, index) => ({
        title: text(field(FIELD.partTitle(index, 'zh')), field(FIELD.partTitle(index, 'en'))),
        paragraphs: paragraphs(field(FIELD.partParagraphs(index, 'zh')), field(FIELD.partParagraphs(index, 'en'))),
      }));
      if (parts.length) narrative.parts = parts;
      else delete narrative.parts;
    }
    report[section] = narrative;
  }
  return {report: report as unknown as DisclosureReport, layout, problems, invalid: new Set(problems.keys())};
}
