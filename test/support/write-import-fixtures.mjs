#!/usr/bin/env node
// Regenerates the committed import fixtures: `npm run build:node && node test/support/write-import-fixtures.mjs`.
// For every variant of import-variants.mjs (the expected JSON of each is its `report`) it writes
// test/fixtures/import/<variant>.docx (the official template's shape, write-docx.mjs) and
// <variant>.html (a portal page with the cleaned Word paste, write-pasted-html.mjs); for the
// PASTED_UNCLEANED variants also <variant>-word.html (the paste as Word leaves it: MsoNormal, mso-
// styles, <o:p>). The .docx bytes differ run to run only in their timestamps; tests compare what
// the reader gets out of them, and the .html files byte for byte.
// huaian-2024.doc (old binary Word, for the "save it as .docx" answer) is huaian-2024.docx saved as
// .doc by LibreOffice, when soffice is installed:
//   soffice --headless --convert-to doc --outdir test/fixtures/import test/fixtures/import/huaian-2024.docx
import {spawnSync} from 'node:child_process';
import {mkdirSync, writeFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {PASTED_UNCLEANED, variants} from './import-variants.mjs';
import {reportToDocx} from './write-docx.mjs';
import {reportToPastedHtml} from './write-pasted-html.mjs';

const dir = new URL('../fixtures/import/', import.meta.url);
mkdirSync(dir, {recursive: true});
const write = (name, data) => {
  writeFileSync(new URL(name, dir), data);
  console.log(`wrote test/fixtures/import/${name}`);
};
for (const {id, report, style, docxOnly} of variants) {
  write(`${id}.docx`, await reportToDocx(report, style));
  if (docxOnly) continue;
  write(`${id}.html`, reportToPastedHtml(report, {style}).html);
  if (PASTED_UNCLEANED.includes(id)) write(`${id}-word.html`, reportToPastedHtml(report, {style, paste: 'word'}).html);
}

const soffice = spawnSync(
  'soffice',
  [
    '--headless',
    '--convert-to',
    'doc',
    '--outdir',
    fileURLToPath(dir),
    fileURLToPath(new URL('huaian-2024.docx', dir)),
  ],
  {stdio: 'ignore'},
);
console.log(
  soffice.status === 0
    ? 'wrote test/fixtures/import/huaian-2024.doc'
    : 'soffice not run: huaian-2024.doc kept as it is',
);
