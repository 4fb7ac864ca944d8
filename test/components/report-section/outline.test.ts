/**
 * The heading outline a screen-reader user navigates by: levels follow `heading-level`, texts
 * come from the format (section headings) and from the report (part titles), in official order.
 */
import {expect, fixture, html} from '@open-wc/testing';
import '../../../src/all.js';
import {SECTIONS} from '../../../src/model/format.js';
import {xiguan2024} from '../../../src/examples/index.js';
import {allUpdated, outline} from '../../support/report-helpers.js';

const partTitles = xiguan2024.overview.parts!.map((part) =>
  typeof part.title === 'string' ? part.title : part.title.zh,
);

describe('report-section heading outline', () => {
  for (const level of [2, 3]) {
    it(`heading-level ${level}: section heading h${level}, parts h${level + 1}`, async () => {
      const element = await fixture(
        html`<report-section section="overview" heading-level=${level} .report=${xiguan2024}></report-section>`,
      );
      await allUpdated(element);
      expect(outline(element)).to.deep.equal([
        `h${level} ${SECTIONS[0].heading.zh}`,
        ...partTitles.map((title) => `h${level + 1} ${title}`),
      ]);
    });
  }

  it('defaults to level 2, and an out-of-range level (9, 0) means that default, not six <h6>s', async () => {
    const plain = await fixture(html`<report-section section="problems" .report=${xiguan2024}></report-section>`);
    const high = await fixture(
      html`<report-section section="overview" heading-level="9" .report=${xiguan2024}></report-section>`,
    );
    const low = await fixture(
      html`<report-section section="problems" heading-level="0" .report=${xiguan2024}></report-section>`,
    );
    await allUpdated(plain);
    await allUpdated(high);
    await allUpdated(low);
    expect(outline(plain)[0]).to.equal(`h2 ${SECTIONS[4].heading.zh}`);
    expect(outline(high).map((line) => line.slice(0, 2))).to.deep.equal(['h2', ...partTitles.map(() => 'h3')]);
    expect(outline(low)[0]).to.equal(`h2 ${SECTIONS[4].heading.zh}`);
  });

  it('table sections: the heading, then the table whose caption stays for screen readers', async () => {
    const element = await fixture(html`<report-section section="requests" .report=${xiguan2024}></report-section>`);
    await allUpdated(element);
    expect(outline(element)).to.deep.equal([`h2 ${SECTIONS[2].heading.zh}`]);
    const table = element.shadowRoot!.querySelector('[data-table]')!;
    expect(table.getAttribute('data-table')).to.equal('requests');
    const caption = table.querySelector('caption .title')!;
    expect(caption.textContent).to.include(SECTIONS[2].heading.zh);
    // Visually hidden (1px, clipped) yet present in the accessibility tree.
    expect(caption.getBoundingClientRect().width).to.be.at.most(1);
    expect(table.querySelector('caption .unit')!.getBoundingClientRect().width).to.be.above(10);
  });
});

describe('disclosure-report heading outline', () => {
  for (const level of [1, 2]) {
    it(`heading-level ${level}: title, then the six sections in official order one level below`, async () => {
      const element = await fixture(
        html`<disclosure-report heading-level=${level} .report=${xiguan2024}></disclosure-report>`,
      );
      await allUpdated(element);
      const lines = outline(element);
      expect(lines[0]).to.equal(
        `h${level} ${xiguan2024.title && typeof xiguan2024.title === 'object' ? xiguan2024.title.zh : ''}`,
      );
      const sections = lines.filter((line) => line.startsWith(`h${level + 1} `));
      expect(sections).to.deep.equal(SECTIONS.map((section) => `h${level + 1} ${section.heading.zh}`));
      expect(lines.filter((line) => line.startsWith(`h${level + 2} `))).to.have.length(partTitles.length);
    });
  }
});
