// A CMS page as its author writes it: one <script> of the self-contained bundle from the page's own
// server and a <disclosure-report src=…>. The report must render, in Chromium, with no request
// leaving that server and nothing logged as an error. Needs `npm run build` (dist/bundle, dist/node).
import {after, before, test} from 'node:test';
import assert from 'node:assert/strict';
import {copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import puppeteer from 'puppeteer-core';
import {CHROMIUM_ARGS, chromiumPath, serve} from '../../scripts/static-server.mjs';
import {huaian2024} from '../../dist/node/examples/huaian-2024.js';
import {reconsiderationTotalOff} from '../../dist/node/examples/broken.js';
import {SECTIONS} from '../../dist/node/model/format.js';

const dir = mkdtempSync(join(tmpdir(), 'bundle-page-'));
let server;
let browser;

const page = (script, more = '') => `<!doctype html>
<html lang="zh-CN">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>年报</title>
${script}
</head>
<body>
<disclosure-report src="reports/huaian-2024.json"></disclosure-report>
${more}
</body>
</html>`;

const OLD_ENGINE = `for (const [owner, name] of [
  [Array.prototype, 'at'], [String.prototype, 'at'], [Object, 'hasOwn'], [window, 'structuredClone'],
  [Array.prototype, 'findLast'], [Array.prototype, 'findLastIndex'], [AbortSignal, 'timeout'],
  [Array.prototype, 'toSorted'], [Element.prototype, 'replaceChildren'], [window, 'WeakRef'],
]) delete owner[name];`;

before(async () => {
  for (const file of ['disclosure-report.js', 'disclosure-report.iife.js'])
    copyFileSync(join('dist/bundle', file), join(dir, file));
  writeFileSync(join(dir, 'classic.html'), page('<script src="disclosure-report.iife.js"></script>'));
  writeFileSync(join(dir, 'module.html'), page('<script type="module" src="disclosure-report.js"></script>'));
  // The built-ins Android WeChat's Chromium 85 and iOS 14 lack, removed before the bundle loads:
  // the nearest this machine gets to running the bundle in those engines.
  writeFileSync(join(dir, 'old-engine.js'), OLD_ENGINE);
  writeFileSync(
    join(dir, 'old-engine.html'),
    page(
      '<script src="old-engine.js"></script><script src="disclosure-report.iife.js"></script>',
      // A table on its own: its request for an enclosing report goes unanswered.
      '<disclosure-table table="requests" src="reports/huaian-2024.json"></disclosure-table>',
    ),
  );
  // Inline JSON, and the page's own script after the tag, as a CMS template has them: the
  // element reads the JSON while the parser is still inside the page.
  const listen = `<script>
    window.heard = [];
    for (const element of document.querySelectorAll('disclosure-report'))
      for (const type of ['disclosure-findings', 'disclosure-error'])
        element.addEventListener(type, (event) => heard.push({id: element.id, type, count: (event.detail.findings ?? event.detail.issues).length}));
  </script>`;
  const inline = (id, json) =>
    `<disclosure-report id="${id}" audit><script type="application/json">${json}</script></disclosure-report>`;
  writeFileSync(
    join(dir, 'inline.html'),
    page(
      '<script src="disclosure-report.iife.js"></script>',
      inline('checked', JSON.stringify(reconsiderationTotalOff())) + inline('broken', '{"year": 2024,') + listen,
    ),
  );
  // A third language on a CMS page: one registerLocale() call on the bundle's global, after its
  // script and before the tag is parsed (here its labels are the English ones in ⟦…⟧).
  const thirdLanguage = `<script src="disclosure-report.iife.js"></script><script>
    const english = DisclosureReport.localeDefinition('en');
    const wrap = (texts) => Object.fromEntries(Object.entries(texts).map(([id, text]) => [id, '⟦' + text + '⟧']));
    DisclosureReport.registerLocale({...english, locale: 'qps', key: 'qps', matches: (lang) => /^qps\\b/i.test(lang),
      texts: {...english.texts, format: wrap(english.texts.format)}});
  </script>`;
  writeFileSync(
    join(dir, 'third-language.html'),
    page(thirdLanguage).replace('<disclosure-report ', '<disclosure-report lang="qps" '),
  );
  (await import('node:fs')).mkdirSync(join(dir, 'reports'));
  writeFileSync(join(dir, 'reports/huaian-2024.json'), JSON.stringify(huaian2024));
  // A GBK page, as many government portals still are, loading the bundle from a server that
  // sends neither file with a charset (the default of common servers): only the bundle's
  // byte-order mark says it is UTF-8.
  const gbkPage =
    '<!doctype html><html lang="zh-CN"><head><meta charset="gbk"><script src="disclosure-report.iife.js"></script></head>' +
    '<body><disclosure-report src="../reports/huaian-2024.json"></disclosure-report></body></html>';
  const withoutCharset = (type, body) => (request, response) =>
    response.writeHead(200, {'content-type': type}).end(body());
  const routes = {
    '/no-charset/gbk.html': withoutCharset('text/html', () => gbkPage),
    '/no-charset/disclosure-report.iife.js': withoutCharset('text/javascript', () =>
      readFileSync(join(dir, 'disclosure-report.iife.js')),
    ),
  };
  server = await serve(dir, {routes});
  browser = await puppeteer.launch({executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS});
});

after(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dir, {recursive: true, force: true});
});

/** Runs in the page: the report's headings and table cells, read through every shadow root. */
function readReport() {
  const roots = (node) =>
    [...node.querySelectorAll('*')].flatMap((element) =>
      element.shadowRoot ? [element.shadowRoot, ...roots(element.shadowRoot)] : [],
    );
  const report = document.querySelector('disclosure-report');
  const all = [report.shadowRoot, ...roots(report.shadowRoot)];
  const pick = (selector) =>
    all.flatMap((root) => [...root.querySelectorAll(selector)].map((node) => node.textContent.trim()));
  return {headings: pick('h1, h2, h3'), cells: pick('td'), tables: pick('table').length};
}

for (const [name, file] of [
  ['a classic <script> of the IIFE bundle', 'classic.html'],
  ['a <script type=module> of the ESM bundle', 'module.html'],
  ['the IIFE bundle without the built-ins Chromium 85 and iOS 14 lack', 'old-engine.html'],
  ['the IIFE bundle on a GBK page, both served without a charset', 'no-charset/gbk.html'],
]) {
  test(`${name} renders the report from src, offline`, async () => {
    const tab = await browser.newPage();
    const problems = [];
    const requests = [];
    tab.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    tab.on('pageerror', (error) => problems.push(error.message));
    tab.on('request', (request) => requests.push(request.url()));
    await tab.goto(`${server.url}/${file}`, {waitUntil: 'load'});
    await tab.waitForFunction(
      () => {
        const roots = (node) =>
          [...node.querySelectorAll('*')].flatMap((element) =>
            element.shadowRoot ? [element.shadowRoot, ...roots(element.shadowRoot)] : [],
          );
        // The three tables, each a block of the report's root (table-block.ts).
        return roots(document).reduce((n, root) => n + root.querySelectorAll('[data-table] table').length, 0) >= 3;
      },
      {timeout: 60_000}, // a hang guard: a busy machine may take long, a broken page never renders
    );
    const seen = await tab.evaluate(readReport);
    await tab.close();

    assert.ok(
      seen.headings.some((heading) => heading.includes(huaian2024.agency?.zh ?? '淮安')),
      seen.headings.join(' | '),
    );
    assert.ok(
      SECTIONS.every((section) => seen.headings.includes(section.heading.zh)),
      `the format's section headings, undamaged: ${seen.headings.join(' | ')}`,
    );
    const penalties = new Intl.NumberFormat('zh-CN').format(huaian2024.proactive.penalties);
    assert.ok(seen.cells.includes(penalties), `a cell reads ${penalties}`);
    assert.deepEqual(problems, []);
    const foreign = requests.filter((url) => !url.startsWith(server.url));
    assert.deepEqual(foreign, [], 'no request leaves the page’s own server');
    assert.ok(
      requests.some((url) => url.endsWith('/reports/huaian-2024.json')),
      'the report came from src',
    );
  });
}

test('a page adds a language with one DisclosureReport.registerLocale() call: headings and headers in it', async () => {
  const tab = await browser.newPage();
  const problems = [];
  tab.on('pageerror', (error) => problems.push(error.message));
  await tab.goto(`${server.url}/third-language.html`, {waitUntil: 'load'});
  await tab.waitForFunction(() => document.querySelector('disclosure-report')?.shadowRoot?.querySelector('table'), {
    timeout: 60_000, // a hang guard, as above
  });
  await tab.evaluate(() => document.querySelector('disclosure-report').updateComplete);
  const seen = await tab.evaluate(() => {
    const root = document.querySelector('disclosure-report').shadowRoot;
    const texts = (selector) => [...root.querySelectorAll(selector)].map((node) => node.textContent.trim());
    return {lang: root.querySelector('[lang]')?.getAttribute('lang'), headings: texts('h2'), headers: texts('th')};
  });
  await tab.close();
  assert.deepEqual(problems, []);
  assert.equal(seen.lang, 'qps');
  assert.deepEqual(
    seen.headings,
    SECTIONS.map((section) => `⟦${section.heading.en}⟧`),
  );
  assert.ok(
    seen.headers.length > 50 && seen.headers.every((text) => !text || /^⟦[^]*⟧$/.test(text)),
    seen.headers.join(' | '),
  );
});

test('in the bundle, `await report.updateComplete` means every section and table inside has rendered', async () => {
  const tab = await browser.newPage();
  await tab.goto(`${server.url}/classic.html`, {waitUntil: 'load'});
  const seen = await tab.evaluate(async (report) => {
    const element = document.createElement('disclosure-report');
    element.report = report;
    document.body.append(element);
    await element.updateComplete;
    // Read at once: no waiting beyond the promise a page script would await.
    const roots = (node) =>
      [...node.querySelectorAll('*')].flatMap((nested) =>
        nested.shadowRoot ? [nested.shadowRoot, ...roots(nested.shadowRoot)] : [],
      );
    const all = [element.shadowRoot, ...roots(element.shadowRoot)];
    return {
      cells: all.reduce((sum, root) => sum + root.querySelectorAll('td[data-path]').length, 0),
      pending: all.filter((root) => root.host.isUpdatePending).map((root) => root.host.localName),
    };
  }, huaian2024);
  await tab.close();
  // 10 + 175 + 15 data cells in tables 二, 三 and 四.
  assert.deepEqual(seen, {cells: 200, pending: []});
});

test('inline JSON: a script after the tag still hears the events, and the element keeps what they carried', async () => {
  const tab = await browser.newPage();
  await tab.goto(`${server.url}/inline.html`, {waitUntil: 'load'});
  const seen = await tab.evaluate(async () => {
    const [checked, broken] = ['checked', 'broken'].map((id) => document.getElementById(id));
    await Promise.all([checked.updateComplete, broken.updateComplete]);
    return {
      heard: window.heard.filter((event) => event.id), // not the page's report from src
      findings: checked.findings.map((finding) => finding.rule),
      checkedError: checked.error ?? null,
      brokenIssues: broken.error?.issues?.map((issue) => issue.code) ?? [],
    };
  });
  await tab.close();
  assert.ok(seen.findings.length > 0, 'the wrong total is found');
  assert.deepEqual(seen.heard, [
    {id: 'checked', type: 'disclosure-findings', count: seen.findings.length},
    {id: 'broken', type: 'disclosure-error', count: seen.brokenIssues.length},
  ]);
  assert.equal(seen.checkedError, null, 'a readable report has no error');
  assert.deepEqual(seen.brokenIssues, ['not-json']);
});
