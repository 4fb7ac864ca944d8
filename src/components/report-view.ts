/**
 * The types the elements, their controllers and the rendering helpers share: what a report looks
 * like once it has been read (`ReportView`, `LoadState`) and what the elements tell the page
 * (`disclosure-error`, `disclosure-findings`). Types only, on the model and i18n alone, so that
 * base/ (the elements' base classes and controllers) and common/ (the rendering helpers) can both
 * import them without importing each other.
 */
import type {Locale} from '../i18n/localization.js';
import type {Finding} from '../model/checks.js';
import type {DisclosureReport} from '../model/types.js';
import type {ReportIssue, ValidationResult} from '../model/validate.js';

/** What an element gets to render: a report that has been validated and checked. */
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

/** Where a `src` load stands. */
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

export type FailedLoad = Extract<LoadState, {status: 'failed'}>;

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
