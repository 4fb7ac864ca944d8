// The shipped JSON Schema: up to date with the report's shape (src/model/schema.ts), and of the same verdict as
// validateReport() on every example and every malformed file.
//
// Intended differences, none of which changes a verdict:
// - "__proto__"/"constructor"/"prototype" keys: the schema allows them like any unknown field;
//   the validator drops them with a warning (valid stays true).
// - annotation keys that name no cell: allowed by the schema; a warning from the validator.
// - "format": "date": an assertion only when the consumer enables formats (here: addFormat).
// - getters, cycles, bigint…: not JSON, so outside the schema's world.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import {reportJsonSchemaText} from '../../dist/node/model/json-schema.js';
import {validateReport} from '../../dist/node/model/validate.js';
import {REQUEST_COLUMNS, leaves} from '../../dist/node/model/format.js';
import {malformedCases} from '../../dist/node/examples/malformed.js';
import {examples, broken} from '../../dist/node/examples/index.js';

const committed = readFileSync(new URL('../../schema/disclosure-report.schema.json', import.meta.url), 'utf8');
const schema = JSON.parse(committed);

test('schema/disclosure-report.schema.json is what `npm run schema` writes now', () => {
  assert.equal(committed, reportJsonSchemaText(), 'stale schema: run `npm run schema` and commit the file');
});

test("the JSON Schema is draft 2020-12 and its rows have the format's columns", () => {
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  assert.deepEqual(
    schema.$defs.Applicants.required,
    leaves(REQUEST_COLUMNS).map((node) => node.key),
  );
  assert.match(schema.properties.requests.properties.newReceived.description, /^一、本年新收政府信息公开申请数量/);
});

// Written here, not imported, so the schema is checked against an independent reading of "date".
function isCalendarDate(text) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

const ajv = new Ajv2020({strict: true, allErrors: true});
ajv.addFormat('date', isCalendarDate);
const schemaAccepts = ajv.compile(schema);

function deeplyNested(levels) {
  let value = 'bottom';
  for (let i = 0; i < levels; i++) value = {d: value};
  return value;
}

const parsed = (text) => {
  try {
    return {ok: true, value: JSON.parse(text)};
  } catch {
    return {ok: false};
  }
};

const cases = [
  ...examples.map(({id, report}) => [`example ${id}`, JSON.parse(JSON.stringify(report))]),
  ['undivided （六）其他处理', JSON.parse(JSON.stringify(broken.undividedOther()))],
  ['unknown field nested 40 deep', {...JSON.parse(JSON.stringify(examples[0].report)), extra: deeplyNested(40)}],
  ...malformedCases
    .map((item) => [`malformed ${item.id}`, parsed(item.text)])
    .filter(([, p]) => p.ok)
    .map(([n, p]) => [n, p.value]),
];

test('JSON Schema (ajv) and validateReport agree on every case', () => {
  assert.ok(cases.length >= 18);
  const verdicts = cases.map(([name, value]) => ({
    name,
    ajv: schemaAccepts(value),
    validator: validateReport(value).valid,
  }));
  const disagreements = verdicts.filter((x) => x.ajv !== x.validator);
  assert.deepEqual(disagreements, []);
  // Both verdicts occur, so agreement is not "everything passes".
  assert.ok(verdicts.some((x) => x.validator) && verdicts.some((x) => !x.validator));
});
