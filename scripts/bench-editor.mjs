#!/usr/bin/env node
// `npm run bench:editor` (after `npm run build`): what a keystroke and a paste cost in <report-editor>,
// in Chromium, with the production bundle (dist/bundle-editor) and the 淮安 2024 report.
//
// 1. A keystroke: a new value typed into a cell of table 三 (an input event, as the browser fires
//    it), until the editor has re-read the form, run every check, marked the findings at their
//    cells, saved the draft locally and rendered (its updateComplete), and layout is forced.
//    Values alternate so that every run changes the cell and half the runs break a rule (a finding
//    appears at the cell and in the list, then goes).
// 2. A paste of the whole of table 三 (25 × 7) as TSV at its first cell, the same way, alternating
//    the report's numbers and their doubles, so every cell changes on every run and the table still
//    adds up; then alternating with a block that breaks every rule (the findings list at its longest).
// Medians over RUNS runs after WARMUP discarded ones. Figures are printed, not asserted: timings
// on a shared machine are not a test. The budgets of issue 20: keystroke ≤ 16 ms, paste ≤ 50 ms.
import puppeteer from 'puppeteer-core';
import {cpSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {CHROMIUM_ARGS, chromiumPath, serve} from './static-server.mjs';
import {huaian2024} from '../dist/node/examples/huaian-2024.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 60);
const WARMUP = 5;

const dir = mkdtempSync(join(tmpdir(), 'bench-editor-'));
cpSync('dist/bundle-editor', dir, {recursive: true});
writeFileSync(
  join(dir, 'index.html'),
  '<!doctype html><html lang="zh-CN"><meta charset="utf-8"><script type="module" src="report-editor.js"></script><body style="width:1280px;margin:0"><main id="stage"></main></body></html>',
);
// Cross-origin isolation gives performance.now() 5 µs steps instead of 100 µs.
const server = await serve(dir, {
  headers: {'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp'},
});
const browser = await puppeteer.launch({executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS});

try {
  const page = await browser.newPage();
  await page.setViewport({width: 1300, height: 900});
  await page.goto(`${server.url}/index.html`, {waitUntil: 'load'});
  await page.waitForFunction(() => customElements.get('report-editor'));
  const result = await page.evaluate(
    async ({report, runs, warmup}) => {
      localStorage.clear();
      const median = (values) => {
        const sorted = [...values].sort((a, b) => a - b);
        const middle = sorted.length >> 1;
        return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
      };
      const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      const editor = Object.assign(document.createElement('report-editor'), {report, block: 'requests'});
      document.getElementById('stage').append(editor);
      await editor.updateComplete;
      const shadow = editor.shadowRoot;
      const input = (path) => shadow.querySelector(`input[data-path="${path}"]`);
      const rows = [...shadow.querySelectorAll('table.form-table tr')]
        .map((row) => [...row.querySelectorAll('input[data-path]')].map((cell) => cell.dataset.path))
        .filter((paths) => paths.length);
      const valueAt = (path) => path.split('.').reduce((node, key) => node?.[key], report);

      const keystroke = [];
      const path = 'requests.newReceived.naturalPerson';
      const original = String(valueAt(path));
      for (let run = 0; run < runs + warmup; run++) {
        const cell = input(path);
        cell.focus();
        cell.value = run % 2 ? original : `${original}7`;
        const start = performance.now();
        cell.dispatchEvent(new InputEvent('input', {bubbles: true, composed: true, data: '7'}));
        await editor.updateComplete;
        input(path).getBoundingClientRect();
        const time = performance.now() - start;
        if (run >= warmup) keystroke.push(time);
        await frame();
      }
      const findingsAfterBreak = editor.currentFindings.filter((f) => f.kind === 'violation').length;

      const tsv = (change) =>
        rows.map((paths) => paths.map((p) => String(change(valueAt(p) ?? 0))).join('\t')).join('\r\n') + '\r\n';
      const timePastes = async (blocks) => {
        const paste = [];
        for (let run = 0; run < runs + warmup; run++) {
          const first = input(rows[0][0]);
          first.focus();
          const clipboardData = new DataTransfer();
          clipboardData.setData('text/plain', blocks[run % 2]);
          const start = performance.now();
          first.dispatchEvent(
            new ClipboardEvent('paste', {clipboardData, bubbles: true, composed: true, cancelable: true}),
          );
          await editor.updateComplete;
          input(rows.at(-1).at(-1)).getBoundingClientRect();
          const time = performance.now() - start;
          if (run >= warmup) paste.push(time);
          await frame();
        }
        return paste;
      };
      // Doubling every count keeps every sum of the table true: each run changes all 175 cells.
      const paste = await timePastes([tsv((n) => n * 2), tsv((n) => n)]);
      const pasted = shadow.querySelector('.message').textContent.trim();
      // Adding 1 to every count breaks every row's total and more: 39 findings listed and marked.
      const pasteBroken = await timePastes([tsv((n) => n + 1), tsv((n) => n)]);
      return {
        keystroke: median(keystroke),
        keystrokeMax: Math.max(...keystroke),
        paste: median(paste),
        pasteMax: Math.max(...paste),
        pasteBroken: median(pasteBroken),
        cells: rows.flat().length,
        findingsAfterBreak,
        pasted,
      };
    },
    {report: huaian2024, runs: RUNS, warmup: WARMUP},
  );
  const ms = (value) => `${value.toFixed(2)} ms`;
  console.log(`<report-editor>, 淮安 2024, table 三 (${result.cells} cells), ${RUNS} runs each, medians:`);
  console.log(
    `  keystroke in a cell (read, checks, marks, render; the local save follows the frame): ${ms(result.keystroke)} (max ${ms(result.keystrokeMax)}; budget 16 ms)`,
  );
  console.log(
    `  paste of table 三 as TSV: ${ms(result.paste)} (max ${ms(result.pasteMax)}; budget 50 ms) — "${result.pasted}"`,
  );
  console.log(
    `  the same paste alternating with a block that breaks every rule of the table: ${ms(result.pasteBroken)}`,
  );
} finally {
  await browser.close();
  await server.close();
  rmSync(dir, {recursive: true, force: true});
}
