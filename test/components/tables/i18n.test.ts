/**
 * The three tables in English and in both languages: header chains (derived from the format, so
 * the English labels are the glossary's), axe with zero violations, language of parts, captions and
 * units, numbers, markers, report text without English, findings and load failures; and the
 * rendering locale of the cells that show words, in either language.
 */
import {expect, html} from '@open-wc/testing';
import type {TemplateResult} from 'lit';
import '../../../src/all.js';
import {TABLE_UNITS, sectionFormat} from '../../../src/model/format.js';
import {checkReport, type Finding} from '../../../src/model/checks.js';
import {validateReport} from '../../../src/model/validate.js';
import type {DisclosureReport} from '../../../src/model/types.js';
import {broken, huaian2024} from '../../../src/examples/index.js';
import {axeViolations, describeViolations, mount, settle, until} from '../../support/table-helpers.js';
import {
  appealCells,
  checkCell,
  expectLabel,
  misplacedLanguage,
  proactiveCells,
  requestCells,
  type Display,
} from '../../support/header-chains.js';

type TableName = 'proactive' | 'requests' | 'appeals';

function template(table: TableName, display: Display, report: unknown, audit = false): TemplateResult {
  const lang = display === 'en' ? 'en' : 'zh-CN';
  const bilingual = display === 'bilingual';
  return table === 'appeals'
    ? html`<appeal-litigation-grid lang=${lang} ?bilingual=${bilingual} ?audit=${audit} .report=${report}></appeal-litigation-grid>`
    : html`<disclosure-table table=${table} lang=${lang} ?bilingual=${bilingual} ?audit=${audit} .report=${report}></disclosure-table>`;
}

/** The three tables, with the id prefix of their headers and their expected cells. */
const TABLES = [
  {table: 'requests', name: 'table 三', prefix: 't3', cells: (narrow: boolean) => requestCells(narrow)},
  {table: 'appeals', name: 'table 四', prefix: 't4', cells: (narrow: boolean) => appealCells(narrow)},
  {table: 'proactive', name: 'table 二', prefix: 't2', cells: proactiveCells},
] as const;
const rootOf = (element: Element) => element.shadowRoot!.querySelector('.root')!;

async function expectAccessible(element: Element, display: Display): Promise<void> {
  const violations = await axeViolations(element);
  expect(violations, describeViolations(violations)).to.deep.equal([]);
  expect(misplacedLanguage(element.shadowRoot!), 'language of parts').to.deep.equal([]);
  expect(rootOf(element).getAttribute('lang'), 'root language').to.equal(display === 'en' ? 'en' : 'zh-CN');
}

for (const display of ['en', 'bilingual'] as const) {
  for (const width of [1280, 360]) {
    const narrow = width < 600;
    describe(`${display} at ${width}px`, () => {
      for (const {table, name, prefix, cells} of TABLES) {
        it(`${name}: every data cell names its chain, in the right language; axe clean`, async () => {
          const element = await mount(template(table, display, huaian2024), width);
          const root = element.shadowRoot!;
          const expected = cells(narrow);
          expect(root.querySelectorAll('td[data-path]').length).to.equal(expected.length);
          for (const cell of expected) checkCell(root, cell, prefix, display);
          expectLabel(root.querySelector('caption .title')!, sectionFormat(table).heading, display, 'caption');
          expectLabel(root.querySelector('caption .unit')!, TABLE_UNITS[table], display, 'unit');
          await expectAccessible(element, display);
        });
      }
    });
  }
}

/** A report with one blank cell, one invalid cell, table notes and cell notes with and without English. */
function annotated(): DisclosureReport {
  const report = broken.rowTotalOff();
  report.requests.results.withheld.stateSecret.naturalPerson = null;
  (report.requests.results.withheld.stateSecret as Record<string, unknown>).research = -3;
  report.requests.notes = [
    {zh: '本表含补正申请。', en: 'The table includes amended applications.'},
    '仅有中文的说明。',
  ];
  report.annotations = {
    'requests.newReceived.total': {zh: '含上年补报。'},
    'requests.carriedForward.total': {zh: '已于次年办结。', en: 'Closed the following year.'},
  };
  return report;
}

/** The findings <disclosure-table table="requests"> lists: the checks over what validation left usable. */
function tableFindings(report: DisclosureReport): Finding[] {
  const result = validateReport(report);
  return checkReport(result.report!, {invalid: result.invalid}).filter((finding) =>
    finding.cells.some((cell) => cell.startsWith('requests.')),
  );
}

describe('content in English and in both languages', () => {
  it('numbers read back exactly, grouped, never compact (fees keep their decimals)', async () => {
    const report = structuredClone(huaian2024);
    report.proactive.fees = 5949.088667;
    report.requests.newReceived.total = 1234567;
    for (const [table, path] of [
      ['proactive', 'proactive.fees'],
      ['requests', 'requests.newReceived.total'],
    ] as const) {
      const element = await mount(template(table, 'en', report), 1100);
      const text = element.shadowRoot!.querySelector(`td[data-path="${path}"] .value`)!.textContent!;
      const value = path === 'proactive.fees' ? report.proactive.fees : report.requests.newReceived.total;
      expect(text, path).to.match(/^\d{1,3}(,\d{3})*(\.\d+)?$/);
      expect(Number(text.replace(/,/g, '')), path).to.equal(value);
    }
  });

  it('English unit line: 万元 is "10,000 yuan"', async () => {
    const element = await mount(template('proactive', 'en', huaian2024), 1100);
    const unit = element.shadowRoot!.querySelector('caption .unit')!.textContent!;
    expect(unit.trim()).to.equal(TABLE_UNITS.proactive.en);
    expect(unit).to.include('10,000 yuan');
  });

  it('English: blank and invalid markers, notes, report text without English marked zh-CN, findings', async () => {
    const report = annotated();
    const element = await mount(template('requests', 'en', report, true), 1100);
    const root = element.shadowRoot!;
    const blank = root.querySelector('td[data-path="requests.results.withheld.stateSecret.naturalPerson"] .blank')!;
    expect(blank.querySelector('.vh')!.textContent!.trim()).to.equal('blank');
    expect(
      root
        .querySelector('td[data-path="requests.results.withheld.stateSecret.research"] .invalid')!
        .textContent!.trim(),
    ).to.equal('invalid');

    const notes = root.querySelector('.notes')!;
    expect(notes.querySelector('.list-title')!.textContent!.trim()).to.equal('Notes');
    const items = [...notes.querySelectorAll('li')];
    const chineseOnly = items.find((li) => li.textContent!.includes('含上年补报。'))!;
    expect(chineseOnly.querySelector('[lang="zh-CN"]')!.textContent).to.equal('含上年补报。');
    expect(items.some((li) => li.textContent!.includes('Closed the following year.'))).to.be.true;
    expect(notes.textContent).not.to.include('已于次年办结');
    const paragraphs = [...notes.querySelectorAll('p.note')];
    expect(paragraphs[0]!.textContent!.trim()).to.equal('The table includes amended applications.');
    expect(paragraphs[1]!.querySelector('[lang="zh-CN"]')!.textContent).to.equal('仅有中文的说明。');
    expect(root.querySelector('td[data-path="requests.newReceived.total"] .note-marker')!.textContent!.trim()).to.match(
      /^Note \d+$/,
    );

    const expected = tableFindings(report);
    expect(expected.length, 'the report has findings on table 三').to.be.greaterThan(0);
    const listed = [...root.querySelectorAll('.findings ol > li')];
    expect(listed.length).to.equal(expected.length);
    expected.forEach((finding, i) => expect(listed[i]!.textContent).to.include(finding.message.en));
    expect(misplacedLanguage(root), 'language of parts').to.deep.equal([]);
    const violations = await axeViolations(element);
    expect(violations, describeViolations(violations)).to.deep.equal([]);
  });

  it('bilingual: markers, notes and findings in both languages, each run with its own lang', async () => {
    const report = annotated();
    const element = await mount(template('requests', 'bilingual', report, true), 1100);
    const root = element.shadowRoot!;
    const runs = (el: Element) =>
      [...el.querySelectorAll('[lang]')].map((run) => [run.getAttribute('lang'), run.textContent!.trim()]);
    const blank = root.querySelector('td[data-path="requests.results.withheld.stateSecret.naturalPerson"] .blank .vh')!;
    expect(runs(blank)).to.deep.equal([
      ['zh-CN', '空白'],
      ['en', 'blank'],
    ]);
    const invalid = root.querySelector('td[data-path="requests.results.withheld.stateSecret.research"] .invalid')!;
    expect(runs(invalid)).to.deep.equal([
      ['zh-CN', '无效'],
      ['en', 'invalid'],
    ]);
    expect(runs(root.querySelector('.notes .list-title')!)).to.deep.equal([
      ['zh-CN', '注'],
      ['en', 'Notes'],
    ]);
    // Without English the Chinese stands alone (in the zh-CN root), with English both show.
    const items = [...root.querySelectorAll('.notes li')];
    expect(items.find((li) => li.textContent!.includes('含上年补报。'))!.querySelector('[lang="en"]')).to.equal(null);
    const both = items.find((li) => li.textContent!.includes('已于次年办结。'))!;
    expect(both.querySelector('[lang="en"]')!.textContent).to.equal('Closed the following year.');

    const expected = tableFindings(report);
    expect(expected.length, 'the report has findings on table 三').to.be.greaterThan(0);
    const listed = [...root.querySelectorAll('.findings ol > li')];
    expect(listed.length).to.equal(expected.length);
    expected.forEach((finding, i) => {
      expect(listed[i]!.querySelector('.zh[lang="zh-CN"]')!.textContent).to.equal(finding.message.zh);
      expect(listed[i]!.querySelector('.en[lang="en"]')!.textContent).to.equal(finding.message.en);
    });
    expect(misplacedLanguage(root), 'language of parts').to.deep.equal([]);
    const violations = await axeViolations(element);
    expect(violations, describeViolations(violations)).to.deep.equal([]);
  });

  // Plain number cells keep no rendering locale (styles.ts: a language switch then leaves them as
  // they were); a cell that shows words must keep the language's, which picks the glyphs of its
  // Chinese (WebKit's system-ui chooses its CJK font by it).
  for (const display of ['zh', 'en'] as const) {
    it(`${display}: cells that show words (column name, markers, 无效) render in the language's locale`, async () => {
      const element = await mount(template('requests', display, annotated(), true), 360);
      const root = element.shadowRoot!;
      const locale = (cell: Element, pseudo?: string) =>
        getComputedStyle(cell, pseudo).getPropertyValue('-webkit-locale');
      const expected = `"${display === 'en' ? 'en' : 'zh-CN'}"`;
      const named = root.querySelector('td.num[data-column]')!;
      expect(getComputedStyle(named, '::before').content, 'a column name is drawn').to.not.equal('none');
      expect(locale(named, '::before'), 'column name').to.equal(expected);
      expect(locale(root.querySelector('td.num .note-marker')!), 'note marker').to.equal(expected);
      expect(locale(root.querySelector('td.num .finding-marker')!), 'finding marker').to.equal(expected);
      // Without audit, a cell holding 无效 has no marker: it is told apart by its content alone.
      const plain = await mount(template('requests', display, annotated()), 360);
      const invalid = plain.shadowRoot!.querySelector('td.num > .invalid')!;
      expect(invalid.parentElement!.hasAttribute('tabindex'), 'no marker on it').to.equal(false);
      expect(locale(invalid), '无效').to.equal(expected);
    });
  }

  it('bilingual keeps Chinese as the root language even in an English page', async () => {
    const element = await mount(html`<div lang="en">${template('appeals', 'bilingual', huaian2024)}</div>`, 1100);
    const grid = element.querySelector('appeal-litigation-grid')!;
    await settle(grid);
    expect(rootOf(grid).getAttribute('lang')).to.equal('zh-CN');
    expectLabel(
      grid.shadowRoot!.querySelector('caption .title')!,
      sectionFormat('appeals').heading,
      'bilingual',
      'caption',
    );
  });

  for (const display of ['en', 'bilingual'] as const) {
    it(`${display}: a failed load says so, with a retry button, in the element's language`, async () => {
      const lang = display === 'en' ? 'en' : 'zh-CN';
      const element = await mount(
        html`<disclosure-table table="proactive" lang=${lang} ?bilingual=${display === 'bilingual'} src="/test-api/fail?key=i18n-missing&amp;mode=404"></disclosure-table>`,
        1100,
      );
      await until(() => element.shadowRoot!.querySelector('[role="alert"]') !== null, 5000, 'the failure message');
      const alert = element.shadowRoot!.querySelector('[role="alert"]')!;
      const button = alert.querySelector('button')!;
      if (display === 'en') {
        expect(alert.querySelector('p')!.textContent).to.match(
          /^Could not load the report .*: the server has no such file \(HTTP 404\)\.$/,
        );
        expect(button.textContent!.trim()).to.equal('Retry');
      } else {
        expect(alert.querySelector('p [lang="en"]')!.textContent).to.match(/^Could not load the report /);
        expect(button.querySelector('[lang="zh-CN"]')!.textContent).to.equal('重试');
        expect(button.querySelector('[lang="en"]')!.textContent).to.equal('Retry');
      }
      expect(misplacedLanguage(element.shadowRoot!), 'language of parts').to.deep.equal([]);
    });
  }
});
