#!/usr/bin/env node
// Story smoke test over the static Storybook (`npm run build-storybook` first): every entry of
// storybook-static/index.json is opened in Chromium. A story passes when its element (the tag in
// its title, "Elements/<tag>") rendered a non-empty shadow root, Storybook shows no error overlay,
// the page logged no console error or uncaught exception, and axe finds no violation on the
// page (what the a11y panel shows). Stories tagged `error-state` show a
// failure by design: console errors are allowed there, but the element's message must be shown.
// A docs page passes when it shows the element's API from custom-elements.json, without errors.
// Then the controls: a few stories are opened with args (and toolbar globals) in the URL, as the
// Controls panel and the toolbar set them, and the element must carry them and show the result.
// Prints one line per failure and ends with "N passed, N failed" (also written to
// .test-results/smoke.json for `npm test`).
//
// Home-made, not the Storybook test-runner (@storybook/test-runner 0.24.5, tried 2026-12-04 on
// this storybook-static with axe-playwright). It does run on Debian's /usr/bin/chromium (jest-
// playwright launchOptions.executablePath, --no-sandbox) and offline, but it cannot keep what this
// smoke checks: it visits stories only, so the docs pages' manifest check goes; a story test opens a
// story with its own args, so the 9 control cases (args and toolbar globals in the URL) have no
// place but hand-written jest-playwright tests, i.e. this script again inside jest; and under load
// 3 of its 57 story tests failed on jest's 15 s per-test timeout, a wall-clock limit. It took 436 s
// for 57 stories against this script's 475 s for 61 entries and 9 control cases on the same busy
// machine, and adds 518 packages (jest 30, babel, swc, nyc, playwright). Its README sends Vite
// projects to the Vitest addon instead.
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import puppeteer from 'puppeteer-core';
import {CHROMIUM_ARGS, chromiumPath, serve} from './static-server.mjs';

const root = 'storybook-static';
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
/** The rules the a11y panel runs with (.storybook/preview.ts reads the same file). */
const A11Y_RULES = JSON.parse(readFileSync('.storybook/a11y-rules.json', 'utf8'));
/** The a11y addon's global that turns its automatic run off, in Storybook's URL syntax. */
const ADDON_AXE_OFF = 'a11y.manual:!true';
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
  // One axe run per page, ours: the a11y addon would start its own in the same frame, and two runs
  // at once fail with "Axe is already running" (as CI did under load). Its `manual` global stops
  // the addon's automatic run; ours runs the same rules (.storybook/a11y-rules.json).
  const view = entry.type === 'docs' ? 'docs' : 'story';
  await page.goto(`${server.url}/iframe.html?id=${entry.id}&viewMode=${view}&globals=${ADDON_AXE_OFF}`, {
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
    // What the a11y panel shows a designer: axe on the whole story page, frame included.
    if (result) {
      await page.addScriptTag({path: AXE});
      // Storybook's a11y addon runs axe in the same page after a story renders; on a busy machine
      // it may still be running: wait for it rather than fail ("Axe is already running").
      const runAxe = () =>
        page.evaluate(
          async (rules) =>
            (await window.axe.run(document, {resultTypes: ['violations'], rules})).violations.map(
              (violation) => `${violation.id} (${violation.nodes.length})`,
            ),
          Object.fromEntries(A11Y_RULES.map(({id, enabled}) => [id, {enabled}])),
        );
      let violations;
      for (let attempt = 0; violations === undefined; attempt++) {
        try {
          violations = await runAxe();
        } catch (error) {
          if (attempt >= 40 || !String(error).includes('Axe is already running')) throw error;
          await new Promise((resolve) => setTimeout(resolve, 250));
        }
      }
      if (violations.length) problems.push(`axe: ${violations.join(', ')}`);
    }
  }
  // Anything that fails after the first render (a late update, the a11y run) shows up here.
  await new Promise((resolve) => setTimeout(resolve, 300));
  const overlay = await page.evaluate(() => document.body.classList.contains('sb-show-errordisplay'));
  if (overlay)
    problems.push(`error overlay: ${await page.evaluate(() => document.querySelector('#error-message')?.textContent)}`);
  return errorState ? problems.filter((problem) => !problem.startsWith('console:')) : problems;
}

/**
 * Controls reach the element. `query` is what Storybook's URL holds for the panel's args and the
 * toolbar's globals; `attributes` what the element must carry (null: absent); `shows` / `hides`
 * text of its rendering (shadow roots included). A set `lang` / `bilingual` control wins over the
 * toolbar; unset, the toolbar decides (stories/support/frame.ts).
 */
const CONTROL_CASES = [
  {
    id: 'elements-disclosure-report--huaian-2024',
    query: 'args=lang:en',
    attributes: {lang: 'en', bilingual: null},
    shows: ['I. Overview'],
    hides: ['一、总体情况'],
  },
  {
    id: 'elements-disclosure-report--huaian-2024',
    query: 'args=bilingual:!true;lang:en',
    attributes: {lang: 'en', bilingual: ''},
    shows: ['一、总体情况', 'I. Overview'],
  },
  {
    id: 'elements-disclosure-report--huaian-2024',
    query: 'globals=lang:bilingual',
    attributes: {lang: null, bilingual: ''},
    shows: ['一、总体情况', 'I. Overview'],
  },
  {
    id: 'elements-disclosure-report--huaian-2024',
    query: 'globals=lang:en&args=bilingual:!false;lang:zh-CN',
    attributes: {lang: 'zh-CN', bilingual: null},
    shows: ['一、总体情况'],
    hides: ['I. Overview'],
  },
  {
    id: 'elements-disclosure-report--huaian-2024',
    query: 'args=heading-level:3;audit:!true',
    attributes: {'heading-level': '3', audit: ''},
    selector: 'h3',
  },
  {
    id: 'elements-report-section--overview',
    query: 'args=section:requests;heading-level:4',
    attributes: {section: 'requests', 'heading-level': '4'},
    selector: 'h4',
    shows: ['三、收到和处理政府信息公开申请情况'],
  },
  {
    id: 'elements-disclosure-table--requests-seed',
    query: 'args=table:proactive;hide-caption:!true',
    attributes: {table: 'proactive', 'hide-caption': ''},
    shows: ['行政许可'],
    hides: ['本年度办理结果'],
    hidden: 'caption .title',
  },
  {
    id: 'elements-appeal-litigation-grid--seed',
    query: 'args=hide-caption:!true;lang:en',
    attributes: {'hide-caption': '', lang: 'en'},
    shows: ['Administrative reconsideration'],
    hidden: 'caption .title',
  },
  {
    // The story never answers and waits an hour: a 300 ms timeout fails the (new) load instead.
    id: 'elements-disclosure-report--src-loading',
    query: 'args=timeout:300;credentials:include',
    attributes: {timeout: '300', credentials: 'include'},
    errorState: true,
    shows: ['0.3 秒内没有应答'],
  },
];

/** Runs in the page: the element's attributes, all the text it renders, and its `selector` / `hidden` matches. */
function inspect(tag, names, selector, hidden) {
  const roots = (node) =>
    [...node.querySelectorAll('*')].flatMap((element) =>
      element.shadowRoot ? [element.shadowRoot, ...roots(element.shadowRoot)] : [],
    );
  const element = document.querySelector(`#storybook-root ${tag}`);
  const shadows = [element.shadowRoot, ...roots(element.shadowRoot)];
  return {
    attributes: Object.fromEntries(names.map((name) => [name, element.getAttribute(name)])),
    // Soft hyphens (break points in long English header words) are not part of the words.
    text: shadows.map((shadow) => (shadow.textContent ?? '').replace(/\u00ad/g, '')).join(''),
    matches: !selector || shadows.some((shadow) => shadow.querySelector(selector)),
    // Visually hidden (a screen reader still reads it): at most 1 px wide.
    hidden:
      !hidden ||
      shadows
        .flatMap((shadow) => [...shadow.querySelectorAll(hidden)])
        .every((match) => match.getBoundingClientRect().width <= 1),
  };
}

async function checkControls(page, {id, query, attributes, shows = [], hides = [], selector, hidden, errorState}) {
  const problems = [];
  page.removeAllListeners('console').removeAllListeners('pageerror');
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.goto(`${server.url}/iframe.html?id=${id}&viewMode=story&${query}`, {waitUntil: 'load'});
  const tag = entries
    .find((entry) => entry.id === id)
    ?.title.split('/')
    .at(-1);
  if (!tag) return [`no story ${id}`];
  const shown = await page
    .waitForFunction(rendered, {timeout: 15000, polling: 100}, tag, Boolean(errorState))
    .then(() => true)
    .catch(() => problems.push(`<${tag}> did not render`) && false);
  if (!shown) return problems;
  const seen = await page.evaluate(inspect, tag, Object.keys(attributes), selector, hidden);
  for (const [name, value] of Object.entries(attributes)) {
    if (seen.attributes[name] !== value)
      problems.push(`[${name}] is ${JSON.stringify(seen.attributes[name])}, expected ${JSON.stringify(value)}`);
  }
  for (const text of shows) if (!seen.text.includes(text)) problems.push(`does not show "${text}"`);
  for (const text of hides) if (seen.text.includes(text)) problems.push(`shows "${text}"`);
  if (!seen.matches) problems.push(`renders no ${selector}`);
  if (!seen.hidden) problems.push(`shows ${hidden}`);
  return problems;
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
  for (const controls of CONTROL_CASES) {
    const problems = await checkControls(page, controls);
    if (problems.length) {
      failed++;
      console.log(`✗ controls ${controls.id}&${controls.query}\n    ${problems.join('\n    ')}`);
    } else {
      passed++;
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(
  `story smoke: ${entries.length} entries (${entries.filter((entry) => entry.type === 'story').length} stories, docs pages), ${CONTROL_CASES.length} control checks`,
);
console.log(`${passed} passed, ${failed} failed`);
// For scripts/test.mjs, which adds every runner's counts into one line.
mkdirSync('.test-results', {recursive: true});
writeFileSync('.test-results/smoke.json', JSON.stringify({passed, failed}));
process.exit(failed ? 1 : 0);
