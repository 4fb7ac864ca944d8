// The demo's "try your own report" drop zone in Chromium (the demo built with `vite build`, as
// viewer.test.mjs does): each file type the import reads, chosen with the file input or dropped,
// shows its report in <disclosure-report audit>, the cells to confirm or not placed as links to
// their cells, the issues in the page's language and a JSON download; a file that cannot be
// imported shows a message and leaves the page as it was. Files are the import's fixtures.
import {after, before, test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {pathLabel} from '../../dist/node/model/cell-labels.js';
import {AXE_OPTIONS, AXE_SOURCE, openCollectingErrors, DEEP_ALL, launch, serveDemo} from '../support/demo-build.mjs';

const fixture = (name) => fileURLToPath(new URL(`../fixtures/import/${name}`, import.meta.url));
const SEED_BLANKS = ['requests.results.other.unpaidFee.naturalPerson', 'requests.results.total.naturalPerson'];

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

const open = () => openCollectingErrors(browser, demo.url);

/** Waits until the drop zone has answered (a status other than "reading", or a message). */
async function settled(page) {
  await page.waitForFunction(
    () => {
      const status = document.querySelector('#import-status').textContent;
      return (status && !/^(正在读取|Reading)/.test(status)) || !document.querySelector('#import-problem').hidden;
    },
    {timeout: 60000},
  );
}

async function choose(page, name) {
  const input = await page.$('#import-file');
  await input.uploadFile(fixture(name));
  await settled(page);
}

/** A file dropped on the drop area, as a person drags it from the desktop. */
async function drop(page, name) {
  const base64 = readFileSync(fixture(name)).toString('base64');
  await page.evaluate(
    (data, fileName) => {
      const bytes = Uint8Array.from(atob(data), (char) => char.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes], fileName));
      const area = document.querySelector('#drop-area');
      area.dispatchEvent(new DragEvent('dragover', {dataTransfer: transfer, bubbles: true, cancelable: true}));
      area.dispatchEvent(new DragEvent('drop', {dataTransfer: transfer, bubbles: true, cancelable: true}));
    },
    base64,
    name,
  );
  await settled(page);
}

const importedCell = (page, path) =>
  page
    .waitForFunction(
      (deepAll, cellPath) =>
        new Function(`return ${deepAll}`)()(
          document.querySelector('#imported').shadowRoot,
          `td[data-path="${cellPath}"]`,
        )[0]?.textContent.trim(),
      {timeout: 20000},
      DEEP_ALL,
      path,
    )
    .then((handle) => handle.jsonValue());

const texts = (page, selector) =>
  page.evaluate((s) => [...document.querySelectorAll(s)].map((element) => element.textContent.trim()), selector);

async function axe(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(
    (options) => window.axe.run(document, options).then((r) => r.violations),
    AXE_OPTIONS,
  );
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html.slice(0, 100)).join(' | ')}`);
}

/** The downloaded file: its name and the JSON the link's blob holds. */
const download = (page) =>
  page.evaluate(async () => {
    const link = document.querySelector('#import-download');
    return {name: link.download, json: await (await fetch(link.href)).json()};
  });

test('.txt (the seed) chosen with the file input: its two blank cells listed as links that focus their cells; issues; download', async () => {
  const {page, errors} = await open();
  await choose(page, 'xiguan-2024.txt');
  assert.equal(
    await page.$eval('#import-status', (status) => status.textContent),
    '已导入 xiguan-2024.txt：按标签放置 198 个单元格，按位置放置 0 个，未放置 2 个。',
  );
  assert.equal(await importedCell(page, 'proactive.rules.issued'), '0');
  const links = await texts(page, '#import-cells a');
  assert.deepEqual(
    links,
    SEED_BLANKS.map((path) => pathLabel(path).zh),
  );
  const issues = await texts(page, '#import-issues li');
  assert.equal(issues.length, 2);
  assert.ok(issues.every((issue) => issue.startsWith('未放置：')));

  await page.click('#import-cells li:nth-child(2) a');
  await page.waitForFunction(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active?.dataset?.path === 'requests.results.total.naturalPerson';
  });

  const file = await download(page);
  assert.equal(file.name, '老城区西关街道办事处-2024.json');
  assert.equal(file.json.agency, '老城区西关街道办事处');
  assert.equal(file.json.requests.results.total.naturalPerson, null, 'blank stays blank in the download');
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(errors, []);
  await page.close();
});

for (const [name, how] of [
  ['huaian-2024.docx', drop],
  ['huaian-2024-word.html', choose],
  ['huaian-2024.chromium.pdf', choose],
  // Its Chinese font is named, not embedded: read through the character maps the demo serves.
  ['huaian-2024.unembedded.pdf', drop],
]) {
  test(`${name} (${how === drop ? 'dropped' : 'chosen'}): every cell placed by label, the 淮安 numbers shown with audit`, async () => {
    const {page, errors} = await open();
    await how(page, name);
    assert.equal(
      await page.$eval('#import-status', (status) => status.textContent),
      `已导入 ${name}：按标签放置 200 个单元格，按位置放置 0 个，未放置 0 个。`,
    );
    assert.equal(await importedCell(page, 'proactive.penalties'), '3,985,758');
    assert.equal(await importedCell(page, 'requests.newReceived.total'), '3,119');
    assert.equal(await page.$eval('#imported', (element) => element.audit), true);
    assert.deepEqual(await texts(page, '#import-cells li'), ['每个单元格都按标签放置。']);
    assert.equal((await download(page)).name, '淮安市人民政府-2024.json');
    // The page's own report is still the one it had.
    assert.equal(
      await page.evaluate(
        (deepAll) =>
          new Function(`return ${deepAll}`)()(
            document.querySelector('#report').shadowRoot,
            'h2',
          )[0]?.textContent.trim(),
        DEEP_ALL,
      ),
      '老城区西关街道办事处2024年政府信息公开工作年度报告',
    );
    assert.deepEqual(errors, []);
    await page.close();
  });
}

test('a report .json is shown as it is, with nothing to confirm', async () => {
  const {page, errors} = await open();
  const input = await page.$('#import-file');
  const json = join(demo.dir, 'reports/huaian-2024.json');
  await input.uploadFile(json);
  await settled(page);
  assert.equal(await importedCell(page, 'proactive.penalties'), '3,985,758');
  assert.equal(await page.$eval('.import-lists', (lists) => lists.hidden), true);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a file that cannot be imported shows why, in the page language, and nothing goes blank', async () => {
  const {page, errors} = await open();
  await choose(page, 'xiguan-2024.txt');
  await choose(page, 'huaian-2024.doc');
  const problem = await page.$eval('#import-problem', (element) => ({
    hidden: element.hidden,
    text: element.textContent,
    role: element.getAttribute('role'),
  }));
  assert.equal(problem.hidden, false);
  assert.equal(problem.role, 'alert');
  assert.match(problem.text, /^未能导入 huaian-2024\.doc：.*\.docx/);
  assert.equal(await importedCell(page, 'proactive.rules.issued'), '0', 'the last import stays shown');

  await page.click('[data-lang="en"]');
  await page.waitForFunction(() =>
    /^Could not import huaian-2024\.doc: /.test(document.querySelector('#import-problem').textContent),
  );
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the lists follow the page language: English after the language switch', async () => {
  const {page, errors} = await open();
  await choose(page, 'xiguan-2024.txt');
  await page.click('[data-lang="en"]');
  await page.waitForFunction(() => document.querySelector('#import-status').textContent.startsWith('Imported'));
  assert.equal(
    await page.$eval('#import-status', (status) => status.textContent),
    'Imported xiguan-2024.txt: 198 cells placed by label, 0 by position, 2 not placed.',
  );
  assert.deepEqual(
    await texts(page, '#import-cells a'),
    SEED_BLANKS.map((path) => pathLabel(path).en),
  );
  assert.deepEqual(await texts(page, '#import-cells-heading, #import-issues-heading'), [
    'Cells to confirm or not placed',
    'Import issues',
  ]);
  assert.ok((await texts(page, '#import-issues li')).every((issue) => issue.startsWith('Not placed: ')));
  assert.deepEqual(errors, []);
  await page.close();
});
