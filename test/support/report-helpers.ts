/** Helpers for the report element tests: reading through nested shadow roots in document order. */

/** Every element matching `selector` under `root`, looking into open shadow roots, in document order. */
export function deepAll<T extends Element = Element>(root: ParentNode, selector: string): T[] {
  const found: T[] = [];
  const walk = (node: ParentNode) => {
    for (const element of node.querySelectorAll('*')) {
      if (element.matches(selector)) found.push(element as T);
      if (element.shadowRoot) walk(element.shadowRoot);
    }
  };
  // Light-DOM children are visited where their host renders them only when slotted; the tests
  // that need author layout read the light DOM separately.
  if (root instanceof Element && root.shadowRoot) walk(root.shadowRoot);
  else walk(root);
  return found;
}

/** Headings as "h2 一、总体情况", read through shadow roots. */
export function outline(root: ParentNode): string[] {
  return deepAll(root, 'h1, h2, h3, h4, h5, h6').map(
    (h) => `${h.localName} ${h.textContent!.replace(/\s+/g, ' ').trim()}`,
  );
}

/** All elements that are Lit hosts under root (including root), for waiting on their updates. */
export async function allUpdated(root: Element): Promise<void> {
  for (let round = 0; round < 4; round++) {
    const hosts = [root, ...deepAll(root, '*')].filter((e) => 'updateComplete' in e) as unknown as {
      updateComplete: Promise<unknown>;
    }[];
    await Promise.all(hosts.map((h) => h.updateComplete));
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

let stored = 0;
/** Store `value` on the test server (test/support/server.js) and return a URL that answers it after `delay` ms. */
export async function served(value: unknown, delay = 0): Promise<string> {
  const key = `report-${Date.now()}-${stored++}`;
  await fetch(`/test-api/store?key=${key}`, {method: 'POST', body: JSON.stringify(value)});
  return `/test-api/doc?key=${key}&delay=${delay}`;
}
