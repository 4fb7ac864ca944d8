#!/usr/bin/env node
// `npm run bench:static` (after `npm run build:node`): how fast the static renderer (src/static/)
// turns the 淮安 2024 report into HTML, on one core.
//
// 1. renderReportHtml() in this process, per mode: reports per second over BENCH_SECONDS of
//    back-to-back renders after a warm-up, median of BENCH_RUNS runs (the same report each time:
//    nothing caches a report's output, only templates built from the format); and the part of a
//    `page` render that is validating the report. For the one-core figure of issue 19, run it
//    pinned: `npm run build:node && taskset -c 1 node scripts/bench-static.mjs`.
// 2. `disclosure-report render DIR --mode page -o OUT` over BATCH_FILES copies, as one process
//    (pinned to one core when `taskset` is there): files per second, start-up included.
// The target of issue 19 is 1,000 reports/s for `page`. Figures are printed, not asserted:
// timings on a shared machine are not a test.
import {spawnSync} from 'node:child_process';
import {copyFileSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {performance} from 'node:perf_hooks';
import {huaian2024} from '../dist/node/examples/index.js';
import {renderReportHtml} from '../dist/node/static/index.js';
import {validateReport} from '../dist/node/model/validate.js';

const BENCH_SECONDS = Number(process.env.BENCH_SECONDS ?? 2);
const BENCH_RUNS = Number(process.env.BENCH_RUNS ?? 5);
const BATCH_FILES = Number(process.env.BATCH_FILES ?? 200);

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

function perSecond(render) {
  for (let i = 0; i < 20; i++) render();
  const runs = [];
  for (let run = 0; run < BENCH_RUNS; run++) {
    const start = performance.now();
    let count = 0;
    while (performance.now() - start < BENCH_SECONDS * 1000) {
      render();
      count++;
    }
    runs.push(count / ((performance.now() - start) / 1000));
  }
  return median(runs);
}

console.log(`renderReportHtml(淮安 2024), one process, median of ${BENCH_RUNS} × ${BENCH_SECONDS} s:`);
const rates = {};
for (const mode of ['dsd', 'page', 'fragment']) {
  rates[mode] = perSecond(() => renderReportHtml(huaian2024, {mode}));
  const size = Buffer.byteLength(renderReportHtml(huaian2024, {mode}));
  console.log(
    `  ${mode.padEnd(9)} ${rates[mode].toFixed(0).padStart(6)} reports/s  (${(1000 / rates[mode]).toFixed(2)} ms each, ${(size / 1024).toFixed(0)} KB)`,
  );
}
// Every render validates the report as the elements do; `page` without audit runs no checks.
const validation = perSecond(() => validateReport(huaian2024));
console.log(`  of a page render, validating the report takes ${((rates.page / validation) * 100).toFixed(0)} %`);

const dir = mkdtempSync(join(tmpdir(), 'dr-bench-static-'));
try {
  const input = join(dir, 'in');
  spawnSync('mkdir', ['-p', input]);
  for (let i = 0; i < BATCH_FILES; i++)
    copyFileSync('examples/huaian-2024.json', join(input, `r${String(i).padStart(4, '0')}.json`));
  const pinned = spawnSync('taskset', ['-c', '0', 'true']).status === 0;
  const args = ['bin/disclosure-report.js', 'render', input, '--mode', 'page', '-o', join(dir, 'out')];
  const start = performance.now();
  const result = pinned
    ? spawnSync('taskset', ['-c', '0', process.execPath, ...args])
    : spawnSync(process.execPath, args);
  const seconds = (performance.now() - start) / 1000;
  if (result.status !== 0) throw new Error(`render exited ${result.status}: ${result.stderr}`);
  console.log(
    `render CLI, ${BATCH_FILES} files --mode page${pinned ? ', one core' : ''}: ${(BATCH_FILES / seconds).toFixed(0)} reports/s (${seconds.toFixed(1)} s, start-up included)`,
  );
} finally {
  rmSync(dir, {recursive: true, force: true});
}
