#!/usr/bin/env node
// `npm run size`: minified, gzip and brotli sizes of the self-contained bundle and of each entry of
// the ES build, after `npm run build`. Fails (exit 1) when the full bundle with both locales is over
// its budget: what a WeChat page downloads must stay small.
import {readFileSync, readdirSync, statSync, existsSync} from 'node:fs';
import {join, relative} from 'node:path';
import {gzipSync, brotliCompressSync, constants} from 'node:zlib';

const BUDGET_GZIP = 20 * 1024; // bytes, for dist/bundle/disclosure-report.js (ESM, both locales)

function sizes(file) {
  const code = readFileSync(file);
  return {
    file,
    min: code.length,
    gzip: gzipSync(code, {level: 9}).length,
    brotli: brotliCompressSync(code, {params: {[constants.BROTLI_PARAM_QUALITY]: 11}}).length,
  };
}

const bundleDir = 'dist/bundle';
if (!existsSync(bundleDir)) {
  console.error('No dist/bundle: run `npm run build` first.');
  process.exit(2);
}
const rows = readdirSync(bundleDir)
  .filter((name) => name.endsWith('.js'))
  .map((name) => sizes(join(bundleDir, name)));
for (const entry of ['dist/index.js', 'dist/all.js', 'dist/model/index.js']) {
  if (existsSync(entry)) rows.push(sizes(entry));
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`.padStart(9);
console.log(`${'file'.padEnd(42)} ${'min'.padStart(9)} ${'gzip'.padStart(9)} ${'brotli'.padStart(9)}`);
for (const row of rows) console.log(`${relative('.', row.file).padEnd(42)} ${kb(row.min)} ${kb(row.gzip)} ${kb(row.brotli)}`);
console.log('(ES-build entries are unminified and import lit, @lit/* and valibot, which are not counted.)');

const full = rows.find((row) => row.file.endsWith('bundle/disclosure-report.js'));
if (!full) {
  console.error('dist/bundle/disclosure-report.js is missing.');
  process.exit(1);
}
const ok = full.gzip <= BUDGET_GZIP;
console.log(`budget: full bundle ${kb(full.gzip).trim()} gzip of ${kb(BUDGET_GZIP).trim()} — ${ok ? 'within' : 'OVER'} budget`);
process.exit(ok ? 0 : 1);
