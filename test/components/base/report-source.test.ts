/**
 * ReportSource on its own: a bare Lit element with the four properties the controller reads shows
 * which report it has, so what a page sees from each source (a property, `src`, inline JSON) and
 * from each failure does not depend on the library's elements. Which source wins, which answer
 * is dropped as stale, what a retry mends, and when the events reach the page.
 *
 * No test waits for a time: the test server's gates decide which answer comes first
 * (test/support/server.js).
 */
import {expect, fixture, html as fixtureHtml, oneEvent} from '@open-wc/testing';
import {LitElement, html, type PropertyValues} from 'lit';
import {property} from 'lit/decorators.js';
import {ReportSource} from '../../../src/components/base/report-source.js';
import type {DisclosureErrorDetail} from '../../../src/components/report-view.js';
import {huaian2024, xiguan2024} from '../../../src/examples/index.js';
import {served} from '../../support/report-helpers.js';

class SourceProbe extends LitElement {
  @property({attribute: false}) report: unknown = undefined;
  @property() src?: string;
  @property() credentials = 'omit';
  @property({type: Number}) timeout = 15_000;
  /** Findings are kept for table 四 only, as an <appeal-litigation-grid> would. */
  readonly source = new ReportSource(this, {ownsPath: (path) => path.startsWith('appeals'), takesHandedDown: false});

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.source.update(changed);
  }

  /** What a reader would see: the load state and the agency of the report on show. */
  protected override render() {
    const {loadState, result} = this.source;
    const agency = result?.report ? String(result.report.agency) : 'none';
    return html`<p>${loadState.status} ${agency}</p>`;
  }
}
customElements.define('source-probe', SourceProbe);

const shown = (probe: SourceProbe) => probe.shadowRoot!.textContent!.trim();
const agencyOf = (report: {agency: unknown}) => String(report.agency);
const inline = (report: unknown) => `<script type="application/json">${JSON.stringify(report)}</script>`;

async function probe(children = ''): Promise<SourceProbe> {
  const container = await fixture<HTMLDivElement>(fixtureHtml`<div></div>`);
  container.innerHTML = `<source-probe>${children}</source-probe>`;
  const element = container.firstElementChild as SourceProbe;
  await element.updateComplete;
  return element;
}

/** Set `src` and wait for the report to be read, checked and rendered. */
async function loadFrom(element: SourceProbe, src: string): Promise<void> {
  const findings = oneEvent(element, 'disclosure-findings');
  element.src = src;
  await findings;
  await element.updateComplete;
}

let runs = 0;
const open = (gate: string) => fetch(`/test-api/open?gate=${gate}`);

describe('ReportSource: which source wins', () => {
  it('shows "no data" until a source gives a report', async () => {
    const element = await probe();
    expect(shown(element)).to.equal('idle none');
    expect(element.source.result).to.equal(undefined);
  });

  it('reads inline JSON on connecting and fires its findings (only those it owns)', async () => {
    const container = await fixture<HTMLDivElement>(fixtureHtml`<div></div>`);
    const findings = oneEvent(container, 'disclosure-findings');
    container.innerHTML = `<source-probe>${inline(xiguan2024)}</source-probe>`;
    const {detail} = await findings;
    const element = container.firstElementChild as SourceProbe;
    await element.updateComplete;
    expect(shown(element)).to.equal(`idle ${agencyOf(xiguan2024)}`);
    for (const finding of detail.findings) {
      expect(finding.cells.some((cell: string) => cell.startsWith('appeals'))).to.equal(true);
    }
  });

  it('the report property beats inline JSON, and its removal brings the inline report back', async () => {
    const element = await probe(inline(xiguan2024));
    element.report = huaian2024;
    await element.updateComplete;
    expect(shown(element)).to.equal(`idle ${agencyOf(huaian2024)}`);
    element.report = undefined;
    await element.updateComplete;
    expect(shown(element)).to.equal(`idle ${agencyOf(xiguan2024)}`);
  });

  it('the report property beats src; removing it loads src', async () => {
    const element = await probe();
    element.report = xiguan2024;
    element.src = await served(huaian2024);
    await element.updateComplete;
    expect(shown(element)).to.equal(`idle ${agencyOf(xiguan2024)}`);
    const findings = oneEvent(element, 'disclosure-findings');
    element.report = undefined;
    await element.updateComplete;
    expect(shown(element)).to.equal('loading none');
    await findings;
    await element.updateComplete;
    expect(shown(element)).to.equal(`loaded ${agencyOf(huaian2024)}`);
  });

  it('src beats inline JSON; clearing src shows the inline report again', async () => {
    const element = await probe(inline(xiguan2024));
    await loadFrom(element, await served(huaian2024));
    expect(shown(element)).to.equal(`loaded ${agencyOf(huaian2024)}`);
    element.src = undefined;
    await element.updateComplete;
    expect(shown(element)).to.equal(`idle ${agencyOf(xiguan2024)}`);
  });

  it('re-reads inline JSON when its text changes, and not when it stays the same', async () => {
    const element = await probe(inline(xiguan2024));
    let events = 0;
    element.addEventListener('disclosure-findings', () => events++);
    const script = element.querySelector('script')!;
    script.textContent = JSON.stringify(huaian2024);
    await oneEvent(element, 'disclosure-findings');
    await element.updateComplete;
    expect(shown(element)).to.equal(`idle ${agencyOf(huaian2024)}`);
    script.setAttribute('data-touched', ''); // not a change of text
    script.textContent = JSON.stringify(huaian2024);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await element.updateComplete;
    expect(events).to.equal(1);
  });
});

describe('ReportSource: loading src', () => {
  it('drops the answer to a src that a newer one replaced, whichever answers first', async () => {
    const run = `source-${Date.now()}-${runs++}`;
    const element = await probe();
    const errors: unknown[] = [];
    element.addEventListener('disclosure-error', (event) => errors.push(event.detail));
    element.src = `${await served(huaian2024)}&gate=early-${run}`;
    await element.updateComplete;
    const last = `${await served(xiguan2024)}&gate=last-${run}`;
    const findings = oneEvent(element, 'disclosure-findings');
    element.src = last;
    await element.updateComplete;
    await open(`last-${run}`);
    await findings;
    await open(`early-${run}`); // its request was aborted: even answered, it must change nothing
    await element.updateComplete;
    expect(shown(element)).to.equal(`loaded ${agencyOf(xiguan2024)}`);
    expect(element.source.loadState).to.deep.equal({status: 'loaded', url: last});
    expect(errors, 'the aborted request is no failure').to.deep.equal([]);
  });

  it('an HTTP failure is a failed state and an error event; reload() after the server mends shows the report', async () => {
    const key = `source-fail-${Date.now()}-${runs++}`;
    await fetch(`/test-api/store?key=${key}`, {method: 'POST', body: JSON.stringify(xiguan2024)});
    const url = `/test-api/fail?key=${key}&mode=500`;
    const element = await probe();
    const failed = oneEvent(element, 'disclosure-error');
    element.src = url;
    const {detail} = (await failed) as CustomEvent<DisclosureErrorDetail>;
    await element.updateComplete;
    expect(detail).to.deep.equal({url, status: 500, message: 'HTTP 500'});
    expect(element.source.loadState).to.deep.equal({status: 'failed', url, httpStatus: 500, reason: 'http'});
    expect(element.source.error).to.deep.equal(detail);
    expect(shown(element)).to.equal('failed none');

    await fetch(`/test-api/heal?key=${key}`);
    const findings = oneEvent(element, 'disclosure-findings');
    element.source.reload();
    await findings;
    await element.updateComplete;
    expect(shown(element)).to.equal(`loaded ${agencyOf(xiguan2024)}`);
    expect(element.source.error, 'a good load clears the error').to.equal(undefined);
  });

  it('a body that is not JSON fails as not-json, with the issues in the event', async () => {
    const url = `/test-api/fail?key=source-text-${Date.now()}-${runs++}&mode=text`;
    const element = await probe();
    const failed = oneEvent(element, 'disclosure-error');
    element.src = url;
    const {detail} = (await failed) as CustomEvent<DisclosureErrorDetail>;
    await element.updateComplete;
    expect(element.source.loadState).to.deep.equal({status: 'failed', url, reason: 'not-json'});
    expect(detail.url).to.equal(url);
    expect(detail.issues?.some((issue) => issue.code === 'not-json')).to.equal(true);
  });
});

describe('ReportSource: events', () => {
  it('an invalid report gives an error event with its issues, then its findings, and keeps the error', async () => {
    const broken = {...xiguan2024, year: 'last year'};
    const element = await probe();
    const seen: string[] = [];
    element.addEventListener('disclosure-error', () => seen.push('error'));
    element.addEventListener('disclosure-findings', () => seen.push('findings'));
    const findings = oneEvent(element, 'disclosure-findings');
    element.report = broken;
    await findings;
    expect(seen).to.deep.equal(['error', 'findings']);
    expect(element.source.error?.issues?.some((issue) => issue.path === 'year')).to.equal(true);
    element.report = xiguan2024;
    await element.updateComplete;
    expect(element.source.error, 'a valid report clears it').to.equal(undefined);
  });

  it('events bubble out of a shadow root to the page', async () => {
    const container = await fixture<HTMLDivElement>(fixtureHtml`<div></div>`);
    const shadow = container.attachShadow({mode: 'open'});
    const element = document.createElement('source-probe') as SourceProbe;
    shadow.append(element);
    const heard = oneEvent(container, 'disclosure-findings');
    element.report = xiguan2024;
    const event = await heard;
    expect(event.composed).to.equal(true);
  });
});
