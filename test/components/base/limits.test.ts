/**
 * The documented limits (docs/limits.md, src/model/limits.ts) as a reader meets them: one case of
 * each, and the element says what is too big and what the limit is.
 */
import {expect, fixture, html} from '@open-wc/testing';
import '../../../src/all.js';
import type {ReportElement} from '../../../src/components/base/report-element.js';
import {huaian2024} from '../../../src/examples/index.js';
import {LIMITS} from '../../../src/model/limits.js';
import {allUpdated, deepAll} from '../../support/report-helpers.js';

const grouped = (n: number) => n.toLocaleString('en-US');

/** The alerts (messages) shown anywhere in the element, as text. */
function alerts(element: Element): string {
  return deepAll(element, '[role="alert"]')
    .map((e) => e.textContent!.replace(/\s+/g, ' '))
    .join(' | ');
}

async function reportElement(report: unknown): Promise<ReportElement> {
  const element = await fixture<ReportElement>(html`<disclosure-report .report=${report}></disclosure-report>`);
  await allUpdated(element);
  return element;
}

describe('limits', () => {
  it(`a paragraph longer than ${grouped(LIMITS.textLength)} characters: a message names it and the limit; the rest shows`, async () => {
    const long = '长'.repeat(LIMITS.textLength + 1);
    const element = await reportElement({...structuredClone(huaian2024), overview: {paragraphs: ['第一段。', long]}});
    const message = alerts(element);
    expect(message).to.include('overview.paragraphs[1]');
    expect(message).to.include(grouped(LIMITS.textLength));
    const text = deepAll(element, 'p')
      .map((p) => p.textContent)
      .join('');
    expect(text).to.include('第一段。');
    expect(text).not.to.include(long);
  });

  it(`more than ${LIMITS.paragraphs} paragraphs in a section: a message names the list and the limit`, async () => {
    const many = Array.from({length: LIMITS.paragraphs + 1}, (_, i) => `第${i + 1}段。`);
    const element = await reportElement({...structuredClone(huaian2024), overview: {paragraphs: many}});
    const message = alerts(element);
    expect(message).to.include('overview.paragraphs');
    expect(message).to.include(grouped(LIMITS.paragraphs));
  });

  it(`an inline report file over ${grouped(LIMITS.fileBytes)} bytes: refused before parsing, with the size and the limit`, async () => {
    const huge = JSON.stringify({...huaian2024, padding: 'x'.repeat(LIMITS.fileBytes)});
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const element = document.createElement('disclosure-table') as ReportElement;
    element.setAttribute('table', 'proactive');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = huge;
    element.append(script);
    container.append(element);
    await allUpdated(element);
    const message = alerts(element);
    expect(message).to.include(grouped(LIMITS.fileBytes));
    expect(element.shadowRoot!.querySelector('table')).to.equal(null);
  });
  it(`a title longer than ${grouped(LIMITS.textLength)} characters: the report says so above its sections`, async () => {
    const element = await reportElement({...structuredClone(huaian2024), title: '题'.repeat(LIMITS.textLength + 1)});
    const message = alerts(element);
    expect(message).to.include('报告的部分内容有误');
    expect(message).to.include('title');
    expect(message).to.include(grouped(LIMITS.textLength));
    // The default title takes the place of the dropped one.
    expect(deepAll(element, 'h1')[0].textContent).to.include('淮安市人民政府');
  });

  // A file over the limit from `src`: test/components/base/src-loading.test.ts ("oversized bodies").
});
