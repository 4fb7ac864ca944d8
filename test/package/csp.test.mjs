// The library under a strict Content Security Policy, as a government portal may serve it:
//   default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'
// A tiny node:http server sends that header with every response; the page loads the esbuild
// bundle as a same-origin script and elements with `src`. They must render, be styled (cell
// borders come from the components' constructable stylesheets), with zero
// `securitypolicyviolation` events and zero console errors. No nonce is needed (see
// docs/security.md) except in engines without constructable stylesheets (iOS < 16.4), where
// Lit's <style> elements need `window.litNonce`; a second policy adds the `trusted-types lit-html` directive a host needs if
// it restricts policy names, and a third shows what happens when a host forbids that name.
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {createServer} from 'node:http';
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {huaian2024} from '../../dist/node/examples/index.js';
import {bundleLibrary, launchChromium} from '../support/library-bundle.mjs';

const STRICT = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

// Registered before the library, from a file: inline script is what the policy forbids.
const COLLECT = `window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__violations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sample || ''));
});`;

// iOS 14 to 16.3 (Safari < 16.4) have no constructable stylesheets: Lit then adds <style>
// elements, with the nonce in window.litNonce. Emulated by taking away what Lit looks for.
const NONCE = 'dr-test-nonce';
const OLD_STYLES = `delete CSSStyleSheet.prototype.replace; if (location.search === '?nonce') window.litNonce = '${NONCE}';`;

const pageWith = (before = '') => `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>CSP</title>
<script src="/collect.js"></script>${before}<script src="/bundle.js"></script></head><body>
<disclosure-report src="/report.json"></disclosure-report>
<disclosure-table table="requests" src="/report.json"></disclosure-table>
<appeal-litigation-grid src="/report.json" lang="en"></appeal-litigation-grid>
</body></html>`;

let dir;
let server;
let browser;
let policy = STRICT;
let origin;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dr-csp-'));
  await bundleLibrary(dir, ''); // the elements only: the report is served as JSON
  const files = {
    '/': ['text/html', pageWith()],
    '/old-engine': ['text/html', pageWith('<script src="/old-styles.js"></script>')],
    '/collect.js': ['text/javascript', COLLECT],
    '/old-styles.js': ['text/javascript', OLD_STYLES],
    '/bundle.js': ['text/javascript', readFileSync(join(dir, 'bundle.js'))],
    '/report.json': ['application/json', JSON.stringify(huaian2024)],
    '/favicon.ico': ['image/x-icon', ''], // Chromium asks for it; a 404 would be a console error
  };
  server = createServer((request, response) => {
    const file = files[new URL(request.url, 'http://x').pathname];
    response.setHeader('content-security-policy', policy);
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {'content-type': `${file[0]}; charset=utf-8`}).end(file[1]);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  server?.close();
  rmSync(dir, {recursive: true, force: true});
});

/** Load the page under `csp`; returns what a reader and the console saw. */
async function visit(csp, path = '/') {
  policy = csp;
  const page = await browser.newPage();
  const consoleErrors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(`pageerror: ${error.message}`));
  await page.goto(`${origin}${path}`);
  const rendered = await page
    .waitForFunction(
      () =>
        document.querySelector('disclosure-table')?.shadowRoot?.querySelector('td[data-path]') &&
        document.querySelector('appeal-litigation-grid')?.shadowRoot?.querySelector('td[data-path]'),
      {timeout: 60_000}, // a hang guard: a busy machine may take long, a broken page never renders
    )
    .then(
      () => true,
      () => false,
    );
  await new Promise((resolve) => setTimeout(resolve, 300));
  const seen = await page.evaluate(() => {
    const cellStyle = (host) => {
      const td = host?.shadowRoot?.querySelector('td[data-path]');
      if (!td) return null;
      const style = getComputedStyle(td);
      return {
        border: `${style.borderTopWidth} ${style.borderTopStyle}`,
        align: style.textAlign,
        text: td.textContent.trim(),
      };
    };
    const report = document.querySelector('disclosure-report');
    // The report's tables are blocks of its own root.
    const nested = report;
    return {
      violations: window.__violations ?? ['the collector did not run'],
      table: cellStyle(document.querySelector('disclosure-table')),
      grid: cellStyle(document.querySelector('appeal-litigation-grid')),
      nested: cellStyle(nested),
      title: report?.shadowRoot?.querySelector('h1')?.textContent ?? null,
      styleElements: [
        ...document.querySelectorAll('disclosure-report, disclosure-table, appeal-litigation-grid'),
      ].reduce((n, el) => n + (el.shadowRoot?.querySelectorAll('style').length ?? 0), 0),
      trustedTypes: typeof window.trustedTypes,
    };
  });
  await page.close();
  return {rendered, consoleErrors, ...seen};
}

function assertStyledAndClean(result, {styleElements = 0} = {}) {
  assert.equal(result.trustedTypes, 'object', 'this Chromium enforces Trusted Types, so the test means something');
  assert.ok(result.rendered, `the tables did not render: ${JSON.stringify(result)}`);
  assert.deepEqual(result.violations, [], 'securitypolicyviolation events');
  assert.deepEqual(result.consoleErrors, [], 'console errors');
  for (const name of ['table', 'grid', 'nested']) {
    const cell = result[name];
    assert.ok(cell, `no ${name} cell`);
    assert.match(cell.border, /^[1-9][\d.]*px solid$/, `${name} cells have no border: the styles did not apply`);
    assert.match(cell.text, /\d/, `${name} cell shows no number`);
  }
  assert.match(result.title ?? '', /淮安市人民政府/);
  // Constructable stylesheets: no <style> element that a nonce would have to allow.
  if (styleElements === 0) assert.equal(result.styleElements, 0);
  else assert.ok(result.styleElements >= styleElements, `${result.styleElements} <style> elements`);
}

test(`strict CSP (${STRICT}): renders, styled, no violation, no console error`, async () => {
  assertStyledAndClean(await visit(STRICT));
});

test('strict CSP plus `trusted-types lit-html` (what a host that names its policies must allow)', async () => {
  assertStyledAndClean(await visit(`${STRICT}; trusted-types lit-html`));
});

test("the page's own check catches violations (a policy that forbids the bundle is reported)", async () => {
  // Same page, but scripts only from another origin: the collector cannot run, the bundle is blocked.
  const result = await visit("default-src 'self'; script-src 'none'");
  assert.equal(result.rendered, false);
  assert.ok(
    result.consoleErrors.some((text) => /Content Security Policy/i.test(text)),
    JSON.stringify(result.consoleErrors),
  );
});

test("without constructable stylesheets (iOS 14–16.3): styled under `style-src 'nonce-…'` with window.litNonce", async () => {
  const withNonce = `${STRICT.replace("style-src 'self'", `style-src 'self' 'nonce-${NONCE}'`)}`;
  // The tables' shadow roots each get <style> elements carrying the nonce.
  assertStyledAndClean(await visit(withNonce, '/old-engine?nonce'), {styleElements: 3});
  // Without window.litNonce the same policy blocks them: what docs/security.md warns of.
  const withoutNonce = await visit(withNonce, '/old-engine');
  assert.ok(
    withoutNonce.violations.some((violation) => violation.startsWith('style-src')),
    JSON.stringify(withoutNonce.violations),
  );
});
