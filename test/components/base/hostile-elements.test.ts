/**
 * Values a host page or a report file can give that once broke an element: a -0 cell, a heading
 * level beyond 6 or between integers, a timeout setTimeout cannot hold, an invalid year in the
 * composed title, and moving an element into another document (an iframe) and back.
 */
import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import '../../../src/all.js';
import type {ReportElement} from '../../../src/components/base/report-element.js';
import {DEFAULT_TIMEOUT_MS, timeoutMs} from '../../../src/components/base/fetch-report.js';
import {xiguan2024} from '../../../src/examples/index.js';
import {REPORT_LABELS} from '../../../src/model/format.js';
import {allUpdated, outline} from '../../support/report-helpers.js';

const copy = () => structuredClone(xiguan2024);

async function shown(markup: ReturnType<typeof html>): Promise<ReportElement> {
  const element = await fixture<ReportElement>(markup);
  await allUpdated(element);
  return element;
}

describe('a -0 in a cell (JSON "-0" parses to it)', () => {
  for (const lang of ['zh-CN', 'en']) {
    it(`shows 0, not "-0" (${lang})`, async () => {
      const report = JSON.parse(JSON.stringify(copy()).replace(/"penalties":\s*\d+/, '"penalties":-0'));
      expect(Object.is(report.proactive.penalties, -0)).to.be.true;
      const element = await shown(
        html`<disclosure-table table="proactive" lang=${lang} .report=${report}></disclosure-table>`,
      );
      const cell = element.shadowRoot!.querySelector('td[data-path="proactive.penalties"]')!;
      expect(cell.textContent!.trim()).to.equal('0');
    });
  }
});

describe('heading-level outside whole numbers 1–6 means the default, not six <h6>s', () => {
  for (const level of ['7', '999', '0', '-1', '2.5', 'h2', '']) {
    it(`heading-level="${level}" on <disclosure-report>: title h1, sections h2`, async () => {
      const element = await shown(
        html`<disclosure-report heading-level=${level} .report=${copy()}></disclosure-report>`,
      );
      const levels = outline(element).map((line) => line.slice(0, 2));
      expect(levels[0]).to.equal('h1');
      expect(levels).to.include('h2');
      expect(levels.filter((tag) => tag === 'h6')).to.deep.equal([]);
    });
  }

  it('heading-level="3" (a whole number in range) still sets the title level', async () => {
    const element = await shown(html`<disclosure-report heading-level="3" .report=${copy()}></disclosure-report>`);
    expect(outline(element)[0]!.slice(0, 2)).to.equal('h3');
  });

  it('on <report-section>, heading-level="7" gives the default h2', async () => {
    const element = await shown(
      html`<report-section section="overview" heading-level="7" .report=${copy()}></report-section>`,
    );
    expect(outline(element)[0]!.slice(0, 2)).to.equal('h2');
  });
});

describe('a timeout setTimeout cannot hold', () => {
  it('3000000000 ms (beyond 2^31 − 1) means the default, so the load does not fail at once', async () => {
    for (const value of ['3000000000', String(2 ** 31), 'Infinity', '-5', '0', 'soon']) {
      expect(timeoutMs(value), value).to.equal(DEFAULT_TIMEOUT_MS);
    }
    expect(timeoutMs('400')).to.equal(400);
    // Side by side on a server that never answers: the 200 ms one fails first, the other still waits.
    const huge = await fixture<ReportElement>(html`<disclosure-table table="proactive"></disclosure-table>`);
    const short = await fixture<ReportElement>(html`<disclosure-table table="proactive"></disclosure-table>`);
    huge.setAttribute('timeout', '3000000000');
    short.setAttribute('timeout', '200');
    const failed = oneEvent(short, 'disclosure-error');
    huge.src = '/test-api/hang';
    await huge.updateComplete;
    short.src = '/test-api/hang';
    await failed;
    await huge.updateComplete;
    expect(huge.error, 'the huge timeout did not end the load early').to.equal(undefined);
    expect(huge.shadowRoot!.textContent).to.include('正在加载报告');
    huge.src = '';
  });
});

describe('a composed title when the year is invalid', () => {
  const title = (element: Element) => element.shadowRoot!.querySelector('h1')!.textContent!.replace(/\s+/g, ' ').trim();

  it('leaves the year out whole, in Chinese and in English', async () => {
    const report = {...copy(), year: 1999, title: undefined, agency: {zh: '西关街道', en: 'Xiguan Subdistrict'}};
    const zh = await shown(html`<disclosure-report lang="zh-CN" .report=${report}></disclosure-report>`);
    expect(title(zh)).to.equal(`西关街道${REPORT_LABELS.titleSuffix.zh.slice(1)}`);
    expect(title(zh)).not.to.include('年政府');
    const en = await shown(html`<disclosure-report lang="en" .report=${report}></disclosure-report>`);
    const english = en.shadowRoot!.querySelector('h1')!.textContent!;
    expect(english).not.to.match(/ {2}/);
    expect(title(en)).to.equal(`Xiguan Subdistrict ${REPORT_LABELS.titleSuffix.en}`);
  });

  it('with a valid year the title keeps it', async () => {
    const report = {...copy(), title: undefined, agency: '西关街道'};
    const element = await shown(html`<disclosure-report lang="zh-CN" .report=${report}></disclosure-report>`);
    expect(title(element)).to.equal(`西关街道${report.year}${REPORT_LABELS.titleSuffix.zh}`);
  });
});

describe('moved into another document and back', () => {
  let frame: HTMLIFrameElement;
  const errors: string[] = [];
  const record = (event: ErrorEvent | PromiseRejectionEvent) =>
    errors.push(String('reason' in event ? event.reason : event.message));

  beforeEach(async () => {
    errors.length = 0;
    frame = document.createElement('iframe');
    document.body.append(frame);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    for (const target of [window, frame.contentWindow!]) {
      target.addEventListener('error', record);
      target.addEventListener('unhandledrejection', record);
    }
  });
  afterEach(() => {
    for (const target of [window, frame.contentWindow!]) {
      target.removeEventListener('error', record);
      target.removeEventListener('unhandledrejection', record);
    }
    frame.remove();
  });

  /** Styled: the shared styles make the host a block (an unstyled custom element is inline). */
  const styled = (element: Element) => {
    const view = element.ownerDocument.defaultView!;
    return view.getComputedStyle(element).display === 'block';
  };

  for (const tag of ['disclosure-table', 'disclosure-report'] as const) {
    it(`${tag}: styled in the iframe and again back home, with no uncaught error`, async () => {
      const element = document.createElement(tag) as ReportElement;
      if (tag === 'disclosure-table') element.setAttribute('table', 'proactive');
      element.report = copy();
      document.body.append(element);
      await allUpdated(element);
      expect(styled(element), 'styled at first').to.be.true;

      frame.contentDocument!.body.append(element); // adopts it into the iframe's document
      await allUpdated(element);
      expect(element.ownerDocument).to.equal(frame.contentDocument);
      expect(styled(element), 'styled in the iframe').to.be.true;

      document.body.append(element);
      await allUpdated(element);
      expect(styled(element), 'styled back home').to.be.true;
      expect(element.shadowRoot!.querySelector('td[data-path="proactive.penalties"], disclosure-table')).to.exist;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      expect(errors).to.deep.equal([]);
      element.remove();
    });
  }
});
