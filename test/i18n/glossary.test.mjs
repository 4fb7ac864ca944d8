import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {glossary} from '../../scripts/write-glossary.mjs';

test('docs/glossary.md is generated from the current format labels (run `npm run docs` after changing them)', async () => {
  assert.equal(readFileSync('docs/glossary.md', 'utf8'), await glossary());
});
