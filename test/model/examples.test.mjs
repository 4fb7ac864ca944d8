// The shipped example files (examples/*.json): what `npm run examples` writes from src/examples,
// each valid against the shipped JSON Schema, and `check` says of each what its name promises.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync, readdirSync} from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import {exampleFiles} from '../../scripts/example-files.mjs';
import {main, EXIT} from '../../dist/node/cli/main.js';

const dir = new URL('../../examples/', import.meta.url);
const schema = JSON.parse(readFileSync(new URL('../../schema/disclosure-report.schema.json', import.meta.url), 'utf8'));
const silent = {stdout() {}, stderr() {}};

test('examples/ holds exactly what `npm run examples` writes now', () => {
  const expected = exampleFiles();
  assert.deepEqual(readdirSync(dir).sort(), expected.map(({name}) => name).sort());
  for (const {name, text} of expected) {
    assert.equal(readFileSync(new URL(name, dir), 'utf8'), text, `examples/${name} is stale: run npm run examples`);
  }
});

for (const {name} of exampleFiles()) {
  test(`examples/${name}: valid against the schema; check exits as its name says`, async () => {
    const validate = new Ajv2020({allErrors: true, strict: false}).compile(schema);
    const file = new URL(name, dir);
    assert.ok(validate(JSON.parse(readFileSync(file, 'utf8'))), JSON.stringify(validate.errors));
    const broken = name.includes('broken');
    assert.equal(await main(['check', file.pathname], silent), broken ? EXIT.findings : EXIT.clean);
  });
}
