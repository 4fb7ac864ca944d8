/**
 * The shape of the report JSON, derived from the format data (format.ts) so that no row or column
 * key is typed twice. It is plain data: the validator (repair.ts) walks it beside the input, and
 * json-schema.ts writes it out as the shipped JSON Schema, so the two cannot drift apart.
 *
 * Why no schema library: the shape is the format's header trees plus seven kinds of leaf, and
 * one walk over it gives every refusal a path, a code and a place to be repaired in. A library
 * (valibot until issue 18) cost 2.3 KB gzip of the viewer bundle for checks that fit in a screen
 * of code here, and its issues still had to be mapped back to our codes and messages.
 */
import {
  APPEAL_COLUMNS,
  PROACTIVE_BLOCKS,
  REQUEST_COLUMNS,
  REQUEST_ROWS,
  SECTIONS,
  keysOf,
  leafChains,
} from './format.js';
import type {HeaderNode, Label} from './format.js';
import {LIMITS} from './limits.js';
import type {SectionId} from './types.js';
import {last, secondToLast} from './compat.js';

// ---------------------------------------------------------------------------------------------
// Leaves: the values the validator checks one by one

/** What the validator expects of a leaf; it picks checks, messages and placeholders by this. */
export type LeafRole = 'count' | 'fees' | 'text' | 'year' | 'date' | 'schemaVersion' | 'format';

/**
 * A node of the report's shape. `def` names a shape the JSON Schema writes once in `$defs`;
 * `label` is the format's label, the JSON Schema's description.
 */
export type Shape = (
  | {readonly kind: 'leaf'; readonly role: LeafRole}
  | {readonly kind: 'object'; readonly entries: Readonly<Record<string, Shape>>}
  | {readonly kind: 'optional'; readonly shape: Shape}
  | {readonly kind: 'list'; readonly item: Shape; readonly max: number}
  | {readonly kind: 'record'; readonly value: Shape; readonly max: number}
  /** One of several shapes: （六）其他处理 divided into three rows, or one undivided row. */
  | {readonly kind: 'either'; readonly options: readonly Shape[]}
) & {readonly def?: string; readonly label?: Label};

const leaf = (role: LeafRole, def?: string): Shape => ({kind: 'leaf', role, ...(def ? {def} : {})});
const optional = (shape: Shape): Shape => ({kind: 'optional', shape});
const object = (entries: Record<string, Shape>, def?: string): Shape => ({
  kind: 'object',
  entries,
  ...(def ? {def} : {}),
});
/** The shape with the format's label (the JSON Schema's description). */
const described = (shape: Shape, label: Label): Shape => ({...shape, label});

/** A published count: a whole number ≥ 0 that stays exact in JavaScript, or null (blank). */
export const CountShape = leaf('count', 'Count');
/** 收费金额 in 万元: decimals allowed. */
export const FeesShape = leaf('fees', 'Fees');
/** A plain string is Chinese; the object form {zh, en?} may add English. */
export const TextShape = leaf('text', 'Text');

/**
 * Characters of a text as JSON Schema's maxLength counts them: Unicode code points, so an emoji or
 * a rare Han character outside the BMP is one (it is two UTF-16 units in JavaScript's `length`).
 */
export function characterCount(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++, count++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit < 0xdc00) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next < 0xe000) i++; // a surrogate pair is one character
    }
  }
  return count;
}

/** Within LIMITS.textLength characters (a text within that many UTF-16 units is within it already). */
export const withinTextLength = (text: string): boolean =>
  text.length <= LIMITS.textLength || characterCount(text) <= LIMITS.textLength;

/**
 * YYYY-MM-DD naming a day of the Gregorian calendar, leap days included (2024-02-29, 2000-02-29,
 * not 2100-02-29), as a regular expression: the JSON Schema's `pattern`, so that a validator with
 * formats off (the default of most back ends) refuses 2025-02-30 as the library does.
 */
export const REAL_DATE_PATTERN = new RegExp(
  '^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))' +
    '|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$',
);

/**
 * True for a YYYY-MM-DD string naming a day that exists (no 2024-02-30), asked of the platform's
 * calendar (Date), independently of the pattern above; test/model/schema-agreement.test.mjs checks
 * that the two agree on every day of four centuries and on impossible ones.
 */
export function isRealDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day); // unlike Date.UTC, years 0–99 stay themselves
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The only schemaVersion and format this library reads. */
export const SCHEMA_VERSION = 1;
export const FORMAT = '2021';

// ---------------------------------------------------------------------------------------------
// Tables, from the format's header trees

/** An object with one entry per key, every entry of the same shape. */
const objectOf = (keys: readonly string[], item: Shape, def?: string): Shape =>
  object(Object.fromEntries(keys.map((key) => [key, item])), def);

/**
 * The entries a header tree stands for. A node without `key` (法人或其他组织, 行政诉讼) only groups
 * visually, so its children are entries of the parent.
 */
function treeEntries(nodes: readonly HeaderNode[], row: Shape): Record<string, Shape> {
  return Object.fromEntries(
    nodes.flatMap((node): [string, Shape][] => {
      if (node.key === undefined) return Object.entries(treeEntries(node.children ?? [], row));
      if (!node.children) return [[node.key, described(row, node.label)]];
      const divided = object(treeEntries(node.children, row));
      // （六）其他处理 may be printed as one undivided row: one row in place of the children.
      const group: Shape = node.mayBeUndivided ? {kind: 'either', options: [divided, row]} : divided;
      return [[node.key, described(group, node.label)]];
    }),
  );
}

const lastKey = (chain: readonly HeaderNode[]): string => last(keysOf(chain))!;

/** One row of table 三 (seven applicant columns). */
export const ApplicantsShape = objectOf(leafChains(REQUEST_COLUMNS).map(lastKey), CountShape, 'Applicants');

/** One group of table 四 (five outcomes); every group has the same outcomes, read from the first. */
export const OutcomeShape = objectOf(leafChains(APPEAL_COLUMNS.slice(0, 1)).map(lastKey), CountShape, 'Outcome');

export const ParagraphsShape: Shape = {kind: 'list', item: TextShape, max: LIMITS.paragraphs, def: 'Paragraphs'};

const notes = {notes: optional(ParagraphsShape)};

const ProactiveShape = object({
  ...Object.fromEntries(
    PROACTIVE_BLOCKS.flatMap((block) => {
      const cell = block.decimal ? FeesShape : CountShape;
      const columnKeys = block.columns.flatMap((column) => (column.key ? [column.key] : []));
      return block.rows.map((row) => [
        row.key,
        described(columnKeys.length ? objectOf(columnKeys, cell) : cell, row.label),
      ]);
    }),
  ),
  ...notes,
});

const RequestsShape = object({...treeEntries(REQUEST_ROWS, ApplicantsShape), ...notes});

const AppealsShape = object({
  ...Object.fromEntries(
    leafChains(APPEAL_COLUMNS)
      .map((chain) => secondToLast(chain)!)
      .filter((group, i, all) => all.indexOf(group) === i)
      .map((group) => [group.key!, described(OutcomeShape, group.label)]),
  ),
  ...notes,
});

export const NarrativeShape = object(
  {
    paragraphs: optional(ParagraphsShape),
    parts: optional({
      kind: 'list',
      item: object({title: TextShape, paragraphs: ParagraphsShape}),
      max: LIMITS.parts,
    }),
  },
  'Narrative',
);

const section = (id: SectionId, shape: Shape) => described(shape, SECTIONS.find((s) => s.id === id)!.heading);

// ---------------------------------------------------------------------------------------------
// The report

/** The whole report. Its keys and those of types.ts agree: the test "examples validate with no unknown or missing field" checks it. */
export const ReportShape: Shape = {
  ...object({
    schemaVersion: leaf('schemaVersion'),
    format: leaf('format'),
    year: leaf('year'),
    agency: TextShape,
    title: optional(TextShape),
    publishedOn: optional(leaf('date')),
    preamble: optional(ParagraphsShape),
    overview: section('overview', NarrativeShape),
    proactive: section('proactive', ProactiveShape),
    requests: section('requests', RequestsShape),
    appeals: section('appeals', AppealsShape),
    problems: section('problems', NarrativeShape),
    otherMatters: section('otherMatters', NarrativeShape),
    annotations: optional({kind: 'record', value: TextShape, max: LIMITS.annotations}),
  }),
};

/** The shared shapes the JSON Schema names once in `$defs`, in the order it lists them. */
export const DEFINED_SHAPES: readonly Shape[] = [
  CountShape,
  FeesShape,
  TextShape,
  ParagraphsShape,
  ApplicantsShape,
  OutcomeShape,
  NarrativeShape,
];
