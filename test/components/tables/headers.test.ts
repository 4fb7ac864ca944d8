/**
 * Header associations of every data cell of tables 二, 三 and 四, in the wide (official) and the
 * narrow (phone) layouts. The expected headers come from the format trees (test/support/
 * header-chains.ts walks src/model/format.ts, not the renderer's layout code) and are compared
 * with what the rendered `headers` attributes resolve to: the header cells' texts, their format
 * node, their `scope`, and where they sit on screen relative to the cell.
 */
import {expect, html} from '@open-wc/testing';
import '../../../src/all.js';
import {PROACTIVE_BLOCKS} from '../../../src/model/format.js';
import {huaian2024} from '../../../src/examples/index.js';
import {mount} from '../../support/table-helpers.js';
import {appealCells, checkCell, proactiveCells, requestCells, type ExpectedCell} from '../../support/header-chains.js';

const headerIds = (element: Element) => (element.getAttribute('headers') ?? '').split(/\s+/).filter(Boolean);

/** The Chinese header chain of the cell, then where each header sits and which parents it names. */
function checkChain(root: ShadowRoot, expected: ExpectedCell, prefix: string): void {
  const {path} = expected;
  checkCell(root, expected, prefix, 'zh');
  const cell = root.querySelector<HTMLTableCellElement>(`td[data-path="${path}"]`)!;
  const ids = headerIds(cell);
  const headers = ids.map((id) => root.getElementById(id)!);
  const box = cell.getBoundingClientRect();
  const middle = {x: box.left + box.width / 2, y: box.top + box.height / 2};
  expected.headers.forEach((e, i) => {
    const r = headers[i]!.getBoundingClientRect();
    if (e.axis === 'column') {
      expect(
        middle.x >= r.left && middle.x <= r.right && r.bottom <= box.top + 1,
        `${path}: ${ids[i]} is above the cell`,
      ).to.be.true;
    }
    if (e.axis === 'row') {
      expect(
        middle.y >= r.top && middle.y <= r.bottom && r.right <= box.left + 1,
        `${path}: ${ids[i]} is left of the cell`,
      ).to.be.true;
    }
  });
  // Child headers name their parents (WAI H43), so the chain holds from any header too.
  headers.forEach((header, i) => {
    for (const parent of headerIds(header))
      expect(ids.slice(0, i).concat(ids), `${path}: ${ids[i]} names ${parent}`).to.include(parent);
  });
}

for (const width of [1100, 360]) {
  const narrow = width < 600;
  describe(`header associations at ${width}px`, () => {
    it('table 三: all 175 data cells name their full column and row chains', async () => {
      const element = await mount(
        html`<disclosure-table table="requests" .report=${huaian2024}></disclosure-table>`,
        width,
      );
      const root = element.shadowRoot!;
      expect(root.querySelectorAll('td[data-path]').length).to.equal(175);
      expect(root.querySelectorAll('table').length).to.equal(1);
      expect(root.querySelector('td.group') !== null, 'narrow layout uses label rows').to.equal(narrow);
      const cells = requestCells(narrow);
      expect(cells.length, 'expected cells').to.equal(175);
      for (const cell of cells) checkChain(root, cell, 't3');
      // The corner note is a rule of the table, not a header.
      expect(root.querySelector('thead td.corner')!.getAttribute('data-note')).to.include('勾稽关系');
      expect([...root.querySelectorAll('th')].some((th) => th.textContent!.includes('勾稽关系'))).to.be.false;
    });

    it('table 四: all 15 data cells name their chains (transposed into rows when narrow)', async () => {
      const element = await mount(html`<appeal-litigation-grid .report=${huaian2024}></appeal-litigation-grid>`, width);
      const root = element.shadowRoot!;
      expect(root.querySelectorAll('td[data-path]').length).to.equal(15);
      // Narrow: each of the 15 numbers under its label row, and the 4 groups' label rows.
      expect(root.querySelectorAll('tbody tr').length, 'rows').to.equal(narrow ? 2 * 15 + 4 : 1);
      const cells = appealCells(narrow);
      expect(cells.length, 'expected cells').to.equal(15);
      for (const cell of cells) checkChain(root, cell, 't4');
    });

    it('table 二: every cell names its block, its column and its row', async () => {
      const element = await mount(
        html`<disclosure-table table="proactive" .report=${huaian2024}></disclosure-table>`,
        width,
      );
      const root = element.shadowRoot!;
      const cells = proactiveCells(narrow);
      for (const cell of cells) checkChain(root, cell, 't2');
      expect(root.querySelectorAll('td[data-path]').length).to.equal(cells.length);
      // One row group per block, in every layout.
      expect(root.querySelectorAll('tbody').length, 'row groups').to.equal(PROACTIVE_BLOCKS.length);
    });
  });
}
