/**
 * The JSON Schema (draft 2020-12) of the report, written from the same shape the validator walks
 * (schema.ts), for back ends in other languages. `npm run schema` writes it to
 * schema/disclosure-report.schema.json, which is committed and shipped; a test regenerates it and
 * fails when the committed file is stale. Only the write script and tests import this module.
 *
 * Where the schema and validateReport() deliberately differ (the agreement tests,
 * test/model/schema.test.mjs and schema-agreement.test.mjs, show none of it changes a verdict):
 * - both allow unknown fields (the validator lists them as information);
 * - `__proto__`, `constructor` and `prototype` keys are allowed by the schema; the validator
 *   drops them with a warning, which does not make a report invalid either;
 * - dates: "format": "date" is an assertion only where the validator enables formats, so the
 *   schema also has a `pattern` that only real days match (REAL_DATE_PATTERN): with formats off,
 *   as most back ends run, the schema and the library still agree.
 */
import {LIMITS} from './limits.js';
import {BILINGUAL} from './texts/locales.js';
import {nodeTexts} from './texts/node-locales.js';
import {
  DEFINED_SHAPES,
  FORMAT,
  REAL_DATE_PATTERN,
  ReportShape,
  SCHEMA_VERSION,
  type LeafRole,
  type Shape,
} from './schema.js';

type JsonSchema = Record<string, unknown>;

/** Stable name of this schema (schemaVersion 1); not a download address. */
export const SCHEMA_ID = 'urn:disclosure-report:schema:1';

const text = {type: 'string', maxLength: LIMITS.textLength};
const nullable = (schema: JsonSchema): JsonSchema => ({anyOf: [schema, {type: 'null'}]});

/** Each leaf's checks (repair.ts, leafProblem) in JSON Schema words. */
const LEAVES: Record<LeafRole, JsonSchema> = {
  count: nullable({type: 'integer', minimum: 0, maximum: Number.MAX_SAFE_INTEGER}),
  fees: nullable({type: 'number', minimum: 0, maximum: Number.MAX_SAFE_INTEGER}),
  text: {anyOf: [text, {type: 'object', properties: {zh: text, en: text}, required: ['zh']}]},
  year: {type: 'integer', minimum: LIMITS.minYear, maximum: LIMITS.maxYear},
  // The pattern, and format "date" for validators that assert formats and for readers.
  date: {type: 'string', pattern: REAL_DATE_PATTERN.source, format: 'date'},
  schemaVersion: {const: SCHEMA_VERSION},
  format: {const: FORMAT},
};

const labelText = (shape: Shape) => (shape.label ? `${shape.label.zh} / ${shape.label.en}` : undefined);

/** A shape in JSON Schema; a defined shape (other than the one being defined) becomes a $ref. */
function toJson(shape: Shape, defining?: Shape): JsonSchema {
  const description = labelText(shape);
  const described = (schema: JsonSchema) => (description === undefined ? schema : {...schema, description});
  if (shape.def && shape.def !== defining?.def) return described({$ref: `#/$defs/${shape.def}`});
  switch (shape.kind) {
    case 'leaf':
      return described(LEAVES[shape.role]);
    case 'optional':
      return toJson(shape.shape);
    case 'either':
      return described({anyOf: shape.options.map((option) => toJson(option))});
    case 'list':
      return described({type: 'array', items: toJson(shape.item), maxItems: shape.max});
    case 'record':
      return described({
        type: 'object',
        propertyNames: {type: 'string'},
        additionalProperties: toJson(shape.value),
        maxProperties: shape.max,
      });
    case 'object': {
      const entries = Object.entries(shape.entries);
      return described({
        type: 'object',
        properties: Object.fromEntries(entries.map(([key, entry]) => [key, toJson(entry)])),
        required: entries.filter(([, entry]) => entry.kind !== 'optional').map(([key]) => key),
      });
    }
  }
}

export function reportJsonSchema(): JsonSchema {
  const root = toJson(ReportShape);
  // Like every description here, the title in the source language and English.
  const title = BILINGUAL.map((locale) => nodeTexts(locale).schemaTitle).join(' / ');
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: SCHEMA_ID,
    ...root,
    title,
    $defs: Object.fromEntries(DEFINED_SHAPES.map((shape) => [shape.def, toJson({...shape, label: undefined}, shape)])),
  };
}

/** The exact text of schema/disclosure-report.schema.json. */
export function reportJsonSchemaText(): string {
  return `${JSON.stringify(reportJsonSchema(), null, 2)}\n`;
}
