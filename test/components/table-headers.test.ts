/**
 * Header associations of every data cell of tables 二, 三 and 四, in the wide (official) and the
 * narrow (phone) layouts. The expected headers are derived here by walking the format trees
 * (src/model/format.ts), not from the renderer's layout code, and compared with what the
 * rendered `headers` attributes resolve to: the header cells' texts, their format node, their
 * `scope`, and where they sit on screen relative to the cell.
 */
import {expect, html} from '@open-wc/testing';
import '../../src/all.js';
import {
  APPEALS_TRANSPOSED_VALUE,
  APPEAL_COLUMNS,
  PROACTIVE_BLOCKS,
  REQUEST_COLUMNS,
  REQUEST_ROWS,
  keysOf,
  leafChains,
  type HeaderNode,
  type Label,
} from '../../src/model/format.js';
import {huaian2024} from '../../src/examples/index.js';
import {mount} from '../support/table-helpers.js';

interface Expected {
  readonly label: Label;
  readonly scope: 'col' | 'colgroup' | 'row' | 'rowgroup';
  /** Where the header must sit relative to the cell: above it (column) or beside it (row), or anywhere (group rows). */
  readonly axis: 'column' | 'row' | 'none';
  /** The format node id the header's id must name, when it stands for a tree node. */
  readonly node?: string;
}

const columnHeaders = (chain: readonly HeaderNode[]): Expected[] =>
  chain.map((node) => ({label: node.label, scope: node.children ? 'colgroup' : 'col', axis: 'column', node: node.id}));

const rowHeaders = (chain: readonly HeaderNode[], narrow: boolean): Expected[] =>
  chain.map((node) => ({
    label: node.label,
    scope: node.children ? 'rowgroup' : 'row',
    // In the narrow layout groups are full-width rows above their rows, not beside the cell.
    axis: narrow && node.children ? 'none' : 'row',
    node: node.id,
  }));

function checkCell(root: ShadowRoot, path: string, expected: readonly Expected[], prefix: string): void {
  const cell = root.querySelector<HTMLTableCellElement>(`td[data-path="${path}"]`);
  expect(cell, `cell ${path}`).to.exist;
  const ids = (cell!.getAttribute('headers') ?? '').split(/\s+/).filter(Boolean);
  const headers = ids.map((id) => root.getElementById(id));
  headers.forEach((header, i) => expect(header?.localName, `${path}: headers id ${ids[i]} is a th`).to.equal('th'));
  const texts = headers.map((header) => header!.textContent!.replace(/\s+/g, ''));
  expect(texts, `${path}: header texts`).to.deep.equal(expected.map((e) => e.label.zh.replace(/\s+/g, '')));
  const box = cell!.getBoundingClientRect();
  const middle = {x: box.left + box.width / 2, y: box.top + box.height / 2};
  expected.forEach((e, i) => {
    const header = headers[i] as HTMLTableCellElement;
    expect(header.getAttribute('scope'), `${path}: scope of ${ids[i]}`).to.equal(e.scope);
    if (e.node) expect(ids[i]!.replace(new RegExp(`^${prefix}-[cr]-`), ''), `${path}: node of ${ids[i]}`).to.equal(e.node);
    const r = header.getBoundingClientRect();
    if (e.axis === 'column') {
      expect(middle.x >= r.left && middle.x <= r.right && r.bottom <= box.top + 1, `${path}: ${ids[i]} is above the cell`).to.be.true;
    }
    if (e.axis === 'row') {
      expect(middle.y >= r.top && middle.y <= r.bottom && r.right <= box.left + 1, `${path}: ${ids[i]} is left of the cell`).to.be.true;
    }
  });
  // Child headers name their parents (WAI H43), so the chain holds from any header too.
  headers.forEach((header, i) => {
    const own = (header!.getAttribute('headers') ?? '').split(/\s+/).filter(Boolean);
    for (const parent of own) expect(ids.slice(0, i).concat(ids), `${path}: ${ids[i]} names ${parent}`).to.include(parent);
  });
}

for (const width of [1100, 360]) {
  const narrow = width < 600;
  describe(`header associations at ${width}px`, () => {
    it('table 三: all 175 data cells name their full column and row chains', async () => {
      const element = await mount(html`<disclosure-table table="requests" .report=${huaian2024}></disclosure-table>`, width);
      const root = element.shadowRoot!;
      expect(root.querySelectorAll('td[data-path]').length).to.equal(175);
      expect(root.querySelectorAll('table').length).to.equal(1);
      expect(root.querySelector('th.group') !== null, 'narrow layout uses group rows').to.equal(narrow);
      for (const rowChain of leafChains(REQUEST_ROWS)) {
        for (const columnChain of leafChains(REQUEST_COLUMNS)) {
          const path = ['requests', ...keysOf(rowChain), ...keysOf(columnChain)].join('.');
          checkCell(root, path, [...columnHeaders(columnChain), ...rowHeaders(rowChain, narrow)], 't3');
        }
      }
      // The corner note is a rule of the table, not a header.
      expect(root.querySelector('thead td.corner')!.getAttribute('data-note')).to.include('勾稽关系');
      expect([...root.querySelectorAll('th')].some((th) => th.textContent!.includes('勾稽关系'))).to.be.false;
    });

    it('table 四: all 15 data cells name their chains (transposed into rows when narrow)', async () => {
      const element = await mount(html`<appeal-litigation-grid .report=${huaian2024}></appeal-litigation-grid>`, width);
      const root = element.shadowRoot!;
      expect(root.querySelectorAll('td[data-path]').length).to.equal(15);
      expect(root.querySelectorAll('tbody tr').length, 'rows of data').to.equal(narrow ? 15 + 4 : 1);
      for (const chain of leafChains(APPEAL_COLUMNS)) {
        const path = ['appeals', ...keysOf(chain)].join('.');
        const expected: Expected[] = narrow
          ? [{label: APPEALS_TRANSPOSED_VALUE, scope: 'col', axis: 'column'}, ...rowHeaders(chain, true)]
          : columnHeaders(chain);
        checkCell(root, path, expected, 't4');
      }
    });

    it('table 二: every cell names its block, its column and its row', async () => {
      const element = await mount(html`<disclosure-table table="proactive" .report=${huaian2024}></disclosure-table>`, width);
      const root = element.shadowRoot!;
      let count = 0;
      for (const block of PROACTIVE_BLOCKS) {
        for (const row of block.rows) {
          for (const column of block.columns) {
            const path = ['proactive', row.key, ...(column.key ? [column.key] : [])].join('.');
            checkCell(
              root,
              path,
              [
                {label: block.label, scope: 'rowgroup', axis: 'none'},
                {label: column.label, scope: 'col', axis: 'column'},
                {label: row.label, scope: 'row', axis: 'row'},
              ],
              't2',
            );
            count++;
          }
        }
      }
      expect(root.querySelectorAll('td[data-path]').length).to.equal(count);
      expect(root.querySelectorAll('tbody').length, 'one row group per block').to.equal(PROACTIVE_BLOCKS.length);
    });
  });
}
