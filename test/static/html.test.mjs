// The static HTML of `disclosure-report/static` and `disclosure-report render` (issue 19), in Node:
// what each mode may and may not contain, report text escaped in every mode against the XSS
// corpus, the fragment through a sanitizer configured like UEditor's default whitelist, and the
// CLI's inputs, outputs and exit codes. (The header chains against the elements are checked in
// the browser: test/static/chains.test.ts; printing, axe, and DSD without script and
// hydrated: test/static/browser.test.mjs.)
//
// Needs `npm run build:node` (npm test builds first).
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';
import {DomUtils, parseDocument} from 'htmlparser2';
import sanitizeHtml from 'sanitize-html';
import {examples, huaian2024} from '../../dist/node/examples/index.js';
import {TABLES_SHOWN} from '../support/report-layout.mjs';
import {renderReportHtml} from '../../dist/node/static/index.js';
import {UEDITOR_WHITELIST} from '../../dist/node/static/ueditor-whitelist.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'bin/disclosure-report.js');
const MODES = ['page', 'fragment', 'dsd'];
let dir;

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'disclosure-static-'));
});
after(() => rmSync(dir, {recursive: true, force: true}));

function run(...args) {
  const result = spawnSync(process.execPath, [bin, ...args], {encoding: 'utf8', cwd: root});
  return {code: result.status, stdout: result.stdout, stderr: result.stderr};
}

const elementsOf = (html) => DomUtils.findAll(() => true, parseDocument(html).children);
/** Whether an element is in the page's second copy of a table, which only print shows. */
const inPaperCopy = (element) => {
  for (let node = element.parent; node; node = node.parent)
    if (/\bdr-for-paper\b/.test(node.attribs?.class ?? '')) return true;
  return false;
};
const tagsOf = (html) => new Set(elementsOf(html).map((element) => element.name));

/** Text a reader sees: no style sheet, no script (the dsd mode's JSON). */
function visibleText(html) {
  const document = parseDocument(html);
  for (const hidden of DomUtils.findAll((e) => e.name === 'style' || e.name === 'script', document.children)) {
    DomUtils.removeElement(hidden);
  }
  return DomUtils.textContent(document);
}

/** The XSS corpus and the report carrying a text in every string field, from the browser tests' own source. */
async function loadCorpus() {
  const {outputFiles} = await build({
    entryPoints: [join(root, 'test/support/xss-payloads.ts')],
    bundle: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  return import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
}

const TABLES = TABLES_SHOWN;

test('every example in every mode and language: the markup each mode promises', () => {
  for (const {id, report} of examples) {
    for (const options of [{lang: 'zh-CN'}, {lang: 'en'}, {lang: 'zh-CN', bilingual: true, audit: true}]) {
      const what = `${id} ${JSON.stringify(options)}`;
      const page = renderReportHtml(report, {...options, mode: 'page'});
      assert.match(page, /^<!doctype html>\n<html lang="(zh-CN|en)">/, what);
      assert.equal((page.match(/<style>/g) ?? []).length, 1, `${what}: the library's CSS in one <style>`);
      assert.ok(!tagsOf(page).has('script'), `${what}: the page has no script`);
      assert.match(page, /@media print/, `${what}: print rules`);
      const tables = elementsOf(page).filter((e) => e.name === 'table');
      assert.equal(tables.filter((e) => !inPaperCopy(e)).length, TABLES, `${what}: tables 二, 三, 四`);
      const paths = (paper) =>
        elementsOf(page)
          .filter((e) => e.name === 'td' && e.attribs['data-path']?.startsWith('requests.') && inPaperCopy(e) === paper)
          .map((e) => e.attribs['data-path']);
      assert.equal(tables.filter(inPaperCopy).length, 1, `${what}: table 三 once more, for print`);
      assert.deepEqual(paths(true), paths(false), `${what}: the paper copy has table 三's cells`);
      const ids = elementsOf(page).flatMap((e) => (e.attribs.id ? [e.attribs.id] : []));
      assert.equal(new Set(ids).size, ids.length, `${what}: ids are unique in the page`);
      // Each copy of table 三 refers to its own cells, notes and caption, and to nothing missing.
      const known = new Set(ids);
      const references = elementsOf(page).flatMap((e) => [
        ...['headers', 'aria-labelledby', 'aria-describedby'].flatMap((name) => e.attribs[name]?.split(' ') ?? []),
        ...(e.attribs.href?.startsWith('#') ? [e.attribs.href.slice(1)] : []),
      ]);
      assert.ok(references.length > 100, `${what}: the header chains are there to check`);
      assert.deepEqual(
        references.filter((id) => id && !known.has(id)),
        [],
        `${what}: every id the page refers to is in it`,
      );

      const fragment = renderReportHtml(report, {...options, mode: 'fragment'});
      const notWhitelisted = [...tagsOf(fragment)].filter((tag) => !(tag in UEDITOR_WHITELIST));
      assert.deepEqual(notWhitelisted, [], `${what}: only UEditor's tags`);
      assert.ok(!elementsOf(fragment).some((e) => 'class' in e.attribs), `${what}: no class`);
      assert.ok(
        elementsOf(fragment).some((e) => e.name === 'td' && /border/.test(e.attribs.style)),
        `${what}: inline styles`,
      );

      const dsd = renderReportHtml(report, {...options, mode: 'dsd'});
      const templates = elementsOf(dsd).filter((e) => e.name === 'template' && e.attribs.shadowrootmode === 'open');
      // disclosure-report alone: its sections and tables are templates in its own root.
      assert.equal(templates.length, 1, `${what}: a declarative shadow root per element`);
      const json = elementsOf(dsd).find((e) => e.name === 'script' && e.attribs.type === 'application/json');
      assert.deepEqual(
        JSON.parse(DomUtils.textContent(json)),
        JSON.parse(JSON.stringify(report)),
        `${what}: the report inline`,
      );
    }
  }
});

test('an invalid report: what is valid shows, and a message where it is not, in every mode', () => {
  const report = structuredClone(huaian2024);
  report.requests.newReceived.total = 'lots';
  delete report.appeals;
  for (const mode of MODES) {
    const html = renderReportHtml(report, {mode});
    const text = visibleText(html);
    assert.match(text, /3,001/, `${mode}: table 三's valid numbers still show`);
    assert.match(text, /447,228/, `${mode}: table 二 still shows`);
    assert.match(text, /requests\.newReceived\.total/, `${mode}: the invalid cell is named`);
    assert.match(text, /appeals/, `${mode}: the missing table 四 is named`);
  }
  for (const mode of MODES) {
    for (const value of [null, 'text', [], 42]) {
      assert.match(
        visibleText(renderReportHtml(value, {mode})),
        /报告数据无法读取/,
        `${mode}: ${JSON.stringify(value)}`,
      );
    }
  }
});

test('XSS corpus: report text is text in every mode (same elements and attributes as a plain marker; shown verbatim)', async () => {
  const {XSS_PAYLOADS, reportWith} = await loadCorpus();
  const marker = 'XSSMARKER';
  const shape = (html) => elementsOf(html).map((e) => `${e.name}[${Object.keys(e.attribs).sort().join(',')}]`);
  const occurrences = (text, needle) => text.split(needle).length - 1;
  for (const mode of MODES) {
    const plain = renderReportHtml(reportWith(marker), {mode});
    const expectedShape = shape(plain);
    const expectedCount = occurrences(visibleText(plain), marker);
    assert.ok(expectedCount >= 10, `${mode}: the marker shows in many places (${expectedCount})`);
    const wrong = [];
    for (const payload of XSS_PAYLOADS) {
      const html = renderReportHtml(reportWith(payload), {mode});
      if (JSON.stringify(shape(html)) !== JSON.stringify(expectedShape)) wrong.push(`${payload}: markup changed`);
      else if (occurrences(visibleText(html), payload) !== expectedCount) wrong.push(`${payload}: not shown verbatim`);
      if (mode === 'dsd') {
        const json = elementsOf(html).find((e) => e.name === 'script');
        const carried = JSON.parse(DomUtils.textContent(json));
        if (carried.agency !== payload) wrong.push(`${payload}: inline JSON altered`);
      }
    }
    assert.deepEqual(wrong, [], `${mode}: ${wrong.length} of ${XSS_PAYLOADS.length} payloads`);
  }
});

/** Each table as rows of [tag, colspan, rowspan, text] cells. */
function tableGrids(html) {
  return elementsOf(html)
    .filter((e) => e.name === 'table')
    .map((table) =>
      DomUtils.findAll((e) => e.name === 'tr', table.children).map((tr) =>
        tr.children
          .filter((cell) => cell.name === 'td' || cell.name === 'th')
          .map((cell) => [
            cell.name,
            cell.attribs.colspan ?? '1',
            cell.attribs.rowspan ?? '1',
            DomUtils.textContent(cell).replace(/\s+/g, ''),
          ]),
      ),
    );
}

test('fragment through a UEditor-like whitelist sanitizer: structure, spans and numbers kept; caption kept; scope, headers, id, lang dropped', () => {
  const ueditor = {
    allowedTags: Object.keys(UEDITOR_WHITELIST),
    allowedAttributes: Object.fromEntries(Object.entries(UEDITOR_WHITELIST).map(([tag, names]) => [tag, [...names]])),
  };
  for (const {id, report} of examples) {
    const fragment = renderReportHtml(report, {mode: 'fragment'});
    const pasted = sanitizeHtml(fragment, ueditor);
    const before = tableGrids(fragment);
    assert.equal(before.length, TABLES, id);
    assert.deepEqual(tableGrids(pasted), before, `${id}: every row, cell, span and number survives`);
    // The numbers are the page's: the same cells in the same order.
    const numbers = (html) =>
      elementsOf(html)
        .filter((e) => e.name === 'td' && !inPaperCopy(e))
        .map((td) => DomUtils.textContent(td).trim())
        .filter((text) => /^[\d,.]+$/.test(text));
    assert.deepEqual(numbers(pasted), numbers(renderReportHtml(report, {mode: 'page'})), `${id}: the page's numbers`);
    // What UEditor's default whitelist leaves of the accessibility markup:
    const kept = (name) => elementsOf(pasted).some((e) => name in e.attribs);
    assert.equal(elementsOf(pasted).filter((e) => e.name === 'caption').length, TABLES, `${id}: captions survive`);
    assert.ok(elementsOf(pasted).filter((e) => e.name === 'th').length > 50, `${id}: header cells stay <th>`);
    for (const name of ['scope', 'headers', 'id', 'lang']) {
      assert.ok(
        elementsOf(fragment).some((e) => name in e.attribs),
        `${id}: the fragment offers ${name}`,
      );
      assert.ok(!kept(name), `${id}: UEditor drops ${name}`);
    }
    assert.ok(!kept('aria-hidden'), `${id}: UEditor drops aria-hidden (a blank's dash is then read aloud)`);
    assert.ok(kept('style') && kept('colspan') && kept('rowspan'), `${id}: styles and spans survive`);
  }
});

test('a line break inside a paragraph survives the UEditor-like whitelist as <br>, and the page keeps it too', () => {
  const ueditor = {
    allowedTags: Object.keys(UEDITOR_WHITELIST),
    allowedAttributes: Object.fromEntries(Object.entries(UEDITOR_WHITELIST).map(([tag, names]) => [tag, [...names]])),
  };
  const report = structuredClone(huaian2024);
  report.problems.paragraphs = [{zh: '第一行<b>甲</b>\n第二行 & 乙', en: 'First line\nsecond line'}];
  for (const options of [{lang: 'zh-CN'}, {lang: 'en'}, {lang: 'zh-CN', bilingual: true}]) {
    const pasted = sanitizeHtml(renderReportHtml(report, {...options, mode: 'fragment'}), ueditor);
    // Each paragraph's lines as a browser shows them: a <br> breaks the line; a "\n" in the text
    // only under a white-space style that keeps it, else it is a space like any other.
    const lines = elementsOf(pasted)
      .filter((e) => e.name === 'p' && /第一行|First line/.test(DomUtils.textContent(e)))
      .map((p) => {
        const kept = /white-space:\s*pre/.test(p.attribs.style ?? '');
        const text = (node) => (kept ? DomUtils.textContent(node) : DomUtils.textContent(node).replace(/\s+/g, ' '));
        return p.children
          .map((node) => (node.name === 'br' ? '\n' : text(node)))
          .join('')
          .split('\n');
      });
    const expected = {
      'zh-CN': [['第一行<b>甲</b>', '第二行 & 乙']],
      en: [['First line', 'second line']],
    }[options.bilingual ? 'bilingual' : options.lang] ?? [
      ['第一行<b>甲</b>', '第二行 & 乙'],
      ['First line', 'second line'],
    ];
    assert.deepEqual(lines, expected, `${JSON.stringify(options)}: two lines per paragraph, the text as text`);
  }
  // The page: the text keeps its "\n", shown as a break by the elements' .para rule, and by a rule
  // outside @scope for browsers without it (browser.test.mjs shows it in Chromium).
  const page = renderReportHtml(report, {mode: 'page'});
  const paragraph = elementsOf(page).find((e) => e.name === 'p' && DomUtils.textContent(e).includes('第一行'));
  assert.equal(DomUtils.textContent(paragraph), '第一行<b>甲</b>\n第二行 & 乙');
});

test('render CLI: exit codes of check, for each example, invalid input and an importable file', () => {
  const files = readdirSync(join(root, 'examples')).map((name) => join('examples', name));
  const notJson = join(dir, 'not-json.json');
  writeFileSync(notJson, '<html>login</html>');
  const invalid = join(dir, 'invalid.json');
  writeFileSync(invalid, JSON.stringify({...huaian2024, year: 'x'}));
  for (const file of [...files, notJson, invalid]) {
    const out = join(dir, 'one.html');
    const render = run('render', file, '-o', out, '--lang', 'en');
    assert.equal(render.code, run('check', file).code, `${file}: render exits as check does`);
    if (file !== notJson) assert.match(readFileSync(out, 'utf8'), /^<!doctype html>/, `${file}: a page was written`);
  }
  // An invalid report still renders, and says why on stderr.
  const stdout = run('render', invalid, '--mode', 'fragment');
  assert.equal(stdout.code, 2);
  assert.match(stdout.stdout, /^<div lang="zh-CN">/);
  assert.match(stdout.stderr, /year/);
  // An importable file: the imported report's exit code under check.
  const docx = join('test/fixtures/import/huaian-2024-grouped.docx');
  const imported = join(dir, 'imported.json');
  writeFileSync(imported, spawnSync(process.execPath, [bin, 'import', docx], {encoding: 'utf8', cwd: root}).stdout);
  const fromDocx = run('render', docx, '-o', join(dir, 'docx.html'));
  assert.equal(fromDocx.code, run('check', imported).code, 'render of a .docx exits as check of its import');
  assert.equal(
    elementsOf(readFileSync(join(dir, 'docx.html'), 'utf8')).filter((e) => e.name === 'table' && !inPaperCopy(e))
      .length,
    TABLES,
  );
});

test('render CLI: a folder in, a folder of pages out; the worst exit code; bad options are usage errors', () => {
  const out = join(dir, 'pages');
  const batch = run('render', 'examples', '-o', out, '--mode', 'dsd');
  assert.equal(batch.code, 1, 'the broken example has an arithmetic error');
  assert.deepEqual(readdirSync(out).sort(), ['huaian-2024-broken.html', 'huaian-2024.html', 'xiguan-2024.html']);
  assert.match(readFileSync(join(out, 'xiguan-2024.html'), 'utf8'), /shadowrootmode="open"/);
  assert.equal(run('render', 'examples').code, 2, 'several files need -o');
  const badMode = run('render', 'examples/huaian-2024.json', '--mode', 'pdf', '--lang', 'en');
  assert.equal(badMode.code, 2);
  assert.match(badMode.stderr, /--mode pdf/);
});
