#!/usr/bin/env node
// `npm run bench` (after `npm run build`): how much the elements cost over plain HTML, in Chromium.
//
// 1. Insert <disclosure-report> with the 淮安 2024 report as a property (no network), wait until it
//    and every element inside it have updated, then force layout by measuring the last table cell.
// 2. The same tables as static HTML: the table markup serialized from the rendered shadow roots,
//    with the same styles, inserted with innerHTML into a shadow root, then the same forced layout.
//    Also the whole rendered report (title and text too) flattened into one static tree.
// 3. A whole-report language switch: set `lang` on an ancestor, wait for every element, force layout.
// 4. The first render on a freshly loaded page, as a reader meets it (nothing compiled or prepared
//    yet), against the tables of (2) as static HTML on a fresh page: medians over COLD_RUNS pages.
// Runs alternate (1) and (2) in one page; medians over RUNS runs after WARMUP discarded ones, and
// the median of each run's ratio to the static run beside it (steadier when the machine drifts).
//
// Completion check (1): the timed region awaits the report's own `updateComplete`, which resolves
// once every section and table inside it has rendered (asserted in report-context.test.ts and, in
// the production bundle, bundle-page.test.mjs), and
// reaches the last cell through the tables, as a page script would: no tree walk a real page never
// pays. Outside the timed region every run is then checked to be complete (nothing pending, as many
// cells as the first report, which is awaited with a full walk of every nested element). (3) waits
// with that full walk: each element's shadow root searched once after its own `updateComplete`,
// until no element found has an update pending. Element creation, validation, checks and rendering
// all stay inside the timed region.
// Figures are printed, not asserted: timings on a shared CI machine are not a test.
import puppeteer from 'puppeteer-core';
import {mkdtempSync, rmSync, writeFileSync, copyFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {CHROMIUM_ARGS, chromiumPath, serve} from './static-server.mjs';
import {huaian2024} from '../dist/node/examples/huaian-2024.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 60);
const WARMUP = 5;

const dir = mkdtempSync(join(tmpdir(), 'bench-'));
copyFileSync('dist/bundle/disclosure-report.iife.js', join(dir, 'bundle.js'));
writeFileSync(
  join(dir, 'index.html'),
  '<!doctype html><html lang="zh-CN"><meta charset="utf-8"><script src="bundle.js"></script><body style="width:1280px;margin:0"><main id="stage"></main></body></html>',
);
// Cross-origin isolation gives performance.now() 5 µs steps instead of 100 µs (a run is ~5 ms).
const server = await serve(dir, {
  headers: {'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp'},
});
writeFileSync(
  join(dir, 'blank.html'),
  '<!doctype html><html lang="zh-CN"><meta charset="utf-8"><body style="width:1280px;margin:0"><main id="stage"></main></body></html>',
);
const browser = await puppeteer.launch({executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS});

/** (4) The first render on a page just loaded: nothing compiled, prepared or cached yet, as a reader meets it. */
async function firstOnFreshPage(file, render, argument) {
  const fresh = await browser.newPage();
  try {
    await fresh.setViewport({width: 1300, height: 900});
    await fresh.goto(`${server.url}/${file}`, {waitUntil: 'load'});
    return await fresh.evaluate(render, argument);
  } finally {
    await fresh.close();
  }
}
const COLD_RUNS = Number(process.env.BENCH_COLD_RUNS ?? 11);

try {
  const page = await browser.newPage();
  await page.setViewport({width: 1300, height: 900});
  await page.goto(`${server.url}/index.html`, {waitUntil: 'load'});
  const result = await page.evaluate(
    async ({report, runs, warmup}) => {
      const stage = document.getElementById('stage');
      const roots = (node) =>
        [...node.querySelectorAll('*')].flatMap((element) =>
          element.shadowRoot ? [element.shadowRoot, ...roots(element.shadowRoot)] : [],
        );
      const hostsIn = (scope) => [...scope.querySelectorAll('*')].filter((element) => element.shadowRoot);
      /** The shadow roots under `host` in tree order, once `host` and everything it rendered have updated. */
      async function renderedBelow(host, awaited) {
        await host.updateComplete;
        awaited.set(host, true);
        const below = await Promise.all(hostsIn(host.shadowRoot).map((nested) => renderedBelow(nested, awaited)));
        return [host.shadowRoot, ...below.flat()];
      }
      /** Until every element under `node` has updated (nested elements render in later microtasks); its shadow roots. */
      async function settled(node) {
        for (;;) {
          const awaited = new Map();
          const found = (await Promise.all(hostsIn(node).map((host) => renderedBelow(host, awaited)))).flat();
          // (Not promise identity: a report element's updateComplete is a new promise on every read.)
          const again = [...awaited.keys()].some((host) => host.isUpdatePending);
          if (!again) return found;
        }
      }
      const lastCellOf = (found) => {
        for (let i = found.length - 1; i >= 0; i--) {
          const cells = found[i].querySelectorAll('td');
          if (cells.length) return cells[cells.length - 1];
        }
        return undefined;
      };
      const median = (values) => {
        const sorted = [...values].sort((a, b) => a - b);
        const middle = sorted.length >> 1;
        return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
      };
      const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

      /** The last data cell of the report, the way a page script would reach it: through the tables. */
      const lastCellIn = (root) => {
        const hosts = root.querySelectorAll('report-section, disclosure-table, appeal-litigation-grid');
        for (let i = hosts.length - 1; i >= 0; i--) {
          const cell = lastCellIn(hosts[i].shadowRoot);
          if (cell) return cell;
        }
        const cells = root.querySelectorAll('td');
        return cells[cells.length - 1];
      };
      /** Shadow roots of a report element: its own and every one below it. */
      const rootsOf = (element) => [element.shadowRoot, ...roots(element.shadowRoot)];
      const cellCountIn = (element) =>
        rootsOf(element).reduce((sum, shadow) => sum + shadow.querySelectorAll('td, th').length, 0);

      // The first report is awaited with the full walk, which says what a complete render holds.
      stage.append(Object.assign(document.createElement('disclosure-report'), {report}));
      const found = await settled(stage);
      const sample = stage.lastElementChild;
      const completeCells = cellCountIn(sample);

      async function component() {
        const start = performance.now();
        const element = document.createElement('disclosure-report');
        element.report = report;
        stage.append(element);
        // Resolves once every section and table inside has rendered (ReportElement's
        // getUpdateComplete; asserted in report-context.test.ts and bundle-page.test.mjs, and
        // checked for every run below).
        await element.updateComplete;
        lastCellIn(element.shadowRoot).getBoundingClientRect();
        const time = performance.now() - start;
        // Outside the timed region: the render really was complete.
        const pending = rootsOf(element).filter((shadow) => shadow.host.isUpdatePending).length;
        const cells = cellCountIn(element);
        if (pending || cells !== completeCells)
          throw new Error(`timed an incomplete render: ${pending} pending, ${cells} of ${completeCells} cells`);
        return {time, element};
      }

      // The static twin: the rendered tables and their styles, serialized once.
      // The completion check must have seen what a full walk sees, with nothing left pending.
      const walked = roots(stage);
      if (
        walked.length !== found.length ||
        walked.some((shadow, i) => shadow !== found[i] || shadow.host.isUpdatePending)
      )
        throw new Error(`completion check missed elements: ${found.length} found, ${walked.length} in the tree`);
      const tableRoots = roots(stage).filter((shadow) => shadow.querySelector('table'));
      const css = [
        ...new Set(
          tableRoots.flatMap((shadow) =>
            shadow.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)),
          ),
        ),
      ].join('\n');
      const markup =
        `<style>${css}</style>` +
        tableRoots
          .map(
            (shadow) =>
              `<div class="root">${[...shadow.querySelectorAll('table')].map((table) => table.outerHTML).join('')}</div>`,
          )
          .join('');
      // And everything the report rendered (title, headings, paragraphs, tables) flattened into
      // one static tree: each element with a shadow root becomes a <div> holding its content.
      const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
      const flat = (node) =>
        [...node.childNodes]
          .map((child) => {
            if (child.nodeType === Node.TEXT_NODE) return escape(child.data);
            if (child.nodeType !== Node.ELEMENT_NODE || child.localName === 'style' || child.localName === 'slot')
              return '';
            if (child.shadowRoot) return `<div class="root">${flat(child.shadowRoot)}</div>`;
            const attributes = [...child.attributes]
              .map((a) => ` ${a.name}="${escape(a.value).replace(/"/g, '&quot;')}"`)
              .join('');
            return `<${child.localName}${attributes}>${flat(child)}</${child.localName}>`;
          })
          .join('');
      const allCss = [
        ...new Set(
          roots(stage).flatMap((shadow) =>
            shadow.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)),
          ),
        ),
      ].join('\n');
      const wholeMarkup = `<style>${allCss}</style><div class="root">${flat(sample.shadowRoot)}</div>`;
      const tableCount = tableRoots.length;
      const cellCount = tableRoots.reduce((sum, shadow) => sum + shadow.querySelectorAll('td, th').length, 0);
      sample.remove();

      function staticHtml(markup) {
        const start = performance.now();
        const host = document.createElement('div');
        stage.append(host);
        host.attachShadow({mode: 'open'}).innerHTML = markup;
        const cells = host.shadowRoot.querySelectorAll('td');
        if (!cells.length)
          throw new Error(
            `static twin has no cells: ${markup.length} chars, ${tableCount} tables, ${host.shadowRoot.children.length} children`,
          );
        cells[cells.length - 1].getBoundingClientRect();
        const time = performance.now() - start;
        host.remove();
        return time;
      }

      const elementTimes = [];
      const staticTimes = [];
      const wholeTimes = [];
      const pairedRatios = [];
      for (let run = 0; run < runs + warmup; run++) {
        const {time, element} = await component();
        element.remove();
        await frame();
        const plain = staticHtml(markup);
        await frame();
        const whole = staticHtml(wholeMarkup);
        await frame();
        if (run >= warmup) {
          elementTimes.push(time);
          staticTimes.push(plain);
          wholeTimes.push(whole);
          pairedRatios.push(time / plain);
        }
      }

      // Language switch on an ancestor of a rendered report.
      const wrapper = document.createElement('div');
      wrapper.lang = 'zh-CN';
      stage.append(wrapper);
      const element = document.createElement('disclosure-report');
      element.report = report;
      wrapper.append(element);
      await settled(wrapper);
      await frame();
      const switchTimes = [];
      for (let run = 0; run < runs + warmup; run++) {
        const start = performance.now();
        wrapper.lang = wrapper.lang === 'en' ? 'zh-CN' : 'en';
        lastCellOf(await settled(wrapper)).getBoundingClientRect();
        const time = performance.now() - start;
        if (run >= warmup) switchTimes.push(time);
        await frame();
      }
      // The model's share of (1): validation and the arithmetic checks, run the way the element runs them.
      const {validateReport, checkReport} = window.DisclosureReport;
      const modelTimes = [];
      for (let run = 0; run < runs + warmup; run++) {
        const start = performance.now();
        const checked = validateReport(report);
        if (checked.report) checkReport(checked.report, {invalid: checked.invalid});
        if (run >= warmup) modelTimes.push(performance.now() - start);
      }
      const english = roots(wrapper).some((shadow) => /Proactive|Government information/i.test(shadow.textContent));
      wrapper.remove();
      return {
        element: median(elementTimes),
        static: median(staticTimes),
        whole: median(wholeTimes),
        paired: median(pairedRatios),
        isolated: window.crossOriginIsolated,
        switch: median(switchTimes),
        model: median(modelTimes),
        tableCount,
        cellCount,
        english,
        markup,
      };
    },
    {report: huaian2024, runs: RUNS, warmup: WARMUP},
  );
  const cold = {element: [], static: []};
  for (let run = 0; run < COLD_RUNS; run++) {
    cold.element.push(
      await firstOnFreshPage(
        'index.html',
        async (report) => {
          const start = performance.now();
          const element = document.createElement('disclosure-report');
          element.report = report;
          document.getElementById('stage').append(element);
          await element.updateComplete;
          element.shadowRoot.querySelector('report-section:last-of-type').getBoundingClientRect();
          return performance.now() - start;
        },
        huaian2024,
      ),
    );
    cold.static.push(
      await firstOnFreshPage(
        'blank.html',
        (markup) => {
          const start = performance.now();
          const host = document.createElement('div');
          document.getElementById('stage').append(host);
          host.attachShadow({mode: 'open'}).innerHTML = markup;
          const cells = host.shadowRoot.querySelectorAll('td');
          cells[cells.length - 1].getBoundingClientRect();
          return performance.now() - start;
        },
        result.markup,
      ),
    );
  }
  const middle = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
  const ms = (value) => `${value.toFixed(2)} ms`;
  if (!result.isolated) console.log('  [warning: page not cross-origin isolated; timers step by 100 µs]');
  console.log(
    `bench: 淮安 2024, ${result.tableCount} tables, ${result.cellCount} cells, 1280 px, median of ${RUNS} runs (${WARMUP} warm-up runs discarded)`,
  );
  console.log(`  <disclosure-report> inserted → tables laid out:   ${ms(result.element)}`);
  console.log(`  same tables as static HTML (innerHTML → layout):  ${ms(result.static)}`);
  console.log(`  ratio: ${(result.element / result.static).toFixed(2)} (target ≤ 1.5)`);
  // Each element run against the static run next to it: steadier when the machine's speed drifts.
  console.log(`  median of the runs' own ratios:                    ${result.paired.toFixed(2)}`);
  console.log(`  of which validation + arithmetic checks (no DOM):  ${ms(result.model)}`);
  console.log(
    `  everything it rendered as static HTML (title, text, tables): ${ms(result.whole)}, ratio ${(result.element / result.whole).toFixed(2)}`,
  );
  console.log(
    `  language switch zh ⇄ en, whole report → layout:  ${ms(result.switch)} (target < 16 ms)${result.english ? '' : '  [warning: no English text seen]'}`,
  );
  const [coldElement, coldStatic] = [middle(cold.element), middle(cold.static)];
  console.log(
    `  first render on a freshly loaded page (median of ${COLD_RUNS} pages): ${ms(coldElement)}; the tables as static HTML: ${ms(coldStatic)}; ratio ${(coldElement / coldStatic).toFixed(2)}`,
  );
} finally {
  await browser.close();
  await server.close();
  rmSync(dir, {recursive: true, force: true});
}
