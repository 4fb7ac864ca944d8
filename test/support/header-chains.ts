/**
 * The expected header chain of every data cell of tables 二, 三 and 四, derived from the format
 * trees (src/model/format.ts) and not from the renderer's layout code, and a check of one rendered
 * cell against it in a given display language: Chinese, English, or both (each run in its own
 * `lang`). test/components/tables/headers.test.ts adds where each header sits on screen (`axis`).
 */
import {expect} from '@open-wc/testing';
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

/** zh, en, both at once, or the key of another registered locale (a test's pseudo-locale). */
export type Display = 'zh' | 'en' | 'bilingual' | (string & {});

export interface Expected {
  readonly label: Label;
  readonly scope: 'col' | 'colgroup' | 'row' | 'rowgroup';
  /** Where the header must sit relative to the cell: above it (column) or beside it (row), or anywhere (group rows). */
  readonly axis: 'column' | 'row' | 'none';
  /** The format node the header's id must name, when it stands for a tree node. */
  readonly node?: string;
}

export interface ExpectedCell {
  readonly path: string;
  readonly headers: readonly Expected[];
}

// Groups too are scope col / row: a colgroup or rowgroup header reaches beyond its own cells
// (the whole <colgroup>, the rest of the <tbody>) for readers that build chains from position.
const columns = (chain: readonly HeaderNode[]): Expected[] =>
  chain.map((node) => ({label: node.label, scope: 'col', axis: 'column', node: node.id}));
const rows = (chain: readonly HeaderNode[]): Expected[] =>
  chain.map((node) => ({label: node.label, scope: 'row', axis: 'row', node: node.id}));

/** Table 三: every leaf row × every leaf column; the same chains in every layout. */
export function requestCells(_narrow = false): ExpectedCell[] {
  return leafChains(REQUEST_ROWS).flatMap((rowChain) =>
    leafChains(REQUEST_COLUMNS).map((columnChain) => ({
      path: ['requests', ...keysOf(rowChain), ...keysOf(columnChain)].join('.'),
      headers: [...columns(columnChain), ...rows(rowChain)],
    })),
  );
}

/** Table 四: 15 columns; transposed on narrow screens (one value column, rows from the tree). */
export function appealCells(narrow: boolean): ExpectedCell[] {
  return leafChains(APPEAL_COLUMNS).map((chain) => ({
    path: ['appeals', ...keysOf(chain)].join('.'),
    headers: narrow
      ? [{label: APPEALS_TRANSPOSED_VALUE, scope: 'col', axis: 'column'}, ...rows(chain)]
      : columns(chain),
  }));
}

/**
 * Table 二: block title, column, row. Narrow, every header is a row header: block title, then the
 * row and the count's name (第二十条第（一）项), or the count's name and the row (the others).
 */
export function proactiveCells(narrow = false): ExpectedCell[] {
  const asRow = (label: Label): Expected => ({label, scope: 'row', axis: 'row'});
  return PROACTIVE_BLOCKS.flatMap((block) =>
    block.rows.flatMap((row) =>
      block.columns.map((column): ExpectedCell => ({
        path: ['proactive', row.key, ...(column.key ? [column.key] : [])].join('.'),
        headers: !narrow
          ? [
              // The title is a row header in a zero-width column spanning its block, a table of
              // its own; a label row shows it above the block.
              {label: block.label, scope: 'row', axis: 'none'},
              {label: column.label, scope: 'col', axis: 'column'},
              asRow(row.label),
            ]
          : block.columns.length > 1
            ? [asRow(block.label), asRow(row.label), asRow(column.label)]
            : [asRow(block.label), asRow(column.label), asRow(row.label)],
      })),
    ),
  );
}

// Soft hyphens (src/model/hyphenate.ts) are break points, not text.
const squash = (text: string | null | undefined) => (text ?? '').replace(/[\s\u00ad]+/g, '');

/**
 * The text of a label in an element as the display demands: in `en` and `zh` the element's whole
 * text; in `bilingual` one Chinese run (lang="zh-CN") then one English run (lang="en").
 */
export function expectLabel(element: Element, label: Label, display: Display, what: string): void {
  if (display !== 'bilingual') {
    expect(squash(element.textContent), what).to.equal(squash(label[display] ?? label.zh));
    return;
  }
  const runs = [...element.querySelectorAll('[lang]')];
  expect(
    runs.map((run) => [run.getAttribute('lang'), squash(run.textContent)]),
    `${what}: a Chinese and an English run`,
  ).to.deep.equal([
    ['zh-CN', squash(label.zh)],
    ['en', squash(label.en)],
  ]);
}

/** The rendered cell at `path` names exactly the expected headers, in order, with their scopes and texts. */
export function checkCell(root: ShadowRoot, cell: ExpectedCell, prefix: string, display: Display): void {
  const td = root.querySelector<HTMLTableCellElement>(`td[data-path="${cell.path}"]`);
  expect(td, `cell ${cell.path}`).to.exist;
  const ids = (td!.getAttribute('headers') ?? '').split(/\s+/).filter(Boolean);
  expect(ids.length, `${cell.path}: number of headers`).to.equal(cell.headers.length);
  cell.headers.forEach((expected, i) => {
    const header = root.getElementById(ids[i]!);
    expect(header?.localName, `${cell.path}: headers id ${ids[i]} is a th`).to.equal('th');
    expect(header!.getAttribute('scope'), `${cell.path}: scope of ${ids[i]}`).to.equal(expected.scope);
    if (expected.node)
      expect(ids[i]!.replace(new RegExp(`^${prefix}-[cr]-`), ''), `${cell.path}: node of ${ids[i]}`).to.equal(
        expected.node,
      );
    expectLabel(header!, expected.label, display, `${cell.path}: header ${ids[i]}`);
  });
}

const HAN = /\p{Script=Han}/u;
const LATIN_WORD = /[A-Za-z]{2,}/;

/**
 * Language of parts (WCAG 3.1.2): every piece of text must sit under a `lang` that is its own
 * language. Returns the offending texts: Chinese under an English `lang`, English words under a
 * Chinese one. Code (report paths) and digits are language-neutral.
 */
export function misplacedLanguage(root: ShadowRoot): string[] {
  const wrong: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent!.trim();
    const parent = node.parentElement!;
    if (!text || parent.closest('code, style')) continue;
    const lang = parent.closest('[lang]')?.getAttribute('lang');
    const chinese = HAN.test(text);
    if (lang === 'en' && chinese) wrong.push(`Chinese under lang=en: ${text}`);
    else if (lang === 'zh-CN' && !chinese && LATIN_WORD.test(text)) wrong.push(`English under lang=zh-CN: ${text}`);
    else if (lang !== 'en' && lang !== 'zh-CN') wrong.push(`lang ${lang ?? '(none)'}: ${text}`);
  }
  return wrong;
}
