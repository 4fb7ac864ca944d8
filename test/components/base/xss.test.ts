/**
 * Report text is text: each payload of test/support/xss-payloads.ts is put into every string
 * field of a report (agency, title, preamble, narrative paragraphs and part titles, table notes,
 * annotations; as plain strings and as {zh, en}), rendered by the whole report and by the table
 * elements, and must
 * - never run: the sentinel `window.__drXss()` is never called and `__drXssHit` never set;
 * - inject nothing: every shadow root holds exactly the elements and attributes a harmless
 *   marker text produces, and no attribute named on…;
 * - show verbatim: the rendered text contains the payload exactly as often as the marker.
 */
import {expect, fixture, html} from '@open-wc/testing';
import '../../../src/all.js';
import type {ReportElement} from '../../../src/components/base/report-element.js';
import {XSS_PAYLOADS, XSS_CATEGORIES, reportWith} from '../../support/xss-payloads.js';
import {deepAll} from '../../support/report-helpers.js';

declare global {
  interface Window {
    __drXss?: () => void;
    __drXssHit?: unknown;
  }
}

let calls = 0;
window.__drXss = () => {
  calls++;
};

/** The element and every shadow root under it. */
function roots(element: Element): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const walk = (root: ShadowRoot) => {
    found.push(root);
    for (const child of root.querySelectorAll('*')) if (child.shadowRoot) walk(child.shadowRoot);
  };
  if (element.shadowRoot) walk(element.shadowRoot);
  return found;
}

/** Every text node's data, joined with a separator no payload contains. */
function renderedText(element: Element): string {
  const parts: string[] = [];
  for (const root of roots(element)) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) parts.push((node as Text).data);
  }
  return parts.join('\u0001');
}

/** Tag and attribute names in all shadow roots, counted: what the DOM is made of, whatever the text. */
function structure(element: Element): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  for (const root of roots(element)) {
    for (const node of root.querySelectorAll('*')) {
      add(node.localName);
      for (const attribute of node.getAttributeNames()) add(`${node.localName}[${attribute}]`);
    }
  }
  return counts;
}

/** Every Lit host under `element` has finished updating, with one frame for resize-driven layouts. */
async function settled(element: Element): Promise<void> {
  const hosts = () =>
    [element, ...deepAll(element, '*')].filter((e) => 'updateComplete' in e) as unknown as {
      updateComplete: Promise<boolean>;
    }[];
  for (let round = 0; round < 2; round++) {
    await Promise.all(hosts().map((h) => h.updateComplete));
    await Promise.all(hosts().map((h) => h.updateComplete));
    if (round === 0) await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

const occurrences = (haystack: string, needle: string) => haystack.split(needle).length - 1;

const VIEWS: [name: string, make: () => ReportElement][] = [
  [
    '<disclosure-report> bilingual, audit',
    () => Object.assign(document.createElement('disclosure-report'), {bilingual: true, audit: true}),
  ],
  [
    '<disclosure-report lang="en">',
    () => {
      const element = document.createElement('disclosure-report');
      element.lang = 'en';
      return element;
    },
  ],
  [
    '<disclosure-table table="proactive">',
    () => {
      const element = document.createElement('disclosure-table');
      element.setAttribute('table', 'proactive');
      return element;
    },
  ],
  [
    '<disclosure-table table="requests"> bilingual',
    () => Object.assign(document.createElement('disclosure-table'), {bilingual: true, table: 'requests'}),
  ],
  ['<appeal-litigation-grid>', () => document.createElement('appeal-litigation-grid')],
];

const MARKER = 'MARKER-字段-7f3a';

describe(`XSS: ${XSS_PAYLOADS.length} payloads in every string field`, () => {
  // A fresh container per test: open-wc removes fixtures after each one, and a detached element never updates.
  let container: HTMLElement;
  beforeEach(async () => {
    container = await fixture(html`<div></div>`);
  });

  it('the corpus has at least 100 payloads, none blank, none repeated', () => {
    expect(XSS_PAYLOADS.length).to.be.at.least(100);
    expect(new Set(XSS_PAYLOADS).size).to.equal(XSS_PAYLOADS.length);
    expect(XSS_PAYLOADS.filter((p) => p.trim() !== p || !p)).to.deep.equal([]);
    expect(Object.values(XSS_CATEGORIES).reduce((a, b) => a + b)).to.equal(XSS_PAYLOADS.length);
  });

  it('the sentinel works (a payload that is allowed to run does call it)', async () => {
    const probe = document.createElement('div');
    probe.innerHTML = '<img src="data:," onerror="__drXss()">';
    container.append(probe);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(calls).to.equal(1);
    probe.remove();
    calls = 0;
  });

  for (const [name, make] of VIEWS) {
    it(`${name}: no payload runs, none injects an element, each shows verbatim`, async function () {
      this.timeout(120000);
      const render = async (text: string) => {
        const element = make();
        element.report = reportWith(text);
        container.replaceChildren(element);
        await settled(element);
        return element;
      };
      const baseline = await render(MARKER);
      const expectedCount = occurrences(renderedText(baseline), MARKER);
      const expectedStructure = [...structure(baseline)].sort().join();
      // A view that shows none of the fields would prove nothing.
      expect(expectedCount, 'places the marker text shows in').to.be.at.least(2);

      const problems: string[] = [];
      for (const payload of XSS_PAYLOADS) {
        const element = await render(payload);
        const text = renderedText(element);
        const count = occurrences(text, payload);
        if (count !== expectedCount)
          problems.push(`shown ${count}× (expected ${expectedCount}×): ${JSON.stringify(payload)}`);
        const shape = [...structure(element)].sort().join();
        if (shape !== expectedStructure) {
          const before = structure(baseline);
          const extra = [...structure(element)].filter(([key, n]) => before.get(key) !== n).map(([key]) => key);
          problems.push(`DOM changed (${extra.join(' ')}): ${JSON.stringify(payload)}`);
        }
        for (const root of roots(element)) {
          for (const node of root.querySelectorAll('*')) {
            const handlers = node.getAttributeNames().filter((a) => a.startsWith('on'));
            if (handlers.length) problems.push(`<${node.localName} ${handlers.join(' ')}>: ${JSON.stringify(payload)}`);
          }
        }
      }
      // Handlers such as onerror fire after a failed load: give them time.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(problems).to.deep.equal([]);
      expect(calls, 'the sentinel was called').to.equal(0);
      expect(window.__drXssHit, 'the sentinel was set').to.equal(undefined);
    });
  }
});
