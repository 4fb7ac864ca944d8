// The demo page (`npm start`), built with `vite build` and loaded in Chromium: both reports render
// completely, with no console error and no axe violation on the whole page, and the controls work.
//
// Needs /usr/bin/chromium and `tsc -p tsconfig.node.json` (npm test runs it) for the format labels.
// DEMO_SHOTS=<dir> keeps screenshots at 360 px and full width.
import {after, before, test} from 'node:test';
import assert from 'node:assert/strict';
import {SECTIONS} from '../../dist/node/model/format.js';
import {AXE_OPTIONS, AXE_SOURCE, openCollectingErrors, DEEP_ALL, launch, serveDemo} from '../support/demo-build.mjs';

let demo;
let browser;
before(async () => {
  demo = await serveDemo();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await demo?.close();
});

/** A fresh page at `width`, collecting what went wrong on it. */
const open = (width = 1280) => openCollectingErrors(browser, demo.url, width);

const headings = (page) =>
  page.evaluate(
    `${DEEP_ALL}(document, 'h1, h2, h3, h4').map((h) => h.localName + ' ' + h.textContent.replace(/\\s+/g, ' ').trim())`,
  );
const cell = (page, path) =>
  page.evaluate(`${DEEP_ALL}(document, 'td[data-path="${path}"]').map((td) => td.textContent.trim())[0] ?? null`);

async function rendered(page, path, value) {
  await page.waitForFunction(
    `(${DEEP_ALL}(document, 'td[data-path="${path}"]')[0]?.textContent.trim() === ${JSON.stringify(value)})`,
    {timeout: 60_000}, // a hang guard: a busy machine may take long, a broken page never renders
  );
}

async function axe(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(
    (options) => window.axe.run(document, options).then((r) => r.violations),
    AXE_OPTIONS,
  );
  return violations.map(
    (v) =>
      `${v.id}: ${v.nodes
        .slice(0, 2)
        .map((n) => n.html.slice(0, 120))
        .join(' | ')}`,
  );
}

function assertSections(lines) {
  const sections = lines.filter((line) => line.startsWith('h3 ')).map((line) => line.slice(3));
  assert.deepEqual(
    sections.filter((text) => SECTIONS.some((s) => s.heading.zh === text)),
    SECTIONS.map((s) => s.heading.zh),
  );
}

test('the seed report (default) renders completely: title, six sections, every table', async () => {
  const {page, errors} = await open();
  await rendered(page, 'appeals.litigationAfterReconsideration.total', '0');
  const lines = await headings(page);
  assert.equal(lines[0], 'h1 政府信息公开工作年度报告');
  assert.equal(lines[1], 'h2 老城区西关街道办事处2024年政府信息公开工作年度报告');
  assertSections(lines);
  assert.ok(lines.includes('h4 （五）监督保障'), 'overview parts one level below the sections');
  const cells = await page.evaluate(`${DEEP_ALL}(document, 'td[data-path]').length`);
  assert.ok(cells >= 175 + 15, `all data cells present (${cells})`);
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(errors, []);
  await page.close();
});

test('switching to 淮安 2024 shows its large numbers; audit on the broken copy names the wrong total', async () => {
  const {page, errors} = await open();
  await rendered(page, 'proactive.penalties', '0');
  await page.select('#choose-report', 'huaian-2024');
  await rendered(page, 'proactive.penalties', '3,985,758');
  assert.equal(await cell(page, 'requests.newReceived.total'), '3,119');
  assertSections(await headings(page));
  assert.deepEqual(await axe(page), []);

  await page.select('#choose-report', 'huaian-2024-broken');
  await rendered(page, 'appeals.reconsideration.total', '352');
  await page.click('#audit');
  await page.waitForFunction(`${DEEP_ALL}(document, '.audit li').length > 0`);
  const summary = await page.evaluate(`${DEEP_ALL}(document, '.audit')[0].textContent`);
  assert.match(summary, /352/);
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(errors, []);
  await page.close();
});

test('language and width controls; 44 px targets; no sideways scroll at 360 px', async () => {
  const {page, errors} = await open(360);
  await rendered(page, 'proactive.penalties', '0');
  const small = await page.evaluate(
    () =>
      [...document.querySelectorAll('.controls button, .controls select')]
        .map((control) => control.getBoundingClientRect())
        .filter((box) => box.height < 44 || box.width < 44).length,
  );
  assert.equal(small, 0, 'every control is at least 44 × 44 px');
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'no sideways scroll');
  if (process.env.DEMO_SHOTS) await page.screenshot({path: `${process.env.DEMO_SHOTS}/demo-360.png`, fullPage: true});

  await page.click('[data-lang="en"]');
  await page.waitForFunction(
    `${DEEP_ALL}(document, 'h3').some((h) => h.textContent.trim() === ${JSON.stringify(SECTIONS[0].heading.en)})`,
  );
  assert.deepEqual(await axe(page), []);
  await page.click('[data-lang="bilingual"]');
  await page.waitForFunction(`${DEEP_ALL}(document, 'h3 .en[lang="en"]').length === 6`);
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(errors, []);
  await page.close();

  const wide = await open(1280);
  await rendered(wide.page, 'proactive.penalties', '0');
  await wide.page.click('[data-width="768"]');
  assert.equal(await wide.page.evaluate(() => document.querySelector('#article').getBoundingClientRect().width), 768);
  await wide.page.click('[data-width="full"]');
  if (process.env.DEMO_SHOTS)
    await wide.page.screenshot({path: `${process.env.DEMO_SHOTS}/demo-full.png`, fullPage: true});
  assert.deepEqual(wide.errors, []);
  await wide.page.close();
});
