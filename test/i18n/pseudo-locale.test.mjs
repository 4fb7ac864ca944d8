// A third locale in Node: the test-only pseudo-locale (test/support/pseudo-locale.mjs), registered
// with registerLocale(), drives the static page's fixed texts, the check's messages, the import's
// messages and the CLI's own words (its Node-only texts and its import words come in its definition,
// as any locale registered at run time's do).
//
// Needs `npm run build:node`.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {DomUtils, parseDocument} from 'htmlparser2';
import {broken} from '../../dist/node/examples/index.js';
import {LOCALES, localeDefinition, localeFromLang, registerLocale} from '../../dist/node/model/texts/locales.js';
import {nodeTexts} from '../../dist/node/model/texts/node-locales.js';
import {importTexts} from '../../dist/node/model/texts/import-locales.js';
import {importReport} from '../../dist/node/import/index.js';
import {renderReportHtml} from '../../dist/node/static/index.js';
import {validateReport} from '../../dist/node/model/validate.js';
import {checkReport} from '../../dist/node/model/checks.js';
import {main} from '../../dist/node/cli/main.js';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {PSEUDO, pseudoLocale, stringsIn, untranslated} from '../support/pseudo-locale.mjs';

const english = localeDefinition('en');
registerLocale(pseudoLocale(english, {node: nodeTexts(english), import: importTexts(english)}));

/** A report with a finding, a blank cell and an invalid cell. */
function flawed() {
  const report = broken.rowTotalOff();
  report.requests.results.withheld.stateSecret.naturalPerson = null;
  report.requests.results.withheld.stateSecret.research = -3;
  return report;
}

/** The text nodes of an HTML document a reader meets (no style sheets, scripts or JSON). */
function textsOf(html) {
  const document = parseDocument(html);
  return DomUtils.findAll((element) => !['style', 'script'].includes(element.name), document.children)
    .flatMap((element) => element.children.filter((node) => node.type === 'text'))
    .map((node) => node.data.replace(/\u00ad/g, ''))
    .filter((text) => text.trim());
}

/** The report's own words and the dates Intl writes for it: no catalog holds them. */
function ownWords(report) {
  const words = stringsIn(report);
  for (const iso of words.filter((word) => /^\d{4}-\d{2}-\d{2}$/.test(word))) {
    const date = new Date(`${iso}T00:00:00Z`);
    words.push(new Intl.DateTimeFormat(PSEUDO, {dateStyle: 'long', timeZone: 'UTC'}).format(date));
  }
  return words;
}

test('lang="qps" asks for the registered pseudo-locale; unknown tags still mean Chinese', () => {
  assert.equal(localeFromLang('qps'), PSEUDO);
  assert.equal(localeFromLang('en-GB'), 'en');
  assert.equal(localeFromLang('fr'), 'zh-CN');
});

for (const mode of ['page', 'fragment']) {
  test(`static ${mode} in the pseudo-locale: every fixed text is the pseudo-locale's, the lang is qps`, () => {
    const report = flawed();
    const html = renderReportHtml(report, {mode, lang: PSEUDO, audit: true});
    assert.match(html, new RegExp(`lang="${PSEUDO}"`));
    const texts = textsOf(html);
    assert.ok(
      texts.some((text) => text.includes('⟦')),
      'pseudo texts are there',
    );
    assert.deepEqual(untranslated(texts, ownWords(report)), []);
    // The finding and the validation error are in it, in the pseudo-locale.
    const {report: valid, issues} = validateReport(report);
    const finding = checkReport(valid).find((candidate) => candidate.kind === 'violation');
    const text = texts.join('');
    assert.ok(text.includes(finding.message[PSEUDO]), 'the finding in the pseudo-locale');
    const error = issues.find((issue) => issue.severity === 'error');
    assert.ok(text.includes(error.message[PSEUDO]), 'the validation error in the pseudo-locale');
  });
}

test("the check's messages (validation issues and findings) have the pseudo-locale's text", () => {
  const {report, issues} = validateReport(flawed());
  const messages = [...issues.map((issue) => issue.message), ...checkReport(report).map((finding) => finding.message)];
  assert.ok(messages.length > 3);
  for (const message of messages) {
    assert.match(message[PSEUDO], /^⟦.*⟧$/s);
    assert.deepEqual(untranslated([message[PSEUDO]], []), [], message[PSEUDO]);
  }
});

/** The codes, rule ids and cell paths in a check's output: [negative], requests.results.total.research. */
const identifiers = (text) => text.match(/\[[\w.-]+\]|(?:proactive|requests|appeals)(?:\.\w+)+/g) ?? [];

test('`check --lang qps` (in the process that registered it) writes every issue and finding in the pseudo-locale', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pseudo-check-'));
  try {
    const file = join(dir, 'flawed.json');
    writeFileSync(file, JSON.stringify(flawed()));
    let stdout = '';
    const io = {stdout: (text) => (stdout += text), stderr: () => {}, stderrIsTTY: false};
    const code = await main(['check', file, '--lang', PSEUDO], io);
    assert.equal(code, 2, stdout);
    const {report, issues} = validateReport(flawed());
    // The validation errors and the violated equations, each in the pseudo-locale's words.
    const errors = issues.filter((issue) => issue.severity === 'error');
    const violations = checkReport(report).filter((finding) => finding.kind === 'violation');
    assert.ok(errors.length > 0 && violations.length > 0);
    for (const {message} of [...errors, ...violations]) assert.ok(stdout.includes(message[PSEUDO]), message[PSEUDO]);
    // Each message line: a severity and a code, then the message, which is the pseudo-locale's.
    const messageLines = stdout.split('\n').filter((line) => /^ {2}\S+ \[[\w.-]+\]/.test(line));
    assert.ok(messageLines.length >= 3, stdout);
    for (const line of messageLines) assert.match(line, /\] ?[:：]? ?⟦.*⟧$/, line);
    // The CLI's own words too: every line is made of the pseudo-locale's texts, the file's name, the
    // issues' codes, the rules' ids and the cells' paths (which no locale translates).
    const ownWords = [file, ...[...errors, ...violations].map(({message}) => message[PSEUDO]), ...identifiers(stdout)];
    assert.deepEqual(untranslated(stdout.split('\n'), ownWords), []);
    assert.match(stdout, /⟦Arithmetic checks⟧/);
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
});

test('a locale registered from JavaScript without UI texts shows the Chinese ones (no gap, no error)', () => {
  const english = localeDefinition('en');
  const texts = {...english.texts, ui: undefined};
  registerLocale({...english, locale: 'qpu', key: 'qpu', matches: (lang) => /^qpu\b/i.test(lang), texts});
  const html = renderReportHtml(flawed(), {mode: 'page', lang: 'qpu'});
  const zhUi = localeDefinition('zh-CN').texts.ui;
  assert.ok(html.includes(zhUi.blankNote), 'the blank note in Chinese');
  assert.ok(!html.includes(english.texts.ui.blankNote), 'not in English');
});

/**
 * The text fixture with cells an import has something to say about: a row with too few values, 「无」,
 * a value in yuan, a remark in brackets, a row whose label cannot be read, a row missing a value.
 */
function flawedText() {
  return readFileSync(new URL('../fixtures/import/xiguan-2024.txt', import.meta.url), 'utf8')
    .replace('规章\t0\t0\t0', '规章\t—\tabc\t1.5')
    .replace('行政许可\t0', '行政许可\t无')
    .replace('行政事业性收费\t0', '行政事业性收费\t1200元')
    .replace('行政处罚\t0', '行政处罚\t3（含转办2件）')
    .replace('\t\t3.其他\t0\t0\t0', '\t\t3.甲乙丙丁\t0\t0');
}

test("an import's issues (placing cells, a file refused, a file without a report) have the pseudo-locale's text", async () => {
  const imports = [
    await importReport({data: flawedText(), name: 'flawed.txt'}),
    await importReport({data: new TextEncoder().encode('%PDF-1.4 garbage'), name: 'report.pdf'}),
    await importReport({data: '', name: 'empty.txt'}),
  ];
  const issues = imports.flatMap((result) => result.issues);
  const codes = new Set(issues.map((issue) => issue.code));
  for (const code of [
    'cell-ambiguous',
    'none-as-zero',
    'yuan',
    'remark',
    'placed-by-position',
    'pdf-unreadable',
    'no-report',
    'title-missing',
    'section-missing',
    'table-missing',
  ])
    assert.ok(codes.has(code), `the imports give ${code}`);
  for (const {message} of issues) {
    assert.match(message[PSEUDO], /^⟦.*⟧$/s);
    assert.deepEqual(untranslated([message[PSEUDO]], []), [], message[PSEUDO]);
  }
  // Where in the file, in the pseudo-locale's words too (the cell and the line).
  const remark = issues.find((issue) => issue.code === 'remark');
  assert.match(remark.message[PSEUDO], /⟦line 36⟧/);
  assert.match(remark.message[PSEUDO], /⟦Administrative penalties⟧/);
});

test('`import --lang qps` (in the process that registered it) writes every import issue in the pseudo-locale', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pseudo-import-'));
  try {
    const file = join(dir, 'flawed.txt');
    writeFileSync(file, flawedText());
    let stderr = '';
    const io = {stdout: () => {}, stderr: (text) => (stderr += text), stderrIsTTY: false};
    await main(['import', file, '--lang', PSEUDO], io);
    const issueLines = stderr.split('\n').filter((line) => /^\s+\S.* \[[\w.-]+\] /.test(line));
    assert.ok(issueLines.length >= 5, stderr);
    for (const line of issueLines) assert.match(line, /\] ⟦.*⟧$/, line);
    assert.deepEqual(untranslated(stderr.split('\n'), [file, ...identifiers(stderr)]), []);
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
});

test("the CLI's help offers every registered locale to --lang, the pseudo-locale among them", async () => {
  let stdout = '';
  const io = {stdout: (text) => (stdout += text), stderr: (text) => (stdout += text), stderrIsTTY: false};
  await main(['--help', '--lang', PSEUDO], io);
  const offered = [...stdout.matchAll(/--lang (\S+?)\]/g)].map((match) => match[1]);
  assert.ok(offered.length >= 3, stdout);
  // Every registered locale, in the list's order (a test above registers one more after qps).
  for (const list of offered) {
    assert.deepEqual(
      list.split('|'),
      LOCALES.map((locale) => locale.key),
    );
    assert.ok(list.split('|').includes(PSEUDO), list);
  }
});
