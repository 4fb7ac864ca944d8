/**
 * Loading a report from `src` when the server misbehaves: every failure ends, within a bounded
 * time, in a message naming the URL and a `disclosure-error` event, with a retry button when
 * loading again can help (HTTP error, network error, timeout) and none when the same file would
 * come back (too large, not JSON, not a report); big or
 * endless bodies are cut off without freezing the page; redirects are followed; the last `src`
 * wins; cookies go only where the host allows them. Endpoints: test/support/server.js.
 *
 * No test here depends on the machine's speed: each waits for an event or a state, never for a
 * time, and the server's gates (not delays) decide which response comes first. Mocha's timeout
 * is only a hang guard.
 */
import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import '../../../src/all.js';
import type {ReportElement, DisclosureErrorDetail} from '../../../src/components/base/report-element.js';
import {huaian2024, xiguan2024} from '../../../src/examples/index.js';
import {LIMITS} from '../../../src/model/limits.js';
import {served, allUpdated, deepAll} from '../../support/report-helpers.js';

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

/** Set src and wait until the report is read and checked (its findings event), then rendered. */
async function loaded(element: ReportElement, src: string): Promise<void> {
  const event = oneEvent(element, 'disclosure-findings');
  element.src = src;
  await event;
  await allUpdated(element);
}

/** The message every failure must show: the URL, a reason, and a retry button when retrying can help. */
function expectFailureMessage(element: ReportElement, src: string, wording: string, retry: boolean): void {
  const alert = alertOf(element);
  expect(alert, `no message in ${element.localName}: "${text(element)}"`).to.exist;
  expect(alert!.textContent).to.include(src);
  expect(alert!.textContent).to.include(wording);
  expect(Boolean(alert!.querySelector('button.retry')), 'a retry button').to.equal(retry);
}

const failures: [name: string, src: () => Promise<string> | string, wording: string, retry: boolean][] = [
  ['HTTP 404', async () => `/test-api/fail?key=${Date.now()}&mode=404`, '服务器上没有这个文件（HTTP 404）', true],
  ['HTTP 500', async () => `/test-api/fail?key=${Date.now()}&mode=500`, '服务器出错，请稍后重试（HTTP 500）', true],
  ['HTTP 403', async () => `/test-api/fail?key=${Date.now()}&mode=403`, '服务器返回 HTTP 403', true],
  ['network error (connection dropped)', async () => `/test-api/fail?key=${Date.now()}&mode=hangup`, '网络错误', true],
  ['a host that does not exist', () => 'http://nonexistent.invalid/report.json', '网络错误', true],
  ['an HTML page instead of JSON', async () => `/test-api/fail?key=${Date.now()}&mode=text`, '不是 JSON', false],
  [
    'JSON of the wrong shape (a list)',
    async () => `/test-api/fail?key=${Date.now()}&mode=array`,
    '不是有效的报告',
    false,
  ],
  ['JSON of the wrong shape (a string)', () => served('a report'), '不是有效的报告', false],
];

describe('src failures: a message naming the URL, a retry where it can help, and disclosure-error, in every element', () => {
  for (const tag of TAGS) {
    for (const [name, src, wording, retry] of failures) {
      it(`${tag}: ${name} (${retry ? 'retry offered' : 'no retry: the same file would come back'})`, async () => {
        const element = await make(tag);
        const url = await src();
        const {detail} = await failing(element, url);
        expect(detail.url).to.equal(url);
        expectFailureMessage(element, url, wording, retry);
      });
    }
  }
});

describe('a server that never answers', () => {
  it('gives up after the `timeout` attribute (ms) with a message and an event', async () => {
    const element = await make('disclosure-table', {timeout: '400'});
    const {detail, ms} = await failing(element, '/test-api/hang');
    // Not before the deadline (timers never fire early); how long after depends on the machine.
    expect(ms).to.be.at.least(400);
    expect(detail.message).to.include('400 ms');
    expectFailureMessage(element, '/test-api/hang', '0.4 秒内没有应答', true);
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
    // The headers come at once, then a body that never ends nor grows: only the deadline can end it.
    const element = await make('appeal-litigation-grid', {timeout: '300'});
    const {detail} = await failing(element, '/test-api/trickle');
    expect(detail.message).to.include('no answer within 300 ms');
    expectFailureMessage(element, '/test-api/trickle', '0.3 秒内没有应答', true);
  });
});

describe('oversized bodies are refused without freezing the page', () => {
  const limitMb = `${LIMITS.fileBytes / 1024 / 1024} MB`;

  it('a declared Content-Length above the limit is refused before the body is read', async () => {
    // The server declares 100 MB, sends a few bytes, and then nothing: a client that waited for the
    // body would end on the 15 s deadline instead, with another message.
    const element = await make('disclosure-report');
    const src = `/test-api/big?bytes=${LIMITS.fileBytes * 50}&declare=1&hold=1`;
    const {detail} = await failing(element, src);
    expect(detail.message).to.equal(`larger than ${LIMITS.fileBytes} bytes`);
    expectFailureMessage(element, src, limitMb, false);
  });

  it('a body without Content-Length is counted as it streams and cut off past the limit', async () => {
    // The longest deadline there is: only the size cap can end this endless body.
    const element = await make('disclosure-table', {timeout: '600000'});
    const src = '/test-api/big?bytes=endless';
    const {detail} = await failing(element, src);
    expect(detail.message).to.equal(`larger than ${LIMITS.fileBytes} bytes`);
    expectFailureMessage(element, src, limitMb, false);
  });

  it('a body just under the limit is read (and then judged as a report)', async () => {
    const element = await make('disclosure-table', {timeout: '600000'});
    const src = `/test-api/big?bytes=${LIMITS.fileBytes - 10}`;
    const {detail} = await failing(element, src); // read whole, then refused as no report
    expect(detail.issues, 'judged as a report').to.not.equal(undefined);
    expect(alertOf(element)!.textContent).not.to.include(limitMb);
  });
});

describe('redirects', () => {
  for (const status of [301, 302, 307, 308]) {
    it(`HTTP ${status} is followed and the final document renders`, async () => {
      const target = await served(huaian2024);
      const element = await make('disclosure-table');
      await loaded(element, `/test-api/redirect?status=${status}&to=${encodeURIComponent(target)}`);
      expect(penalties(element)).to.equal(number(huaian2024.proactive.penalties as number));
    });
  }

  it('a redirect to a failing URL shows the failure with the URL the host gave', async () => {
    const element = await make('disclosure-table');
    const src = `/test-api/redirect?to=${encodeURIComponent('/test-api/fail?key=x&mode=500')}`;
    await failing(element, src);
    expectFailureMessage(element, src, 'HTTP 500', true);
  });
});

describe('rapid src changes', () => {
  let gates = 0;
  /** A URL of `report` that the server answers only once `gate` is opened. */
  async function gated(report: unknown, gate: string): Promise<string> {
    return `${await served(report)}&gate=${gate}`;
  }
  const open = (gate: string) => fetch(`/test-api/open?gate=${gate}`);

  for (const tag of ['disclosure-table', 'disclosure-report'] as const) {
    it(`${tag}: the last src wins and no earlier response is ever rendered`, async () => {
      const element = await make(tag);
      const run = `${Date.now()}-${gates++}`;
      // Every answer is held until all the src values are set (on a busy machine setting them can
      // take longer than any delay); then the earlier ones are answered first, and the last one after.
      const earlier = await Promise.all([1, 2, 3, 4, 5].map(() => gated(huaian2024, `earlier-${run}`)));
      const last = await gated(xiguan2024, `last-${run}`);
      const seen = new Set<string>();
      const watch = setInterval(() => {
        for (const cell of deepAll(element, 'td[data-path="proactive.penalties"]')) seen.add(cell.textContent!.trim());
      }, 5);
      let checked = 0;
      element.addEventListener('disclosure-findings', () => checked++);
      for (const src of [...earlier, last]) {
        element.src = src;
        await element.updateComplete; // each src starts its own request
      }
      await open(`earlier-${run}`);
      const shown = oneEvent(element, 'disclosure-findings');
      await open(`last-${run}`);
      await shown;
      await allUpdated(element);
      clearInterval(watch);
      expect(checked, 'one report was read and checked: the last').to.equal(1);
      const shownNow = deepAll(element, 'td[data-path="proactive.penalties"]').map((cell) => cell.textContent!.trim());
      expect(shownNow).to.deep.equal([number(xiguan2024.proactive.penalties as number)]);
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
    await loaded(element, `/test-api/cookie?key=${key}`);
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
    await loaded(element, URL.createObjectURL(new Blob([bytes], {type: 'application/json'})));
    expect(title(element)).to.equal('西关街道');
  });

  for (const [name, type] of [
    ['served without a charset', 'application/json'],
    ['served with charset=gbk', 'application/json; charset=gbk'],
  ]) {
    it(`a GBK file ${name} shows its Chinese, not "���"`, async () => {
      const element = await make('disclosure-report');
      await loaded(element, gbkReport(type));
      expect(title(element)).to.include('西关街道').and.not.to.include('\uFFFD');
      expect(element.error).to.equal(undefined);
    });
  }
});
