/**
 * What a reader sees in the cells and under the tables: the published numbers in the right
 * cells, blanks distinct from zero, notes, audit findings, invalid data, language and text safety.
 */
import {expect, html, oneEvent} from '@open-wc/testing';
import '../../../src/all.js';
import type {DisclosureTable} from '../../../src/components/disclosure-table/disclosure-table.js';
import type {AppealLitigationGrid} from '../../../src/components/appeal-litigation-grid/appeal-litigation-grid.js';
import {checkReport} from '../../../src/model/checks.js';
import {REQUESTS_CORNER_NOTE, SECTIONS, TABLE_UNITS} from '../../../src/model/format.js';
import {broken, huaian2024} from '../../../src/examples/index.js';
import {mount, settle} from '../../support/table-helpers.js';

const cell = (element: Element, path: string) =>
  element.shadowRoot!.querySelector<HTMLTableCellElement>(`td[data-path="${path}"]`)!;
const shown = (element: Element, path: string) => cell(element, path).textContent!.replace(/\s+/g, ' ').trim();

describe('numbers in the cells', () => {
  it('table 二 of 淮安: grouped, never compact, fees with their decimals', async () => {
    const element = await mount<DisclosureTable>(
      html`<disclosure-table table="proactive" .report=${huaian2024}></disclosure-table>`,
    );
    expect(shown(element, 'proactive.penalties')).to.equal('3,985,758');
    expect(shown(element, 'proactive.fees')).to.equal('96,171.6');
    expect(shown(element, 'proactive.licensing')).to.equal('447,228');
    expect(shown(element, 'proactive.rules.inForce')).to.equal(String(huaian2024.proactive.rules.inForce));
    expect(element.shadowRoot!.querySelector('table')!.textContent).not.to.match(/万(?!元)/);
    const style = getComputedStyle(cell(element, 'proactive.penalties'));
    expect(['right', 'end'], 'right-aligned (ltr)').to.include(style.textAlign);
    expect(style.fontVariantNumeric).to.include('tabular-nums');
  });

  it('table 三 of 淮安: every cell shows the published value in its row and column', async () => {
    const element = await mount<DisclosureTable>(
      html`<disclosure-table table="requests" .report=${huaian2024}></disclosure-table>`,
    );
    const format = new Intl.NumberFormat('zh-CN');
    const cells = [...element.shadowRoot!.querySelectorAll<HTMLTableCellElement>('td[data-path]')];
    expect(cells.length).to.equal(175);
    for (const td of cells) {
      const value = td.dataset
        .path!.split('.')
        .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], huaian2024);
      expect(td.textContent!.trim(), td.dataset.path).to.equal(format.format(value as number));
    }
    expect(shown(element, 'requests.newReceived.total')).to.equal('3,119');
  });

  it('table 四 of 淮安', async () => {
    const element = await mount<AppealLitigationGrid>(
      html`<appeal-litigation-grid .report=${huaian2024}></appeal-litigation-grid>`,
    );
    expect(shown(element, 'appeals.reconsideration.total')).to.equal(String(huaian2024.appeals.reconsideration.total));
    expect(shown(element, 'appeals.litigationAfterReconsideration.pending')).to.equal(
      String(huaian2024.appeals.litigationAfterReconsideration.pending),
    );
  });

  it('a blank cell shows a dash named 空白, not 0, next to a real 0', async () => {
    const element = await mount<DisclosureTable>(
      html`<disclosure-table table="requests" .report=${broken.blankCell()}></disclosure-table>`,
    );
    const blank = cell(element, 'requests.results.withheld.stateSecret.naturalPerson');
    expect(blank.querySelector('[aria-hidden="true"]')!.textContent).to.equal('—');
    expect(blank.textContent!.replace(/\s+/g, '')).to.equal('—空白');
    expect(blank.textContent).not.to.include('0');
    expect(shown(element, 'requests.results.withheld.stateSecret.research')).to.equal('0');
  });

  it('a blank cell copies as its dash alone, without its spoken name 空白', async () => {
    const element = await mount<DisclosureTable>(
      html`<disclosure-table table="requests" .report=${broken.blankCell()}></disclosure-table>`,
    );
    const row = cell(element, 'requests.results.withheld.stateSecret.naturalPerson').parentElement!;
    const range = document.createRange();
    range.selectNodeContents(row);
    const selection = getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    const copied = selection.toString();
    selection.removeAllRanges();
    expect(copied).to.include('—');
    expect(copied).not.to.include('空白');
  });

  it('caption: section heading and unit from the format; the corner note is a plain cell', async () => {
    const element = await mount<DisclosureTable>(
      html`<disclosure-table table="requests" .report=${huaian2024}></disclosure-table>`,
    );
    const caption = element.shadowRoot!.querySelector('table > caption:first-child')!;
    expect(caption.textContent).to.include(SECTIONS.find((s) => s.id === 'requests')!.heading.zh);
    expect(caption.textContent).to.include(TABLE_UNITS.requests.zh);
    // Shown in the corner as printed (drawn from data-note), and read in the caption.
    const corner = element.shadowRoot!.querySelector('thead td.corner')!;
    expect(getComputedStyle(corner, '::before').content).to.include(REQUESTS_CORNER_NOTE.zh);
    expect(caption.textContent).to.include(REQUESTS_CORNER_NOTE.zh);
  });

  it('（六）其他处理 printed undivided renders as one row', async () => {
    const element = await mount<DisclosureTable>(
      html`<disclosure-table table="requests" .report=${broken.undividedOther()}></disclosure-table>`,
    );
    expect(element.shadowRoot!.querySelectorAll('td[data-path]').length).to.equal(175 - 3 * 7 + 7);
    expect(shown(element, 'requests.results.other.total')).to.equal('187');
  });
});

describe('notes and findings', () => {
  it('an annotation shows a marker linking to the numbered note, which takes focus', async () => {
    const report = {
      ...structuredClone(huaian2024),
      annotations: {'proactive.normativeDocuments.inForce': '其中修订16件'},
    };
    const element = await mount<DisclosureTable>(
      html`<disclosure-table table="proactive" .report=${report}></disclosure-table>`,
    );
    const marker = cell(element, 'proactive.normativeDocuments.inForce').querySelector<HTMLAnchorElement>('a.marker')!;
    expect(marker.textContent!.trim()).to.equal('注1');
    marker.click();
    const focused = element.shadowRoot!.activeElement!;
    expect(focused.id).to.equal('note-1');
    expect(focused.textContent).to.include('其中修订16件');
  });

  it('audit: cells named by a finding carry a text marker; the findings are listed in words', async () => {
    const report = broken.rowTotalOff();
    const expected = checkReport(report).filter((f) => f.cells.some((c) => c.startsWith('requests.')));
    expect(expected.length, 'the example has findings').to.be.greaterThan(0);
    const element = document.createElement('disclosure-table');
    element.table = 'requests';
    element.audit = true;
    element.report = report;
    const event = oneEvent(element, 'disclosure-findings');
    document.body.append(element);
    const {detail} = await event;
    await settle(element);
    expect(detail.findings.map((f: {rule: string}) => f.rule)).to.deep.equal(expected.map((f) => f.rule));
    const flagged = cell(element, 'requests.results.disclosed.total');
    expect(flagged.classList.contains('flagged')).to.be.true;
    const marker = flagged.querySelector<HTMLAnchorElement>('a.finding-marker')!;
    // The checked cell (the total) says so; the cells it sums show the number only.
    expect(marker.textContent!.trim()).to.match(/^核查\d+：核对项$/);
    const items = [...element.shadowRoot!.querySelectorAll('.findings ol > li')];
    expect(items.length, 'one list item per finding').to.equal(expected.length);
    expect(items.map((li) => li.textContent!.includes(expected[items.indexOf(li)]!.message.zh))).to.deep.equal(
      items.map(() => true),
    );
    marker.click();
    expect(element.shadowRoot!.activeElement!.closest('.findings')).to.exist;
    // From the list back to the cell.
    element.shadowRoot!.querySelector<HTMLAnchorElement>('.findings li a')!.click();
    expect(element.shadowRoot!.activeElement!.localName).to.equal('td');
    element.remove();
  });

  it('without audit the numbers show plain, and the findings event still fires', async () => {
    const element = document.createElement('appeal-litigation-grid');
    element.report = broken.reconsiderationTotalOff();
    const event = oneEvent(element, 'disclosure-findings');
    document.body.append(element);
    const {detail} = await event;
    await settle(element);
    expect(detail.findings.length).to.be.greaterThan(0);
    expect(detail.findings.every((f: {cells: string[]}) => f.cells.some((c) => c.startsWith('appeals.')))).to.be.true;
    expect(element.shadowRoot!.querySelector('.flagged, .marker, .findings')).to.equal(null);
    expect(shown(element, 'appeals.reconsideration.total')).to.equal('352');
    element.remove();
  });
});

describe('invalid data', () => {
  it('an invalid cell shows a marker; the rest of the table shows; the error event carries the issues', async () => {
    const report = structuredClone(huaian2024) as unknown as {requests: {newReceived: Record<string, unknown>}};
    report.requests.newReceived.commercial = '五十三';
    const element = document.createElement('disclosure-table');
    element.table = 'requests';
    element.report = report;
    const event = oneEvent(element, 'disclosure-error');
    document.body.append(element);
    const {detail} = await event;
    await settle(element);
    expect(detail.issues.map((i: {path: string}) => i.path)).to.include('requests.newReceived.commercial');
    expect(shown(element, 'requests.newReceived.commercial')).to.equal('无效');
    expect(shown(element, 'requests.newReceived.naturalPerson')).to.equal('3,001');
    expect(element.shadowRoot!.querySelector('.issues-box')!.textContent).to.include('requests.newReceived.commercial');
    element.remove();
  });

  it('an unusable table is replaced by a message naming the problem; other tables still show', async () => {
    const report = {...structuredClone(huaian2024), appeals: 'see attachment'};
    const grid = await mount<AppealLitigationGrid>(
      html`<appeal-litigation-grid .report=${report}></appeal-litigation-grid>`,
    );
    const message = grid.shadowRoot!.querySelector('[role="alert"]')!;
    expect(message.textContent).to.include(SECTIONS.find((s) => s.id === 'appeals')!.heading.zh);
    expect(message.textContent).to.include('appeals');
    expect(grid.shadowRoot!.querySelector('table')).to.equal(null);
    const table = await mount<DisclosureTable>(
      html`<disclosure-table table="proactive" .report=${report}></disclosure-table>`,
    );
    expect(shown(table, 'proactive.penalties')).to.equal('3,985,758');
  });

  it('report text is shown as text, never as HTML', async () => {
    const report = {
      ...structuredClone(huaian2024),
      proactive: {...huaian2024.proactive, notes: ['<img src=x onerror="window.hacked=1">注']},
    };
    const element = await mount<DisclosureTable>(
      html`<disclosure-table table="proactive" .report=${report}></disclosure-table>`,
    );
    expect(element.shadowRoot!.querySelector('img')).to.equal(null);
    expect(element.shadowRoot!.querySelector('.notes')!.textContent).to.include('<img src=x');
  });
});

describe('language', () => {
  it('follows the nearest lang, re-renders when it changes at run time, and shows both with bilingual', async () => {
    const wrapper = document.createElement('div');
    wrapper.lang = 'zh-CN';
    wrapper.innerHTML = '<section><appeal-litigation-grid></appeal-litigation-grid></section>';
    document.body.append(wrapper);
    const element = wrapper.querySelector('appeal-litigation-grid')!;
    element.report = huaian2024;
    await settle(element);
    const caption = () => element.shadowRoot!.querySelector('caption')!.textContent!;
    expect(caption()).to.include(SECTIONS.find((s) => s.id === 'appeals')!.heading.zh);
    wrapper.lang = 'en';
    await settle(element);
    expect(caption()).to.include(SECTIONS.find((s) => s.id === 'appeals')!.heading.en);
    expect(element.shadowRoot!.querySelector('.root')!.getAttribute('lang')).to.equal('en');
    element.bilingual = true;
    await settle(element);
    const spans = [...element.shadowRoot!.querySelectorAll('caption .title span')];
    expect(spans.map((s) => s.getAttribute('lang'))).to.deep.equal(['zh-CN', 'en']);
    wrapper.remove();
  });
});
