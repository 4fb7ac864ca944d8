#!/usr/bin/env node
// `npm run bench:import` (after `npm run build:node`): how fast reports come in.
//
// 1. Batch check: `disclosure-report check DIR --summary csv` over BATCH_FILES copies of the example
//    reports (clean, wrong totals, a blank cell), as one process pinned to one core when `taskset`
//    is there. Files per second over the whole run, start-up included; median of BATCH_RUNS runs.
// Figures are printed, not asserted: timings on a shared machine are not a test.
import {spawnSync} from 'node:child_process';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {performance} from 'node:perf_hooks';
import {broken, huaian2024, xiguan2024} from '../dist/node/examples/index.js';

const BATCH_FILES = Number(process.env.BATCH_FILES ?? 1000);
const BATCH_RUNS = Number(process.env.BATCH_RUNS ?? 5);

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

const rate = benchBatchCheck();
console.log(
  `batch check: ${Math.round(rate)} files/s (${BATCH_FILES} files, one core, median of ${BATCH_RUNS} runs; target ≥ 500)`,
);
