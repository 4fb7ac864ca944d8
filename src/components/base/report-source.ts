/**
 * Where an element's report comes from, as a Lit reactive controller: it picks the source, loads
 * `src` (abort, retry, failure), validates and checks what arrives, and queues the events the
 * page hears. The element only reads `loadState`, `result` and `findings` and renders.
 *
 * Sources, in this order of precedence:
 * 1. the `report` property (any value: it is always validated, never trusted);
 * 2. the `src` attribute: a URL of report JSON, fetched by fetch-report.ts;
 * 3. an inline `<script type="application/json">` child, so a CMS author needs no JavaScript;
 * 4. the report an enclosing element hands down (report-context.ts), already validated and
 *    checked there, its events fired there.
 *
 * Why not @lit/task: it would run the fetch, but not the precedence above, the inline child or the
 * handed-down report, which are most of this file; what it would take over (an AbortController
 * per run, dropping a stale answer) is a few lines here, against about 1 KB gzip of its own in a
 * bundle whose budget allows 0.3 KB of growth (measured on @lit/task 1.0.3: task.js, minified,
 * 1027 bytes gzip -9).
 */
import {isServer, type PropertyValues, type ReactiveController, type ReactiveControllerHost} from 'lit';
import {checkReport, type Finding} from '../../model/checks.js';
import {parseReport, validateReport, type ValidationResult} from '../../model/validate.js';
import type {DisclosureErrorDetail, DisclosureFindingsDetail, FailedLoad, LoadState} from '../report-view.js';
import {fetchReportText} from './fetch-report.js';
import {consumeReport, type HandedDownReport} from './report-context.js';

/** 'context': no data of its own, so it shows what an enclosing <disclosure-report> hands down. */
export type Source = 'none' | 'property' | 'src' | 'inline' | 'context';

/** What the controller reads from its element at each update. */
export interface ReportSourceHost extends ReactiveControllerHost, HTMLElement {
  readonly report: unknown;
  readonly src?: string;
  readonly credentials: unknown;
  readonly timeout: unknown;
}

export interface ReportSourceOptions {
  /** Whether a report path (a cell, a table) belongs to what the element shows: findings are filtered by it. */
  readonly ownsPath: (path: string) => boolean;
  /** Whether an enclosing element may hand this one its report (not the outermost element). */
  readonly takesHandedDown: boolean;
}

/**
 * The failures a retry can mend: the server or the network may answer next time. A file that
 * came whole but is too large, not JSON or not a report comes back the same, so no retry.
 */
export const RETRY_HELPS: ReadonlySet<FailedLoad['reason']> = new Set(['http', 'network', 'timeout']);

/** Validation and checks are other code: a bug there must not blank the page. */
export function safely(run: () => ValidationResult): ValidationResult {
  try {
    return run();
  } catch (error) {
    const message = String(error instanceof Error ? error.message : error);
    return {
      valid: false,
      report: null,
      issues: [{path: '', code: 'not-object', severity: 'error', message: {zh: message, en: message}}],
      invalid: new Set(['']),
    };
  }
}

const INLINE_JSON = ':scope > script[type="application/json"]';

export class ReportSource implements ReactiveController {
  // Read by the element; set only here. Plain fields, not getters: every byte counts in the bundle.
  /** Where the report on show came from. */
  from: Source = 'none';
  /** Where the `src` load stands (idle for the other sources; a handed-down report brings its provider's). */
  loadState: LoadState = {status: 'idle'};
  /** The validation result of the report on show, if one has been read. */
  result?: ValidationResult;
  /** What the last `disclosure-error` carried, or undefined when the report on show is valid. */
  error?: DisclosureErrorDetail;

  private allFindings: readonly Finding[] = [];
  private request?: AbortController;
  private pendingEvents: CustomEvent[] = [];
  private childObserver?: MutationObserver;
  /** The inline JSON last read, so a mutation that leaves it unchanged is not validated again. */
  private inlineText?: string;
  /** What an enclosing element hands down, whether or not this one shows it. */
  private offered?: HandedDownReport;

  constructor(
    private readonly host: ReportSourceHost,
    private readonly options: ReportSourceOptions,
  ) {
    if (options.takesHandedDown) {
      consumeReport(host, (value) => {
        this.offered = value;
        this.adoptHandedDown();
      });
    }
    host.addController(this);
  }

  /** What the enclosing element hands down, while the element shows it; else undefined. */
  get handedDown(): HandedDownReport | undefined {
    return this.from === 'context' ? this.offered : undefined;
  }

  /** The findings that concern the element (filtered when read: `ownsPath` may depend on attributes). */
  get findings(): readonly Finding[] {
    return this.allFindings.filter((finding) => finding.cells.some((cell) => this.options.ownsPath(cell)));
  }

  /** The list finding numbers count in: the enclosing element's when showing its report, else this one's. */
  get numbering(): readonly Finding[] {
    return this.handedDown?.numbering || this.findings;
  }

  /** Fetch `src` again (the retry button); a handed-down report asks its provider. */
  reload(): void {
    if (this.from === 'context') this.offered?.reload();
    else void this.load();
  }

  hostConnected(): void {
    // Lit's server renderer (src/static/) connects the element too: there the report is a property
    // and there is no page to watch.
    if (isServer) return;
    this.childObserver = new MutationObserver(() => this.readInline());
    this.childObserver.observe(this.host, {childList: true, subtree: true, characterData: true});
    this.readInline();
    // When the element is upgraded while the parser is still inside it, the script child is not there yet.
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', () => this.readInline(), {once: true});
    }
  }

  hostDisconnected(): void {
    this.childObserver?.disconnect();
  }

  /**
   * Called from the element's `willUpdate`, before it renders or hands its report down: a new
   * `report` or `src` changes the source. (Controllers are not told which properties changed.)
   */
  update(changed: PropertyValues): void {
    const host = this.host;
    if (changed.has('report') && host.report !== undefined) {
      this.request?.abort();
      this.from = 'property';
      this.loadState = {status: 'idle'};
      this.accept(safely(() => validateReport(host.report)));
    } else if (changed.has('report') && this.from === 'property') {
      this.forget();
      if (host.src) void this.load();
      else this.readInline();
    }
    if (changed.has('src') && this.from !== 'property') {
      if (host.src) void this.load();
      else if (this.from === 'src') {
        this.request?.abort();
        this.forget();
        this.loadState = {status: 'idle'};
        this.readInline();
      }
    }
    if (this.from === 'none') this.adoptHandedDown();
  }

  /**
   * After each render, the queued events. Inline JSON is read while the page is still being
   * parsed, before a script further down the page has added its listeners: the events wait until
   * the parser is done.
   */
  hostUpdated(): void {
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', () => this.dispatchPending(), {once: true});
    } else {
      this.dispatchPending();
    }
  }

  /** Called from `update`, within the element's update: no requestUpdate needed. */
  private forget(): void {
    this.from = 'none';
    this.result = this.error = undefined;
  }

  /** Take the enclosing report's state (validated and checked there, events fired there) unless the element has data of its own. */
  private adoptHandedDown(): void {
    const value = this.offered;
    if (!value || (this.from !== 'none' && this.from !== 'context')) return;
    const host = this.host;
    if (host.report !== undefined || host.src || host.querySelector(INLINE_JSON)) return;
    this.from = 'context';
    this.loadState = value.loadState;
    this.result = value.result;
    this.allFindings = value.findings;
    host.requestUpdate();
  }

  private dispatchPending(): void {
    const events = this.pendingEvents;
    this.pendingEvents = [];
    for (const event of events) this.host.dispatchEvent(event);
  }

  private emit(type: 'disclosure-error', detail: DisclosureErrorDetail): void;
  private emit(type: 'disclosure-findings', detail: DisclosureFindingsDetail): void;
  private emit(type: string, detail: object): void {
    if (type === 'disclosure-error') this.error = detail as DisclosureErrorDetail;
    this.pendingEvents.push(new CustomEvent(type, {detail, bubbles: true, composed: true}));
    this.host.requestUpdate();
  }

  private accept(result: ValidationResult, url?: string): void {
    this.result = result;
    this.error = undefined;
    let findings: Finding[] = [];
    if (result.report) {
      try {
        findings = checkReport(result.report, {invalid: result.invalid});
      } catch {
        findings = []; // a failing check must not hide the published numbers
      }
    }
    this.allFindings = findings;
    if (!result.valid) {
      const issues = result.issues.filter((issue) => issue.severity === 'error');
      this.emit('disclosure-error', url === undefined ? {issues} : {issues, url});
    }
    if (result.report) this.emit('disclosure-findings', {findings: this.findings});
  }

  private readInline(): void {
    if (this.from === 'property' || this.from === 'src' || this.host.src) return;
    const script = this.host.querySelector(INLINE_JSON);
    if (!script) return;
    const text = script.textContent ?? '';
    if (this.from === 'inline' && text === this.inlineText) return;
    this.inlineText = text;
    this.from = 'inline';
    this.accept(safely(() => parseReport(text)));
  }

  private async load(): Promise<void> {
    this.request?.abort();
    const url = this.host.src;
    if (!url) return;
    const request = new AbortController();
    this.request = request;
    this.from = 'src';
    this.result = this.error = undefined;
    this.loadState = {status: 'loading', url};
    this.host.requestUpdate(); // `reload()` comes from outside an update
    const outcome = await fetchReportText(url, {
      signal: request.signal,
      credentials: this.host.credentials,
      timeout: this.host.timeout,
    });
    // A newer `src` or a `report` superseded this request.
    if (request !== this.request || request.signal.aborted) return;
    if (!outcome.ok) {
      const status = outcome.reason === 'http' ? outcome.status : undefined;
      this.loadState = {status: 'failed', url, httpStatus: status, reason: outcome.reason};
      const message =
        outcome.reason === 'http'
          ? `HTTP ${outcome.status}`
          : outcome.reason === 'network'
            ? outcome.message
            : outcome.reason === 'timeout'
              ? `no answer within ${outcome.timeout} ms`
              : `larger than ${outcome.limit} bytes`;
      this.emit('disclosure-error', status === undefined ? {url, message} : {url, status, message});
      return;
    }
    const text = outcome.text;
    const result = safely(() => parseReport(text));
    if (!result.report) {
      const notJson = result.issues.some((issue) => issue.code === 'not-json');
      this.loadState = {status: 'failed', url, reason: notJson ? 'not-json' : 'invalid'};
      this.result = result;
      this.emit('disclosure-error', {url, issues: result.issues, message: result.issues[0]?.message.en});
      return;
    }
    this.loadState = {status: 'loaded', url};
    this.accept(result, url);
  }
}
