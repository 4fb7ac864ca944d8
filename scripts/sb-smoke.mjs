#!/usr/bin/env node
// Story smoke test over the static Storybook (`npm run build-storybook` first): every entry of
// storybook-static/index.json is opened in Chromium. A story passes when its element (the tag in
// its title, "Elements/<tag>") rendered a non-empty shadow root, Storybook shows no error overlay,
// and the page logged no console error or uncaught exception. Stories tagged `error-state` show a
// failure by design: console errors are allowed there, but the element's message must be shown.
// A docs page passes when it shows the element's API from custom-elements.json, without errors.
// Prints one line per failure and ends with "N passed, N failed".
import {existsSync, readFileSync} from 'node:fs';
import puppeteer from 'puppeteer-core';
import {CHROMIUM_ARGS, chromiumPath, serve} from './static-server.mjs';

const root = 'storybook-static';
if (!existsSync(`${root}/index.json`)) {
  console.error(`No ${root}/index.json: run \`npm run build-storybook\` first.`);
  process.exit(2);
}
const entries = Object.values(JSON.parse(readFileSync(`${root}/index.json`, 'utf8')).entries);
const server = await serve(root);
const browser = await puppeteer.launch({executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS});

/**
 * Runs in the page: waits until the element has rendered and every nested element has updated;
 * for an error-state story, until its message shows (a `src` story first shows its loading state).
 */
function rendered(tag, errorState) {
  const roots = (node) =>
    [...node.querySelectorAll('*')].flatMap((element) =>
      element.shadowRoot ? [element.shadowRoot, ...roots(element.shadowRoot)] : [],
    );
  const text = (node) => [node.textContent ?? '', ...roots(node).map((shadow) => shadow.textContent ?? '')].join('');
  const element = document.querySelector(`#storybook-root ${tag}`);
  if (!element?.shadowRoot || roots(document.body).some((shadow) => shadow.host.isUpdatePending)) return null;
  const content = text(element.shadowRoot).trim();
  if (!content) return null;
  // A failure, a problem list or a marked invalid cell: what a reader sees of bad input.
  const shown = '[part~="dr-message"], [part~="dr-issues"], [part~="dr-invalid"]';
  const message = roots(element.shadowRoot)
    .concat(element.shadowRoot)
    .some((shadow) => shadow.querySelector(shown));
  if (errorState && !message) return null;
  return {length: content.length, message};
}

async function visit(page, entry) {
  const problems = [];
  page.removeAllListeners('console').removeAllListeners('pageerror');
  page.on('console', (message) => message.type() === 'error' && problems.push(`console: ${message.text()}`));
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  const errorState = entry.tags?.includes('error-state');
  await page.goto(`${server.url}/iframe.html?id=${entry.id}&viewMode=${entry.type === 'docs' ? 'docs' : 'story'}`, {
    waitUntil: 'load',
  });
  if (entry.type === 'docs') {
    // The API tables come from custom-elements.json: an event and a part every element documents.
    await page
      .waitForFunction(
        () =>
          ['disclosure-error', 'dr-root'].every((word) =>
            document.querySelector('#storybook-docs')?.textContent?.includes(word),
          ),
        {timeout: 15000},
      )
      .catch(() => problems.push('docs page did not render the manifest (events, parts)'));
  } else {
    const tag = entry.title.split('/').at(-1);
    const result = await page
      .waitForFunction(rendered, {timeout: 15000, polling: 100}, tag, errorState)
      .then((handle) => handle.jsonValue())
      .catch(() => problems.push(errorState ? 'error-state story shows no message' : `<${tag}> did not render`));
    if (errorState && result && !result.message) problems.push('error-state story shows no message');
  }
  // Anything that fails after the first render (a late update, the a11y run) shows up here.
  await new Promise((resolve) => setTimeout(resolve, 300));
  const overlay = await page.evaluate(() => document.body.classList.contains('sb-show-errordisplay'));
  if (overlay)
    problems.push(`error overlay: ${await page.evaluate(() => document.querySelector('#error-message')?.textContent)}`);
  return errorState ? problems.filter((problem) => !problem.startsWith('console:')) : problems;
}

let passed = 0;
let failed = 0;
const page = await browser.newPage();
await page.setViewport({width: 1300, height: 900});
try {
  for (const entry of entries) {
    const problems = await visit(page, entry);
    if (problems.length) {
      failed++;
      console.log(`✗ ${entry.id}\n    ${problems.join('\n    ')}`);
    } else {
      passed++;
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(
  `story smoke: ${entries.length} entries (${entries.filter((entry) => entry.type === 'story').length} stories, docs pages)`,
);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
