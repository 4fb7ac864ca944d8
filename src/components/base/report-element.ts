/**
 * The base of every element of the library: the properties a page sets, two controllers (where the
 * report comes from: report-source.ts; which language the element speaks: language.ts), and what
 * shows while there is nothing to render yet (loading, failure, no data).
 *
 * Subclasses implement `renderReport()` and may narrow `ownsPath()` to the part of the report
 * they show (findings events then carry only what concerns them). The element is never blank
 * and never throws: loading, failure and missing data each render a message.
 */
import {LitElement, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult} from 'lit';
import {inLocale, type Locale} from '../../i18n/localization.js';
import type {Finding} from '../../model/checks.js';
import type {DisclosureErrorDetail, ReportView} from '../report-view.js';
import {ReportSource} from './report-source.js';
import {restyle} from './moved-styles.js';
import {LanguageController} from './language.js';
import {invalidSrcBanner, loadStatus} from './load-status.js';
import type {HandedDownReport} from './report-context.js';

export type {DisclosureErrorDetail, DisclosureFindingsDetail, LoadState, ReportView} from '../report-view.js';

/**
 * @fires disclosure-error - A report could not be loaded or is (partly) invalid. Detail: `{issues}` for an invalid report (with `url` when it came from `src`), `{url, status?, message, issues?}` when `src` could not be loaded or read. The last detail stays in the `error` property.
 * @fires disclosure-findings - The arithmetic checks ran. Detail: `{findings}` (only those concerning this element).
 */
export abstract class ReportElement extends LitElement {
  // Reactive properties are declared here and in each subclass's `static properties`, not with
  // lit's decorators: those and TypeScript's decorator helper cost 0.4 KB gzip of the bundle.
  static override properties: PropertyDeclarations = {
    report: {attribute: false},
    src: {},
    credentials: {},
    timeout: {type: Number},
    audit: {type: Boolean, reflect: true},
    bilingual: {type: Boolean, reflect: true},
  };
  /**
   * The report (any value; it is validated). Takes precedence over `src` and inline JSON. Replace
   * it to show a change (`el.report = {...el.report, year: 2025}`): it is validated when it is set,
   * so an object changed in place, even followed by `requestUpdate()`, shows what it held then.
   */
  report: unknown = undefined;

  /** URL of a report JSON file. A new value cancels the earlier request. */
  src?: string;

  /**
   * Credentials for `src`: 'omit' (default: no cookies, no HTTP auth), 'same-origin' or 'include'.
   * Any other value means 'omit'. Takes effect on the next load.
   */
  credentials: RequestCredentials = 'omit';

  /**
   * Milliseconds a `src` load may take (headers and body) before it fails with a message: 1 to
   * 600000 (10 minutes); the default, 15000, for any other value.
   */
  timeout = 15_000;

  /** Mark cells named by arithmetic findings and list the findings under the element. */
  audit = false;

  /** Show every label in Chinese with the English beneath. */
  bilingual = false;

  /**
   * Whether an enclosing element may hand this one its report. Not the outermost element, which
   * nothing encloses: its request would go unanswered.
   */
  protected static readonly takesHandedDown: boolean = true;

  /** Where the report comes from, loaded, validated and checked (report-source.ts). */
  protected readonly source = new ReportSource(this, {
    ownsPath: (path) => this.ownsPath(path),
    takesHandedDown: (this.constructor as typeof ReportElement).takesHandedDown,
  });

  /** The element's language and the bilingual display (language.ts). */
  protected readonly language = new LanguageController(
    this,
    () => this.bilingual || Boolean(this.source.handedDown?.bilingual),
  );

  /**
   * The arithmetic findings that concern this element, as `disclosure-findings` carries them; empty
   * until a report has been checked. For a page script that comes after the events: read it after
   * `await element.updateComplete`.
   */
  get findings(): readonly Finding[] {
    return this.source.findings;
  }

  /**
   * What the last `disclosure-error` carried, or undefined when the report on show loaded and is
   * valid (and while nothing has been read yet). Elements inside a `<disclosure-report>` fire no
   * events of their own and leave this undefined: read the report's.
   */
  get error(): DisclosureErrorDetail | undefined {
    return this.source.error;
  }

  /** Fetch `src` again (the retry button). */
  reload(): void {
    this.source.reload();
  }

  /** Whether a report path (a cell, a table) belongs to what this element shows. */
  protected ownsPath(_path: string): boolean {
    return true;
  }

  /** Render the validated report. Called inside `inLocale()`, so `uiTexts()` answers in the element's language. */
  protected abstract renderReport(view: ReportView): TemplateResult;

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

  /** What this element shows, as a ReportProvider hands it down to the elements inside it. */
  protected shownReport(): HandedDownReport {
    return {
      loadState: this.source.loadState,
      result: this.source.result,
      findings: this.findings,
      numbering: this.source.numbering,
      audit: this.audit,
      bilingual: this.bilingual,
      findingsListed: this.listsEveryFinding,
      reload: () => this.reload(),
    };
  }

  /** Whether this element, or one around it, lists every finding of the report (its summary). */
  protected get listsEveryFinding(): boolean {
    return Boolean(this.source.handedDown?.findingsListed);
  }

  /**
   * A shadow root that is already there is a server's rendering of this element (the static
   * renderer's `dsd` mode, Declarative Shadow DOM). With Lit's hydration support loaded before the
   * library, Lit takes it over as it is. Without it (the viewer bundle leaves it out), Lit would
   * render a second copy of every table beside the first, so the server's copy is removed and the
   * element renders afresh.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const existing = this.shadowRoot;
    if (existing && !('litElementHydrateSupport' in globalThis))
      while (existing.firstChild) existing.firstChild.remove();
    return super.createRenderRoot();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.source.update(changed);
  }

  protected override render(): TemplateResult {
    const locale = this.language.rootLocale;
    return inLocale(
      locale,
      () => html`<div class="root" part="dr-root" lang=${locale}>${this.renderBody(locale)}</div>`,
    );
  }

  private renderBody(locale: Locale): TemplateResult {
    const text = {locale, bilingual: this.language.bilingual};
    const {loadState: state, result, handedDown} = this.source;
    // Loading, failed, no data or unreadable: there is no report while one of them holds.
    if (!result?.report) return loadStatus(state, result, text, this.timeout, () => this.reload());
    const numbering = this.source.numbering;
    const view: ReportView = {
      report: result.report,
      result,
      findings: this.findings,
      findingNumber: (finding) => numbering.indexOf(finding) + 1,
      locale,
      audit: this.audit || Boolean(handedDown?.audit),
      bilingual: text.bilingual,
      findingsListedAbove: Boolean(handedDown?.findingsListed),
    };
    const banner =
      state.status === 'loaded' && !result.valid && this.source.from !== 'context' // the provider shows it once
        ? invalidSrcBanner(state.url, text)
        : nothing;
    return html`${banner}${this.renderReport(view)}`;
  }
}
