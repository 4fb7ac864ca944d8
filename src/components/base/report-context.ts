/**
 * How a `<disclosure-report>` hands its report down to the elements inside it (its own shadow
 * root, and light-DOM children a CMS author laid out), with @lit/context.
 *
 * The provider shares what it has already done: the validation result, the findings and the load
 * state. A consumer therefore validates nothing again and fires no events of its own (the
 * provider has fired them once). Any element with data of its own ignores what is handed down.
 */
import {ContextConsumer, ContextProvider, ContextRoot, createContext} from '@lit/context';
import type {ReactiveControllerHost} from 'lit';
import type {Finding} from '../../model/checks.js';
import type {ValidationResult} from '../../model/validate.js';
import type {LoadState} from '../report-view.js';

export interface HandedDownReport {
  readonly loadState: LoadState;
  readonly result?: ValidationResult;
  /** All findings of the report; each consumer keeps those it shows. */
  readonly findings: readonly Finding[];
  /**
   * The list that finding numbers (核查3) count in: the outermost element's, so a marker in a
   * table inside a report has the number of the same finding in the report's summary.
   */
  readonly numbering: readonly Finding[];
  readonly audit: boolean;
  readonly bilingual: boolean;
  /** An enclosing element (the report's summary) lists every finding: the tables inside list none. */
  readonly findingsListed?: boolean;
  /** Fetch the provider's `src` again (a consumer's retry button). */
  readonly reload: () => void;
}

export const reportContext = createContext<HandedDownReport | undefined>(Symbol.for('disclosure-report/report'));

/**
 * A provider may be upgraded after the elements inside it (script order, lazy definition). One
 * ContextRoot on the document keeps their unanswered requests and replays them when it arrives.
 */
let root: ContextRoot | undefined;
function ensureRoot(): void {
  // ContextRoot keeps its requests in WeakRefs, which iOS before 14.5 lacks; there a late provider
  // misses the requests made before it arrived (it still answers every one made after).
  if (root || typeof document === 'undefined' || typeof WeakRef === 'undefined') return;
  root = new ContextRoot();
  root.attach(document.documentElement);
}

type Host = ReactiveControllerHost & HTMLElement;

/** Subscribes `host` to the nearest enclosing provider; `onChange` runs with every new value. */
export function consumeReport(
  host: Host,
  onChange: (value: HandedDownReport | undefined) => void,
): ContextConsumer<typeof reportContext, Host> {
  ensureRoot();
  return new ContextConsumer(host, {context: reportContext, subscribe: true, callback: onChange});
}

/** Provides a report to the elements inside `host`. `set()` only notifies when something changed. */
export class ReportProvider {
  private readonly provider: ContextProvider<typeof reportContext, Host>;

  constructor(host: Host) {
    this.provider = new ContextProvider(host, {context: reportContext, initialValue: undefined});
  }

  set(value: HandedDownReport): void {
    const old = this.provider.value;
    const same =
      old !== undefined &&
      old.loadState === value.loadState &&
      old.result === value.result &&
      old.audit === value.audit &&
      old.bilingual === value.bilingual &&
      old.findings.length === value.findings.length &&
      old.findings.every((finding, i) => finding === value.findings[i]);
    if (!same) this.provider.setValue(value);
  }
}
