#!/usr/bin/env node
// `npm run bench` (after `npm run build`): what the elements cost against the same report as static
// HTML, in Chromium, at 1280 and at 360 px. Medians over BENCH_RUNS (default 30) runs in one run
// of the script, after BENCH_WARMUP (5) discarded ones. Prints a Markdown table a note can quote.
//
// Like with like: the static twin is the whole rendered report (title, text, tables), with the
// same shadow roots (declarative), the same tags and the same CSS rules, and no Lit markers
// (scripts/bench/page.js builds it and explains how). Each element run sits beside a static run,
// and every time includes the next frame after insertion: a second render (a layout chosen after
// the first one, by a ResizeObserver), then the layout, counted for both twins alike.
//
// Measured, per width:
// - insert → laid out: one <disclosure-report> with the 淮安 2024 report as a property, until it
//   and all it renders have updated and are laid out (and the next frame with them);
// - first render on a freshly loaded page (nothing compiled or cached yet), against the twin
//   parsed on a fresh page without the bundle;
// - 20 reports inserted at once on one page, against 20 twins;
// - a whole-report language switch (lang on an ancestor) until everything is laid out again;
// - JS heap per report: the V8 heap (and Blink's, "DOM") after a GC with 20 reports in the page,
//   less the empty page, over 20; the same for the twins.
// Figures are printed, never asserted: timings on a shared machine are not a test.
// On a shared machine a wall-clock time also holds the time the page's thread waited for a core.
// So the first pass of each insertion and of each language switch is also given as main-thread
// CPU time: the thread clock of performance marks around it, read from a trace that records only
// the marks. It leaves out the compositor's and raster threads' work (the same for both twins).
//
// Home-made, not tachometer: tachometer times one number per page load (or a performance mark)
// and decides the sample count itself. This bench needs paired runs in one warm page, the next
// frame after insertion, a static twin built from the live render, the heap through DevTools, and
// fixed medians over BENCH_RUNS; tachometer would also need chromedriver and selenium, which CI
// does not install, for a subset of these figures.
import puppeteer from 'puppeteer-core';
import {copyFileSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {CHROMIUM_ARGS, chromiumPath, serve} from './static-server.mjs';
import {huaian2024} from '../dist/node/examples/huaian-2024.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 5);
const COLD_RUNS = Number(process.env.BENCH_COLD_RUNS ?? RUNS);
const HEAP_RUNS = Number(process.env.BENCH_HEAP_RUNS ?? 5);
const MANY = 20;
const WIDTHS = [1280, 360];
const HEIGHT = 900;

const dir = mkdtempSync(join(tmpdir(), 'bench-'));
copyFileSync('dist/bundle/disclosure-report.iife.js', join(dir, 'bundle.js'));
copyFileSync('scripts/bench/page.js', join(dir, 'page.js'));
const page = (scripts, body = '') =>
  `<!doctype html><html lang="zh-CN"><meta charset="utf-8">${scripts}` +
  `<body style="margin:0">${body}<main id="stage" style="position:relative"></main></body></html>`;
// The twin's frame covers the page where the report is drawn: the same area to lay out and paint.
const frame = `<iframe id="static" src="blank.html" style="position:absolute;inset:0;width:100%;height:${HEIGHT}px;border:0"></iframe>`;
writeFileSync(join(dir, 'index.html'), page('<script src="bundle.js"></script><script src="page.js"></script>', frame));
writeFileSync(join(dir, 'blank.html'), page('<script src="page.js"></script>'));
// Cross-origin isolation gives performance.now() 5 µs steps instead of 100 µs.
const server = await serve(dir, {
  headers: {'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp'},
});
// No protocol timeout: one page call runs all the runs of a width, minutes on a busy machine.
const browser = await puppeteer.launch({
  executablePath: chromiumPath(),
  headless: true,
  args: CHROMIUM_ARGS,
  protocolTimeout: 0,
});

async function open(file, width) {
  const tab = await browser.newPage();
  await tab.setViewport({width, height: HEIGHT});
  await tab.goto(`${server.url}/${file}`, {waitUntil: 'load'});
  return tab;
}
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** V8 heap and Blink's heap per report (or twin), after a GC: `count` of them less none. */
async function heapPerReport(tab, kind) {
  const cdp = await tab.createCDPSession();
  const usage = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const {usedSize, embedderHeapUsedSize = 0} = await cdp.send('Runtime.getHeapUsage');
    return {js: usedSize, dom: embedderHeapUsedSize};
  };
  const js = [];
  const dom = [];
  for (let run = 0; run < HEAP_RUNS; run++) {
    await tab.evaluate(() => window.bench.clear());
    const before = await usage();
    await tab.evaluate((options) => window.bench.place(options), {report: huaian2024, count: MANY, kind});
    const after = await usage();
    js.push((after.js - before.js) / MANY);
    dom.push((after.dom - before.dom) / MANY);
  }
  await tab.evaluate(() => window.bench.clear());
  await cdp.detach();
  return {js: median(js), dom: median(dom)};
}

/** Main-thread CPU time (ms) from each `NAME:start` mark to the next `NAME:end` in a trace, by NAME. */
function markedCpu(trace) {
  const marks = (trace.traceEvents ?? trace)
    .filter((event) => event.cat === 'blink.user_timing' && /:(start|end)$/.test(event.name) && event.tts)
    .sort((a, b) => a.ts - b.ts);
  const started = new Map();
  const times = {};
  for (const {name, tts} of marks) {
    const [what, edge] = name.split(':');
    if (edge === 'start') started.set(what, tts);
    else if (started.has(what)) (times[what] ??= []).push((tts - started.get(what)) / 1000);
  }
  return times;
}

async function atWidth(width) {
  const tab = await open('index.html', width);
  await tab.tracing.start({categories: ['blink.user_timing']});
  const warm = await tab.evaluate((options) => window.bench.measure(options), {
    report: huaian2024,
    runs: RUNS,
    warmup: WARMUP,
    many: MANY,
  });
  const cpu = markedCpu(JSON.parse(Buffer.from(await tab.tracing.stop()).toString('utf8')));
  const element = cpu['insert-element'] ?? [];
  const plain = cpu['insert-static'] ?? [];
  warm.cpu = {
    element: median(element),
    static: median(plain),
    paired: median(element.map((time, i) => time / plain[i])),
    switch: median(cpu.switch ?? []),
  };
  const heap = {element: await heapPerReport(tab, 'element'), static: await heapPerReport(tab, 'static')};
  await tab.close();
  const cold = {element: [], static: []};
  for (let run = 0; run < COLD_RUNS; run++) {
    for (const [kind, file, twin] of [
      ['element', 'index.html', undefined],
      ['static', 'blank.html', warm.twin],
    ]) {
      const fresh = await open(file, width);
      cold[kind].push(
        (await fresh.evaluate((options) => window.bench.firstRender(options), {report: huaian2024, twin})).total,
      );
      await fresh.close();
    }
  }
  return {width, warm, heap, cold: {element: median(cold.element), static: median(cold.static)}};
}

try {
  const results = [];
  for (const width of WIDTHS) results.push(await atWidth(width));
  const [first] = results;
  const ms = (value) => `${value.toFixed(2)} ms`;
  const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;
  const ratio = (a, b) => `${(a / b).toFixed(2)}×`;
  const row = (cells) => `| ${cells.join(' | ')} |`;
  console.log(
    `bench: 淮安 2024, ${first.warm.cells} cells, ${first.warm.shadowRoots} shadow roots; static twin ${kb(first.warm.twinBytes)} of HTML; ` +
      `medians of ${RUNS} runs (${WARMUP} warm-up runs discarded), fresh pages ${COLD_RUNS}, heap ${HEAP_RUNS}; ${new Date().toISOString().slice(0, 10)}`,
  );
  if (!first.warm.isolated) console.log('[warning: page not cross-origin isolated; timers step by 100 µs]');
  console.log('');
  console.log(
    row(['measure', ...results.flatMap(({width}) => [`${width} px: element`, 'static twin', 'ratio']), 'target']),
  );
  console.log(row(Array(2 + results.length * 3).fill('---')));
  const line = (name, pick, target, format = ms) =>
    console.log(
      row([
        name,
        ...results.flatMap((result) => {
          const [element, plain] = pick(result);
          return [format(element), format(plain), ratio(element, plain)];
        }),
        target,
      ]),
    );
  line('insert → laid out, next frames included', ({warm}) => [warm.total.element, warm.total.static], '≤ 1.2×');
  line('  of which the first pass (before those frames)', ({warm}) => [warm.first.element, warm.first.static], '');
  line('  that first pass in main-thread CPU time', ({warm}) => [warm.cpu.element, warm.cpu.static], '');
  line('first render on a fresh page', ({cold}) => [cold.element, cold.static], '≤ 1.5×');
  line(`${MANY} reports on one page`, ({warm}) => [warm.many.element, warm.many.static], '≤ 1.2×');
  line('JS heap per report (V8)', ({heap}) => [heap.element.js, heap.static.js], '≤ 100 KB (element)', kb);
  line('DOM heap per report (Blink)', ({heap}) => [heap.element.dom, heap.static.dom], '', kb);
  const only = (name, pick, target) =>
    console.log(row([name, ...results.flatMap((result) => [pick(result), '', '']), target]));
  only(
    'language switch zh ⇄ en → laid out',
    ({warm}) => ms(warm.switch.first) + (warm.english ? '' : ' (no English seen!)'),
    '≤ 8 ms',
  );
  only('  the same, next frames included', ({warm}) => ms(warm.switch.total), '');
  only('  the switch (before those frames) in main-thread CPU time', ({warm}) => ms(warm.cpu.switch), '');
  console.log('');
  for (const {width, warm} of results)
    console.log(
      `${width} px: median of each element run's ratio to the static run beside it ${warm.paired.toFixed(2)}× ` +
        `(first passes in CPU time: ${warm.cpu.paired.toFixed(2)}×); ` +
        `a render after the first pass (in a later frame) in ${warm.rerendered} of ${RUNS} runs.`,
    );
} finally {
  await browser.close();
  await server.close();
  rmSync(dir, {recursive: true, force: true});
}
