/** Helpers for the table element tests: mounting at a width, waiting for layout, running axe. */
import 'axe-core/axe.min.js';
import type {AxeResults} from 'axe-core';
import {fixture, html} from '@open-wc/testing';
import type {TemplateResult} from 'lit';

declare global {
  interface Window {
    axe: {run(context: Element, options: object): Promise<AxeResults>};
  }
}

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** Wait until ResizeObserver callbacks and the resulting Lit updates have run. */
export async function settle(element: Element & {updateComplete?: Promise<unknown>}): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await frame();
    await element.updateComplete;
  }
}

/** Mount `template` inside a container of the given CSS width and return its first element child. */
export async function mount<T extends HTMLElement>(template: TemplateResult, width = 1100): Promise<T> {
  const container = await fixture<HTMLDivElement>(html`<div style=${`width:${width}px`}>${template}</div>`);
  const element = container.firstElementChild as T;
  await settle(element);
  return element;
}

/** The axe run the project requires: WCAG A/AA, 2.1 AA, best practice, plus two experimental table rules. */
export async function axeViolations(element: Element): Promise<AxeResults['violations']> {
  const results = await window.axe.run(element, {
    runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice']},
    rules: {'td-has-header': {enabled: true}, 'table-fake-caption': {enabled: true}},
  });
  return results.violations;
}

/** A readable summary of violations for assertion messages. */
export function describeViolations(violations: AxeResults['violations']): string {
  return violations
    .map(
      (v) =>
        `${v.id}: ${v.help}\n  ${v.nodes
          .slice(0, 3)
          .map((n) => n.html.slice(0, 160))
          .join('\n  ')}`,
    )
    .join('\n');
}

/**
 * The shortest time `until` waits before failing. It only tells a hang from a slow machine: on a
 * busy CI machine a render can take seconds, so a caller's shorter `timeout` is raised to it
 * (mocha's own timeout, 20 s, stays above it so the message names what was awaited).
 */
const HANG_GUARD_MS = 15_000;

/** Wait until `check` holds (polling), or fail after `timeout` ms (at least HANG_GUARD_MS). */
export async function until(check: () => boolean, timeout = HANG_GUARD_MS, what = 'condition'): Promise<void> {
  const limit = Math.max(timeout, HANG_GUARD_MS);
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > limit) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export function shadow(element: Element): ShadowRoot {
  return element.shadowRoot!;
}
