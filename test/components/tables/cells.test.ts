/**
 * The fast paths of the table render give what the plain ones gave: numbers exactly as
 * Intl.NumberFormat writes them, every number cell with the markup of a single cell though a row
 * is drawn as one template, and cells that stay the same elements (and keep focus) when `audit`
 * toggles or the language changes.
 */
import {expect, html} from '@open-wc/testing';
import '../../../src/all.js';
import type {DisclosureTable} from '../../../src/components/disclosure-table/disclosure-table.js';
import {formatNumber} from '../../../src/components/common/numbers.js';
import {broken, huaian2024} from '../../../src/examples/index.js';
import {REQUEST_ROWS} from '../../../src/model/format.js';
import {mount, settle} from '../../support/table-helpers.js';

const intl = (locale: string) =>
  new Intl.NumberFormat(locale, {notation: 'standard', useGrouping: true, maximumFractionDigits: 6});

describe('formatNumber', () => {
  it('gives exactly what Intl.NumberFormat gives, in both languages (but 0 for -0, where Intl writes "-0")', () => {
    const values = [0, -0, 1, 9, 10, 99, 100, 999, 1000, 1001, 9999, 10000, 99999, 100000, 999999, 1000000];
    for (let digits = 1; digits <= 16; digits++) values.push(10 ** digits - 1, 10 ** digits, 10 ** digits + 1);
    values.push(Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 1, 2 ** 60, 1e21, 1e22);
    values.push(-1, -1234, -1234567, 0.5, 96171.6, 5949.088667, 1234.5678901, 1e-7, 3985758.25);
    // A fixed pseudo-random walk over whole numbers of every length up to 2^53.
    let seed = 20210330;
    for (let i = 0; i < 3000; i++) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      const magnitude = 10 ** (seed % 16);
      values.push(Math.floor((seed / 2147483648) * magnitude), (seed % 1000) * magnitude);
    }
    for (const locale of ['zh-CN', 'en'] as const) {
      const format = intl(locale);
      for (const value of values)
        expect(formatNumber(value, locale), `${locale} ${value}`).to.equal(format.format(value === 0 ? 0 : value));
    }
  });
});

const attributes = (element: Element) =>
  Object.fromEntries([...element.attributes].map((attribute) => [attribute.name, attribute.value]));
/** The markup of a cell without Lit's comment markers. */
const markup = (element: Element) => element.innerHTML.replace(/<!--[^]*?-->/g, '');

describe('number cells', () => {
  it('every number cell of the three tables has the markup of a single cell', async () => {
    for (const table of ['proactive', 'requests', 'appeals']) {
      const template =
        table === 'appeals'
          ? html`<appeal-litigation-grid .report=${huaian2024}></appeal-litigation-grid>`
          : html`<disclosure-table table=${table} .report=${huaian2024}></disclosure-table>`;
      const element = await mount<HTMLElement>(template, 1400);
      const cells = [...element.shadowRoot!.querySelectorAll('td[data-path]')];
      expect(cells.length, table).to.be.greaterThan(0);
      for (const td of cells) {
        const path = td.getAttribute('data-path')!;
        const value = path.split('.').reduce<unknown>((at, key) => (at as Record<string, unknown>)[key], huaian2024);
        expect(typeof value, path).to.equal('number');
        const {colspan, headers, ...rest} = attributes(td);
        expect(rest, path).to.deep.equal({class: 'num', part: 'dr-cell', 'data-path': path});
        expect(headers, path).to.match(/^\S+( \S+)+$/);
        expect(colspan === undefined || Number(colspan) > 1, path).to.be.true;
        expect(markup(td), path).to.equal(`<span class="value">${formatNumber(value as number, 'zh-CN')}</span>`);
      }
      element.parentElement!.remove();
    }
  });

  it('audit on and off: flagged cells are marked and unmarked in place; focus stays in a cell', async () => {
    const report = broken.rowTotalOff();
    const element = await mount<DisclosureTable>(
      html`<disclosure-table table="requests" .report=${report}></disclosure-table>`,
    );
    // A cell no finding names: focus stays in it both ways. The flagged row keeps its elements.
    const path = 'requests.newReceived.naturalPerson';
    const before = element.shadowRoot!.querySelector(`td[data-path="${path}"]`)!;
    const flaggedRow = element.shadowRoot!.querySelector(
      'td[data-path="requests.results.disclosed.total"]',
    )!.parentElement!;
    const row = [...flaggedRow.querySelectorAll('td[data-path]')];
    expect(element.focusCell(path)).to.be.true;
    expect(element.shadowRoot!.activeElement === before, 'focus in the cell').to.be.true;

    element.audit = true;
    await settle(element);
    expect(element.shadowRoot!.querySelector(`td[data-path="${path}"]`) === before, 'the same cell').to.be.true;
    const now = [...flaggedRow.querySelectorAll('td[data-path]')];
    expect(
      now.every((td, i) => td === row[i]),
      'the same cell elements',
    ).to.be.true;
    expect(element.shadowRoot!.activeElement === before, 'focus in the cell').to.be.true;
    const flagged = element.shadowRoot!.querySelector<HTMLTableCellElement>(
      'td[data-path="requests.results.disclosed.total"]',
    )!;
    const {headers, ...rest} = attributes(flagged);
    expect(headers).to.match(/^\S+( \S+)+$/);
    expect(rest).to.deep.equal({
      id: 'cell-requests.results.disclosed.total',
      tabindex: '-1',
      class: 'num flagged',
      part: 'dr-cell dr-cell-flagged',
      'data-path': 'requests.results.disclosed.total',
    });
    expect(flagged.querySelector('span.value')!.textContent).to.equal('1,363');
    expect(flagged.querySelector('a.finding-marker')!.textContent!.trim()).to.match(/^核查\d+：核对项$/);

    element.audit = false;
    await settle(element);
    expect(element.shadowRoot!.querySelector(`td[data-path="${path}"]`) === before, 'the same cell').to.be.true;
    expect(element.shadowRoot!.activeElement === before, 'focus in the cell').to.be.true;
    expect(
      [...flaggedRow.querySelectorAll('td[data-path]')].every((td, i) => td === row[i]),
      'the same cell elements',
    ).to.be.true;
    expect(attributes(flagged)).to.deep.equal({
      class: 'num',
      part: 'dr-cell',
      headers,
      'data-path': 'requests.results.disclosed.total',
    });
    expect(markup(flagged)).to.equal('<span class="value">1,363</span>');
    element.parentElement!.remove();
  });

  it('a language switch rewrites every header and number in place: the same cell elements', async () => {
    const element = await mount<DisclosureTable>(
      html`<disclosure-table table="requests" .report=${huaian2024}></disclosure-table>`,
      1400,
    );
    const newReceived = REQUEST_ROWS.find((row) => row.key === 'newReceived')!.label;
    const cellsOf = () => [...element.shadowRoot!.querySelectorAll('table th, table td')];
    const before = cellsOf();
    const received = element.shadowRoot!.querySelector('td[data-path="requests.newReceived.total"]')!;
    expect(received.textContent).to.equal(formatNumber(huaian2024.requests.newReceived.total as number, 'zh-CN'));
    expect(before.some((cell) => cell.localName === 'th' && cell.textContent!.trim() === newReceived.zh)).to.be.true;

    element.lang = 'en';
    await settle(element);
    const after = cellsOf();
    expect(after.length).to.equal(before.length);
    expect(
      after.every((cell, i) => cell === before[i]),
      'the same elements',
    ).to.be.true;
    expect(
      // Soft hyphens (src/model/hyphenate.ts) are break points in the header, not text.
      after.some(
        (cell) => cell.localName === 'th' && cell.textContent!.replace(/\u00ad/g, '').trim() === newReceived.en,
      ),
      'English row header',
    ).to.be.true;
    expect(received.textContent).to.equal(formatNumber(huaian2024.requests.newReceived.total as number, 'en'));
    expect(
      after.some((cell) => /[\u4e00-\u9fff]/.test(cell.textContent!)),
      'no Chinese left',
    ).to.be.false;
    element.parentElement!.remove();
  });
});
