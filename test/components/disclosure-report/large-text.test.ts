/**
 * WeChat's largest font on a phone: a whole report at 320 and 360 px with 100–200% root text
 * (as a reader's font size setting applies it: rem and em both grow), in Chinese, English and
 * both. The page never scrolls sideways; no English word is broken except at a hyphen or a soft
 * hyphen (this Chromium has no hyphenation dictionary, so those are the only points it may use);
 * headings wrap; label rows are never cut; and each row label of table 三 is in view with its 总计,
 * which names its column.
 */
import {expect, fixture, html} from '@open-wc/testing';
import {setViewport} from '@web/test-runner-commands';
import '../../../src/all.js';
import {huaian2024} from '../../../src/examples/index.js';
import {REQUEST_COLUMNS, leafChains} from '../../../src/model/format.js';
import {settle} from '../../support/table-helpers.js';

/** Every element matching `selector` under `root`, inside shadow roots too. */
function deepAll<T extends Element>(root: ParentNode, selector: string): T[] {
  const found = [...root.querySelectorAll<T>(selector)];
  for (const element of root.querySelectorAll('*'))
    if (element.shadowRoot) found.push(...deepAll<T>(element.shadowRoot, selector));
  return found;
}

/** Every text node under `root`, inside shadow roots too. */
function deepTexts(root: Node): Text[] {
  const texts: Text[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) texts.push(node as Text);
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    node.childNodes.forEach(walk);
  };
  walk(root);
  return texts;
}

/** The nearest `lang` of a node, across shadow boundaries. */
function langOf(node: Node): string | null {
  for (let current: Node | null = node; current;) {
    if (current instanceof Element && current.hasAttribute('lang')) return current.getAttribute('lang');
    current = current.parentNode ?? (current instanceof ShadowRoot ? current.host : null);
  }
  return null;
}

/**
 * English words whose letters sit on more than one line. A word is cut at its hyphenation points
 * first: hyphens ("law-enforcement" may break after "law-") and soft hyphens (src/model/
 * hyphenate.ts: "Ad­min­is­tra­tive" may break after "Ad­min-"). Visually hidden text (.vh) and the label rows'
 * hidden copies are skipped: they are not seen.
 */
function brokenWords(root: Node): string[] {
  const broken: string[] = [];
  for (const text of deepTexts(root)) {
    const parent = text.parentElement;
    if (!parent || parent.closest('.vh, style, code') || langOf(text) !== 'en') continue;
    if (!parent.checkVisibility()) continue;
    for (const match of text.data.matchAll(/[^\s\-/\u00ad]+[-/\u00ad]?/g)) {
      // Each letter's line, from a range of its own: a range starting just after a soft hyphen
      // also holds the hyphen drawn at the end of the line before.
      const letters = match[0].replace(/[-/\u00ad]$/, '').length;
      const tops = new Set(
        Array.from({length: letters}, (_, i) => {
          const range = document.createRange();
          range.setStart(text, match.index + i);
          range.setEnd(text, match.index + i + 1);
          const rects = [...range.getClientRects()].filter((r) => r.width > 0);
          return Math.round(Math.max(...rects.map((r) => r.top)));
        }),
      );
      if (tops.size > 1) broken.push(`${match[0]} (in "${text.data.trim().slice(0, 50)}")`);
    }
  }
  return broken;
}

/** The header of table 三's 总计 column. */
const TOTAL = leafChains(REQUEST_COLUMNS)
  .map((chain) => chain[chain.length - 1]!)
  .find((node) => node.key === 'total')!.label;

const DISPLAYS = [
  {name: 'zh', lang: 'zh-CN', bilingual: false},
  {name: 'en', lang: 'en', bilingual: false},
  {name: 'bilingual', lang: 'zh-CN', bilingual: true},
] as const;

describe('large text on phones: a whole report at 320 and 360 px, 100–200% text', () => {
  afterEach(async () => {
    document.documentElement.style.fontSize = '';
    await setViewport({width: 800, height: 600});
  });

  for (const width of [320, 360]) {
    for (const fontSize of [16, 20, 24, 32]) {
      for (const {name, lang, bilingual} of DISPLAYS) {
        it(`${width} px, ${(fontSize / 16) * 100}% text, ${name}`, async () => {
          // The phone's screen (and the page's 8 px margins) as well as its text size.
          await setViewport({width: width + 16, height: 740});
          document.documentElement.style.fontSize = `${fontSize}px`;
          const container = await fixture<HTMLDivElement>(
            html`<div lang=${lang} style=${`width:${width}px`}>
              <disclosure-report ?bilingual=${bilingual} .report=${huaian2024}></disclosure-report>
            </div>`,
          );
          const report = container.firstElementChild as HTMLElement;
          await settle(report);
          // Each table's block in the report's root (table-block.ts).
          const tables = deepAll<HTMLElement>(report.shadowRoot!, '[data-table]');
          expect(tables.length, 'three tables').to.equal(3);

          // The page never scrolls sideways: all that is wider scrolls inside a table's region.
          expect(container.scrollWidth, 'page width').to.be.at.most(width);
          const pageRight = container.getBoundingClientRect().right;
          for (const element of deepAll<HTMLElement>(
            report.shadowRoot!,
            'h1, h2, h3, h4, p, li, caption .title, caption .unit, caption .note-line',
          )) {
            const box = element.getBoundingClientRect();
            if (element.closest('.vh') || box.width === 0) continue;
            expect(
              box.right,
              `${element.localName} "${element.textContent!.trim().slice(0, 40)}" within the page`,
            ).to.be.at.most(pageRight + 0.5);
            // Headings wrap: no heading is wider than its own box.
            if (/^h\d$/.test(element.localName))
              expect(element.scrollWidth, `heading "${element.textContent!.trim().slice(0, 40)}" wraps`).to.be.at.most(
                element.clientWidth + 1,
              );
          }

          expect(brokenWords(report), 'English words broken inside').to.deep.equal([]);

          for (const table of tables) {
            const region = table.querySelector<HTMLElement>('.region')!;
            expect(table.querySelector('table')!.className, 'the phone layout').to.equal('narrow');
            const view = region.getBoundingClientRect();
            // Label rows are never cut: each label ends within the region's visible width.
            for (const label of table.querySelectorAll<HTMLElement>('td.group .group-label')) {
              const box = label.getBoundingClientRect();
              expect(box.right, `label "${label.textContent!.trim().slice(0, 40)}" cut`).to.be.at.most(
                view.right + 0.5,
              );
              expect(box.left).to.be.at.least(view.left - 0.5);
            }
          }

          // Table 三: each row's label and its 总计 in view together, without scrolling.
          const root = tables.find((table) => table.getAttribute('data-table') === 'requests')!;
          const view = root.querySelector('.region')!.getBoundingClientRect();
          const totals = [
            ...root.querySelectorAll<HTMLElement>('td[data-path^="requests."][data-path$=".total"]'),
          ].filter(
            (cell) =>
              !cell.dataset.path!.startsWith('requests.results.total.') ||
              cell.dataset.path === 'requests.results.total.total',
          );
          expect(totals.length, 'a 总计 per row').to.equal(25);
          for (const total of totals) {
            const labelRow = total.parentElement!.previousElementSibling!;
            const label = labelRow.querySelector<HTMLElement>('td.group.leaf .group-label')!;
            const inView = (box: DOMRect) => box.left >= view.left - 0.5 && box.right <= view.right + 0.5;
            expect(inView(label.getBoundingClientRect()), `label of ${total.dataset.path} in view`).to.be.true;
            const number = document.createRange();
            number.selectNodeContents(total.firstElementChild!);
            expect(inView(number.getBoundingClientRect()), `${total.dataset.path} in view`).to.be.true;
            expect(label.getBoundingClientRect().bottom, 'the label just above').to.be.at.most(
              total.getBoundingClientRect().top + 1,
            );
            // The column headers may be screens above: the cell names its column itself.
            const tag = getComputedStyle(total, '::before');
            expect(tag.display, `${total.dataset.path} names its column`).to.equal('block');
            expect(tag.content).to.include(name === 'en' ? TOTAL.en : TOTAL.zh);
            if (name === 'bilingual') expect(tag.content).to.include(TOTAL.en);
          }
        });
      }
    }
  }
});
