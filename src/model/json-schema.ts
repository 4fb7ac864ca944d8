/**
 * The JSON Schema (draft 2020-12) of the report, converted from the valibot schema, for back ends
 * in other languages. `npm run schema` writes it to schema/disclosure-report.schema.json, which is
 * committed and shipped; a test regenerates it and fails when the committed file is stale.
 *
 * Node-only (tests and the write script): @valibot/to-json-schema is a dev dependency, so nothing
 * in the browser bundle may import this module.
 *
 * Where the schema and validateReport() deliberately differ (the agreement test,
 * test/node/schema.test.mjs, shows none of it changes a verdict):
 * - both allow unknown fields (the validator lists them as information);
 * - `__proto__`, `constructor` and `prototype` keys are allowed by the schema; the validator
 *   drops them with a warning, which does not make a report invalid either;
 * - dates: "format": "date" is an assertion only where the validator enables formats, so the
 *   schema also has a `pattern` that only real days match (REAL_DATE_PATTERN): with formats off,
 *   as most back ends run, the schema and the library still agree.
 */
import {toJsonSchema, type JsonSchema} from '@valibot/to-json-schema';
import {
  ApplicantsSchema,
  CountSchema,
  FeesSchema,
  NarrativeSchema,
  OutcomeSchema,
  ParagraphsSchema,
  REAL_DATE_PATTERN,
  ReportSchema,
  TextLengthCheck,
  TextSchema,
} from './schema.js';
import {LIMITS} from './limits.js';

// Named once in $defs instead of repeated at each of the ~200 cells.
const DEFINITIONS = {
  Count: CountSchema,
  Fees: FeesSchema,
  Text: TextSchema,
  Paragraphs: ParagraphsSchema,
  Applicants: ApplicantsSchema,
  Outcome: OutcomeSchema,
  Narrative: NarrativeSchema,
};

/**
 * to-json-schema writes a defined schema out in full where it is piped into a description (a
 * labelled row of table 三, a section). Replace each such copy by a $ref with the label beside
 * it, which draft 2020-12 allows: the file shrinks to a third and reads like the format.
 */
function useRefs(node: unknown, defs: ReadonlyMap<string, string>): unknown {
  if (Array.isArray(node)) return node.map((item) => useRefs(item, defs));
  if (node === null || typeof node !== 'object') return node;
  const {description, ...rest} = node as Record<string, unknown>;
  const name = defs.get(JSON.stringify(rest));
  if (name) return description === undefined ? {$ref: `#/$defs/${name}`} : {$ref: `#/$defs/${name}`, description};
  return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, useRefs(value, defs)]));
}

export function reportJsonSchema(): JsonSchema {
  const schema = toJsonSchema(ReportSchema, {
    target: 'draft-2020-12',
    errorMode: 'throw',
    definitions: DEFINITIONS,
    // JSON has no Infinity, so finite() needs no keyword.
    ignoreActions: ['finite'],
    // The two checks: the text length in code points is maxLength, which counts them; the real-day
    // check is already the date's pattern.
    overrideAction: ({valibotAction, jsonSchema}) => {
      if (valibotAction === TextLengthCheck) return {...jsonSchema, maxLength: LIMITS.textLength};
      // The pattern, and format "date" for validators that assert formats and for readers.
      if ((valibotAction as {requirement?: unknown}).requirement === REAL_DATE_PATTERN) {
        return {...jsonSchema, format: 'date'};
      }
      return valibotAction.type === 'check' ? jsonSchema : undefined;
    },
  });
  const {$defs = {}, ...root} = schema;
  const defs = new Map(Object.entries($defs).map(([name, body]) => [JSON.stringify(body), name]));
  return {$schema: schema.$schema, $id: SCHEMA_ID, ...(useRefs(root, defs) as JsonSchema), $defs};
}

/** Stable name of this schema (schemaVersion 1); not a download address. */
export const SCHEMA_ID = 'urn:disclosure-report:schema:1';

/** The exact text of schema/disclosure-report.schema.json. */
export function reportJsonSchemaText(): string {
  return `${JSON.stringify(reportJsonSchema(), null, 2)}\n`;
}
