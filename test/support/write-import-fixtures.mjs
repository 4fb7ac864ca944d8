#!/usr/bin/env node
// Regenerates the committed import fixtures: `npm run build:node && node test/support/write-import-fixtures.mjs`.
// Writes test/fixtures/import/<variant>.docx for every variant of import-variants.mjs (the
// expected JSON of each is its `report`). The .docx bytes differ run to run only in their
// timestamps; the tests compare what the reader gets out of them, not the bytes.
import {mkdirSync, writeFileSync} from 'node:fs';
import {variants} from './import-variants.mjs';
import {reportToDocx} from './write-docx.mjs';

const dir = new URL('../fixtures/import/', import.meta.url);
mkdirSync(dir, {recursive: true});
for (const {id, report, style} of variants) {
  writeFileSync(new URL(`${id}.docx`, dir), await reportToDocx(report, style));
  console.log(`wrote test/fixtures/import/${id}.docx`);
}
