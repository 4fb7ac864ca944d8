// A newcomer's change touches one place (issue 18): adding a row to table 三 is the row in the
// format's tree and its label in each locale's catalog; adding an arithmetic rule is the rule in
// checks.ts and its description in each locale's Node-only catalog. The test copies src/ under
// .test-results/ (so that its imports resolve lit and htmlparser2 from the project's node_modules),
// makes the newcomer's edits there, compiles the copy once with the project's tsc and its Node
// settings (tsconfig.node.json), and imports the result. Every place the row must then reach
// follows from the edit alone: the report's types hold it, the validator asks for it and names it,
// the checks add it up, the JSON Schema lists it, the static page shows it under its header chain;
// the new rule's finding is reported and shown in the audit list. A second copy, with the English
// texts left out, must not compile: the catalogs' types are made from the format and the rules.
// The same copy adds a built-in locale in its one list (BUILT_IN, locales.ts) and nothing else: the
// compiler must then name the three records that hold the texts kept out of the viewer bundle (the
// editor's, the importer's, the CLI's), and nothing more. (A locale registered at run time is one
// registerLocale() call: test/support/pseudo-locale.mjs.)
//
// The edits are data (NEWCOMER_EDITS): a file, an anchor line in it, and the lines to insert. When
// the format's labels move (into per-locale catalogs, say), only that list changes.
//
// Needs `npm run build:node` (npm test builds first): the unchanged example report comes from dist/node.
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {join, relative} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {createRequire} from 'node:module';
import {DomUtils, parseDocument} from 'htmlparser2';
import {huaian2024} from '../../dist/node/examples/index.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

/** The row a newcomer adds: a ninth ground under 三（三）不予公开. */
const ROW = {
  key: 'newcomerGround',
  zh: '9.属于新增的不予公开情形',
  en: '9. A ground for withholding added by a newcomer',
};
/** The rule a newcomer adds: every new application came from a natural person (总计 = 自然人 in row 一). */
const RULE = 'requests.naturalPersonsOnly';

/**
 * What the newcomer writes, and where: `anchor` is a text on one line of `file`; `lines` go in
 * before or after that line. Grouped by change, so each change's files can be told apart.
 */
const ROW_TEXT_ID = `requests.row.results.withheld.${ROW.key}`;
const AFTER_ADMINISTRATIVE_QUERY = (file, line) => ({
  file,
  anchor: "'requests.row.results.withheld.administrativeQuery'",
  place: 'after',
  lines: [line],
});
/** A rule's description, in a locale's Node-only catalog. */
const RULE_DESCRIPTION = (file, text) => ({
  file,
  anchor: "'requests.balance':",
  place: 'before',
  lines: [`    '${RULE}': '${text}',`],
});
const ENGLISH_CATALOGS = ['src/model/texts/en.ts', 'src/model/texts/en.node.ts'];

/** A built-in locale added to BUILT_IN (its catalogs borrowed from English: only the types matter here). */
const BUILT_IN_LOCALE = {
  file: 'src/model/texts/locales.ts',
  anchor: '] as const satisfies readonly LocaleDefinition[];',
  place: 'before',
  lines: [
    `  {locale: 'qps', key: 'qps', matches: (lang: string) => /^qps\\b/i.test(lang), texts: {format: enFormat, validation: en, checks: enChecks, ui: enUi}},`,
  ],
};
/** Where a built-in locale's texts outside the viewer bundle are listed, by key. */
const OUT_OF_BUNDLE_RECORDS = [
  'src/model/texts/editor-catalogs.ts',
  'src/model/texts/import-locales.ts',
  'src/model/texts/node-locales.ts',
];

const NEWCOMER_EDITS = {
  'a row in table 三': [
    {
      file: 'src/model/format.ts',
      anchor: 'administrativeQuery: null,',
      place: 'after',
      lines: [`      ${ROW.key}: null,`],
    },
    AFTER_ADMINISTRATIVE_QUERY('src/model/texts/zh.ts', `  '${ROW_TEXT_ID}': '${ROW.zh}',`),
    AFTER_ADMINISTRATIVE_QUERY('src/model/texts/en.ts', `  '${ROW_TEXT_ID}': '${ROW.en}',`),
  ],
  'a rule': [
    {file: 'src/model/checks.ts', anchor: "| 'requests.carryOver'", place: 'before', lines: [`  | '${RULE}'`]},
    {
      file: 'src/model/checks.ts',
      anchor: 'export interface Rule {',
      place: 'before',
      lines: [
        `/** Every new application came from a natural person: in row 一, 总计 = 自然人. */`,
        `const naturalPersonsOnly: RuleRun = ({current}) => {`,
        `  const row = requestRows(current.report).newReceived;`,
        `  const column = (key: string) => COLUMN_CHAINS.find((chain) => lastKey(chain) === key)!;`,
        `  const cell = (key: string) =>`,
        `    requestCell(current, row, column(key), () => quote(last(column(key))!.label));`,
        `  return [`,
        `    {`,
        `      rule: '${RULE}',`,
        `      severity: 'warning',`,
        `      scope: () => rowScope(row),`,
        `      checked: cell('total'),`,
        `      terms: [{cell: cell('naturalPerson'), sign: 1}],`,
        `    },`,
        `  ];`,
        `};`,
        ``,
      ],
    },
    {
      file: 'src/model/checks.ts',
      anchor: 'export const RULES: readonly Rule[] = [',
      place: 'after',
      lines: [`  {id: '${RULE}', needsPrevious: false, run: naturalPersonsOnly},`],
    },
    // The CLI's help describes every rule, in each locale's Node-only catalog (the viewer bundle
    // does not carry those).
    RULE_DESCRIPTION('src/model/texts/zh.node.ts', '表三第一项：总计等于自然人。'),
    RULE_DESCRIPTION('src/model/texts/en.node.ts', 'Table III, item 1: Total = natural persons.'),
  ],
};

/** The files each change may touch: the format or the rules, and the locales' catalogs. */
const ONE_PLACE = {
  'a row in table 三': ['src/model/format.ts', 'src/model/texts/zh.ts', 'src/model/texts/en.ts'],
  'a rule': ['src/model/checks.ts', 'src/model/texts/zh.node.ts', 'src/model/texts/en.node.ts'],
};

/** A program that reads the new row of a typed report: it compiles only if the report's types have the row. */
const TYPED_ROW = `import type {Applicants, DisclosureReport} from './src/model/types.js';
export const newRow = (report: DisclosureReport): Applicants => report.requests.results.withheld.${ROW.key};
`;

let dir;
let compile;
let model;
/** The compiler's answer for a copy with every edit but the English catalogs'. */
let withoutEnglish;

/** Every file under `top`, as paths relative to it. */
function filesUnder(top) {
  return readdirSync(top, {recursive: true, withFileTypes: true})
    .filter((entry) => entry.isFile())
    .map((entry) => relative(top, join(entry.parentPath ?? entry.path, entry.name)));
}

function applyEdit(copy, {file, anchor, place, lines}) {
  const path = join(copy, file);
  const text = readFileSync(path, 'utf8').split('\n');
  const at = text.findIndex((line) => line.includes(anchor));
  assert.ok(at >= 0, `${file}: no line holds the anchor ${JSON.stringify(anchor)} (the edit list needs updating)`);
  assert.equal(text.filter((line) => line.includes(anchor)).length, 1, `${file}: the anchor ${anchor} is not unique`);
  text.splice(place === 'after' ? at + 1 : at, 0, ...lines);
  writeFileSync(path, text.join('\n'));
}

/**
 * A copy of src/ with `edits` made, compiled with the project's Node settings narrowed to `include`
 * (one compile for all edits); its directory and the compiler's answer.
 */
function compiledCopy(edits, include, compilerOptions = {}, files = {}) {
  mkdirSync(join(root, '.test-results'), {recursive: true});
  const copy = mkdtempSync(join(root, '.test-results', 'newcomer-'));
  cpSync(join(root, 'src'), join(copy, 'src'), {recursive: true});
  for (const edit of edits) applyEdit(copy, edit);
  for (const [file, text] of Object.entries(files)) writeFileSync(join(copy, file), text);
  writeFileSync(
    join(copy, 'tsconfig.json'),
    JSON.stringify({
      extends: join(root, 'tsconfig.node.json'),
      compilerOptions: {rootDir: 'src', outDir: 'out', declaration: false, ...compilerOptions},
      include,
    }),
  );
  const answer = spawnSync(process.execPath, [tsc, '-p', join(copy, 'tsconfig.json')], {cwd: copy, encoding: 'utf8'});
  return {copy, answer};
}

before(async () => {
  const edits = Object.values(NEWCOMER_EDITS).flat();
  // What the assertions import (src/model holds the Node-only catalogs too).
  ({copy: dir, answer: compile} = compiledCopy(edits, ['src/model', 'src/static']));
  // Beside the English catalogs, a typed use of the new row: the report's types must hold it.
  const unchecked = compiledCopy(
    [...edits.filter((edit) => !ENGLISH_CATALOGS.includes(edit.file)), BUILT_IN_LOCALE],
    [...ENGLISH_CATALOGS, ...OUT_OF_BUNDLE_RECORDS, 'typed-row.ts'],
    {noEmit: true, rootDir: '.'},
    {'typed-row.ts': TYPED_ROW},
  );
  withoutEnglish = unchecked.answer;
  rmSync(unchecked.copy, {recursive: true, force: true});
  const load = (path) => import(pathToFileURL(join(dir, 'out', path)).href);
  model = {
    ...(await load('model/validate.js')),
    ...(await load('model/checks.js')),
    ...(await load('model/json-schema.js')),
    ...(await load('static/index.js')),
  };
});
after(() => rmSync(dir, {recursive: true, force: true}));

/** The 淮安 report with the new row filled in: 5 applications from natural persons, total 5. */
function withNewRow(cells = {}) {
  const report = structuredClone(huaian2024);
  const blank = Object.fromEntries(Object.keys(report.requests.newReceived).map((column) => [column, 0]));
  report.requests.results.withheld[ROW.key] = {...blank, naturalPerson: 5, total: 5, ...cells};
  return report;
}
const NEW_ROW_PATH = `requests.results.withheld.${ROW.key}`;

test('the edited copy compiles with no type error', () => {
  assert.equal(compile.status, 0, compile.stdout + compile.stderr);
});

test("a catalog without the new row's label, or without the new rule's description, does not compile; the report's types hold the row", () => {
  assert.notEqual(withoutEnglish.status, 0, 'the copy without the English texts compiled');
  const errors = withoutEnglish.stdout
    .split('\n')
    .filter((line) => /error TS/.test(line) && !OUT_OF_BUNDLE_RECORDS.some((file) => line.startsWith(file)));
  assert.ok(
    errors.some((line) => line.startsWith('src/model/texts/en.ts') && line.includes(ROW_TEXT_ID)),
    errors.join('\n'),
  );
  assert.ok(
    errors.some((line) => line.startsWith('src/model/texts/en.node.ts') && line.includes(RULE)),
    errors.join('\n'),
  );
  assert.equal(errors.length, 2, errors.join('\n'));
});

test('a built-in locale added to its one list is refused until the editor, import and CLI records list its texts', () => {
  const errors = withoutEnglish.stdout.split('\n').filter((line) => /error TS/.test(line));
  for (const file of OUT_OF_BUNDLE_RECORDS)
    assert.equal(
      errors.filter((line) => line.startsWith(file) && line.includes("'qps'")).length,
      1,
      `${file} should be named once, for the missing 'qps':\n${errors.join('\n')}`,
    );
  assert.equal(errors.length, 2 + OUT_OF_BUNDLE_RECORDS.length, errors.join('\n'));
});

test('each change touches only its own files', () => {
  const original = join(root, 'src');
  const changed = filesUnder(join(dir, 'src')).filter(
    (file) => readFileSync(join(dir, 'src', file), 'utf8') !== readFileSync(join(original, file), 'utf8'),
  );
  assert.deepEqual(changed.map((file) => `src/${file}`).sort(), Object.values(ONE_PLACE).flat().sort());
  for (const [change, edits] of Object.entries(NEWCOMER_EDITS)) {
    assert.deepEqual([...new Set(edits.map((edit) => edit.file))].sort(), [...ONE_PLACE[change]].sort(), change);
  }
});

test('the validator asks for the new row, and names it where a value in it is wrong', () => {
  const {validateReport} = model;
  assert.deepEqual(validateReport(withNewRow()).issues, []);

  const missing = validateReport(structuredClone(huaian2024)).issues.find((issue) => issue.path === NEW_ROW_PATH);
  assert.ok(missing, 'a report without the row is told it is missing');

  const text = validateReport(withNewRow({naturalPerson: '5'}));
  const issue = text.issues.find((candidate) => candidate.path === `${NEW_ROW_PATH}.naturalPerson`);
  assert.ok(issue, JSON.stringify(text.issues));
  assert.match(issue.message.zh, new RegExp(ROW.zh.slice(2)));
  assert.match(issue.message.en, /A ground for withholding added by a newcomer/);
});

test('the checks add the new row into （七）总计 and total it across the applicant columns', () => {
  const {checkReport, validateReport} = model;
  const report = validateReport(withNewRow()).report;
  // 淮安's （七）总计 was published without the new row: the natural-person column is now 5 short.
  const sum = checkReport(report).find(
    (finding) => finding.rule === 'requests.resultsSum' && finding.cells.includes(`${NEW_ROW_PATH}.naturalPerson`),
  );
  assert.ok(sum, 'requests.resultsSum takes the new row in');
  assert.equal(sum.expected - sum.actual, 5);
  assert.equal(sum.cells[0], 'requests.results.total.naturalPerson');

  const wrongTotal = validateReport(withNewRow({total: 4})).report;
  const row = checkReport(wrongTotal).find(
    (finding) => finding.rule === 'requests.rowTotal' && finding.cells[0] === `${NEW_ROW_PATH}.total`,
  );
  assert.ok(row, 'requests.rowTotal checks the new row');
  assert.deepEqual([row.expected, row.actual], [5, 4]);
});

test('the JSON Schema requires the new row under （三）不予公开, described by its label', () => {
  const schema = model.reportJsonSchema();
  const withheld = schema.properties.requests.properties.results.properties.withheld;
  assert.ok(withheld.required.includes(ROW.key));
  assert.ok(withheld.properties[ROW.key], Object.keys(withheld.properties).join());
  assert.match(JSON.stringify(withheld.properties[ROW.key]), new RegExp(ROW.zh.slice(2)));
});

test('the static page shows the new row with its number under its full header chain', () => {
  const document = parseDocument(model.renderReportHtml(withNewRow(), {mode: 'page'}));
  const cell = DomUtils.findOne(
    (element) => element.attribs['data-path'] === `${NEW_ROW_PATH}.naturalPerson`,
    document.children,
  );
  assert.ok(cell, 'the new row has a cell for natural persons');
  assert.equal(DomUtils.textContent(cell).trim(), '5');
  const headerText = (id) => {
    const header = DomUtils.findOne((element) => element.attribs.id === id, document.children);
    assert.ok(header, `the header ${id} is on the page`);
    assert.equal(header.name, 'th');
    return DomUtils.textContent(header)
      .replace(/\u00ad/g, '')
      .trim();
  };
  const chain = cell.attribs.headers.split(' ').map(headerText);
  assert.deepEqual(chain.sort(), ['三、本年度办理结果', '（三）不予公开', ROW.zh, '申请人情况', '自然人'].sort());
});

test("the new rule's finding is reported, and shown in the page's audit list", () => {
  const {checkReport, renderReportHtml} = model;
  const received = huaian2024.requests.newReceived;
  assert.notEqual(received.total, received.naturalPerson, 'the example has applications from organizations');
  const finding = checkReport(withNewRow()).find((candidate) => candidate.rule === RULE);
  assert.ok(finding, 'the new rule runs');
  assert.deepEqual(finding.cells, ['requests.newReceived.total', 'requests.newReceived.naturalPerson']);
  assert.deepEqual([finding.expected, finding.actual], [received.naturalPerson, received.total]);

  const citizensOnly = withNewRow();
  citizensOnly.requests.newReceived = {...received, total: received.naturalPerson};
  assert.equal(
    checkReport(citizensOnly).some((candidate) => candidate.rule === RULE),
    false,
    'a rule that holds says nothing',
  );

  const page = parseDocument(renderReportHtml(withNewRow(), {mode: 'page', audit: true}));
  assert.ok(DomUtils.textContent(page).includes(finding.message.zh), 'the audit list shows the finding');
});
