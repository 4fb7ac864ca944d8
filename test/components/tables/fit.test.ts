/**
 * What a phone or a narrow CMS column shows: no number cut off at the edge of a table's box.
 * - Table 二 and the phone layout of table 四 fit 320–375 px without scrolling, in every language:
 *   a right-aligned number cut at the edge reads as another number (447,228 as "447,22").
 * - Tables 三 and 四 use the official wide layout only where it fits: a wide table that scrolls
 *   has no sticky row headers, so its rows lose their labels after a swipe.
 */
import {expect, html} from '@open-wc/testing';
import type {TemplateResult} from 'lit';
import '../../../src/all.js';
import {huaian2024} from '../../../src/examples/index.js';
import {reconsiderationTotalOff, resultsSumOff} from '../../../src/examples/broken.js';
import {checkReport} from '../../../src/model/checks.js';
import {APPEALS_TRANSPOSED_VALUE, APPEAL_COLUMNS} from '../../../src/model/format.js';
import {mount, settle} from '../../support/table-helpers.js';

const DISPLAYS = [
  {name: 'zh', lang: 'zh-CN', bilingual: false},
  {name: 'en', lang: 'en', bilingual: false},
  {name: 'bilingual', lang: 'zh-CN', bilingual: true},
] as const;

type Display = (typeof DISPLAYS)[number];

const TABLES: Record<'proactive' | 'requests' | 'appeals', (display: Display) => TemplateResult> = {
  proactive: ({lang, bilingual}) =>
    html`<disclosure-table table="proactive" lang=${lang} ?bilingual=${bilingual} .report=${huaian2024}></disclosure-table>`,
  requests: ({lang, bilingual}) =>
    html`<disclosure-table table="requests" lang=${lang} ?bilingual=${bilingual} .report=${huaian2024}></disclosure-table>`,
  appeals: ({lang, bilingual}) =>
    html`<appeal-litigation-grid lang=${lang} ?bilingual=${bilingual} .report=${huaian2024}></appeal-litigation-grid>`,
};

const parts = (element: HTMLElement) => {
  const root = element.shadowRoot!;
  return {region: root.querySelector<HTMLElement>('.region')!, table: root.querySelector('table')!, root};
};

/** Values whose text is not wholly inside the table's box (cut off, or scrolled out of view). */
function valuesOutside(element: HTMLElement): string[] {
  const {region, root} = parts(element);
  const box = region.getBoundingClientRect();
  return [...root.querySelectorAll<HTMLElement>('td[data-path]')]
    .filter((cell) => {
      const range = document.createRange();
      range.selectNodeContents(cell);
      const text = range.getBoundingClientRect();
      return text.left < box.left - 0.5 || text.right > box.right + 0.5;
    })
    .map((cell) => `${cell.dataset.path} = ${cell.textContent!.trim()}`);
}

const isNarrow = (element: HTMLElement) => parts(element).table.className === 'narrow';

describe('phones: every value of table 二 and of table 四 is wholly visible', () => {
  for (const width of [320, 360, 375]) {
    for (const display of DISPLAYS) {
      for (const table of ['proactive', 'appeals'] as const) {
        it(`${table}, ${width} px, ${display.name}`, async () => {
          const element = await mount(TABLES[table](display), width);
          expect(valuesOutside(element)).to.deep.equal([]);
        });
      }
    }
  }
});

describe('tables 三 and 四: the official wide layout only where it fits', () => {
  for (const width of [700, 1000, 1280]) {
    for (const display of DISPLAYS) {
      for (const table of ['requests', 'appeals'] as const) {
        it(`${table}, ${width} px, ${display.name}: wide and fitting, or the phone layout`, async () => {
          const element = await mount(TABLES[table](display), width);
          if (isNarrow(element)) return;
          const {region, table: grid} = parts(element);
          expect(grid.offsetWidth, 'the wide table is wider than its box').to.be.at.most(region.clientWidth + 1);
          expect(valuesOutside(element)).to.deep.equal([]);
        });
      }
    }
  }

  it('a column that grows back to the room the official layout needs gets it again', async () => {
    const element = await mount(TABLES.appeals(DISPLAYS[1]), 1000);
    expect(isNarrow(element), 'English table 四 in 1,000 px').to.equal(true);
    element.parentElement!.style.width = '1280px';
    await settle(element);
    expect(isNarrow(element), 'English table 四 in 1,280 px').to.equal(false);
    element.parentElement!.style.width = '1000px';
    await settle(element);
    expect(isNarrow(element), 'back in 1,000 px').to.equal(true);
  });

  it('a desktop column of 1,280 px shows both in the official layout in Chinese', async () => {
    for (const table of ['requests', 'appeals'] as const) {
      const element = await mount(TABLES[table](DISPLAYS[0]), 1280);
      expect(isNarrow(element), table).to.equal(false);
    }
  });
});

describe('phones: scrolling table 三 sideways keeps every label in view', () => {
  for (const display of DISPLAYS) {
    it(`${display.name}: row labels and column group labels stay at the left edge`, async () => {
      const element = await mount(TABLES.requests(display), 360);
      expect(isNarrow(element)).to.equal(true);
      const {region, root} = parts(element);
      region.scrollLeft = 200;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      expect(region.scrollLeft, 'the table scrolls').to.be.above(100);
      const left = region.getBoundingClientRect().left;
      const offEdge = (selector: string) =>
        [...root.querySelectorAll(selector)].filter((node) => node.getBoundingClientRect().left < left - 1).length;
      expect(root.querySelectorAll('td.group .group-label').length, 'label rows').to.equal(30);
      expect(offEdge('td.group .group-label'), 'row and group labels scrolled away').to.equal(0);
      expect(offEdge('thead .group-label'), '申请人情况 or 法人或其他组织 scrolled away').to.equal(0);
    });
  }
});

describe('phones: audit markers can be tapped', () => {
  it('each finding marker in a cell is at least 24 px high (WCAG 2.5.8)', async () => {
    const element = await mount(
      html`<appeal-litigation-grid audit .report=${reconsiderationTotalOff()}></appeal-litigation-grid>`,
      360,
    );
    const markers = [...element.shadowRoot!.querySelectorAll('td a.marker')];
    expect(markers.length, 'markers in the flagged cells').to.be.above(0);
    for (const marker of markers) expect(marker.getBoundingClientRect().height).to.be.at.least(24);
  });

  it('the cells a finding names are listed one link each, named as the format names them', async () => {
    const element = await mount(
      html`<appeal-litigation-grid audit lang="en" .report=${reconsiderationTotalOff()}></appeal-litigation-grid>`,
      360,
    );
    expect(isNarrow(element), 'the transposed phone layout').to.equal(true);
    const links = [...element.shadowRoot!.querySelectorAll('.findings ol > li ul.cells > li > a')];
    expect(links.length, 'one link per named cell').to.be.above(1);
    const [first] = APPEAL_COLUMNS;
    for (const link of links) {
      // The phone layout's generic value header is not part of a cell's name.
      expect(link.textContent).not.to.include(APPEALS_TRANSPOSED_VALUE.en);
      expect(link.textContent).to.include(first!.label.en);
    }
  });
});

/** Table 三 with `audit`, in English, on a 360 px phone. */
const auditedRequests = (report: unknown) =>
  mount(html`<disclosure-table table="requests" audit lang="en" .report=${report}></disclosure-table>`, 360);

describe('phones: a finding that names many cells', () => {
  it('shows the checked cell and folds the rest, so the list stays short until opened', async () => {
    const report = resultsSumOff();
    const element = await auditedRequests(report);
    // 办理结果 sums to 总计: one finding per broken column, each naming the column's 20-odd cells.
    const longest = checkReport(report)
      .filter((finding) => finding.rule === 'requests.resultsSum')
      .sort((a, b) => b.cells.length - a.cells.length)[0]!;
    const items = [...element.shadowRoot!.querySelectorAll<HTMLElement>('.findings ol > li')];
    const item = items.find((li) => li.textContent!.includes(longest.message.en))!;
    const list = item.querySelector('ul.cells')!;
    const visibleLinks = () => [...list.querySelectorAll('a')].filter((a) => a.checkVisibility());
    expect(visibleLinks().length, 'the checked cell alone').to.equal(1);
    const summary = list.querySelector('summary')!;
    expect(summary.textContent!.trim()).to.equal(`and ${longest.cells.length - 1} more cells`);
    const folded = item.getBoundingClientRect().height;
    summary.click();
    await settle(element);
    expect(visibleLinks().length, 'every cell once opened').to.equal(longest.cells.length);
    const opened = item.getBoundingClientRect().height;
    expect(folded, 'the message and a few lines, not screens').to.be.below(Math.min(300, opened / 2));
  });
});

describe('audit does not change the layout', () => {
  for (const [name, template] of [
    [
      '三',
      (audit: boolean) =>
        html`<disclosure-table table="requests" lang="en" ?audit=${audit} .report=${resultsSumOff()}></disclosure-table>`,
    ],
    [
      '四',
      (audit: boolean) =>
        html`<appeal-litigation-grid lang="en" ?audit=${audit} .report=${reconsiderationTotalOff()}></appeal-litigation-grid>`,
    ],
  ] as const) {
    it(`table ${name} in English at 1280 px: the markers fit the layout readers get`, async () => {
      const mode = async (audit: boolean) => {
        const element = await mount(template(audit), 1280);
        return element.shadowRoot!.querySelector('table')!.className;
      };
      // English fits the official layout at this width; audit's markers must not change that.
      expect(await mode(false)).to.equal('wide');
      expect(await mode(true)).to.equal('wide');
    });
  }
});

describe('audit and the keyboard', () => {
  it('each finding is one tab stop in the table (its checked cell); every cell it names shows its number', async () => {
    const report = resultsSumOff();
    const element = await auditedRequests(report);
    const findings = checkReport(report).filter((finding) => finding.cells[0]!.startsWith('requests.'));
    const links = [...element.shadowRoot!.querySelectorAll<HTMLAnchorElement>('td a.marker.finding-marker')];
    expect(links.map((link) => link.closest('td')!.dataset.path).sort()).to.deep.equal(
      findings.map((finding) => finding.cells[0]).sort(),
    );
    for (const [i, finding] of findings.entries()) {
      const n = i + 1;
      for (const path of finding.cells) {
        const cell = element.shadowRoot!.querySelector(`td[data-path="${path}"]`)!;
        expect(cell.textContent, path).to.include(`Finding ${n}`);
      }
    }
  });
});

describe('phones: a data problem under a table', () => {
  it('names the path once, wrapped within the screen, then says what is wrong', async () => {
    const report = structuredClone(huaian2024);
    (report.requests.carriedOver as Record<string, unknown>).naturalPerson = -5;
    const element = await mount(
      html`<disclosure-table table="requests" lang="en" .report=${report}></disclosure-table>`,
      360,
    );
    const items = [...element.shadowRoot!.querySelectorAll('[part~="dr-issues"] li')];
    expect(items.length, 'one problem listed').to.equal(1);
    const text = items[0]!.textContent!;
    expect(text.split('requests.carriedOver.naturalPerson').length - 1, text).to.equal(1);
    expect(items[0]!.getBoundingClientRect().right).to.be.at.most(element.getBoundingClientRect().right + 0.5);
  });
});
