/**
 * How a `<disclosure-report>` hands its report down to the elements a CMS author laid out inside
 * it (its own sections and tables are templates in its own root, not elements).
 *
 * Why not @lit/context, which this replaced: with its ContextRoot (needed for a provider upgraded
 * after its children) it was 1.07 KB gzip of a bundle over its 24 KB budget, for one provider
 * and one kind of consumer. What this needs of it is two moves, about 0.2 KB:
 * - a consumer, when connected, fires a request event up the tree; the nearest provider answers
 *   it and keeps the consumer's callback, called again with every new value;
 * - a provider, when connected, asks the consumers already in its light DOM (children that were
 *   defined before it) to fire their request again. Unlike ContextRoot this needs no WeakRef, so a
 *   late provider reaches its children on iOS before 14.5 too.
 *
 * The provider shares what it has already done: the validation result, the findings and the load
 * state. A consumer therefore validates nothing again and fires no events of its own (the
 * provider has fired them once). Any element with data of its own ignores what is handed down.
 */
import {isServer, type ReactiveControllerHost} from 'lit';
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

type Receive = (value: HandedDownReport | undefined) => void;

/** A consumer's request: its callback, and the provider's list of callbacks once one answered. */
interface Request {
  readonly receive: Receive;
  answeredBy?: Set<Receive>;
}

const REQUEST = 'disclosure-report-request';
/** The property by which a provider finds the consumers already inside it: their "ask again". */
const ASK = Symbol.for('disclosure-report/ask');

type Host = ReactiveControllerHost & HTMLElement;

/** Subscribes `host` to the nearest enclosing provider; `onChange` runs with every new value. */
export function consumeReport(host: Host, onChange: Receive): void {
  const request: Request = {receive: onChange};
  const leave = () => {
    request.answeredBy?.delete(onChange);
    request.answeredBy = undefined;
  };
  const ask = () => {
    leave();
    host.dispatchEvent(new CustomEvent(REQUEST, {bubbles: true, composed: true, detail: request}));
  };
  (host as unknown as Record<symbol, () => void>)[ASK] = ask;
  host.addController({hostConnected: ask, hostDisconnected: leave});
}

/** Provides a report to the elements inside `host`. `set()` only notifies when something changed. */
export class ReportProvider {
  private value?: HandedDownReport;
  private readonly consumers = new Set<Receive>();

  constructor(host: Host) {
    host.addEventListener(REQUEST, (event) => {
      event.stopPropagation();
      const request = (event as CustomEvent<Request>).detail;
      request.answeredBy = this.consumers;
      this.consumers.add(request.receive);
      request.receive(this.value);
    });
    host.addController({
      hostConnected() {
        // The server's element has no light DOM to search (src/static/render-elements.ts).
        if (!isServer)
          for (const element of host.querySelectorAll('*')) (element as never as Record<symbol, () => void>)[ASK]?.();
      },
    });
  }

  set(value: HandedDownReport): void {
    const old = this.value;
    const same =
      old !== undefined &&
      old.loadState === value.loadState &&
      old.result === value.result &&
      old.audit === value.audit &&
      old.bilingual === value.bilingual &&
      old.findings.length === value.findings.length &&
      old.findings.every((finding, i) => finding === value.findings[i]);
    if (same) return;
    this.value = value;
    for (const receive of this.consumers) receive(value);
  }
}
