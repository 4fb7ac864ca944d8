/**
 * axe-core on whole reports (WCAG 2 A/AA, 2.1 AA, best practice, plus td-has-header and
 * table-fake-caption), and the audit summary's links leading into the tables' shadow roots.
 */
import {expect, fixture, html} from '@open-wc/testing';
import '../../../src/all.js';
import type {DisclosureReportElement} from '../../../src/components/disclosure-report/disclosure-report.js';
import {broken, huaian2024, xiguan2024} from '../../../src/examples/index.js';
import {allUpdated, deepAll} from '../../support/report-helpers.js';
import {axeViolations, describeViolations} from '../../support/table-helpers.js';

async function report(template: ReturnType<typeof html>): Promise<HTMLElement> {
  const holder = await fixture<HTMLElement>(template);
  const element = holder.querySelector('disclosure-report')!;
  await allUpdated(element);
  return holder;
}

describe('whole report accessibility', () => {
  const cases: [string, () => ReturnType<typeof html>][] = [
    [
      'seed report, Chinese, wide',
      () => html`<main style="width:1000px"><disclosure-report .report=${xiguan2024}></disclosure-report></main>`,
    ],
    [
      'seed report, English, 360 px',
      () =>
        html`<main style="width:360px" lang="en"><disclosure-report .report=${xiguan2024}></disclosure-report></main>`,
    ],
    [
      'seed report, bilingual',
      () =>
        html`<main style="width:800px"><disclosure-report bilingual .report=${xiguan2024}></disclosure-report></main>`,
    ],
    [
      '淮安, audit with findings',
      () =>
        html`<main style="width:1000px"><disclosure-report audit .report=${broken.reconsiderationTotalOff()}></disclosure-report></main>`,
    ],
    [
      'author layout',
      () => html`<main style="width:800px"><disclosure-report heading-level="2" .report=${huaian2024}>
      <report-section section="overview" heading-level="3"></report-section><p>作者的说明。</p>
      <report-section section="appeals" heading-level="3"></report-section>
    </disclosure-report></main>`,
    ],
  ];
  for (const [name, template] of cases) {
    it(`zero violations: ${name}`, async () => {
      const holder = await report(template());
      const violations = await axeViolations(holder);
      expect(violations, describeViolations(violations)).to.have.length(0);
    });
  }
});

describe('audit summary', () => {
  it('names each finding in words and its links focus the cells inside the tables', async () => {
    const holder = await report(
      html`<main><disclosure-report audit .report=${broken.reconsiderationTotalOff()}></disclosure-report></main>`,
    );
    const element = holder.querySelector<DisclosureReportElement>('disclosure-report')!;
    const summary = element.shadowRoot!.querySelector('.audit')!;
    expect(summary.textContent).to.include('核查发现');
    const links = [...summary.querySelectorAll('a')];
    const total = links.find((a) => a.getAttribute('href') === '#cell-appeals.reconsideration.total')!;
    expect(total.textContent).to.include('总计');
    total.click();
    let focused: Element | null = document.activeElement;
    while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
    expect(focused!.localName).to.equal('td');
    expect(focused!.getAttribute('data-path')).to.equal('appeals.reconsideration.total');
  });

  it('without findings says so; without audit there is no summary', async () => {
    const audited = await report(html`<div><disclosure-report audit .report=${huaian2024}></disclosure-report></div>`);
    const plain = await report(html`<div><disclosure-report .report=${huaian2024}></disclosure-report></div>`);
    expect(audited.querySelector('disclosure-report')!.shadowRoot!.querySelector('.audit')!.textContent).to.include(
      '未发现数据不一致',
    );
    expect(plain.querySelector('disclosure-report')!.shadowRoot!.querySelector('.audit')).to.equal(null);
    expect(deepAll(plain.querySelector('disclosure-report')!, 'td.flagged')).to.have.length(0);
  });
});
