/**
 * LayoutController: a table's layout is chosen from its own width before its first render. A phone
 * (or a narrow column) gets the narrow layout in the first render, never the wide one first and
 * then again; a wide box gets the official layout; a hidden element keeps the wide one until it
 * has a width. Its first render is counted through the element's own `updated` callback.
 */
import {expect, fixture, html} from '@open-wc/testing';
import '../../../src/all.js';
import type {TableElement} from '../../../src/components/base/table-element.js';
import {huaian2024} from '../../../src/examples/index.js';
import {settle} from '../../support/table-helpers.js';

/** The layout class of each table the element rendered, in order, from its first render on. */
function recordLayouts(element: TableElement): string[] {
  const seen: string[] = [];
  const updated = (element as unknown as {updated(): void}).updated.bind(element);
  (element as unknown as {updated(): void}).updated = () => {
    seen.push(element.shadowRoot!.querySelector('table')?.className ?? 'none');
    updated();
  };
  return seen;
}

async function place(tag: string, attributes: Record<string, string>, style: string) {
  const container = await fixture<HTMLDivElement>(html`<div style=${style}></div>`);
  const element = document.createElement(tag) as TableElement;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  (element as unknown as {report: unknown}).report = huaian2024;
  const layouts = recordLayouts(element);
  container.append(element);
  await element.updateComplete;
  return {element, layouts, container};
}

describe('layout before the first render', () => {
  for (const [tag, attributes] of [
    ['disclosure-table', {table: 'requests'}],
    ['disclosure-table', {table: 'proactive'}],
    ['appeal-litigation-grid', {}],
  ] as const) {
    const name = `${tag}${'table' in attributes ? ` ${attributes.table}` : ''}`;

    it(`${name} at 360 px: narrow in its first render, and it stays narrow`, async () => {
      const {element, layouts} = await place(tag, attributes, 'width:360px');
      expect(layouts[0], 'first render').to.equal('narrow');
      await settle(element);
      expect(
        layouts.every((mode) => mode === 'narrow'),
        layouts.join(' '),
      ).to.be.true;
    });

    it(`${name} at 1400 px: the official wide layout from its first render`, async () => {
      const {element, layouts} = await place(tag, attributes, 'width:1400px');
      expect(layouts[0], 'first render').to.equal('wide');
      await settle(element);
      expect(
        layouts.every((mode) => mode === 'wide'),
        layouts.join(' '),
      ).to.be.true;
    });
  }

  it('hidden (no width): the wide layout, until shown in a narrow box', async () => {
    const {element, layouts, container} = await place('disclosure-table', {table: 'requests'}, 'display:none');
    expect(layouts[0]).to.equal('wide');
    container.style.cssText = 'width:360px';
    await settle(element);
    expect(element.shadowRoot!.querySelector('table')!.className).to.equal('narrow');
  });
});
