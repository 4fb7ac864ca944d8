// Printing the seed report from the demo page on A4 portrait with headless Chromium and reading
// the PDF back: title, then 一 … 六 and the overview's parts in order, and no heading left as the
// last line of a page (it must travel with what it introduces).
//
// Needs /usr/bin/chromium, poppler-utils (pdftotext, pdfinfo), and `tsc -p tsconfig.node.json`.
// PRINT_KEEP=<dir> keeps the PDF there (look at it: pdftoppm -r 60 -png report.pdf page).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {copyFileSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {SECTIONS, TABLE_UNITS} from '../../dist/node/model/format.js';
import {huaian2024, xiguan2024} from '../../dist/node/examples/index.js';
import {DEEP_ALL, launch, serveDemo} from '../support/demo-build.mjs';

// Soft hyphens (src/model/hyphenate.ts) are break points, not text.
const squash = (text) => text.replace(/[\s\u00ad]+/g, '');
const zh = (text) => (typeof text === 'string' ? text : text.zh);

function pageTexts(pdf) {
  const count = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], {encoding: 'utf8'}))[1]);
  return Array.from({length: count}, (_, i) =>
    execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), pdf, '-'], {encoding: 'utf8'}),
  );
}

/** Runs `use(page, print)` on the demo at 1280 px; print(name) saves an A4 PDF and gives its page texts. */
async function withDemoPage(use) {
  const demo = await serveDemo();
  const browser = await launch();
  const dir = mkdtempSync(join(tmpdir(), 'dr-report-print-'));
  try {
    const page = await browser.newPage();
    await page.setViewport({width: 1280, height: 900});
    await page.goto(demo.url, {waitUntil: 'load'});
    const print = async (name) => {
      const pdf = join(dir, name);
      await page.pdf({path: pdf, format: 'A4', preferCSSPageSize: true});
      if (process.env.PRINT_KEEP) copyFileSync(pdf, join(process.env.PRINT_KEEP, name));
      return pageTexts(pdf);
    };
    await use(page, print);
  } finally {
    await browser.close();
    await demo.close();
    rmSync(dir, {recursive: true, force: true});
  }
}

test('print: the seed report on A4 in reading order, no heading alone at the foot of a page', () =>
  withDemoPage(async (page, print) => {
    await page.waitForFunction(
      `${DEEP_ALL}(document, 'td[data-path="appeals.litigationAfterReconsideration.total"]').length === 1`,
    );
    const pages = await print('report.pdf');
    assert.ok(pages.length >= 3, `several pages (${pages.length})`);
    const all = squash(pages.join('\n'));

    // Reading order: title, (preamble), 一 … 六, and the overview's parts inside 一.
    const title = zh(xiguan2024.title);
    const sequence = [
      title,
      ...(xiguan2024.preamble ?? []).map((p) => zh(p).slice(0, 20)),
      SECTIONS[0].heading.zh,
      ...xiguan2024.overview.parts.map((part) => zh(part.title)),
      ...SECTIONS.slice(1).map((section) => section.heading.zh),
      zh(xiguan2024.otherMatters.paragraphs[0]),
    ].map(squash);
    let at = -1;
    for (const text of sequence) {
      const found = all.indexOf(text, at + 1);
      assert.ok(found > at, `"${text}" comes after what precedes it`);
      at = found;
    }
    // No buttons or demo chrome on paper.
    for (const text of ['重试', '核查（audit）', '演示站点', '全宽'])
      assert.ok(!all.includes(squash(text)), `"${text}" is not printed`);

    // A heading must not be the last line of a page.
    const headings = new Set(
      [title, ...SECTIONS.map((s) => s.heading.zh), ...xiguan2024.overview.parts.map((p) => zh(p.title))].map(squash),
    );
    pages.slice(0, -1).forEach((text, i) => {
      const lines = text.split('\n').map(squash).filter(Boolean);
      const last = lines.at(-1);
      assert.ok(!headings.has(last), `page ${i + 1} ends with the heading "${last}"`);
    });
  }));

// 淮安 2024 has tall tables: in English and bilingual the head of table 三 does not fit under its
// heading at the foot of page 1, and the heading and the table's unit line must move with it.
test('print: 淮安 2024 in English and both languages, no heading or unit line alone at the foot of a page', () =>
  withDemoPage(async (page, print) => {
    await page.select('#choose-report', 'huaian-2024');
    await page.waitForFunction(
      `${DEEP_ALL}(document, 'td[data-path="requests.newReceived.total"]').some((td) => td.textContent === '3,119')`,
    );
    const stranded = new Set(
      [
        ...SECTIONS.flatMap((section) => [section.heading.zh, section.heading.en]),
        ...Object.values(TABLE_UNITS).flatMap((unit) => [unit.zh, unit.en]),
      ].map(squash),
    );
    for (const display of ['en', 'bilingual']) {
      await page.click(`[data-lang="${display}"]`);
      const shown = display === 'en' ? '/^Unit/' : '/^单位.*Unit/';
      await page.waitForFunction(
        `${DEEP_ALL}(document, 'caption .unit').every((unit) => ${shown}.test(unit.textContent.trim()))`,
      );
      const pages = await print(`huaian-${display}.pdf`);
      assert.ok(pages.length >= 2, `${display}: several pages (${pages.length})`);
      pages.slice(0, -1).forEach((text, i) => {
        const last = text.split('\n').map(squash).filter(Boolean).at(-1);
        assert.ok(!stranded.has(last), `${display}: page ${i + 1} ends with "${last}"`);
      });
    }
  }));

// Audit on paper: an official prints the marked report. In the official layout's fixed columns
// the markers must stay inside their cells (not over the next number) and no table may run off
// the page, also with cells that carry two or three findings; a long list of cells folded on
// screen prints whole.
test('print: audit markers stay inside their cells and every table within the page', () =>
  withDemoPage(async (page, print) => {
    const report = structuredClone(huaian2024);
    report.requests.results.disclosed.naturalPerson += 1; // a row total and a column sum
    report.requests.newReceived.total += 1; // the 总计 column: row and balance
    report.appeals.reconsideration.total += 1;
    report.appeals.litigationDirect.upheld += 1;
    for (const lang of ['zh-CN', 'en']) {
      await page.evaluate(
        (value, lang) => {
          const element = document.querySelector('disclosure-report');
          element.report = value;
          element.audit = true;
          element.lang = lang;
        },
        report,
        lang,
      );
      await page.setViewport({width: 718, height: 1000}); // A4 less Chromium's default margins
      await page.emulateMediaType('print');
      await page.waitForFunction(`${DEEP_ALL}(document, 'td.flagged').length >= 6`);
      // The print layout's re-render: settled when, for two frames running, no element has an update pending.
      await page.evaluate(`(async () => {
        const deepAll = ${DEEP_ALL};
        const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
        for (let quiet = 0; quiet < 2; ) {
          await frame();
          quiet = deepAll(document, '*').some((host) => host.isUpdatePending) ? 0 : quiet + 1;
        }
      })()`);
      const problems = await page.evaluate(`(() => {
        const deepAll = ${DEEP_ALL};
        const problems = [];
        for (const td of deepAll(document, 'td[data-path]')) {
          const cell = td.getBoundingClientRect();
          for (const inside of td.querySelectorAll('.marker, span')) {
            const box = inside.getBoundingClientRect();
            if (box.left < cell.left - 0.5 || box.right > cell.right + 0.5)
              problems.push(td.dataset.path + ': "' + inside.textContent.trim() + '" sticks out of its cell');
          }
        }
        const folded = deepAll(document, '.more-cells details a');
        if (!folded.length) problems.push('no folded list of cells to print');
        for (const link of folded)
          if (!link.checkVisibility()) problems.push('"' + link.textContent.trim() + '" of a folded list is not printed');
        for (const table of deepAll(document, 'table')) {
          const host = table.getRootNode().host.getBoundingClientRect();
          if (table.getBoundingClientRect().right > host.right + 0.5) problems.push(table.className + ' table runs off the page');
        }
        return problems;
      })()`);
      assert.deepEqual(problems, [], lang);
      const pages = await print(`audit-${lang}.pdf`);
      assert.ok(squash(pages.join('')).includes(lang === 'en' ? 'Finding3' : '核查3'), 'markers are printed');
      await page.emulateMediaType(null);
    }
  }));
