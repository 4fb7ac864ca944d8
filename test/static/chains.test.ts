/**
 * The static renderer's `page` output (src/static/) against the elements themselves: for every
 * example report, in Chinese, English and both, every data cell of tables 二, 三 and 四 has the
 * same header chain (from scope and position with `headers=` removed, and from `headers=`) and
 * the same value in the page as in the live <disclosure-report>.
 */
import {expect, html} from '@open-wc/testing';
import '../../src/all.js';
import {examples} from '../../src/examples/index.js';
import {allUpdated, deepAll} from '../support/report-helpers.js';
import {mount} from '../support/table-helpers.js';
import {formTable, impliedHeaders} from '../support/scope-headers.js';

const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, '');

interface CellReading {
  readonly value: string;
  readonly byScope: string;
  readonly byHeaders: string;
}

/** Every data cell (td[data-path]) of `tables`: its value and both header chains, as text. */
function readCells(tables: readonly HTMLTableElement[]): Map<string, CellReading> {
  const cells = new Map<string, CellReading>();
  for (const table of tables) {
    const root = table.getRootNode() as Document | ShadowRoot;
    // A copy without `headers=`, so that nothing but scope and position can give a header.
    const bare = table.cloneNode(true) as HTMLTableElement;
    for (const cell of bare.querySelectorAll('[headers]')) cell.removeAttribute('headers');
    const model = formTable(bare);
    for (const td of bare.querySelectorAll<HTMLTableCellElement>('td[data-path]')) {
      const path = td.dataset.path!;
      const original = table.querySelector<HTMLTableCellElement>(`td[data-path="${CSS.escape(path)}"]`)!;
      const byHeaders = (original.getAttribute('headers') ?? '')
        .split(/\s+/)
        .filter(Boolean)
        .map((id) => squash(root.getElementById(id)?.textContent) || `(no #${id})`);
      cells.set(path, {
        value: squash(td.textContent),
        byScope: impliedHeaders(model, td)
          .map((th) => squash(th.textContent))
          .join(' | '),
        byHeaders: byHeaders.join(' | '),
      });
    }
  }
  return cells;
}

async function renderedPage(report: unknown, lang: string, bilingual: boolean): Promise<Document> {
  const query = new URLSearchParams({mode: 'page', lang, bilingual: bilingual ? '1' : ''});
  const response = await fetch(`/static-api/render?${query}`, {method: 'POST', body: JSON.stringify(report)});
  expect(response.ok, 'the static renderer answered').to.equal(true);
  return new DOMParser().parseFromString(await response.text(), 'text/html');
}

const DISPLAYS = [
  {display: 'zh', lang: 'zh-CN', bilingual: false},
  {display: 'en', lang: 'en', bilingual: false},
  {display: 'bilingual', lang: 'zh-CN', bilingual: true},
] as const;

describe('static page: the same header chains and values as the elements', () => {
  for (const example of examples) {
    for (const {display, lang, bilingual} of DISPLAYS) {
      it(`${example.id}, ${display}`, async () => {
        const element = await mount<HTMLElement>(
          html`<disclosure-report lang=${lang} ?bilingual=${bilingual} .report=${example.report}></disclosure-report>`,
          2600,
        );
        await allUpdated(element);
        const liveTables = deepAll<HTMLTableElement>(element, 'table');
        const live = readCells(liveTables);
        const page = await renderedPage(example.report, lang, bilingual);
        // The screen's tables; table 三 is there a second time for print only, in the paper layout.
        const flat = readCells([...page.querySelectorAll<HTMLTableElement>('table:not(.dr-for-paper table)')]);
        const paper = readCells([...page.querySelectorAll<HTMLTableElement>('.dr-for-paper table')]);
        // Tables 二 (16 cells with values), 三 (175) and 四 (15): the comparison covers them all.
        expect(live.size, 'data cells in the elements').to.be.greaterThan(150);
        // As many tables as the elements show (table 二 is a table per block).
        expect(page.querySelectorAll('table:not(.dr-for-paper table)').length, 'tables in the page').to.equal(
          liveTables.length,
        );
        expect([...flat.keys()].sort(), 'the same cells').to.deep.equal([...live.keys()].sort());
        const differences = [...live]
          .filter(([path, cell]) => JSON.stringify(flat.get(path)) !== JSON.stringify(cell))
          .map(([path, cell]) => `${path}: page ${JSON.stringify(flat.get(path))}, element ${JSON.stringify(cell)}`);
        expect(differences, differences.slice(0, 4).join('\n')).to.deep.equal([]);
        // The paper copy of table 三 (its group labels on every row): every cell with the same chains and value.
        expect(paper.size, 'cells of the paper copy of table 三').to.equal(
          [...live.keys()].filter((path) => path.startsWith('requests.')).length,
        );
        const onPaper = [...paper]
          .filter(([path, cell]) => JSON.stringify(live.get(path)) !== JSON.stringify(cell))
          .map(([path, cell]) => `${path}: paper ${JSON.stringify(cell)}, element ${JSON.stringify(live.get(path))}`);
        expect(onPaper, onPaper.slice(0, 4).join('\n')).to.deep.equal([]);
        // Chains are there to compare: every cell has a header by scope and by headers=.
        const headless = [...flat].filter(
          ([, cell]) => !cell.byScope || !cell.byHeaders || cell.byHeaders.includes('(no #'),
        );
        expect(headless.map(([path]) => path)).to.deep.equal([]);
      });
    }
  }
});
