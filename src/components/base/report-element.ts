/**
 * The base of every element of the library: how a report gets in, how it is checked, which
 * language the element speaks, and what shows while there is nothing to render yet.
 *
 * A report arrives by one of three ways, in this order of precedence:
 * 1. the `report` property (any value: it is always validated, never trusted);
 * 2. the `src` attribute: a URL of report JSON, fetched without cookies unless `credentials` allows them;
 * 3. an inline `<script type="application/json">` child, so a CMS author needs no JavaScript.
 *
 * Subclasses implement `renderReport()` and may narrow `ownsPath()` to the part of the report
 * they show (findings events then carry only what concerns them). The element is never blank
 * and never throws: loading, failure and missing data each render a message.
 */
import {LitElement, html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {msg, str} from '@lit/localize';
import {inLocale, localeFromLang, type Locale} from '../../i18n/localization.js';
import {parseReport, validateReport, type ReportIssue, type ValidationResult} from '../../model/validate.js';
import {checkReport, type Finding} from '../../model/checks.js';
import type {DisclosureReport} from '../../model/types.js';
import {inheritedLang, watchLang} from './language.js';
import {consumeReport, type HandedDownReport} from './report-context.js';
import {uiText, type LabelOptions} from '../common/labels.js';
import {fetchReportText, timeoutMs} from './fetch-report.js';
import {LIMITS} from '../../model/limits.js';
import {restyle} from './moved-styles.js';
import {issueList, noDataMessage, unreadableMessage} from '../common/issue-list.js';

/** What a subclass gets to render: a report that has been validated and checked. */
export interface ReportView {
  readonly report: DisclosureReport;
  readonly result: ValidationResult;
  /** Findings that concern this element (see `ownsPath`). */
  readonly findings: readonly Finding[];
  /** A finding's number (核查N): its place in the outermost element's list, as handed down. */
  readonly findingNumber: (finding: Finding) => number;
  readonly locale: Locale;
  readonly audit: boolean;
  readonly bilingual: boolean;
  /** An enclosing <disclosure-report> lists every finding: this element lists none of its own. */
  readonly findingsListedAbove: boolean;
}

export type LoadState =
  | {readonly status: 'idle'}
  | {readonly status: 'loading'; readonly url: string}
  | {readonly status: 'loaded'; readonly url: string}
  | {
      readonly status: 'failed';
      readonly url: string;
      readonly httpStatus?: number;
      readonly reason: 'http' | 'network' | 'timeout' | 'too-large' | 'not-json' | 'invalid';
    };

export interface DisclosureErrorDetail {
  /** The validation errors (each with its path and a zh/en message), when a report was read but is (partly) unusable or is not JSON. */
  readonly issues?: readonly ReportIssue[];
  /** Set when the report came from `src`. */
  readonly url?: string;
  /** The HTTP status, when the server answered `src` with an error. */
  readonly status?: number;
  /** For whoever maintains the page, in English: why `src` could not be loaded or read (`HTTP 404`, a network error, a timeout, the size limit, not JSON). */
  readonly message?: string;
}

export interface DisclosureFindingsDetail {
  readonly findings: readonly Finding[];
}

declare global {
  // `el.addEventListener('disclosure-error', (e) => e.detail.issues)` is typed. Both events bubble
  // out of the shadow DOM, so any ancestor can listen.
  interface HTMLElementEventMap {
    'disclosure-error': CustomEvent<DisclosureErrorDetail>;
    'disclosure-findings': CustomEvent<DisclosureFindingsDetail>;
  }
}

/** 'context': no data of its own, so it shows what an enclosing <disclosure-report> hands down. */
type Source = 'none' | 'property' | 'src' | 'inline' | 'context';

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

type FailedLoad = Extract<LoadState, {status: 'failed'}>;

/**
 * The failures a retry can mend: the server or the network may answer next time. A file that
 * came whole but is too large, not JSON or not a report comes back the same, so no retry.
 */
const RETRY_HELPS: ReadonlySet<FailedLoad['reason']> = new Set(['http', 'network', 'timeout']);

/**
 * @fires disclosure-error - A report could not be loaded or is (partly) invalid. Detail: `{issues}` for an invalid report (with `url` when it came from `src`), `{url, status?, message, issues?}` when `src` could not be loaded or read. The last detail stays in the `error` property.
 * @fires disclosure-findings - The arithmetic checks ran. Detail: `{findings}` (only those concerning this element).
 */
export abstract class ReportElement extends LitElement {
  /**
   * The report (any value; it is validated). Takes precedence over `src` and inline JSON. Replace
   * it to show a change (`el.report = {...el.report, year: 2025}`): it is validated when it is set,
   * so an object changed in place, even followed by `requestUpdate()`, shows what it held then.
   */
  @property({attribute: false}) report: unknown = undefined;

  /** URL of a report JSON file. A new value cancels the earlier request. */
  @property() src?: string;

  /**
   * Credentials for `src`: 'omit' (default: no cookies, no HTTP auth), 'same-origin' or 'include'.
   * Any other value means 'omit'. Takes effect on the next load.
   */
  @property() credentials: RequestCredentials = 'omit';

  /**
   * Milliseconds a `src` load may take (headers and body) before it fails with a message: 1 to
   * 600000 (10 minutes); the default, 15000, for any other value.
   */
  @property({type: Number}) timeout = 15_000;

  /** Mark cells named by arithmetic findings and list the findings under the element. */
  @property({type: Boolean, reflect: true}) audit = false;

  /** Show every label in Chinese with the English beneath. */
  @property({type: Boolean, reflect: true}) bilingual = false;

  @state() protected loadState: LoadState = {status: 'idle'};
  @state() protected result?: ValidationResult;
  private allFindings: readonly Finding[] = [];
  private source: Source = 'none';
  private request?: AbortController;
  private renderedLocale?: Locale;
  private pendingEvents: CustomEvent[] = [];
  private lastError?: DisclosureErrorDetail;
  private unwatchLang?: () => void;
  private handedDown?: HandedDownReport;
  private childObserver?: MutationObserver;
  /** The inline JSON last read, so a mutation that leaves it unchanged is not validated again. */
  private inlineText?: string;

  /**
   * The arithmetic findings that concern this element, as `disclosure-findings` carries them; empty
   * until a report has been checked. For a page script that comes after the events: read it after
   * `await element.updateComplete`.
   */
  get findings(): readonly Finding[] {
    // Filtered when read: `ownsPath` may depend on attributes.
    return this.allFindings.filter((finding) => finding.cells.some((cell) => this.ownsPath(cell)));
  }

  /**
   * What the last `disclosure-error` carried, or undefined when the report on show loaded and is
   * valid (and while nothing has been read yet). Elements inside a `<disclosure-report>` fire no
   * events of their own and leave this undefined: read the report's.
   */
  get error(): DisclosureErrorDetail | undefined {
    return this.lastError;
  }

  /**
   * Whether an enclosing element may hand this one its report. Not the outermost element, which
   * nothing encloses: its request would go unanswered, and the document's ContextRoot would
   * dispatch it again at every provider that appears below it.
   */
  protected static readonly takesHandedDown: boolean = true;

  constructor() {
    super();
    if (!(this.constructor as typeof ReportElement).takesHandedDown) return;
    consumeReport(this, (value) => {
      this.handedDown = value;
      this.adoptHandedDown();
    });
  }

  /** The element's language (see language.ts). */
  protected get locale(): Locale {
    return localeFromLang(inheritedLang(this));
  }

  /** Whether a report path (a cell, a table) belongs to what this element shows. */
  protected ownsPath(_path: string): boolean {
    return true;
  }

  /** Render the validated report. Called inside `inLocale()`, so `msg()` answers in the element's language. */
  protected abstract renderReport(view: ReportView): TemplateResult;

  override connectedCallback(): void {
    super.connectedCallback();
    // The shadow root, not renderRoot: a server-rendered element waiting for `defer-hydration` to go
    // has its declarative shadow root but no renderRoot yet, and must still hear its parent's lang.
    this.unwatchLang = watchLang(() => {
      if (this.locale !== this.renderedLocale) this.requestUpdate();
    }, this.shadowRoot ?? undefined);
    this.childObserver = new MutationObserver(() => this.readInline());
    this.childObserver.observe(this, {childList: true, subtree: true, characterData: true});
    this.readInline();
    // When the element is upgraded while the parser is still inside it, the script child is not there yet.
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', () => this.readInline(), {once: true});
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unwatchLang?.();
    this.childObserver?.disconnect();
  }

  /** Moved into another document (an iframe's) or back: its styles follow it (moved-styles.ts). */
  protected adoptedCallback(): void {
    restyle(this.renderRoot as ShadowRoot, (this.constructor as typeof LitElement).elementStyles);
  }

  /**
   * The report elements this one rendered or holds (sections, tables), whose rendering is part of
   * its own. None for a table.
   */
  protected nestedReportElements(): ReportElement[] {
    return [];
  }

  /** The report elements in `roots` (whatever tag names they were registered under). */
  protected static reportElementsIn(...roots: ParentNode[]): ReportElement[] {
    return roots.flatMap((root) =>
      [...root.querySelectorAll('*')].filter((element): element is ReportElement => element instanceof ReportElement),
    );
  }

  /**
   * `updateComplete` resolves once this element and the report elements inside it have rendered,
   * so `await report.updateComplete` is enough before measuring or printing a whole report.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let settled = await super.getUpdateComplete();
    for (const nested of this.nestedReportElements()) settled = (await nested.updateComplete) && settled;
    return settled;
  }

  /** Fetch `src` again (the retry button). */
  reload(): void {
    if (this.source === 'context') this.handedDown?.reload();
    else void this.load();
  }

  /** What this element shows, as a ReportProvider hands it down to the elements inside it. */
  protected shownReport(): HandedDownReport {
    return {
      loadState: this.loadState,
      result: this.result,
      findings: this.findings,
      numbering: this.numbering,
      audit: this.audit,
      bilingual: this.bilingual,
      findingsListed: this.listsEveryFinding,
      reload: () => this.reload(),
    };
  }

  /** Whether this element, or one around it, lists every finding of the report (its summary). */
  protected get listsEveryFinding(): boolean {
    return this.source === 'context' && Boolean(this.handedDown?.findingsListed);
  }

  /** The list finding numbers count in: the enclosing element's when showing its report, else this one's. */
  private get numbering(): readonly Finding[] {
    return (this.source === 'context' && this.handedDown?.numbering) || this.findings;
  }

  /** Take the enclosing report's state (validated and checked there, events fired there) unless the element has data of its own. */
  private adoptHandedDown(): void {
    const value = this.handedDown;
    if (!value || (this.source !== 'none' && this.source !== 'context')) return;
    if (this.report !== undefined || this.src || this.querySelector(':scope > script[type="application/json"]')) return;
    this.source = 'context';
    this.loadState = value.loadState;
    this.result = value.result;
    this.allFindings = value.findings;
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('report') && this.report !== undefined) {
      this.request?.abort();
      this.source = 'property';
      this.loadState = {status: 'idle'};
      this.accept(safely(() => validateReport(this.report)));
    } else if (changed.has('report') && this.source === 'property') {
      this.source = 'none';
      this.result = undefined;
      this.lastError = undefined;
      if (this.src) void this.load();
      else this.readInline();
    }
    if (changed.has('src') && this.source !== 'property') {
      if (this.src) void this.load();
      else if (this.source === 'src') {
        this.request?.abort();
        this.source = 'none';
        this.result = undefined;
        this.lastError = undefined;
        this.loadState = {status: 'idle'};
        this.readInline();
      }
    }
    if (this.source === 'none') this.adoptHandedDown();
  }

  protected override updated(): void {
    // Inline JSON is read while the page is still being parsed, before a script further down the
    // page has added its listeners: the events wait until the parser is done.
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', () => this.dispatchPending(), {once: true});
    } else {
      this.dispatchPending();
    }
  }

  private dispatchPending(): void {
    const events = this.pendingEvents;
    this.pendingEvents = [];
    for (const event of events) this.dispatchEvent(event);
  }

  private emit(type: 'disclosure-error', detail: DisclosureErrorDetail): void;
  private emit(type: 'disclosure-findings', detail: DisclosureFindingsDetail): void;
  private emit(type: string, detail: object): void {
    if (type === 'disclosure-error') this.lastError = detail as DisclosureErrorDetail;
    this.pendingEvents.push(new CustomEvent(type, {detail, bubbles: true, composed: true}));
    this.requestUpdate();
  }

  private accept(result: ValidationResult, url?: string): void {
    this.result = result;
    this.lastError = undefined;
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
    if (this.source === 'property' || this.source === 'src' || this.src) return;
    const script = this.querySelector(':scope > script[type="application/json"]');
    if (!script) return;
    const text = script.textContent ?? '';
    if (this.source === 'inline' && text === this.inlineText) return;
    this.inlineText = text;
    this.source = 'inline';
    this.accept(safely(() => parseReport(text)));
  }

  private async load(): Promise<void> {
    this.request?.abort();
    const url = this.src;
    if (!url) return;
    const request = new AbortController();
    this.request = request;
    this.source = 'src';
    this.result = undefined;
    this.lastError = undefined;
    this.loadState = {status: 'loading', url};
    const stale = () => request !== this.request || request.signal.aborted;
    const outcome = await fetchReportText(url, {
      signal: request.signal,
      credentials: this.credentials,
      timeout: this.timeout,
    });
    if (stale()) return;
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

  /** Whether to show both languages (its own attribute, or the enclosing report's). */
  protected get showsBilingual(): boolean {
    return this.bilingual || (this.source === 'context' && Boolean(this.handedDown?.bilingual));
  }

  protected override render(): TemplateResult {
    this.renderedLocale = this.locale;
    // Bilingual: Chinese is the root language and every English run carries lang="en".
    const locale = this.showsBilingual ? 'zh-CN' : this.locale;
    return inLocale(
      locale,
      () => html`<div class="root" part="dr-root" lang=${locale}>${this.renderBody(locale)}</div>`,
    );
  }

  private textOptions(locale: Locale): LabelOptions {
    return {locale, bilingual: this.showsBilingual};
  }

  private renderBody(locale: Locale): TemplateResult {
    const state = this.loadState;
    if (state.status === 'loading') {
      return html`<p class="status" part="dr-status" role="status">${uiText(() => msg(str`正在加载报告：${state.url}`, {id: 'loading'}), this.textOptions(locale))}</p>`;
    }
    if (state.status === 'failed') return this.renderFailure(state, locale);
    const result = this.result;
    if (!result) {
      return noDataMessage(this.textOptions(locale));
    }
    if (!result.report) {
      return unreadableMessage(result.issues, this.textOptions(locale));
    }
    const numbering = this.numbering;
    const view: ReportView = {
      report: result.report,
      result,
      findings: this.findings,
      findingNumber: (finding) => numbering.indexOf(finding) + 1,
      locale,
      audit: this.audit || (this.source === 'context' && Boolean(this.handedDown?.audit)),
      bilingual: this.showsBilingual,
      findingsListedAbove: this.source === 'context' && Boolean(this.handedDown?.findingsListed),
    };
    // No retry here: the file loaded, and loading it again gives the same errors.
    const banner =
      state.status === 'loaded' && !result.valid && this.source !== 'context' // the provider shows it once
        ? html`<div class="message" part="dr-message" role="alert">
            <p>${uiText(() => msg(str`报告 ${state.url} 有数据错误，错误处未显示数值。`, {id: 'src-invalid'}), this.textOptions(locale))}</p>
          </div>`
        : nothing;
    return html`${banner}${this.renderReport(view)}`;
  }

  private renderFailure(state: FailedLoad, locale: Locale): TemplateResult {
    const {url} = state;
    const status = state.httpStatus ?? 0;
    // Readers get the reason in words; the status code stays for whoever maintains the page.
    const reason = () =>
      state.reason === 'http'
        ? status === 404 || status === 410
          ? msg(str`无法加载报告 ${url}：服务器上没有这个文件（HTTP ${status}）。`, {id: 'load-not-found'})
          : status >= 500
            ? msg(str`无法加载报告 ${url}：服务器出错，请稍后重试（HTTP ${status}）。`, {id: 'load-server-error'})
            : msg(str`无法加载报告 ${url}（服务器返回 HTTP ${status}）。`, {id: 'load-http'})
        : state.reason === 'network'
          ? msg(str`无法加载报告 ${url}（网络错误）。`, {id: 'load-network'})
          : state.reason === 'timeout'
            ? msg(str`无法加载报告 ${url}（服务器 ${timeoutMs(this.timeout) / 1000} 秒内没有应答）。`, {
                id: 'load-timeout',
              })
            : state.reason === 'too-large'
              ? msg(str`无法加载报告 ${url}（文件超过 ${LIMITS.fileBytes / 1024 / 1024} MB 的大小上限）。`, {
                  id: 'load-too-large',
                })
              : state.reason === 'not-json'
                ? msg(str`无法读取报告 ${url}：内容不是 JSON。`, {id: 'load-not-json'})
                : msg(str`无法读取报告 ${url}：内容不是有效的报告。`, {id: 'load-invalid'});
    return html`<div class="message" part="dr-message" role="alert">
      <p>${uiText(reason, this.textOptions(locale))}</p>
      ${state.reason === 'invalid' && this.result ? issueList(this.result.issues, this.textOptions(locale)) : nothing}
      ${RETRY_HELPS.has(state.reason) ? this.renderRetry(locale) : nothing}
    </div>`;
  }

  private renderRetry(locale: Locale): TemplateResult {
    return html`<button type="button" class="retry" part="dr-retry" @click=${() => this.reload()}>
      ${uiText(() => msg('重试', {id: 'retry'}), this.textOptions(locale))}
    </button>`;
  }
}
