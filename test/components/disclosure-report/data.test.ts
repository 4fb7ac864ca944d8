/**
 * The three ways of giving <disclosure-report> and <report-section> their data: the `report`
 * property, a `src` URL, and inline JSON a CMS author pastes into the page.
 */
import {expect, fixture, html} from '@open-wc/testing';
import '../../../src/all.js';
import {huaian2024} from '../../../src/examples/index.js';
import {SECTIONS} from '../../../src/model/format.js';
import {allUpdated, deepAll, outline, served} from '../../support/report-helpers.js';
import {until} from '../../support/table-helpers.js';

const penalties = (root: Element) => deepAll(root, 'td[data-path="proactive.penalties"]')[0]?.textContent?.trim();
const agency = typeof huaian2024.agency === 'string' ? huaian2024.agency : huaian2024.agency.zh;

async function inline(tag: string, attributes = ''): Promise<Element> {
  const holder = await fixture<HTMLDivElement>(html`<div></div>`);
  // `<` escaped so the JSON can never close the script element early.
  holder.innerHTML = `<${tag} ${attributes}><script type="application/json">${JSON.stringify(huaian2024).replace(/</g, '\\u003c')}</script></${tag}>`;
  return holder.firstElementChild!;
}

const ways: [string, (tag: string, attributes?: string) => Promise<Element>][] = [
  [
    'the report property',
    async (tag, attributes = '') => {
      const holder = await fixture<HTMLDivElement>(html`<div></div>`);
      holder.innerHTML = `<${tag} ${attributes}></${tag}>`;
      (holder.firstElementChild as unknown as {report: unknown}).report = huaian2024;
      return holder.firstElementChild!;
    },
  ],
  [
    'a src URL',
    async (tag, attributes = '') => {
      const holder = await fixture<HTMLDivElement>(html`<div></div>`);
      holder.innerHTML = `<${tag} ${attributes} src="${(await served(huaian2024, 100)).replace(/&/g, '&amp;')}"></${tag}>`;
      return holder.firstElementChild!;
    },
  ],
  ['inline JSON', inline],
];

for (const [way, make] of ways) {
  describe(`data from ${way}`, () => {
    it('<disclosure-report> shows the composed title and all six sections with their numbers', async () => {
      const element = await make('disclosure-report');
      await until(() => penalties(element) !== undefined, 5000, 'the table');
      await allUpdated(element);
      const lines = outline(element);
      expect(lines[0]).to.equal(`h1 ${agency}${huaian2024.year}年政府信息公开工作年度报告`);
      expect(lines.filter((line) => line.startsWith('h2 '))).to.deep.equal(SECTIONS.map((s) => `h2 ${s.heading.zh}`));
      expect(penalties(element)).to.equal('3,985,758');
    });

    it('<report-section> shows its table', async () => {
      const element = await make('report-section', 'section="proactive"');
      await until(() => penalties(element) !== undefined, 5000, 'the table');
      expect(penalties(element)).to.equal('3,985,758');
      expect(outline(element)).to.deep.equal([`h2 ${SECTIONS[1].heading.zh}`]);
    });
  });
}

describe('byline', () => {
  it('shows the publication date in the words of the language', async () => {
    const report = {...huaian2024, publishedOn: '2025-01-20'};
    const zh = await fixture(html`<disclosure-report .report=${report}></disclosure-report>`);
    const en = await fixture(html`<disclosure-report lang="en" .report=${report}></disclosure-report>`);
    await allUpdated(zh);
    await allUpdated(en);
    const time = (element: Element) => element.shadowRoot!.querySelector('time')!;
    expect(time(zh).getAttribute('datetime')).to.equal('2025-01-20');
    expect(time(zh).textContent).to.equal('2025年1月20日');
    expect(time(en).textContent).to.equal('January 20, 2025');
  });
});
