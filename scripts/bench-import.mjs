#!/usr/bin/env node
// `npm run bench:import` (after `npm run build`): how fast reports come in.
//
// 1. importReport() in one Node process on the 淮安 2024 report as each format offices publish:
//    the test fixtures (.docx from the template, pasted portal .html clean and with Word's noise,
//    a Chromium-printed .pdf), median of IMPORT_RUNS after two warm-up runs (the first also loads
//    the reader and pdf.js, reported apart).
// 2. A 10-page PDF: the 淮安 tables with the 西关街道 narrative repeated until Chromium prints at
//    least 10 A4 pages (printed here by the project's bundle, not committed), timed the same way.
// 3. Batch check: `disclosure-report check DIR --summary csv` over BATCH_FILES copies of the example
//    reports (clean, wrong totals, a blank cell), as one process pinned to one core when `taskset`
//    is there. Files per second over the whole run, start-up included; median of BATCH_RUNS runs.
// Figures are printed, not asserted: timings on a shared machine are not a test.
import {spawnSync} from 'node:child_process';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {performance} from 'node:perf_hooks';
import {readFileSync} from 'node:fs';
import puppeteer from 'puppeteer-core';
import {CHROMIUM_ARGS, chromiumPath} from './static-server.mjs';
import {broken, huaian2024, xiguan2024} from '../dist/node/examples/index.js';
import {importReport} from '../dist/node/import/index.js';
import {placementSummary} from '../dist/node/import/placement-summary.js';

const BATCH_FILES = Number(process.env.BATCH_FILES ?? 1000);
const BATCH_RUNS = Number(process.env.BATCH_RUNS ?? 5);
const IMPORT_RUNS = Number(process.env.IMPORT_RUNS ?? 15);
const FIXTURES = ['huaian-2024.docx', 'huaian-2024.html', 'huaian-2024-word.html', 'huaian-2024.chromium.pdf'];
const MIN_PAGES = 10;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** A pinned command when `taskset` exists (Linux), so "one core" is what is measured. */
function oneCore(command, args) {
  const pinned = spawnSync('taskset', ['-c', '0', 'true']).status === 0;
  return pinned ? ['taskset', ['-c', '0', command, ...args]] : [command, args];
}

function benchBatchCheck() {
  const dir = mkdtempSync(join(tmpdir(), 'bench-batch-'));
  try {
    const kinds = [huaian2024, xiguan2024, broken.reconsiderationTotalOff(), broken.blankCell()];
    for (let i = 0; i < BATCH_FILES; i++) {
      writeFileSync(join(dir, `report-${String(i).padStart(5, '0')}.json`), JSON.stringify(kinds[i % kinds.length]));
    }
    const [command, args] = oneCore(process.execPath, ['bin/disclosure-report.js', 'check', dir, '--summary', 'csv']);
    const rates = [];
    for (let run = 0; run < BATCH_RUNS; run++) {
      const start = performance.now();
      const result = spawnSync(command, args, {encoding: 'utf8', maxBuffer: 64 * 1024 * 1024});
      const seconds = (performance.now() - start) / 1000;
      const rows = result.stdout.split('\r\n').length - 2; // header and the empty tail
      if (rows !== BATCH_FILES)
        throw new Error(`batch check listed ${rows} of ${BATCH_FILES} files:\n${result.stderr}`);
      rates.push(BATCH_FILES / seconds);
    }
    return median(rates);
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
}

/** Median milliseconds of importReport on `bytes`; throws unless every table cell was placed. */
async function timeImport(name, bytes) {
  const times = [];
  let first;
  for (let run = 0; run < IMPORT_RUNS + 2; run++) {
    const start = performance.now();
    const result = await importReport({data: bytes, name});
    const elapsed = performance.now() - start;
    first ??= elapsed;
    if (run >= 2) times.push(elapsed);
    const {byLabel, byPosition} = placementSummary(result);
    if (byLabel.length + byPosition.length !== 200)
      throw new Error(`${name}: ${byLabel.length + byPosition.length} of 200 cells placed`);
  }
  return {median: median(times), first};
}

/** The 淮安 tables with a long narrative, printed by Chromium with the bundle: {bytes, pages}. */
async function printLongReport() {
  const bundle = readFileSync('dist/bundle/disclosure-report.iife.js', 'utf8');
  const browser = await puppeteer.launch({executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS});
  try {
    for (let repeat = 2; ; repeat += 2) {
      const long = (narrative) => ({
        ...narrative,
        parts: Array.from({length: repeat}, () => narrative.parts ?? []).flat(),
        paragraphs: Array.from({length: repeat}, () => narrative.paragraphs ?? []).flat(),
      });
      const report = {...huaian2024, overview: long(xiguan2024.overview), problems: long(xiguan2024.overview)};
      const page = await browser.newPage();
      const json = JSON.stringify(report).replace(/</g, '\\u003c');
      await page.setContent(
        `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><script>${bundle}</script>
        <disclosure-report lang="zh-CN"><script type="application/json">${json}</script></disclosure-report>`,
        {waitUntil: 'load'},
      );
      await page.waitForFunction(() => document.querySelector('disclosure-report').updateComplete.then(() => true));
      const bytes = new Uint8Array(
        await page.pdf({format: 'A4', margin: {top: '20mm', bottom: '20mm', left: '15mm', right: '15mm'}}),
      );
      await page.close();
      const pages = (new TextDecoder('latin1').decode(bytes).match(/\/Type\s*\/Page\b/g) ?? []).length;
      if (pages >= MIN_PAGES) return {bytes, pages};
    }
  } finally {
    await browser.close();
  }
}

for (const name of FIXTURES) {
  const bytes = new Uint8Array(readFileSync(`test/fixtures/import/${name}`));
  const {median: ms, first} = await timeImport(name, bytes);
  console.log(
    `import ${name}: median ${ms.toFixed(1)} ms (${IMPORT_RUNS} runs; first ${first.toFixed(0)} ms with loading)`,
  );
}
const long = await printLongReport();
const longTime = await timeImport('long.pdf', long.bytes);
console.log(
  `import a ${long.pages}-page PDF (淮安 tables, long narrative): median ${longTime.median.toFixed(0)} ms (${IMPORT_RUNS} runs)`,
);

const rate = benchBatchCheck();
console.log(
  `batch check: ${Math.round(rate)} files/s (${BATCH_FILES} files, one core, median of ${BATCH_RUNS} runs; target ≥ 500)`,
);
