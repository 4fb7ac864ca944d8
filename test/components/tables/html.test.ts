/**
 * One template, two renderers: the HTML string that tableHtml() writes without a browser (for
 * static pages and server rendering) is the very table the element shows — the same cells, ids,
 * `headers` chains, numbers, blanks, invalid markers and finding and note marks — in every layout
 * and display. And a report's text cannot become markup on that path either.
 */
import {expect, html} from '@open-wc/testing';
import '../../../src/all.js';
import type {ReportView} from '../../../src/components/base/report-element.js';
import type {TableElement} from '../../../src/components/base/table-element.js';
import {tableHtml} from '../../../src/components/common/table-html.js';
import {broken, huaian2024} from '../../../src/examples/index.js';
import {validateReport} from '../../../src/model/validate.js';
import {tableLayout, type LayoutMode} from '../../../src/model/table-layout.js';
import type {DisclosureReport, TableId} from '../../../src/model/types.js';
import {mount} from '../../support/table-helpers.js';

/** Tag, attributes (sorted) and children of a subtree, without Lit's comment markers. */
function shape(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return JSON.stringify(node.textContent);
  if (node.nodeType !== Node.ELEMENT_NODE) return '';
  const element = node as Element;
  const attributes = [...element.attributes].map((a) => `${a.name}=${JSON.stringify(a.value)}`).sort();
  // Adjacent text nodes (Lit's, beside its markers) read as the parser's one node.
  element.normalize?.();
  const children = [...element.childNodes].map(shape).filter(Boolean);
  return `<${element.localName} ${attributes.join(' ')}>${children.join('')}</${element.localName}>`;
}

/** The markup in a <div> (several tables for table 二 wide). */
function parsed(markup: string): Element {
  const template = document.createElement('template');
  template.innerHTML = `<div class="region">${markup}</div>`;
  return template.content.firstElementChild!;
}

/** The tables as the element shows them, in their box, comments dropped (a copy: the element's own stays as Lit left it). */
function shown(element: Element): Element {
  const copy = document.createElement('div');
  copy.className = 'region';
  copy.append(...[...element.shadowRoot!.querySelectorAll('.region > table')].map((table) => table.cloneNode(true)));
  const walker = document.createTreeWalker(copy, NodeFilter.SHOW_COMMENT);
  const comments: ChildNode[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode as ChildNode);
  comments.forEach((comment) => comment.remove());
  copy.normalize();
  return copy;
}

function viewOf(
  element: TableElement,
  report: DisclosureReport,
  lang: 'zh-CN' | 'en',
  bilingual: boolean,
  audit: boolean,
): ReportView {
  const result = validateReport(report);
  const findings = element.findings;
  return {
    report: result.report!,
    result,
    findings,
    findingNumber: (finding) => findings.indexOf(finding) + 1,
    locale: bilingual ? 'zh-CN' : lang,
    audit,
    bilingual,
    findingsListedAbove: false,
  };
}

/** A report with a blank, an invalid value, findings and notes on cells of table 三. */
function marked(): DisclosureReport {
  const report = broken.rowTotalOff();
  report.requests.results.withheld.stateSecret.naturalPerson = null;
  (report.requests.results.withheld.stateSecret as Record<string, unknown>).research = -3;
  report.annotations = {'requests.newReceived.total': {zh: '含上年补报。', en: 'Includes late filings.'}};
  return report;
}

const cases: [TableId, number, 'zh-CN' | 'en', boolean, boolean, () => DisclosureReport][] = [
  ['requests', 1400, 'zh-CN', false, false, () => huaian2024],
  ['requests', 360, 'en', false, false, () => huaian2024],
  ['requests', 1400, 'zh-CN', true, true, marked],
  ['requests', 360, 'en', false, true, marked],
  ['proactive', 1400, 'en', false, false, () => huaian2024],
  ['proactive', 360, 'zh-CN', true, false, () => huaian2024],
  ['appeals', 1400, 'zh-CN', false, false, () => huaian2024],
  ['appeals', 360, 'en', true, false, () => broken.blankCell()],
];

describe('tableHtml: the element’s template as an HTML string', () => {
  for (const [table, width, lang, bilingual, audit, report] of cases) {
    it(`${table} at ${width}px, ${bilingual ? 'bilingual' : lang}${audit ? ', audit' : ''}: the same table as the element`, async () => {
      const data = report();
      const element = await mount<TableElement>(
        table === 'appeals'
          ? html`<appeal-litigation-grid lang=${lang} ?bilingual=${bilingual} ?audit=${audit} .report=${data}></appeal-litigation-grid>`
          : html`<disclosure-table table=${table} lang=${lang} ?bilingual=${bilingual} ?audit=${audit} .report=${data}></disclosure-table>`,
        width,
      );
      const rendered = shown(element);
      const mode = rendered.firstElementChild!.className as LayoutMode;
      expect(mode).to.equal(width < 800 ? 'narrow' : 'wide');
      const markup = tableHtml(tableLayout(table, mode), viewOf(element, data, lang, bilingual, audit));
      const fromString = parsed(markup);
      expect(fromString.querySelectorAll('td[data-path]').length, 'number cells').to.be.greaterThan(5);
      expect(shape(fromString)).to.equal(shape(rendered));
      if (audit) expect(fromString.querySelector('td.flagged a.finding-marker'), 'a finding mark').to.exist;
      element.parentElement!.remove();
    });
  }

  it('a value that is markup shows as the invalid marker, never as markup', () => {
    const data = marked();
    (data.requests.newReceived as Record<string, unknown>).total = '<img src=x onerror=alert(1)>';
    const result = validateReport(data);
    const view: ReportView = {
      report: result.report!,
      result,
      findings: [],
      findingNumber: () => 0,
      locale: 'en',
      audit: false,
      bilingual: false,
      findingsListedAbove: false,
    };
    const table = parsed(tableHtml(tableLayout('requests', 'wide'), view));
    expect(table.querySelector('img')).to.equal(null);
    const cell = table.querySelector('td[data-path="requests.newReceived.total"]')!;
    expect(cell.querySelector('.invalid')!.textContent).to.equal('invalid');
    expect(cell.id, 'a note makes the cell a link target').to.equal('cell-requests.newReceived.total');
    expect(cell.querySelector('a.note-marker')!.getAttribute('href')).to.equal('#note-1');
  });
});
