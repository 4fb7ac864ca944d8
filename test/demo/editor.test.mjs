// The editor demo page (demo/editor.html) in the built demo: `vite build --config demo/vite.config.ts`
// must write it, and in Chromium <report-editor> must upgrade there and load the report the page
// asks for, with no console error and no axe violation.
//
// Needs /usr/bin/chromium.
import {after, before, test} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync} from 'node:fs';
import {join} from 'node:path';
import {AXE_OPTIONS, AXE_SOURCE, openCollectingErrors, launch, serveDemo} from '../support/demo-build.mjs';

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

const open = (query = '') => openCollectingErrors(browser, `${demo.url}editor.html${query}`);

/** The value of a field of the editor's form (its shadow root), or null while it is not there. */
const fieldValue = (page, key) =>
  page.evaluate(
    (key) => document.querySelector('report-editor')?.shadowRoot?.querySelector(`[data-field="${key}"]`)?.value ?? null,
    key,
  );

test('the built demo has the editor page', () => {
  assert.ok(existsSync(join(demo.dir, 'editor.html')), 'editor.html is written by vite build');
});

test('on the built editor page, <report-editor> upgrades and opens a blank report', async () => {
  const {page, errors} = await open();
  // A hang guard: a busy machine may take long, a page whose script is missing never upgrades.
  await page.waitForFunction(
    () => customElements.get('report-editor') && document.querySelector('report-editor')?.shadowRoot,
    {timeout: 60_000},
  );
  assert.ok(
    await page.$eval('report-editor', (el) => el instanceof customElements.get('report-editor')),
    'the element on the page is the editor, upgraded',
  );
  assert.equal(await fieldValue(page, 'agency.zh'), '', 'a blank report');
  const nav = await page.evaluate(() =>
    [...document.querySelector('report-editor').shadowRoot.querySelectorAll('nav button')].map((b) =>
      b.textContent.trim(),
    ),
  );
  assert.deepEqual(nav.slice(0, 2), ['报告信息', '一、总体情况']);
  assert.deepEqual(errors, []);
  await page.close();
});

test('?report=huaian-2024 loads the example report from the built demo, with no axe violation', async () => {
  const {page, errors} = await open('?report=huaian-2024');
  await page.waitForFunction(
    () =>
      document.querySelector('report-editor')?.shadowRoot?.querySelector('[data-field="agency.zh"]')?.value ===
      '淮安市人民政府',
    {timeout: 60_000},
  );
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(
    (options) => window.axe.run(document, options).then((result) => result.violations.map((v) => v.id)),
    AXE_OPTIONS,
  );
  assert.deepEqual(violations, []);
  assert.deepEqual(errors, []);
  await page.close();
});
