/**
 * What an auditor reads: the cell a finding is about (the total) stands apart from the cells it
 * was computed from, in its words and not only in colour; a whole report lists each finding once
 * and says once that it found none. Then the small things a citizen meets: what "—" means, and a
 * narrative section the report left empty.
 */
import {expect, fixture, html} from '@open-wc/testing';
import '../../../src/all.js';
import {broken, huaian2024} from '../../../src/examples/index.js';
import {checkReport} from '../../../src/model/checks.js';
import {allUpdated, deepAll} from '../../support/report-helpers.js';
import {mount} from '../../support/table-helpers.js';

const text = (element: Element) => element.textContent!.replace(/\s+/g, ' ').trim();

async function mountReport(template: ReturnType<typeof html>): Promise<HTMLElement> {
  const holder = await fixture<HTMLElement>(html`<main style="width:1000px">${template}</main>`);
  const report = holder.querySelector('disclosure-report')!;
  await allUpdated(report);
  return report;
}

describe('audit: the checked cell and its addends', () => {
  for (const [lang, checkedWords] of [
    ['zh-CN', '核对项'],
    ['en', 'checked cell'],
  ] as const) {
    it(`${lang}: the wrong total says it is the checked cell; its four addends only name the finding`, async () => {
      const report = broken.reconsiderationTotalOff();
      const [finding] = checkReport(report).filter((f) => f.cells[0]!.startsWith('appeals.'));
      const element = await mount(
        html`<appeal-litigation-grid audit lang=${lang} .report=${report}></appeal-litigation-grid>`,
        1280,
      );
      const cell = (path: string) => element.shadowRoot!.querySelector(`td[data-path="${path}"]`)!;
      const [checked, ...addends] = finding!.cells;
      expect(addends.length, 'upheld, corrected, other, pending').to.equal(4);
      const markerOf = (path: string) => text(cell(path).querySelector('.finding-marker')!);
      expect(markerOf(checked!)).to.include(checkedWords);
      for (const path of addends) {
        expect(markerOf(path), path).not.to.include(checkedWords);
        expect(markerOf(path), `${path}: differs in text from the checked cell`).not.to.equal(markerOf(checked!));
      }
      // Announced: the words are in the cell's text (its accessible content), not in a pseudo-element.
      expect(text(cell(checked!))).to.include(checkedWords);
    });
  }
});

describe('audit in a whole report: each finding listed once', () => {
  it('a report with findings lists each of them once, in its summary, not again under the tables', async () => {
    const data = broken.resultsSumOff();
    const findings = checkReport(data);
    expect(findings.length, 'findings in the report').to.be.above(1);
    const report = await mountReport(html`<disclosure-report audit .report=${data}></disclosure-report>`);
    for (const finding of findings) {
      const listed = deepAll(report, 'li').filter((li) => text(li).includes(finding.message.zh));
      expect(listed.length, finding.message.zh).to.equal(1);
    }
    expect(deepAll(report, '.findings').length, 'findings lists under tables').to.equal(0);
  });

  it('a clean report says once that nothing was found', async () => {
    const report = await mountReport(html`<disclosure-report audit .report=${huaian2024}></disclosure-report>`);
    const clean = deepAll(report, 'p').filter((p) => text(p) === '未发现数据不一致。');
    expect(clean.length).to.equal(1);
  });

  it("a table's checked-cell marker leads to the finding in the report's summary", async () => {
    const report = await mountReport(
      html`<disclosure-report audit .report=${broken.reconsiderationTotalOff()}></disclosure-report>`,
    );
    const [link] = deepAll<HTMLAnchorElement>(report, 'td a.marker.checked');
    expect(link, 'the checked cell links to its finding').to.exist;
    link!.click();
    const focused = report.shadowRoot!.activeElement;
    expect(focused?.localName).to.equal('li');
    expect(focused!.closest('.audit'), 'the summary item').to.exist;
  });

  it('a table on its own still lists its findings under it', async () => {
    const element = await mount(
      html`<appeal-litigation-grid audit .report=${broken.reconsiderationTotalOff()}></appeal-litigation-grid>`,
    );
    expect(element.shadowRoot!.querySelectorAll('.findings ol > li').length).to.equal(1);
  });
});

describe('blanks and gaps', () => {
  it('a table with a blank cell says once what "—" means; one without says nothing', async () => {
    for (const lang of ['zh-CN', 'en']) {
      const blank = await mount(
        html`<disclosure-table table="requests" lang=${lang} .report=${broken.blankCell()}></disclosure-table>`,
      );
      const notes = [...blank.shadowRoot!.querySelectorAll('.blank-note')];
      expect(notes.length, lang).to.equal(1);
      expect(text(notes[0]!)).to.include('—');
      expect(text(notes[0]!)).to.include(lang === 'en' ? 'not a zero' : '不是零');
    }
    const full = await mount(html`<disclosure-table table="requests" .report=${huaian2024}></disclosure-table>`);
    expect(full.shadowRoot!.querySelector('.blank-note')).to.equal(null);
  });

  it('an empty narrative section says the report gives no text for it', async () => {
    const data = structuredClone(huaian2024);
    data.problems = {paragraphs: []};
    const report = await mountReport(html`<disclosure-report .report=${data}></disclosure-report>`);
    const said = deepAll(report, '.no-text').map(text);
    expect(said).to.deep.equal(['报告未提供本部分的文字。']);
    const en = await mountReport(html`<disclosure-report lang="en" .report=${data}></disclosure-report>`);
    expect(deepAll(en, '.no-text').map(text)).to.deep.equal(['The report gives no text for this section.']);
  });
});
