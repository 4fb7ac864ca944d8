/**
 * Header chains as Chromium-based readers build them (Android WeChat's XWeb, TalkBack, NVDA and
 * JAWS with Chrome): from `scope`, spans and position, not from `headers=`. Every data cell of
 * tables 二, 三 and 四, in the wide, phone and print layouts, in Chinese, English and both, must get
 * exactly the format's chain (src/model/format.ts, via test/support/header-chains.ts) from the
 * HTML table model's header assignment (test/support/scope-headers.ts) with `headers=` removed.
 */
import {expect, html} from '@open-wc/testing';
import {emulateMedia} from '@web/test-runner-commands';
import type {TemplateResult} from 'lit';
import '../../../src/all.js';
import {huaian2024} from '../../../src/examples/index.js';
import type {Label} from '../../../src/model/format.js';
import {mount, settle} from '../../support/table-helpers.js';
import {
  appealCells,
  proactiveCells,
  requestCells,
  type Display,
  type ExpectedCell,
} from '../../support/header-chains.js';
import {formTable, impliedHeaders} from '../../support/scope-headers.js';

// Soft hyphens (src/model/hyphenate.ts) are break points, not text.
const squash = (text: string | null | undefined) => (text ?? '').replace(/[\s\u00ad]+/g, '');
const labelText = (label: Label, display: Display) =>
  squash(display === 'en' ? label.en : display === 'zh' ? label.zh : label.zh + label.en);

const DISPLAYS: readonly {display: Display; lang: string; bilingual: boolean}[] = [
  {display: 'zh', lang: 'zh-CN', bilingual: false},
  {display: 'en', lang: 'en', bilingual: false},
  {display: 'bilingual', lang: 'zh-CN', bilingual: true},
];

const TABLES: readonly {
  name: string;
  template: (lang: string, bilingual: boolean) => TemplateResult;
  expected: (narrow: boolean) => ExpectedCell[];
}[] = [
  {
    name: '二',
    template: (lang, bilingual) =>
      html`<disclosure-table table="proactive" lang=${lang} ?bilingual=${bilingual} .report=${huaian2024}></disclosure-table>`,
    expected: proactiveCells,
  },
  {
    name: '三',
    template: (lang, bilingual) =>
      html`<disclosure-table table="requests" lang=${lang} ?bilingual=${bilingual} .report=${huaian2024}></disclosure-table>`,
    expected: requestCells,
  },
  {
    name: '四',
    template: (lang, bilingual) =>
      html`<appeal-litigation-grid lang=${lang} ?bilingual=${bilingual} .report=${huaian2024}></appeal-litigation-grid>`,
    expected: appealCells,
  },
];

/** Cells whose scope-only chain differs from the format's, as readable lines; and how many were checked. */
function wrongChains(
  element: HTMLElement,
  expected: ExpectedCell[],
  display: Display,
): {wrong: string[]; checked: number} {
  // Copies without `headers=`, so that nothing but scope and position can give a header. Each
  // <table> on its own: table 二 wide has one per block.
  const tables = [...element.shadowRoot!.querySelectorAll('table')].map((table) => {
    const copy = table.cloneNode(true) as HTMLTableElement;
    for (const cell of copy.querySelectorAll('[headers]')) cell.removeAttribute('headers');
    return {copy, model: formTable(copy)};
  });
  const wrong: string[] = [];
  for (const cell of expected) {
    const found = tables.find(({copy}) => copy.querySelector(`td[data-path="${cell.path}"]`));
    const td = found?.copy.querySelector<HTMLTableCellElement>(`td[data-path="${cell.path}"]`);
    if (!found || !td) {
      wrong.push(`${cell.path}: no cell`);
      continue;
    }
    const got = impliedHeaders(found.model, td).map((th) => squash(th.textContent));
    const want = cell.headers.map((header) => labelText(header.label, display));
    if (JSON.stringify([...got].sort()) !== JSON.stringify([...want].sort()))
      wrong.push(`${cell.path}: got [${got.join(' | ')}], want [${want.join(' | ')}]`);
  }
  return {wrong, checked: expected.length};
}

const LAYOUTS = [
  {name: 'wide', width: 2600, print: false},
  {name: 'phone', width: 360, print: false},
  {name: 'print', width: 360, print: true},
] as const;

describe('header chains from scope and position alone (headers= removed)', () => {
  afterEach(() => emulateMedia({media: 'screen'}));

  for (const layout of LAYOUTS) {
    for (const {name, template, expected} of TABLES) {
      for (const {display, lang, bilingual} of DISPLAYS) {
        it(`table ${name}, ${layout.name}, ${display}: every data cell gets the format's chain`, async () => {
          const element = await mount<HTMLElement>(template(lang, bilingual), layout.width);
          if (layout.print) {
            await emulateMedia({media: 'print'});
            await settle(element);
          }
          const mode = element.shadowRoot!.querySelector('table')!.className;
          const narrow = layout.name === 'phone';
          expect(mode, 'the layout under test').to.equal(narrow ? 'narrow' : 'wide');
          const {wrong, checked} = wrongChains(element, expected(narrow), display);
          expect(wrong, `${wrong.length} of ${checked} cells wrong:\n${wrong.slice(0, 6).join('\n')}`).to.deep.equal(
            [],
          );
        });
      }
    }
  }
});
