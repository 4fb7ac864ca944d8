/**
 * The report JSON as a valibot schema, built from the format data (format.ts), so no row or
 * column key is typed twice. The runtime validator (validate.ts) and the shipped JSON Schema
 * (json-schema.ts) both come from this one schema.
 *
 * Why valibot: issue 2 asks for a well-kept schema library that fits a browser bundle and
 * yields a JSON Schema. We compared three on this point:
 * - valibot 1.x: tree-shakable functions (validate.ts with this schema, the format's labels and
 *   the messages bundles to about 11 kB gzip, measured with esbuild); its official
 *   @valibot/to-json-schema writes draft 2020-12; issues carry a path, the failing check's type and
 *   the input, which is all we need to give our own codes and bilingual messages.
 * - zod 4: a JSON Schema writer built in, but its method-chaining API does not tree-shake, so the
 *   bundle is larger (zod/mini narrows the gap with a second, functional API); not measured here.
 * - ajv with a hand-written JSON Schema: the schema would be the source, but then the TypeScript
 *   types and the format labels would be a second copy, and ajv compiles code with `new Function`,
 *   which the strict CSP of issue 7 forbids.
 * Valibot's schemas are plain objects with public `entries`/`item`/`options`, which lets the
 * validator walk the same schema to repair a report cell by cell (see repair.ts).
 */
import * as v from 'valibot';
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
import type {AppealsTable, DisclosureReport, ProactiveTable, RequestsTable, SectionId} from './types.js';
import {last, secondToLast} from './compat.js';

// ---------------------------------------------------------------------------------------------
// Leaves: the values the validator checks one by one

/** A published count: a whole number ≥ 0 that stays exact in JavaScript, or null (blank). */
export const CountSchema = v.nullable(
  v.pipe(v.number(), v.finite(), v.integer(), v.minValue(0), v.maxValue(Number.MAX_SAFE_INTEGER)),
);

/** 收费金额 in 万元: decimals allowed. */
export const FeesSchema = v.nullable(
  v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(Number.MAX_SAFE_INTEGER)),
);

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

/**
 * The text length limit, in characters (code points, as above). The JSON Schema writes it as
 * maxLength (json-schema.ts); a text within LIMITS.textLength UTF-16 units is within it already.
 */
export const TextLengthCheck = v.check<string, string>(
  (text) => text.length <= LIMITS.textLength || characterCount(text) <= LIMITS.textLength,
  'too long', // never shown: messages.ts words every issue
);

const TextString = v.pipe(v.string(), TextLengthCheck);

/** A plain string is Chinese; the object form may add English. */
export const TextSchema = v.union([TextString, v.looseObject({zh: TextString, en: v.optional(TextString)})]);

export const YearSchema = v.pipe(v.number(), v.integer(), v.minValue(LIMITS.minYear), v.maxValue(LIMITS.maxYear));

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
 * calendar (Date), independently of the pattern above; test/node/schema-agreement.test.mjs checks
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

/** A real day as YYYY-MM-DD: the pattern for JSON Schema, the calendar check for the library. */
export const DateSchema = v.pipe(v.string(), v.regex(REAL_DATE_PATTERN), v.check(isRealDate));

export const SchemaVersionSchema = v.literal(1);
export const FormatSchema = v.literal('2021');

/** What the validator expects of a leaf; it picks messages and fallbacks by this. */
export type LeafRole = 'count' | 'fees' | 'text' | 'year' | 'date' | 'schemaVersion' | 'format';

export const LEAF_ROLES: ReadonlyMap<v.GenericSchema, LeafRole> = new Map<v.GenericSchema, LeafRole>([
  [CountSchema, 'count'],
  [FeesSchema, 'fees'],
  [TextSchema, 'text'],
  [YearSchema, 'year'],
  [DateSchema, 'date'],
  [SchemaVersionSchema, 'schemaVersion'],
  [FormatSchema, 'format'],
]);

// ---------------------------------------------------------------------------------------------
// Tables, from the format's header trees

/** The schema with the format's label as its description (shown by JSON Schema tools). */
const described = <S extends v.GenericSchema>(schema: S, label: Label) =>
  v.pipe(schema, v.description<v.InferOutput<S>, string>(`${label.zh} / ${label.en}`));

/** An object with one entry per key, every entry of the same schema. */
function objectOf(keys: readonly string[], item: v.GenericSchema) {
  return v.looseObject(Object.fromEntries(keys.map((key) => [key, item])));
}

/**
 * The entries a header tree stands for. A node without `key` (法人或其他组织, 行政诉讼) only groups
 * visually, so its children are entries of the parent.
 */
function treeEntries(nodes: readonly HeaderNode[], leaf: v.GenericSchema): v.ObjectEntries {
  return Object.fromEntries(
    nodes.flatMap((node): [string, v.GenericSchema][] => {
      if (node.key === undefined) return Object.entries(treeEntries(node.children ?? [], leaf));
      if (!node.children) return [[node.key, described(leaf, node.label)]];
      const divided = v.looseObject(treeEntries(node.children, leaf));
      // （六）其他处理 may be printed as one undivided row: one leaf in place of the children.
      const group = node.mayBeUndivided ? v.union([divided, leaf]) : divided;
      return [[node.key, described(group, node.label)]];
    }),
  );
}

const lastKey = (chain: readonly HeaderNode[]): string => last(keysOf(chain))!;

/** One row of table 三 (seven applicant columns). */
export const ApplicantsSchema = objectOf(leafChains(REQUEST_COLUMNS).map(lastKey), CountSchema);

/** One group of table 四 (five outcomes); every group has the same outcomes, read from the first. */
export const OutcomeSchema = objectOf(leafChains(APPEAL_COLUMNS.slice(0, 1)).map(lastKey), CountSchema);

export const ParagraphsSchema = v.pipe(v.array(TextSchema), v.maxLength(LIMITS.paragraphs));

const notes = {notes: v.optional(ParagraphsSchema)};

const proactiveEntries = Object.fromEntries(
  PROACTIVE_BLOCKS.flatMap((block) => {
    const cell = block.decimal ? FeesSchema : CountSchema;
    const columnKeys = block.columns.flatMap((column) => (column.key ? [column.key] : []));
    return block.rows.map((row) => [
      row.key,
      described(columnKeys.length ? objectOf(columnKeys, cell) : cell, row.label),
    ]);
  }),
);

// The casts below are where the format data takes over from the compiler: format.ts types its
// keys as plain strings. The test "examples validate with no unknown or missing field" checks that
// these keys and the ones of types.ts agree.
const ProactiveSchema = v.looseObject({...proactiveEntries, ...notes}) as unknown as v.GenericSchema<
  unknown,
  ProactiveTable
>;

const RequestsSchema = v.looseObject({
  ...treeEntries(REQUEST_ROWS, ApplicantsSchema),
  ...notes,
}) as unknown as v.GenericSchema<unknown, RequestsTable>;

const AppealsSchema = v.looseObject({
  ...Object.fromEntries(
    leafChains(APPEAL_COLUMNS)
      .map((chain) => secondToLast(chain)!)
      .filter((group, i, all) => all.indexOf(group) === i)
      .map((group) => [group.key!, described(OutcomeSchema, group.label)]),
  ),
  ...notes,
}) as unknown as v.GenericSchema<unknown, AppealsTable>;

export const NarrativeSchema = v.looseObject({
  paragraphs: v.optional(ParagraphsSchema),
  parts: v.optional(
    v.pipe(v.array(v.looseObject({title: TextSchema, paragraphs: ParagraphsSchema})), v.maxLength(LIMITS.parts)),
  ),
});

const section = <S extends v.GenericSchema>(id: SectionId, schema: S) => {
  const heading = SECTIONS.find((s) => s.id === id)!.heading;
  return described(schema, heading);
};

// ---------------------------------------------------------------------------------------------
// The report

export const ReportSchema = v.pipe(
  v.looseObject({
    schemaVersion: SchemaVersionSchema,
    format: FormatSchema,
    year: YearSchema,
    agency: TextSchema,
    title: v.optional(TextSchema),
    publishedOn: v.optional(DateSchema),
    preamble: v.optional(ParagraphsSchema),
    overview: section('overview', NarrativeSchema),
    proactive: section('proactive', ProactiveSchema),
    requests: section('requests', RequestsSchema),
    appeals: section('appeals', AppealsSchema),
    problems: section('problems', NarrativeSchema),
    otherMatters: section('otherMatters', NarrativeSchema),
    annotations: v.optional(v.pipe(v.record(v.string(), TextSchema), v.maxEntries(LIMITS.annotations))),
  }),
  v.title('政府信息公开工作年度报告 / Annual Report on Government Information Disclosure (2021 format)'),
);

// Compile-time: what the schema accepts is a DisclosureReport (fails to compile otherwise).
type Assert<T extends true> = T;
export type _SchemaMatchesTypes = Assert<v.InferOutput<typeof ReportSchema> extends DisclosureReport ? true : false>;
