/**
 * Elements inside a <disclosure-report> get its report without data of their own (context), also
 * when they were there before the report finished loading or before it was even defined.
 */
import {expect, fixture, html} from '@open-wc/testing';
import '../../../src/all.js';
import {DisclosureReportElement} from '../../../src/components/disclosure-report/disclosure-report.js';
import {broken, huaian2024, xiguan2024} from '../../../src/examples/index.js';
import {SECTIONS} from '../../../src/model/format.js';
import {allUpdated, deepAll, outline, served} from '../../support/report-helpers.js';
import {until} from '../../support/table-helpers.js';

const cell = (root: Element, path: string) => deepAll(root, `td[data-path="${path}"]`)[0]?.textContent?.trim();

describe('context hand-down', () => {
  it('a section placed before its report finishes loading renders once it does', async () => {
    const src = await served(huaian2024, 700);
    const report = await fixture(html`<disclosure-report src=${src}>
      <report-section section="proactive"></report-section>
      <p id="own">作者自己的说明文字。</p>
      <report-section section="appeals" heading-level="3"></report-section>
    </disclosure-report>`);
    const [proactive, appeals] = report.querySelectorAll('report-section');
    // Still loading: the report says so, the sections have nothing yet.
    await until(() => report.shadowRoot!.querySelector('[role="status"]') !== null, 1000, 'loading message');
    expect(cell(proactive, 'proactive.penalties')).to.equal(undefined);
    await until(() => cell(proactive, 'proactive.penalties') !== undefined, 5000, 'the section table');
    expect(cell(proactive, 'proactive.penalties')).to.equal('3,985,758');
    expect(cell(appeals, 'appeals.reconsideration.total')).to.equal(String(huaian2024.appeals.reconsideration.total));
    expect(outline(appeals)).to.deep.equal([`h3 ${SECTIONS[3].heading.zh}`]);
    // Author layout replaces the six sections: the slot shows the author's elements in their order.
    await allUpdated(report);
    expect(outline(report)).to.have.length(1); // the title only; the sections are the author's
    const slot = report.shadowRoot!.querySelector('slot')!;
    expect(slot.assignedElements().map((e) => e.id || e.getAttribute('section'))).to.deep.equal([
      'proactive',
      'own',
      'appeals',
    ]);
  });

  it('what a rich-text editor leaves inside the tag is not an author layout: the six sections show', async () => {
    const report = await fixture(html`<disclosure-report .report=${huaian2024}
      ><br /><p>&nbsp;</p>
      <div><br /><span> </span></div
    ></disclosure-report>`);
    await allUpdated(report);
    expect(report.shadowRoot!.querySelector('slot')).to.equal(null);
    expect(outline(report).filter((line) => line.startsWith('h2'))).to.deep.equal(
      SECTIONS.map((section) => `h2 ${section.heading.zh}`),
    );
    // Text typed into the empty paragraph later makes it the author's layout.
    report.querySelector('p')!.textContent = '作者的说明';
    await until(() => report.shadowRoot!.querySelector('slot') !== null, 2000, 'author layout');
  });

  it('sections reach a report that is defined (upgraded) after them', async () => {
    const src = await served(huaian2024, 100);
    const holder = await fixture<HTMLDivElement>(html`<div></div>`);
    holder.innerHTML = `<late-report src="${src.replace(/&/g, '&amp;')}"><report-section section="proactive"></report-section></late-report>`;
    const section = holder.querySelector('report-section')!;
    await allUpdated(section);
    expect(cell(section, 'proactive.penalties')).to.equal(undefined);
    customElements.define('late-report', class extends DisclosureReportElement {});
    await until(() => cell(section, 'proactive.penalties') !== undefined, 5000, 'the section table');
    expect(cell(section, 'proactive.penalties')).to.equal('3,985,758');
  });

  it('the report fires disclosure-findings once; elements it hands the report to fire none', async () => {
    const seen: string[] = [];
    const listener = (event: Event) => seen.push((event.composedPath()[0] as Element).localName);
    document.addEventListener('disclosure-findings', listener);
    try {
      const report = await fixture(html`<disclosure-report .report=${xiguan2024}></disclosure-report>`);
      const laidOut = await fixture(html`<disclosure-report .report=${huaian2024}>
        <report-section section="requests"></report-section><disclosure-table table="proactive"></disclosure-table>
      </disclosure-report>`);
      await allUpdated(report);
      await allUpdated(laidOut);
      await until(
        () => cell(laidOut.querySelector('report-section')!, 'requests.newReceived.total') !== undefined,
        3000,
        'table',
      );
      expect(seen).to.deep.equal(['disclosure-report', 'disclosure-report']);
    } finally {
      document.removeEventListener('disclosure-findings', listener);
    }
  });

  it('an element with data of its own keeps it', async () => {
    const report = await fixture(html`<disclosure-report .report=${xiguan2024}>
      <disclosure-table table="proactive" .report=${huaian2024}></disclosure-table>
      <report-section section="proactive"></report-section>
    </disclosure-report>`);
    await allUpdated(report);
    await until(
      () => cell(report.querySelector('report-section')!, 'proactive.penalties') !== undefined,
      3000,
      'table',
    );
    expect(cell(report.querySelector('disclosure-table')!, 'proactive.penalties')).to.equal('3,985,758');
    expect(cell(report.querySelector('report-section')!, 'proactive.penalties')).to.equal('0');
  });

  it('the report’s audit and language reach the elements inside it', async () => {
    const report = await fixture(html`<disclosure-report audit lang="en" .report=${broken.reconsiderationTotalOff()}>
      <appeal-litigation-grid></appeal-litigation-grid>
    </disclosure-report>`);
    const grid = report.querySelector('appeal-litigation-grid')!;
    await allUpdated(report);
    await until(() => grid.shadowRoot!.querySelector('td.flagged') !== null, 3000, 'flagged cell');
    const flagged = [...grid.shadowRoot!.querySelectorAll('td.flagged')].map((td) => td.getAttribute('data-path'));
    expect(flagged).to.include('appeals.reconsideration.total');
    expect(flagged).not.to.include('appeals.litigationDirect.total');
    expect(grid.shadowRoot!.querySelector('caption')!.textContent).to.include(SECTIONS[3].heading.en);
  });

  it('a report property set later reaches sections already on the page', async () => {
    const report = await fixture<DisclosureReportElement>(
      html`<disclosure-report><report-section section="proactive"></report-section></disclosure-report>`,
    );
    const section = report.querySelector('report-section')!;
    await allUpdated(report);
    report.report = huaian2024;
    await until(() => cell(section, 'proactive.penalties') === '3,985,758', 3000, 'huaian numbers');
    report.report = xiguan2024;
    await until(() => cell(section, 'proactive.penalties') === '0', 3000, 'xiguan numbers');
  });

  it('await report.updateComplete: every section and table inside it has rendered, also laid-out ones', async () => {
    const holder = document.createElement('div');
    document.body.append(holder);
    const whole = document.createElement('disclosure-report');
    whole.report = huaian2024;
    const laidOut = document.createElement('disclosure-report');
    laidOut.report = xiguan2024;
    laidOut.innerHTML = '<div><report-section section="appeals"></report-section></div>';
    holder.append(whole, laidOut);
    const pendingIn = (root: ParentNode) =>
      deepAll(root, '*')
        .filter((element) => (element as Partial<DisclosureReportElement>).isUpdatePending)
        .map((element) => element.localName);
    expect(await whole.updateComplete, 'nothing left pending').to.equal(true);
    expect(pendingIn(whole)).to.deep.equal([]);
    // Sections and tables it rendered, and tables inside a laid-out section.
    expect(deepAll(whole, '[data-table]').length).to.equal(3);
    await laidOut.updateComplete;
    expect(pendingIn(laidOut.querySelector('report-section')!)).to.deep.equal([]);
    // 10 + 175 + 15 cells in the whole report, table 四's 15 in the laid-out one.
    expect(deepAll(whole, 'td[data-path]').length).to.equal(200);
    expect(cell(whole, 'proactive.penalties')).to.equal('3,985,758');
    expect(deepAll(laidOut.querySelector('report-section')!, 'td[data-path]').length).to.equal(15);
    holder.remove();
  });

  it('a page’s ::part() rules reach the sections and tables inside a report, but not their wrappers', async () => {
    const style = document.createElement('style');
    style.textContent = `
      .themed::part(dr-cell) { background-color: rgb(1, 2, 3); }
      .themed::part(dr-heading) { color: rgb(4, 5, 6); }
      .themed::part(dr-root) { outline: 3px solid rgb(7, 8, 9); }
      report-section.themed::part(dr-header) { color: rgb(10, 11, 12); }`;
    document.head.append(style);
    try {
      const report = await fixture(html`<disclosure-report class="themed" .report=${huaian2024}></disclosure-report>`);
      const section = await fixture(
        html`<report-section class="themed" section="requests" .report=${huaian2024}></report-section>`,
      );
      await allUpdated(report);
      await allUpdated(section);
      const styleOf = (root: Element, selector: string) => getComputedStyle(deepAll(root, selector)[0]);
      expect(styleOf(report, 'td[data-path="appeals.reconsideration.total"]').backgroundColor).to.equal('rgb(1, 2, 3)');
      expect(styleOf(report, 'h2').color).to.equal('rgb(4, 5, 6)');
      expect(styleOf(section, 'th').color).to.equal('rgb(10, 11, 12)');
      // The report's own wrapper only: one outline around the report, none around each table.
      const outlined = deepAll(report, '.root').filter((root) => getComputedStyle(root).outlineStyle === 'solid');
      expect(outlined.length).to.equal(1);
    } finally {
      style.remove();
    }
  });

  it('a late page script reads what the events carried from the element', async () => {
    const checked = await fixture<DisclosureReportElement>(
      html`<disclosure-report .report=${broken.reconsiderationTotalOff()}></disclosure-report>`,
    );
    const invalid = await fixture<DisclosureReportElement>(
      html`<disclosure-report .report=${{year: 'last year'}}></disclosure-report>`,
    );
    await allUpdated(checked);
    await allUpdated(invalid);
    expect(checked.findings.map((finding) => finding.cells[0])).to.include('appeals.reconsideration.total');
    expect(checked.error).to.equal(undefined);
    expect(invalid.error?.issues?.some((issue) => issue.path === 'year')).to.equal(true);
    // A valid report replacing it clears the error.
    invalid.report = xiguan2024;
    await allUpdated(invalid);
    expect(invalid.error).to.equal(undefined);
  });

  it('a finding has the same number in the report’s summary and on its cells, and is listed once', async () => {
    const report = broken.reconsiderationTotalOff();
    report.requests.results.disclosed.naturalPerson = 1289; // one more than 淮安 gave: a second table with findings
    const element = await fixture(html`<disclosure-report audit lang="en" .report=${report}></disclosure-report>`);
    await allUpdated(element);
    const summary = deepAll<HTMLLIElement>(element, '[part~="dr-audit"] ol > li');
    expect(deepAll(element, '.findings ol > li').length, 'the tables list none again').to.equal(0);
    const markers = deepAll<HTMLAnchorElement>(element, 'td a.finding-marker');
    const tables = new Set(markers.map((a) => a.closest('[data-table]')!.getAttribute('data-table')));
    expect(tables.size, 'markers in two tables').to.equal(2);
    for (const marker of markers) {
      // The checked cell's marker leads to the summary item of the same number.
      const n = Number(/#finding-(\d+)/.exec(marker.getAttribute('href')!)![1]);
      expect(marker.textContent).to.include(`Finding ${n}`);
      expect(summary[n - 1]!.id).to.equal(`finding-${n}`);
    }
  });
});
