#!/usr/bin/env node
// `npm run bench` (after `npm run build`): how much the elements cost over plain HTML, in Chromium.
//
// 1. Insert <disclosure-report> with the 淮安 2024 report as a property (no network), wait until it
//    and every element inside it have updated, then force layout by measuring the last table cell.
// 2. The same tables as static HTML: the table markup serialized from the rendered shadow roots,
//    with the same styles, inserted with innerHTML into a shadow root, then the same forced layout.
//    Also the whole rendered report (title and text too) flattened into one static tree.
// 3. A whole-report language switch: set `lang` on an ancestor, wait for every element, force layout.
// Runs alternate (1) and (2) in one page; medians over RUNS runs after WARMUP discarded ones.
//
// Completion check (1, 3): one pass down the tree. Each element's shadow root is searched once, right
// after that element's own `updateComplete` has resolved, for the elements it rendered, whose
// `updateComplete` is awaited in turn. A final look at the elements found (no new tree walk) confirms
// that none was asked to update again meanwhile (same `updateComplete` promise, nothing pending);
// if one was, the pass starts over. This waits for exactly what the earlier loop waited for
// (every nested element updated) without walking every shadow root several times inside the timed
// region, which the static side never pays. The last cell is then taken from the roots already
// found, as the static side takes its last cell from the one root it has. Element creation,
// validation, checks and rendering all stay inside the timed region.
// Figures are printed, not asserted: timings on a shared CI machine are not a test.
import puppeteer from 'puppeteer-core';
import {mkdtempSync, rmSync, writeFileSync, copyFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {CHROMIUM_ARGS, chromiumPath, serve} from './static-server.mjs';
import {huaian2024} from '../dist/node/examples/huaian-2024.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const WARMUP = 5;

const dir = mkdtempSync(join(tmpdir(), 'bench-'));
copyFileSync('dist/bundle/disclosure-report.iife.js', join(dir, 'bundle.js'));
writeFileSync(
  join(dir, 'index.html'),
  '<!doctype html><html lang="zh-CN"><meta charset="utf-8"><script src="bundle.js"></script><body style="width:1280px;margin:0"><main id="stage"></main></body></html>',
);
const server = await serve(dir);
const browser = await puppeteer.launch({executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS});

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
        const promise = host.updateComplete;
        await promise;
        awaited.set(host, promise);
        const below = await Promise.all(hostsIn(host.shadowRoot).map((nested) => renderedBelow(nested, awaited)));
        return [host.shadowRoot, ...below.flat()];
      }
      /** Until every element under `node` has updated (nested elements render in later microtasks); its shadow roots. */
      async function settled(node) {
        for (;;) {
          const awaited = new Map();
          const found = (await Promise.all(hostsIn(node).map((host) => renderedBelow(host, awaited)))).flat();
          const again = [...awaited].some(([host, promise]) => host.isUpdatePending || host.updateComplete !== promise);
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

      async function component() {
        const start = performance.now();
        const element = document.createElement('disclosure-report');
        element.report = report;
        stage.append(element);
        const found = await settled(stage);
        lastCellOf(found).getBoundingClientRect();
        const time = performance.now() - start;
        return {time, element, found};
      }

      // The static twin: the rendered tables and their styles, serialized once.
      const {element: sample, found} = await component();
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
        switch: median(switchTimes),
        model: median(modelTimes),
        tableCount,
        cellCount,
        english,
      };
    },
    {report: huaian2024, runs: RUNS, warmup: WARMUP},
  );
  const ms = (value) => `${value.toFixed(2)} ms`;
  console.log(
    `bench: 淮安 2024, ${result.tableCount} tables, ${result.cellCount} cells, 1280 px, median of ${RUNS} runs (${WARMUP} warm-up runs discarded)`,
  );
  console.log(`  <disclosure-report> inserted → tables laid out:   ${ms(result.element)}`);
  console.log(`  same tables as static HTML (innerHTML → layout):  ${ms(result.static)}`);
  console.log(`  ratio: ${(result.element / result.static).toFixed(2)} (target ≤ 1.5)`);
  console.log(`  of which validation + arithmetic checks (no DOM):  ${ms(result.model)}`);
  console.log(
    `  everything it rendered as static HTML (title, text, tables): ${ms(result.whole)}, ratio ${(result.element / result.whole).toFixed(2)}`,
  );
  console.log(
    `  language switch zh ⇄ en, whole report → layout:  ${ms(result.switch)} (target < 16 ms)${result.english ? '' : '  [warning: no English text seen]'}`,
  );
} finally {
  await browser.close();
  await server.close();
  rmSync(dir, {recursive: true, force: true});
}
