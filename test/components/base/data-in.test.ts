/**
 * The three ways a report gets into an element (property, `src`, inline JSON), and what a reader
 * sees when each goes wrong: a message naming the URL, a retry that works, never a blank element
 * and never an uncaught exception.
 */
import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import '../../../src/all.js';
import type {DisclosureTable} from '../../../src/components/disclosure-table/disclosure-table.js';
import {huaian2024, xiguan2024} from '../../../src/examples/index.js';
import {settle, until} from '../../support/table-helpers.js';

let unique = 0;
const key = () => `${Date.now()}-${unique++}`;

/** Put a document on the test server; returns its key. */
async function store(value: unknown): Promise<string> {
  const k = key();
  await fetch(`/test-api/store?key=${k}`, {
    method: 'POST',
    body: typeof value === 'string' ? value : JSON.stringify(value),
  });
  return k;
}

const text = (element: Element) => element.shadowRoot!.textContent!.replace(/\s+/g, ' ');
const penalties = (element: Element) =>
  element.shadowRoot!.querySelector('td[data-path="proactive.penalties"]')?.textContent?.trim();

async function tableFrom(src: string): Promise<DisclosureTable> {
  return fixture<DisclosureTable>(html`<disclosure-table table="proactive" src=${src}></disclosure-table>`);
}

describe('report from src', () => {
  it('shows a loading message naming the URL, then the table', async () => {
    const src = `/test-api/doc?delay=400&key=${await store(huaian2024)}`;
    const element = await tableFrom(src);
    await until(() => element.shadowRoot!.querySelector('[role="status"]') !== null, 2000, 'loading state');
    expect(element.shadowRoot!.querySelector('[role="status"]')!.textContent).to.include(src);
    await until(() => penalties(element) !== undefined, 5000, 'table');
    expect(penalties(element)).to.equal('3,985,758');
  });

  // Loading failed: the next try may succeed.
  for (const [fail, wording] of [
    ['404', 'HTTP 404'],
    ['500', 'HTTP 500'],
    ['hangup', '网络错误'],
  ] as const) {
    it(`failure "${fail}": message names the URL and why; retry loads the report`, async () => {
      const k = await store(huaian2024);
      const src = `/test-api/fail?key=${k}&mode=${fail}`;
      const element = await fixture<DisclosureTable>(html`<disclosure-table table="proactive"></disclosure-table>`);
      const error = oneEvent(element, 'disclosure-error');
      element.src = src;
      const {detail} = await error;
      expect(detail.url).to.equal(src);
      await element.updateComplete;
      const alert = element.shadowRoot!.querySelector('[role="alert"]');
      expect(alert, 'error message').to.exist;
      expect(alert!.textContent).to.include(src);
      expect(alert!.textContent).to.include(wording);
      const retry = element.shadowRoot!.querySelector<HTMLButtonElement>('button.retry');
      expect(retry!.textContent!.trim()).to.equal('重试');
      await fetch(`/test-api/heal?key=${k}`);
      retry!.click();
      await until(() => penalties(element) !== undefined, 5000, 'table after retry');
      expect(penalties(element)).to.equal('3,985,758');
      expect(element.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    });
  }

  // The file came whole but is no report: the same file would come back, so no retry is offered.
  for (const [fail, wording] of [
    ['text', '不是 JSON'],
    ['array', '不是有效的报告'],
  ] as const) {
    it(`failure "${fail}": message names the URL and why, with no retry`, async () => {
      const src = `/test-api/fail?key=${await store(huaian2024)}&mode=${fail}`;
      const element = await fixture<DisclosureTable>(html`<disclosure-table table="proactive"></disclosure-table>`);
      const error = oneEvent(element, 'disclosure-error');
      element.src = src;
      expect((await error).detail.url).to.equal(src);
      await element.updateComplete;
      const alert = element.shadowRoot!.querySelector('[role="alert"]');
      expect(alert!.textContent).to.include(src);
      expect(alert!.textContent).to.include(wording);
      expect(element.shadowRoot!.querySelector('button.retry')).to.equal(null);
    });
  }

  it('an invalid report from src shows what is valid, marks the rest and names the URL', async () => {
    const broken = structuredClone(huaian2024) as unknown as {proactive: Record<string, unknown>};
    broken.proactive.licensing = 'many';
    const src = `/test-api/doc?key=${await store(broken)}`;
    const element = await fixture<DisclosureTable>(html`<disclosure-table table="proactive"></disclosure-table>`);
    const error = oneEvent(element, 'disclosure-error');
    element.src = src;
    const {detail} = await error;
    expect(detail.issues.map((issue: {path: string}) => issue.path)).to.include('proactive.licensing');
    await element.updateComplete;
    expect(penalties(element)).to.equal('3,985,758');
    const licensing = element.shadowRoot!.querySelector('td[data-path="proactive.licensing"]')!;
    expect(licensing.textContent!.trim()).to.equal('无效');
    expect(element.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.include(src);
    // It loaded: loading it again would give the same errors, so no retry is offered.
    expect(element.shadowRoot!.querySelector('button.retry')).to.equal(null);
  });

  it('a new src cancels the earlier request; the stale response never renders', async () => {
    const slow = structuredClone(huaian2024);
    const fast = structuredClone(xiguan2024);
    const signals: AbortSignal[] = [];
    const realFetch = window.fetch;
    window.fetch = (input, init) => {
      if (init?.signal) signals.push(init.signal);
      return realFetch(input, init);
    };
    try {
      const element = await fixture<DisclosureTable>(html`<disclosure-table table="proactive"></disclosure-table>`);
      element.src = `/test-api/doc?delay=800&key=${await store(slow)}`;
      await element.updateComplete;
      element.src = `/test-api/doc?key=${await store(fast)}`;
      await until(() => penalties(element) !== undefined, 5000, 'second report');
      expect(signals[0]!.aborted, 'first request aborted').to.be.true;
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expect(penalties(element), 'still the second report').to.equal('0');
    } finally {
      window.fetch = realFetch;
    }
  });

  it('does not send cookies or credentials', async () => {
    let sent: RequestInit | undefined;
    const realFetch = window.fetch;
    window.fetch = (input, init) => ((sent = init), realFetch(input, init));
    try {
      const element = await tableFrom(`/test-api/doc?key=${await store(huaian2024)}`);
      await until(() => penalties(element) !== undefined, 5000, 'table');
      expect(sent?.credentials).to.equal('omit');
    } finally {
      window.fetch = realFetch;
    }
  });
});

describe('report from inline JSON', () => {
  it('reads a <script type="application/json"> child (no JavaScript needed by the author)', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    container.innerHTML = `<disclosure-table table="proactive"><script type="application/json">${JSON.stringify(huaian2024)}</script></disclosure-table>`;
    const element = container.firstElementChild as DisclosureTable;
    await settle(element);
    expect(penalties(element)).to.equal('3,985,758');
  });

  it('picks up a script child added after the element was connected', async () => {
    const element = await fixture<DisclosureTable>(html`<disclosure-table table="proactive"></disclosure-table>`);
    expect(text(element)).to.include('未提供报告数据');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(huaian2024);
    element.append(script);
    await until(() => penalties(element) !== undefined, 2000, 'inline report');
    expect(penalties(element)).to.equal('3,985,758');
  });

  it('broken inline JSON shows a message, not a blank element', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    container.innerHTML = `<disclosure-table table="requests"><script type="application/json">{"year": 2024,</script></disclosure-table>`;
    const element = container.firstElementChild as DisclosureTable;
    await settle(element);
    expect(element.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.include('JSON');
  });
});

describe('bad input never throws and never blanks the element', () => {
  const cyclic: Record<string, unknown> = {schemaVersion: 1};
  cyclic.self = cyclic;
  let deep: unknown = 0;
  for (let i = 0; i < 5000; i++) deep = {requests: deep};
  const cases: [string, unknown][] = [
    ['null', null],
    ['a number', 42],
    ['a string', 'report'],
    ['an array', [huaian2024]],
    ['an empty object', {}],
    ['a cyclic object', cyclic],
    ['deep nesting', deep],
    ['tables of the wrong type', {...structuredClone(huaian2024), requests: 'n/a', appeals: [1, 2]}],
    [
      'NaN and Infinity in cells',
      {...structuredClone(huaian2024), proactive: {...huaian2024.proactive, licensing: NaN, fees: Infinity}},
    ],
    ['a hostile key', JSON.parse('{"__proto__": {"polluted": true}, "schemaVersion": 1}')],
  ];
  for (const [name, input] of cases) {
    it(name, async () => {
      const errors: unknown[] = [];
      const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
      window.addEventListener('error', onError);
      try {
        for (const tag of ['disclosure-table', 'appeal-litigation-grid'] as const) {
          const element = document.createElement(tag);
          if (tag === 'disclosure-table') element.setAttribute('table', 'requests');
          document.body.append(element);
          element.report = input;
          await settle(element);
          expect(text(element).trim().length, `${tag} shows something`).to.be.greaterThan(0);
          expect(element.shadowRoot!.querySelector('[role="alert"], table'), `${tag} shows a message or a table`).to
            .exist;
          element.remove();
        }
      } finally {
        window.removeEventListener('error', onError);
      }
      expect(errors).to.deep.equal([]);
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    });
  }

  it('an unknown table attribute says so', async () => {
    const element = await fixture<DisclosureTable>(
      html`<disclosure-table table="budget" .report=${huaian2024}></disclosure-table>`,
    );
    expect(element.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.include('budget');
  });

  it('no data at all shows a message', async () => {
    const element = await fixture<DisclosureTable>(html`<disclosure-table table="requests"></disclosure-table>`);
    expect(element.shadowRoot!.querySelector('[role="status"]')!.textContent).to.include('未提供报告数据');
  });
});
