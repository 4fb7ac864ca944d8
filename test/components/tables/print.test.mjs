// Printing tables 二, 三 and 四 of the 淮安 report on A4 portrait with headless Chromium, and reading
// the PDF back: table 三 repeats its header rows on every page it continues on, no row is split
// across pages, and table 四's 15 columns fit the page width.
//
// Needs: /usr/bin/chromium, poppler-utils (pdftotext, pdfinfo), and `tsc -p tsconfig.node.json`
// (npm test runs it) for the format labels. Set PRINT_KEEP=1 to keep the PDF and page images.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {bundleLibrary, launchChromium} from '../../support/library-bundle.mjs';
import {
  APPEAL_COLUMNS,
  REQUEST_COLUMNS,
  REQUEST_ROWS,
  TABLE_UNITS,
  leafChains,
} from '../../../dist/node/model/format.js';
import {huaian2024} from '../../../dist/node/examples/index.js';

// Soft hyphens (src/model/hyphenate.ts) are break points, not text.
const squash = (text) => text.replace(/[\s\u00ad]+/g, '');

// The type area of GB/T 9704 公文: A4 with 37/26/35/28 mm margins leaves 156 × 225 mm.
const PAGE_CSS = '@page { size: A4 portrait; margin: 37mm 26mm 35mm 28mm; } body { margin: 0; }';
const TYPE_AREA_PX = (156 / 25.4) * 96;

async function bundle(dir) {
  await bundleLibrary(dir, "export {huaian2024} from './src/examples/index.ts';");
  writeFileSync(
    join(dir, 'print.html'),
    `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><style>${PAGE_CSS}</style></head>
<body>
<disclosure-table table="proactive"></disclosure-table>
<disclosure-table table="requests"></disclosure-table>
<appeal-litigation-grid></appeal-litigation-grid>
<script src="bundle.js"></script>
<script>for (const el of document.querySelectorAll('disclosure-table, appeal-litigation-grid')) el.report = lib.huaian2024;</script>
</body></html>`,
  );
}

function pages(pdf) {
  const count = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], {encoding: 'utf8'}))[1]);
  return Array.from({length: count}, (_, i) =>
    execFileSync('pdftotext', ['-raw', '-f', String(i + 1), '-l', String(i + 1), pdf, '-'], {encoding: 'utf8'}),
  );
}

test('print: A4 portrait, headers repeat, rows whole, table 四 fits', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dr-print-'));
  const browser = await launchChromium();
  try {
    await bundle(dir);
    const page = await browser.newPage();
    // A phone-width screen: printing must still give the official (wide) layout.
    await page.setViewport({width: 360, height: 800});
    await page.goto(pathToFileURL(join(dir, 'print.html')).href);
    await page.waitForFunction(() =>
      document.querySelector('appeal-litigation-grid')?.shadowRoot?.querySelector('td[data-path]'),
    );
    await page.emulateMediaType('print');
    await page.setViewport({width: Math.floor(TYPE_AREA_PX), height: 800});
    await page.waitForFunction(
      () => document.querySelector('appeal-litigation-grid').shadowRoot.querySelectorAll('tbody tr').length === 1,
    );
    const widths = await page.evaluate(() =>
      [...document.querySelectorAll('disclosure-table, appeal-litigation-grid')].map(
        (el) => el.shadowRoot.querySelector('table').scrollWidth,
      ),
    );
    for (const width of widths)
      assert.ok(width <= TYPE_AREA_PX + 1, `table width ${width}px fits the 156 mm type area`);

    const pdf = join(dir, 'tables.pdf');
    await page.pdf({path: pdf, preferCSSPageSize: true, printBackground: true});
    const texts = pages(pdf).map(squash);
    // Needs a Chinese font (scripts/install-browser.sh installs one): without it Chinese prints as
    // boxes that cannot be read back.
    const locate = (text, label) => text.indexOf(squash(label));
    // Table 三: every page carrying one of its rows starts that part with the column header rows.
    const format = new Intl.NumberFormat('en');
    const rows = leafChains(REQUEST_ROWS).map((chain) => ({
      label: chain.at(-1).label.zh,
      values: leafChains(REQUEST_COLUMNS)
        .map((columns) => [...chain, ...columns].reduce((node, h) => (h.key ? node[h.key] : node), huaian2024.requests))
        .map((value) => format.format(value))
        .join(''),
    }));
    const headers = [
      ...new Set(
        leafChains(REQUEST_COLUMNS)
          .flat()
          .map((node) => node.label.zh),
      ),
    ];
    const pagesOfTable3 = texts
      .map((text, i) => [text, i])
      .filter(([text]) => rows.some((row) => locate(text, row.label) >= 0));
    assert.ok(pagesOfTable3.length >= 1);
    for (const [text, i] of pagesOfTable3) {
      const firstRow = Math.min(...rows.map((row) => locate(text, row.label)).filter((at) => at >= 0));
      for (const label of headers) {
        const at = locate(text, label);
        assert.ok(at >= 0 && at < firstRow, `page ${i + 1}: header "${label}" before the first row of table 三`);
      }
    }
    // No row split: each row of table 三, its label and its seven numbers, is whole on one page.
    for (const row of rows) {
      const on = texts.filter((text) => locate(text, row.label) >= 0 && text.includes(row.values));
      assert.equal(on.length, 1, `row "${row.label}" with its numbers whole on one page`);
    }
    // Table 四: all 15 values, in order, on one page with its column headers.
    const values = leafChains(APPEAL_COLUMNS).map((chain) =>
      chain.reduce((node, header) => (header.key ? node[header.key] : node), huaian2024.appeals),
    );
    const groupLabels = APPEAL_COLUMNS.flatMap((node) => [node, ...(node.children ?? [])]).map((node) => node.label.zh);
    const page4 = texts.find((text) => groupLabels.every((label) => locate(text, label) >= 0));
    assert.ok(page4, 'one page carries all of table 四 header groups');
    assert.ok(page4.includes(values.map(String).join('')), 'table 四: the 15 values in order on that page');
    console.log(`# table 三 on pages ${pagesOfTable3.map(([, i]) => i + 1).join(', ')}`);

    if (process.env.PRINT_KEEP) {
      execFileSync('pdftoppm', ['-png', '-r', '60', pdf, join(dir, 'page')]);
      console.log(`# kept ${dir}`);
    }
  } finally {
    await browser.close();
    if (!process.env.PRINT_KEEP) rmSync(dir, {recursive: true, force: true});
  }
});

// A page that starts within a group of table 三's rows names the group: the official layout spans
// 三、本年度办理结果 and （三）不予公开 over their rows, and a spanning cell cut by a page break
// shows its label on the first page only, so 7.属于行政执法案卷 stood under an empty column.
test('print: every page table 三 continues on names the groups of its first row', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dr-print-groups-'));
  const browser = await launchChromium();
  try {
    await bundle(dir);
    const page = await browser.newPage();
    await page.setViewport({width: Math.floor(TYPE_AREA_PX), height: 800});
    await page.goto(pathToFileURL(join(dir, 'print.html')).href);
    await page.waitForFunction(() =>
      document.querySelector('appeal-litigation-grid')?.shadowRoot?.querySelector('td[data-path]'),
    );
    await page.emulateMediaType('print');
    const chains = leafChains(REQUEST_ROWS);
    let continuations = 0;
    for (const display of ['zh', 'en', 'bilingual']) {
      await page.evaluate((display) => {
        for (const el of document.querySelectorAll('disclosure-table, appeal-litigation-grid')) {
          el.lang = display === 'en' ? 'en' : 'zh-CN';
          el.bilingual = display === 'bilingual';
        }
      }, display);
      const unit = display === 'en' ? TABLE_UNITS.requests.en : TABLE_UNITS.requests.zh;
      await page.waitForFunction(
        (unit, bilingual) => {
          const root = document.querySelector('disclosure-table[table="requests"]').shadowRoot;
          const text = root.querySelector('caption .unit')?.textContent.replace(/\s+/g, '') ?? '';
          return text.startsWith(unit.replace(/\s+/g, '')) && (root.querySelector('.en') !== null) === bilingual;
        },
        {},
        unit,
        display === 'bilingual',
      );
      const pdf = join(dir, `groups-${display}.pdf`);
      await page.pdf({path: pdf, preferCSSPageSize: true, printBackground: true});
      const labelOf = (node) => squash(display === 'en' ? node.label.en : node.label.zh);
      const texts = pages(pdf).map(squash);
      let started = false;
      texts.forEach((text, i) => {
        // The first row of table 三 on this page: the earliest leaf label found on it.
        const found = chains
          .map((chain) => ({chain, at: text.indexOf(labelOf(chain.at(-1)))}))
          .filter(({at}) => at >= 0)
          .sort((a, b) => a.at - b.at)[0];
        if (!found) return;
        if (started && found.chain.length > 1) {
          continuations++;
          for (const group of found.chain.slice(0, -1)) {
            const at = text.indexOf(labelOf(group));
            assert.ok(
              at >= 0 && at < found.at,
              `${display}, page ${i + 1}: its first row "${labelOf(found.chain.at(-1))}" comes with its group "${labelOf(group)}"`,
            );
          }
        }
        started = true;
      });
    }
    // Else the check above proved nothing: at least one page must start within a group.
    assert.ok(continuations >= 1, `pages starting within a group of table 三: ${continuations}`);
    console.log(`# pages starting within a group of table 三: ${continuations}`);
  } finally {
    await browser.close();
    rmSync(dir, {recursive: true, force: true});
  }
});
