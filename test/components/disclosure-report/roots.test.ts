/**
 * A <disclosure-report> is one shadow root: its sections and its three tables are templates in it,
 * not elements. What that must keep: one layout observer for the report, the phone layout in the
 * very first render on a phone (no wide table ever in the page there), ids that two tables
 * cannot share by mistake, and every cell read with the header chain the table element gives it.
 */
import {expect, fixture, html} from '@open-wc/testing';
import '../../../src/all.js';
import type {DisclosureReportElement} from '../../../src/components/disclosure-report/disclosure-report.js';
import {broken, huaian2024} from '../../../src/examples/index.js';
import {allUpdated, deepAll} from '../../support/report-helpers.js';
import {settle} from '../../support/table-helpers.js';

/** A report inserted into a box `width` px wide, with every `<table>` that ever enters its root recorded. */
async function insert(report: unknown, width: number, attributes = '') {
  const box = await fixture<HTMLDivElement>(html`<div style=${`width:${width}px`}></div>`);
  box.innerHTML = `<disclosure-report ${attributes}></disclosure-report>`;
  const element = box.firstElementChild as DisclosureReportElement;
  element.report = report;
  const tablesSeen: string[] = [];
  // Lit attaches the root when the element is connected, before its first render.
  const observer = new MutationObserver((records) => {
    for (const record of records)
      for (const node of record.addedNodes)
        if (node instanceof Element)
          for (const table of node.matches('table') ? [node] : node.querySelectorAll('table'))
            tablesSeen.push(`${table.closest('[data-table]')?.getAttribute('data-table')} ${table.className}`);
  });
  observer.observe(element.shadowRoot!, {childList: true, subtree: true});
  await allUpdated(element);
  await settle(element);
  observer.disconnect();
  return {element, tablesSeen};
}

/** Every element under `root` with a shadow root of its own, through the roots. */
const hostsUnder = (root: ParentNode): Element[] =>
  [...root.querySelectorAll('*')].flatMap((element) =>
    element.shadowRoot ? [element, ...hostsUnder(element.shadowRoot)] : [],
  );

describe('a report is one shadow root', () => {
  it('no element inside the report has a root of its own; its styles are one adopted set', async () => {
    const {element} = await insert(huaian2024, 1280);
    expect(hostsUnder(element.shadowRoot!).map((host) => host.localName)).to.deep.equal([]);
    expect(element.shadowRoot!.querySelectorAll('[data-table] td[data-path]').length).to.equal(200);
    const sheets = element.shadowRoot!.adoptedStyleSheets;
    expect(sheets.length).to.be.greaterThan(0);
    // The tables' styles are among the report's own: table 三 has its wide label columns on paper.
    const rules = sheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n');
    expect(rules).to.include(`[data-table="requests"] col.c2`);
  });

  it('one ResizeObserver for the report and its three tables', async () => {
    const Original = window.ResizeObserver;
    let made = 0;
    window.ResizeObserver = class extends Original {
      constructor(callback: ResizeObserverCallback) {
        super(callback);
        made++;
      }
    };
    try {
      await insert(huaian2024, 1280);
    } finally {
      window.ResizeObserver = Original;
    }
    expect(made).to.equal(1);
  });
});

describe('a report on a phone renders the phone layout once', () => {
  it('at 360 px every table that enters the page is the narrow one, from the first render on', async () => {
    const {element, tablesSeen} = await insert(huaian2024, 360);
    expect(tablesSeen.length, tablesSeen.join(', ')).to.be.greaterThan(0);
    expect(tablesSeen.filter((seen) => !seen.endsWith(' narrow'))).to.deep.equal([]);
    const shown = [...element.shadowRoot!.querySelectorAll('[data-table]')].map(
      (block) => `${block.getAttribute('data-table')} ${block.querySelector('table')!.className}`,
    );
    expect(shown).to.deep.equal(['proactive narrow', 'requests narrow', 'appeals narrow']);
  });

  it('at 1400 px the official wide layouts, from the first render on', async () => {
    const {tablesSeen} = await insert(huaian2024, 1400);
    expect(tablesSeen.length).to.be.greaterThan(0);
    expect(tablesSeen.filter((seen) => !seen.endsWith(' wide'))).to.deep.equal([]);
  });
});

describe('three tables in one root', () => {
  // Notes in two tables (each table numbers its own from 1) and findings in two, in audit mode.
  const annotated = () => {
    const report = broken.reconsiderationTotalOff();
    report.requests.results.disclosed.naturalPerson = 1289;
    report.annotations = {'requests.newReceived.total': '含转办件', 'appeals.reconsideration.total': '含撤回'};
    return report;
  };

  for (const width of [1280, 360]) {
    it(`${width} px: every id is unique in the root, and every reference to one finds it there`, async () => {
      const {element} = await insert(annotated(), width, 'audit');
      const root = element.shadowRoot!;
      const ids = [...root.querySelectorAll('[id]')].map((node) => node.id);
      expect(ids.filter((id, i) => ids.indexOf(id) !== i)).to.deep.equal([]);
      expect(root.querySelectorAll('[data-table] .notes li').length, 'a note in each of two tables').to.equal(2);
      const references = [
        ...[...root.querySelectorAll('[headers], [aria-labelledby], [aria-describedby]')].flatMap((node) =>
          ['headers', 'aria-labelledby', 'aria-describedby'].flatMap((name) =>
            (node.getAttribute(name) ?? '').split(' ').filter(Boolean),
          ),
        ),
        ...[...root.querySelectorAll('a[href^="#"]')]
          .filter((link) => !link.closest('[part~="dr-audit"]')) // the summary's links name paths, not ids
          .map((link) => link.getAttribute('href')!.slice(1)),
      ];
      expect(references.length).to.be.greaterThan(400);
      expect(references.filter((id) => !root.getElementById(id))).to.deep.equal([]);
    });
  }

  it('a note marker leads to its own table’s note; a note’s link back to its cell', async () => {
    const {element} = await insert(annotated(), 1280);
    const root = element.shadowRoot!;
    for (const table of ['requests', 'appeals']) {
      const marker = root.querySelector<HTMLAnchorElement>(`[data-table="${table}"] td a.note-marker`)!;
      marker.click();
      const note = root.activeElement!;
      expect(note.closest('[data-table]')!.getAttribute('data-table'), table).to.equal(table);
      expect(note.textContent).to.include(table === 'requests' ? '含转办件' : '含撤回');
      note.querySelector('a')!.click();
      expect(root.activeElement!.getAttribute('data-path')).to.equal(
        `${table}.${table === 'requests' ? 'newReceived' : 'reconsideration'}.total`,
      );
    }
  });

  it('revealCell focuses a cell of any of the three tables', async () => {
    const {element} = await insert(huaian2024, 1280);
    for (const path of ['proactive.penalties', 'requests.newReceived.total', 'appeals.reconsideration.total']) {
      expect(element.revealCell(path), path).to.equal(true);
      expect(element.shadowRoot!.activeElement!.getAttribute('data-path')).to.equal(path);
    }
    expect(element.revealCell('requests.nothing.here')).to.equal(false);
  });

  for (const width of [1280, 360]) {
    it(`${width} px: each cell is read with the header chain the table element gives it`, async () => {
      const {element} = await insert(huaian2024, width);
      const box = await fixture<HTMLDivElement>(
        html`<div style=${`width:${width}px`}>
          <disclosure-table table="proactive" .report=${huaian2024}></disclosure-table>
          <disclosure-table table="requests" .report=${huaian2024}></disclosure-table>
          <appeal-litigation-grid .report=${huaian2024}></appeal-litigation-grid>
        </div>`,
      );
      for (const table of box.children) await settle(table);
      /** Each data cell's path with the words of its header chain (headers= resolved in its root). */
      const chains = (cells: Element[]) =>
        cells.map((cell) => {
          const root = cell.getRootNode() as ShadowRoot;
          const words = (cell.getAttribute('headers') ?? '')
            .split(' ')
            .map((id) => root.getElementById(id)?.textContent?.replace(/\s+/g, ' ').trim());
          return `${cell.getAttribute('data-path')}: ${words.join(' › ')}`;
        });
      const inReport = chains([...element.shadowRoot!.querySelectorAll('td[data-path]')]);
      expect(inReport.length).to.equal(200);
      expect(inReport).to.deep.equal(chains(deepAll(box, 'td[data-path]')));
    });
  }
});
