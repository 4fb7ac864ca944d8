/**
 * Loading a report from `src` when the server misbehaves: every failure ends, within a bounded
 * time, in a message naming the URL with a retry button, and a `disclosure-error` event; big or
 * endless bodies are cut off without freezing the page; redirects are followed; the last `src`
 * wins; cookies go only where the host allows them. Endpoints: test/support/server.js.
 */
import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import '../../src/all.js';
import type {ReportElement, DisclosureErrorDetail} from '../../src/components/base/report-element.js';
import {huaian2024, xiguan2024} from '../../src/examples/index.js';
import {LIMITS} from '../../src/model/limits.js';
import {served, allUpdated, deepAll} from '../support/report-helpers.js';
import {until} from '../support/table-helpers.js';

const TAGS = ['disclosure-table', 'appeal-litigation-grid', 'disclosure-report'] as const;
type Tag = (typeof TAGS)[number];

const text = (element: Element) => element.shadowRoot!.textContent!.replace(/\s+/g, ' ');
const alertOf = (element: Element) => element.shadowRoot!.querySelector('[role="alert"]');
const penalties = (element: Element) =>
  element.shadowRoot!.querySelector('td[data-path="proactive.penalties"]')?.textContent?.trim();
const number = (value: number) => value.toLocaleString('en-US');

async function make(tag: Tag, attributes: Record<string, string> = {}): Promise<ReportElement> {
  const element = document.createElement(tag) as ReportElement;
  if (tag === 'disclosure-table') element.setAttribute('table', 'proactive');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  container.append(element);
  return element;
}

/** Set src and wait for the failure event; returns its detail and how long it took. */
async function failing(element: ReportElement, src: string): Promise<{detail: DisclosureErrorDetail; ms: number}> {
  const start = performance.now();
  const event = oneEvent(element, 'disclosure-error');
  element.src = src;
  const {detail} = (await event) as CustomEvent<DisclosureErrorDetail>;
  await element.updateComplete;
  return {detail, ms: performance.now() - start};
}

/** The message every failure must show: the URL, a reason, and a retry button. */
function expectFailureMessage(element: ReportElement, src: string, wording: string): void {
  const alert = alertOf(element);
  expect(alert, `no message in ${element.localName}: "${text(element)}"`).to.exist;
  expect(alert!.textContent).to.include(src);
  expect(alert!.textContent).to.include(wording);
  expect(element.shadowRoot!.querySelector('button.retry'), 'retry button').to.exist;
}

/** Longest gap between timer ticks while `run` is pending: a frozen page shows a long one. */
async function longestStall(run: Promise<unknown>): Promise<number> {
  let last = performance.now();
  let longest = 0;
  const tick = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 10);
  try {
    await run;
  } finally {
    clearInterval(tick);
  }
  return longest;
}

const failures: [name: string, src: () => Promise<string> | string, wording: string][] = [
  ['HTTP 404', async () => `/test-api/fail?key=${Date.now()}&mode=404`, '服务器上没有这个文件（HTTP 404）'],
  ['HTTP 500', async () => `/test-api/fail?key=${Date.now()}&mode=500`, '服务器出错，请稍后重试（HTTP 500）'],
  ['HTTP 403', async () => `/test-api/fail?key=${Date.now()}&mode=403`, '服务器返回 HTTP 403'],
  ['network error (connection dropped)', async () => `/test-api/fail?key=${Date.now()}&mode=hangup`, '网络错误'],
  ['a host that does not exist', () => 'http://nonexistent.invalid/report.json', '网络错误'],
  ['an HTML login page instead of JSON', async () => `/test-api/fail?key=${Date.now()}&mode=text`, '不是 JSON'],
  ['JSON of the wrong shape (a list)', async () => `/test-api/fail?key=${Date.now()}&mode=array`, '不是有效的报告'],
  ['JSON of the wrong shape (a string)', () => served('a report'), '不是有效的报告'],
];

describe('src failures: a message naming the URL, a retry, and disclosure-error, in every element', () => {
  for (const tag of TAGS) {
    for (const [name, src, wording] of failures) {
      it(`${tag}: ${name}`, async () => {
        const element = await make(tag);
        const url = await src();
        const {detail} = await failing(element, url);
        expect(detail.url).to.equal(url);
        expectFailureMessage(element, url, wording);
      });
    }
  }
});

describe('a server that never answers', () => {
  it('gives up after the `timeout` attribute (ms) with a message and an event', async () => {
    const element = await make('disclosure-table', {timeout: '400'});
    const {detail, ms} = await failing(element, '/test-api/hang');
    expect(ms).to.be.within(350, 3000);
    expect(detail.message).to.include('400 ms');
    expectFailureMessage(element, '/test-api/hang', '0.4 秒内没有应答');
  });

  it('without the attribute the deadline is 15 seconds (documented), and nonsense values fall back to it', async () => {
    const element = await make('disclosure-report', {timeout: 'soon'});
    element.src = '/test-api/hang';
    await element.updateComplete;
    expect(text(element)).to.include('正在加载报告');
    const probe = document.createElement('disclosure-table') as ReportElement;
    expect(probe.timeout).to.equal(15000);
    element.src = ''; // stop waiting
  });

  it('a slow body counts against the same deadline as the headers', async () => {
    // The endless trickle would never end; the deadline (short here) ends it before the size cap.
    const element = await make('appeal-litigation-grid', {timeout: '300'});
    const {ms} = await failing(element, '/test-api/big?bytes=endless');
    expect(ms).to.be.below(3000);
    expect(alertOf(element)!.textContent).to.match(/没有应答|超过/);
  });
});

describe('oversized bodies are refused without freezing the page', () => {
  const limitMb = `${LIMITS.fileBytes / 1024 / 1024} MB`;

  it('a declared Content-Length above the limit is refused before the body is read', async () => {
    const element = await make('disclosure-report');
    const src = `/test-api/big?bytes=${LIMITS.fileBytes * 50}&declare=1`;
    const start = performance.now();
    const stall = await longestStall(failing(element, src));
    expect(performance.now() - start, 'refused at the headers: the 2 MB would take 1.6 s to trickle in').to.be.below(
      1000,
    );
    expect(stall).to.be.below(500);
    expectFailureMessage(element, src, limitMb);
  });

  it('a body without Content-Length is counted as it streams and cut off past the limit', async () => {
    const element = await make('disclosure-table');
    const src = '/test-api/big?bytes=endless';
    const {detail, ms} = await failing(element, src);
    expect(detail.message).to.include(String(LIMITS.fileBytes));
    expect(ms, 'an endless body ended by the size cap, well before the 15 s deadline').to.be.below(10000);
    expectFailureMessage(element, src, limitMb);
  });

  it('a body just under the limit is read (and then judged as a report)', async () => {
    const element = await make('disclosure-table');
    const src = `/test-api/big?bytes=${LIMITS.fileBytes - 10}`;
    element.src = src;
    await until(() => alertOf(element) !== null, 10000, 'a verdict');
    expect(alertOf(element)!.textContent).not.to.include(limitMb);
  });
});

describe('redirects', () => {
  for (const status of [301, 302, 307, 308]) {
    it(`HTTP ${status} is followed and the final document renders`, async () => {
      const target = await served(huaian2024);
      const element = await make('disclosure-table');
      element.src = `/test-api/redirect?status=${status}&to=${encodeURIComponent(target)}`;
      await until(() => penalties(element) !== undefined, 5000, 'the table');
      expect(penalties(element)).to.equal(number(huaian2024.proactive.penalties as number));
    });
  }

  it('a redirect to a failing URL shows the failure with the URL the host gave', async () => {
    const element = await make('disclosure-table');
    const src = `/test-api/redirect?to=${encodeURIComponent('/test-api/fail?key=x&mode=500')}`;
    await failing(element, src);
    expectFailureMessage(element, src, 'HTTP 500');
  });
});

describe('rapid src changes', () => {
  for (const tag of ['disclosure-table', 'disclosure-report'] as const) {
    it(`${tag}: the last src wins and no earlier response is ever rendered`, async () => {
      const element = await make(tag);
      // Earlier requests answer first (shorter delays), all after the last src is set; only the last may show.
      const earlier = await Promise.all([150, 200, 250, 300, 350].map((delay) => served(huaian2024, delay)));
      const last = await served(xiguan2024, 400);
      const seen = new Set<string>();
      const watch = setInterval(() => {
        for (const cell of deepAll(element, 'td[data-path="proactive.penalties"]')) seen.add(cell.textContent!.trim());
      }, 5);
      for (const src of [...earlier, last]) {
        element.src = src;
        await element.updateComplete; // each src starts its own request
      }
      await until(() => [...seen].includes(number(xiguan2024.proactive.penalties as number)), 5000, 'the last report');
      await new Promise((resolve) => setTimeout(resolve, 300));
      await allUpdated(element);
      clearInterval(watch);
      expect([...seen]).to.deep.equal([number(xiguan2024.proactive.penalties as number)]);
      expect(huaian2024.proactive.penalties).not.to.equal(xiguan2024.proactive.penalties);
    });
  }
});

describe('credentials', () => {
  const cookie = 'dr-fuzz-session=secret';
  before(() => {
    document.cookie = `${cookie}; path=/`;
  });
  after(() => {
    document.cookie = 'dr-fuzz-session=; path=/; max-age=0';
  });

  async function cookieSent(attributes: Record<string, string>): Promise<string | null> {
    const key = `cookie-${Date.now()}-${Math.random()}`;
    await fetch(`/test-api/store?key=${key}`, {method: 'POST', body: JSON.stringify(huaian2024)});
    const element = await make('disclosure-table', attributes);
    element.src = `/test-api/cookie?key=${key}`;
    await until(() => penalties(element) !== undefined, 5000, 'the table');
    const seen = (await (await fetch(`/test-api/cookie-seen?key=${key}`)).json()) as {cookie: string | null};
    return seen.cookie;
  }

  it('the page does have a cookie for this origin (so the next tests mean something)', async () => {
    expect(document.cookie).to.include(cookie);
    const key = `plain-${Date.now()}`;
    await fetch(`/test-api/cookie?key=${key}`, {credentials: 'same-origin'});
    const seen = (await (await fetch(`/test-api/cookie-seen?key=${key}`)).json()) as {cookie: string | null};
    expect(seen.cookie).to.include(cookie);
  });

  it('are not sent by default', async () => {
    expect(await cookieSent({})).to.equal(null);
  });

  it('are not sent for an unknown credentials value', async () => {
    expect(await cookieSent({credentials: 'everything'})).to.equal(null);
  });

  for (const mode of ['same-origin', 'include']) {
    it(`are sent with credentials="${mode}"`, async () => {
      expect(await cookieSent({credentials: mode})).to.include(cookie);
    });
  }
});

describe('report files not saved as UTF-8', () => {
  // 西关街道 in GBK, as Excel or Notepad on a Chinese Windows saves it.
  const GBK_XIGUAN = [0xce, 0xf7, 0xb9, 0xd8, 0xbd, 0xd6, 0xb5, 0xc0];
  /** xiguan2024 titled 西关街道 in GBK bytes, served as a blob with `type`. */
  function gbkReport(type: string): string {
    // The rest of the report as \u escapes: ASCII, which reads the same in GBK and UTF-8.
    const json = JSON.stringify({...xiguan2024, title: '@'}).replace(
      /[^ -~]/g, // anything outside printable ASCII (JSON.stringify escapes control characters)
      (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
    );
    const [before, after] = json.split('"@"') as [string, string];
    const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));
    const bytes = new Uint8Array([...ascii(`${before}"`), ...GBK_XIGUAN, ...ascii(`"${after}`)]);
    return URL.createObjectURL(new Blob([bytes], {type}));
  }
  const title = (element: Element) => element.shadowRoot!.querySelector('h1')?.textContent ?? '';

  it('a UTF-16 file with a byte-order mark (Excel’s and Notepad’s “Unicode”) shows its Chinese', async () => {
    const text = JSON.stringify({...xiguan2024, title: '西关街道'});
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      bytes.set([code & 0xff, code >> 8], 2 + 2 * i);
    }
    const element = await make('disclosure-report');
    element.src = URL.createObjectURL(new Blob([bytes], {type: 'application/json'}));
    await until(() => title(element) !== '', 5000, 'the title');
    expect(title(element)).to.equal('西关街道');
  });

  for (const [name, type] of [
    ['served without a charset', 'application/json'],
    ['served with charset=gbk', 'application/json; charset=gbk'],
  ]) {
    it(`a GBK file ${name} shows its Chinese, not "���"`, async () => {
      const element = await make('disclosure-report');
      element.src = gbkReport(type);
      await until(() => title(element) !== '', 5000, 'the title');
      expect(title(element)).to.include('西关街道').and.not.to.include('\uFFFD');
      expect(element.error).to.equal(undefined);
    });
  }
});
