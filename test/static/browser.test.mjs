// The static HTML (src/static/) in headless Chromium: the `page` output is axe-clean and prints on
// A4 as the elements do (header rows repeat, no row split, table 四 fits the type area); the `dsd`
// output renders with JavaScript disabled, and the library, when the page loads it with Lit's
// hydration support, hydrates it without replacing a single table node.
//
// Needs /usr/bin/chromium, poppler-utils, and `npm run build` (dist/node, and dist/bundle for the
// viewer bundle on a dsd page; npm test builds first).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {copyFileSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {build} from 'esbuild';
import {launchChromium} from '../support/library-bundle.mjs';
import {TABLES_SHOWN} from '../support/report-layout.mjs';
import {serve} from '../../scripts/static-server.mjs';
import {APPEAL_COLUMNS, REQUEST_COLUMNS, REQUEST_ROWS, leafChains} from '../../dist/node/model/format.js';
import {huaian2024} from '../../dist/node/examples/index.js';
import {renderReportHtml} from '../../dist/node/static/index.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const squash = (text) => text.replace(/\s+/g, '');
// The type area of GB/T 9704 公文 (the page's @page rule): A4 with 37/26/35/28 mm margins.
const TYPE_AREA_PX = (156 / 25.4) * 96;
const TABLES = TABLES_SHOWN;

function withTempDir(run) {
  return async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dr-static-'));
    const browser = await launchChromium();
    try {
      await run(dir, browser);
    } finally {
      await browser.close();
      rmSync(dir, {recursive: true, force: true});
    }
  };
}

test(
  'page output: axe finds nothing, in zh, en and bilingual with audit',
  withTempDir(async (dir, browser) => {
    for (const options of [{lang: 'zh-CN'}, {lang: 'en'}, {lang: 'zh-CN', bilingual: true, audit: true}]) {
      const file = join(dir, 'page.html');
      writeFileSync(file, renderReportHtml(huaian2024, {...options, mode: 'page'}));
      const page = await browser.newPage();
      await page.goto(pathToFileURL(file).href);
      await page.addScriptTag({path: join(root, 'node_modules/axe-core/axe.min.js')});
      const violations = await page.evaluate(async () => {
        const results = await window.axe.run(document, {
          runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice']},
          rules: {'td-has-header': {enabled: true}, 'table-fake-caption': {enabled: true}},
        });
        return results.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.html.slice(0, 120)}`);
      });
      assert.deepEqual(violations, [], JSON.stringify(options));
      await page.close();
    }
  }),
);

function pdfPages(pdf) {
  const count = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], {encoding: 'utf8'}))[1]);
  return Array.from({length: count}, (_, i) =>
    execFileSync('pdftotext', ['-raw', '-f', String(i + 1), '-l', String(i + 1), pdf, '-'], {encoding: 'utf8'}),
  );
}

test(
  'page output prints on A4: table 三 repeats its header rows, no row is split, table 四 fits',
  withTempDir(async (dir, browser) => {
    const file = join(dir, 'page.html');
    writeFileSync(file, renderReportHtml(huaian2024, {mode: 'page'}));
    const page = await browser.newPage();
    await page.setViewport({width: 360, height: 800}); // a phone's screen: the paper still gets the official layout
    await page.goto(pathToFileURL(file).href);
    await page.emulateMediaType('print');
    await page.setViewport({width: Math.floor(TYPE_AREA_PX), height: 800});
    // The tables print shows (table 三 in its paper layout, the screen's copy hidden).
    const widths = await page.evaluate(() =>
      [...document.querySelectorAll('table')]
        .filter((table) => table.getClientRects().length)
        .map((table) => table.scrollWidth),
    );
    assert.equal(widths.length, TABLES, 'a table per block of 二, then 三 and 四');
    for (const width of widths)
      assert.ok(width <= TYPE_AREA_PX + 1, `table width ${width}px fits the 156 mm type area`);
    const pdf = join(dir, 'page.pdf');
    await page.pdf({path: pdf, preferCSSPageSize: true, printBackground: true});
    const texts = pdfPages(pdf).map(squash);
    const locate = (text, label) => text.indexOf(squash(label));
    const format = new Intl.NumberFormat('en');
    const rows = leafChains(REQUEST_ROWS).map((chain) => ({
      label: chain.at(-1).label.zh,
      values: leafChains(REQUEST_COLUMNS)
        .map((columns) => [...chain, ...columns].reduce((node, h) => (h.key ? node[h.key] : node), huaian2024.requests))
        .map((value) => format.format(value))
        .join(''),
    }));
    const headers = [...new Set(leafChains(REQUEST_COLUMNS).flatMap((chain) => chain.map((node) => node.label.zh)))];
    const pagesOfTable3 = texts.filter((text) => rows.some((row) => locate(text, row.label) >= 0));
    assert.ok(pagesOfTable3.length >= 2, `table 三 runs over ${pagesOfTable3.length} pages`);
    for (const [i, text] of pagesOfTable3.entries()) {
      const firstRow = Math.min(...rows.map((row) => locate(text, row.label)).filter((at) => at >= 0));
      for (const label of headers) {
        const at = locate(text, label);
        assert.ok(at >= 0 && at < firstRow, `page ${i + 1} of table 三: header "${label}" before its first row`);
      }
    }
    for (const row of rows) {
      const on = texts.filter((text) => locate(text, row.label) >= 0 && text.includes(row.values));
      assert.equal(on.length, 1, `row "${row.label}" with its numbers whole on one page`);
    }
    // As the elements print it: a page that starts inside a group of rows names the group (its
    // labels again, on each later row of the group), so no row is left under an empty group column.
    const chains = leafChains(REQUEST_ROWS);
    for (const [i, text] of pagesOfTable3.entries()) {
      if (i === 0) continue;
      const first = chains
        .map((chain) => ({chain, at: locate(text, chain.at(-1).label.zh)}))
        .filter(({at}) => at >= 0)
        .sort((a, b) => a.at - b.at)[0];
      for (const group of first.chain.slice(0, -1))
        assert.ok(
          locate(text, group.label.zh) >= 0,
          `page ${i + 1} of table 三 starts at "${first.chain.at(-1).label.zh}" and names its group "${group.label.zh}"`,
        );
    }
    const values = leafChains(APPEAL_COLUMNS).map((chain) =>
      chain.reduce((node, header) => (header.key ? node[header.key] : node), huaian2024.appeals),
    );
    const groupLabels = APPEAL_COLUMNS.flatMap((node) => [node, ...(node.children ?? [])]).map((node) => node.label.zh);
    const page4 = texts.find((text) => groupLabels.every((label) => locate(text, label) >= 0));
    assert.ok(page4, 'one page carries all of table 四 header groups');
    assert.ok(page4.includes(values.map(String).join('')), 'table 四: the 15 values in order on that page');
  }),
);

test(
  'page output: a line break inside a paragraph shows, also in a browser that ignores @scope (before Chromium 118)',
  withTempDir(async (dir, browser) => {
    const report = structuredClone(huaian2024);
    report.problems.paragraphs = [{zh: '第一行\n第二行', en: 'First line\nsecond line'}];
    const file = join(dir, 'page.html');
    writeFileSync(file, renderReportHtml(report, {mode: 'page'}));
    const page = await browser.newPage();
    await page.goto(pathToFileURL(file).href);
    // The lines the paragraph's text occupies on screen.
    const lines = () =>
      page.evaluate(() => {
        const paragraph = [...document.querySelectorAll('p')].find((p) => p.textContent.includes('第一行'));
        const range = document.createRange();
        range.selectNodeContents(paragraph);
        return new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)))
          .size;
      });
    assert.equal(await lines(), 2, "two lines with the elements' scoped styles");
    // What a browser without @scope sees: the page's style sheet less every @scope block.
    await page.evaluate(() => {
      for (const sheet of document.styleSheets)
        for (let i = sheet.cssRules.length - 1; i >= 0; i--)
          if (sheet.cssRules[i].constructor.name === 'CSSScopeRule') sheet.deleteRule(i);
    });
    assert.equal(await lines(), 2, 'two lines without them');
  }),
);

/** The dsd output in a document; `script`: what the page loads after it. */
function dsdDocument(script = '') {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>dsd</title></head><body>
${renderReportHtml(huaian2024, {mode: 'dsd'})}
${script}
</body></html>`;
}

/**
 * The dsd page twice in `dir`, loading the bundle `esm` (classic.html: the bundle `iife` as a
 * classic script; module.html: `esm` as a module), each after `watch` (a script run before it);
 * both bundle files are copied from dist/bundle.
 */
function writeDsdPages(dir, {esm, iife}, watch) {
  for (const file of [esm, iife]) copyFileSync(join(root, 'dist/bundle', file), join(dir, file));
  writeFileSync(join(dir, 'classic.html'), dsdDocument(`${watch}<script src="${iife}"></script>`));
  writeFileSync(join(dir, 'module.html'), dsdDocument(`${watch}<script type="module" src="${esm}"></script>`));
}

/** Every table under `root` through the open shadow roots, in the page. */
const TABLES_IN_PAGE = `(() => {
  const found = [];
  const walk = (node) => {
    for (const element of node.querySelectorAll('*')) {
      if (element.localName === 'table') found.push(element);
      if (element.shadowRoot) walk(element.shadowRoot);
    }
  };
  walk(document);
  return found;
})()`;

/** Run before the library loads: notes every table and watches every shadow root for removed nodes. */
const WATCH_REMOVED_NODES = `<script>
  window.__removed = [];
  window.__tablesBefore = ${TABLES_IN_PAGE};
  const observer = new MutationObserver((records) => {
    for (const record of records) for (const node of record.removedNodes) window.__removed.push(node);
  });
  const observe = (root) => {
    observer.observe(root, {childList: true, subtree: true});
    for (const element of root.querySelectorAll('*')) if (element.shadowRoot) observe(element.shadowRoot);
  };
  observe(document);
</script>`;

test(
  'dsd output: with JavaScript disabled, the tables are there, in shadow roots, with their numbers',
  withTempDir(async (dir, browser) => {
    const file = join(dir, 'dsd.html');
    writeFileSync(file, dsdDocument());
    const page = await browser.newPage();
    await page.setJavaScriptEnabled(false);
    await page.goto(pathToFileURL(file).href);
    // The page's own scripts are off; the test reads the DOM through the DevTools protocol.
    const snapshot = await page.accessibility.snapshot({interestingOnly: false});
    const names = [];
    const walk = (node) => {
      if (node.name) names.push(node.name);
      for (const child of node.children ?? []) walk(child);
    };
    walk(snapshot);
    const tables = [];
    const collect = (node) => {
      if (node.role === 'table') tables.push(node);
      for (const child of node.children ?? []) collect(child);
    };
    collect(snapshot);
    assert.equal(tables.length, TABLES, 'every table in the accessibility tree');
    const text = squash(names.join(' '));
    for (const value of ['447,228', '3,985,758', '3,001', '3,119']) assert.ok(text.includes(value), `${value} shows`);
  }),
);

test(
  'dsd output hydrates with the library: no table node replaced, no error',
  withTempDir(async (dir, browser) => {
    await build({
      stdin: {
        contents: "import '@lit-labs/ssr-client/lit-element-hydrate-support.js'; import './src/all.ts';",
        resolveDir: root,
        loader: 'ts',
      },
      bundle: true,
      format: 'iife',
      target: 'es2021',
      tsconfig: join(root, 'tsconfig.json'),
      outfile: join(dir, 'hydrate.js'),
      logLevel: 'silent',
    });
    const watch = `${WATCH_REMOVED_NODES}<script src="hydrate.js"></script>`;
    const file = join(dir, 'hydrate.html');
    writeFileSync(file, dsdDocument(watch));
    const page = await browser.newPage();
    await page.setViewport({width: 1400, height: 900});
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.goto(pathToFileURL(file).href);
    // Hydrated: every element of the library has updated and none waits for its turn.
    await page.waitForFunction(() => {
      const all = [];
      const walk = (node) => {
        for (const element of node.querySelectorAll('*')) {
          if (element.localName.includes('-')) all.push(element);
          if (element.shadowRoot) walk(element.shadowRoot);
        }
      };
      walk(document);
      return (
        // The report alone (its sections and tables are templates in its own root).
        all.length === 1 && all.every((element) => element.hasUpdated && !element.hasAttribute('defer-hydration'))
      );
    });
    await page.evaluate(() => Promise.all([document.querySelector('disclosure-report').updateComplete]));
    const result = await page.evaluate(`(() => {
      const after = ${TABLES_IN_PAGE};
      const inTables = (node) => ['TABLE', 'CAPTION', 'THEAD', 'TBODY', 'TR', 'TH', 'TD', 'COLGROUP', 'COL'].includes(node.nodeName)
        || window.__tablesBefore.some((table) => table.contains(node));
      return {
        before: window.__tablesBefore.length,
        same: after.length === window.__tablesBefore.length && after.every((table, i) => table === window.__tablesBefore[i]),
        removedTableNodes: window.__removed.filter(inTables).length,
        removed: window.__removed.length,
        cells: after.reduce((n, table) => n + table.querySelectorAll('td[data-path]').length, 0),
      };
    })()`);
    assert.deepEqual(errors, [], 'no error while hydrating');
    assert.equal(result.before, TABLES, 'every table server-rendered');
    assert.ok(result.same, 'the same table elements after hydration');
    assert.equal(result.removedTableNodes, 0, 'no table node replaced');
    assert.ok(result.cells > 150, 'the tables still hold their cells');
    console.log(`# hydration: ${result.removed} nodes removed in all, ${result.removedTableNodes} of them in tables`);
    // Hydrated means live: a property change now renders (the element is not dead markup).
    await page.evaluate(() => {
      document.querySelector('disclosure-report').lang = 'en';
    });
    await page.waitForFunction(
      `${TABLES_IN_PAGE}.some((table) => /Unit/.test(table.querySelector('caption').textContent))`,
    );
  }),
);

test(
  'dsd output with the viewer bundle (no hydration support), classic script and ES module: every table once, no error',
  withTempDir(async (dir, browser) => {
    const watch = `<script>window.__tablesBefore = ${TABLES_IN_PAGE};</script>`;
    writeDsdPages(dir, {esm: 'disclosure-report.js', iife: 'disclosure-report.iife.js'}, watch);
    const server = await serve(dir);
    try {
      for (const name of ['classic', 'module']) {
        const page = await browser.newPage();
        const errors = [];
        page.on('pageerror', (error) => errors.push(String(error)));
        page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
        await page.goto(`${server.url}/${name}.html`);
        await page.waitForFunction(() => customElements.get('disclosure-report') !== undefined);
        await page.evaluate(() => document.querySelector('disclosure-report').updateComplete);
        await page.waitForFunction(`${TABLES_IN_PAGE}.every((table) => table.isConnected)`);
        const result = await page.evaluate(`(() => {
          const after = ${TABLES_IN_PAGE};
          const captions = (tables) => tables.map((table) => table.querySelector('caption').textContent.replace(/\\s+/g, ''));
          const cells = (tables) => tables.map((table) => [...table.querySelectorAll('td[data-path]')].map((td) => td.textContent.trim()));
          return {
            before: window.__tablesBefore.length,
            after: after.length,
            sameCaptions: JSON.stringify(captions(after)) === JSON.stringify(captions(window.__tablesBefore)),
            sameCells: JSON.stringify(cells(after)) === JSON.stringify(cells(window.__tablesBefore)),
            cells: after.reduce((n, table) => n + table.querySelectorAll('td[data-path]').length, 0),
          };
        })()`);
        assert.deepEqual(errors, [], `${name}: no error`);
        assert.equal(result.before, TABLES, `${name}: the server rendered every table`);
        assert.equal(result.after, TABLES, `${name}: each table shows once (not the server's copy and a second one)`);
        assert.ok(result.sameCaptions && result.sameCells, `${name}: the tables and cells the server rendered`);
        assert.ok(result.cells > 150, `${name}: the tables hold their cells`);
        await page.close();
      }
    } finally {
      // Closes once the browser (closed by withTempDir) lets go of its connections.
      server.close();
    }
  }),
);

test(
  'dsd output with the dsd bundle (dist/bundle/disclosure-report.dsd…), classic script and ES module: hydrated, no table node replaced',
  withTempDir(async (dir, browser) => {
    writeDsdPages(dir, {esm: 'disclosure-report.dsd.js', iife: 'disclosure-report.dsd.iife.js'}, WATCH_REMOVED_NODES);
    const server = await serve(dir);
    try {
      for (const name of ['classic', 'module']) {
        const page = await browser.newPage();
        const errors = [];
        page.on('pageerror', (error) => errors.push(String(error)));
        page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
        // Wide enough for the official layout the server rendered (narrower, the tables switch to the phone layout).
        await page.setViewport({width: 1400, height: 900});
        await page.goto(`${server.url}/${name}.html`);
        // Hydrated: the report (its tables are in its one root, no elements of their own) has updated.
        await page.waitForFunction(`(() => {
          const all = [];
          const walk = (node) => {
            for (const element of node.querySelectorAll('*')) {
              if (element.localName.includes('-')) all.push(element);
              if (element.shadowRoot) walk(element.shadowRoot);
            }
          };
          walk(document);
          return all.length === 1 && all.every((element) => element.hasUpdated && !element.hasAttribute('defer-hydration'));
        })()`);
        await page.evaluate(() => document.querySelector('disclosure-report').updateComplete);
        const result = await page.evaluate(`(() => {
          const after = ${TABLES_IN_PAGE};
          const inTables = (node) => ['TABLE', 'CAPTION', 'THEAD', 'TBODY', 'TR', 'TH', 'TD', 'COLGROUP', 'COL'].includes(node.nodeName)
            || window.__tablesBefore.some((table) => table.contains(node));
          return {
            before: window.__tablesBefore.length,
            same: after.length === window.__tablesBefore.length && after.every((table, i) => table === window.__tablesBefore[i]),
            removedTableNodes: window.__removed.filter(inTables).length,
          };
        })()`);
        assert.deepEqual(errors, [], `${name}: no error while hydrating`);
        assert.equal(result.before, TABLES, `${name}: every table server-rendered`);
        assert.ok(result.same, `${name}: the same table elements after hydration`);
        assert.equal(result.removedTableNodes, 0, `${name}: no table node replaced`);
        // Hydrated means live: a property change renders.
        await page.evaluate(() => {
          document.querySelector('disclosure-report').lang = 'en';
        });
        await page.waitForFunction(
          `${TABLES_IN_PAGE}.some((table) => /Unit/.test(table.querySelector('caption').textContent))`,
        );
        await page.close();
      }
    } finally {
      server.close();
    }
  }),
);
