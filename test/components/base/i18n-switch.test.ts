/**
 * Switching language at run time on elements that were in the page before their definitions
 * loaded: the case `fixture()` cannot show (toolchain pitfall: an element upgraded before its
 * localization hooks exist never re-renders). So this file imports no element statically: the
 * markup goes in first, with inline JSON as a CMS page would have it, and the define modules are
 * imported afterwards.
 */
import {expect} from '@open-wc/testing';
import {SECTIONS, TABLE_UNITS, type Label} from '../../../src/model/format.js';
import {huaian2024} from '../../../src/examples/index.js';
import {until} from '../../support/table-helpers.js';

const heading = (id: string): Label => SECTIONS.find((section) => section.id === id)!.heading;
// Soft hyphens (src/model/hyphenate.ts) are break points, not text.
const squash = (text: string | null | undefined) => (text ?? '').replace(/[\s\u00ad]+/g, '');
const json = () => `<script type="application/json">${JSON.stringify(huaian2024).replace(/</g, '\\u003c')}</script>`;

describe('language switching on elements already in the page', () => {
  const html = document.documentElement;
  const originalLang = html.getAttribute('lang');
  let wrap: HTMLDivElement;

  before(async () => {
    html.setAttribute('lang', 'zh-CN');
    wrap = document.createElement('div');
    wrap.style.width = '1280px'; // table 四's official layout needs about 71em in English
    wrap.innerHTML = `<disclosure-table table="requests">${json()}</disclosure-table><appeal-litigation-grid>${json()}</appeal-litigation-grid>`;
    document.body.append(wrap);
    expect(customElements.get('disclosure-table'), 'not yet defined').to.equal(undefined);
    await import('../../../src/components/disclosure-table/define.js');
    await import('../../../src/components/appeal-litigation-grid/define.js');
  });

  after(() => {
    wrap.remove();
    if (originalLang === null) html.removeAttribute('lang');
    else html.setAttribute('lang', originalLang);
  });

  const table = () => wrap.querySelector('disclosure-table')!;
  const grid = () => wrap.querySelector('appeal-litigation-grid')!;
  const caption = (element: Element) => squash(element.shadowRoot?.querySelector('caption .title')?.textContent);
  const unit = (element: Element) => squash(element.shadowRoot?.querySelector('caption .unit')?.textContent);
  /** The header of table 四's first column group and table 三's first row, by format node. */
  const reconsideration = () => squash(grid().shadowRoot?.getElementById('t4-c-reconsideration')?.textContent);
  const rootLang = (element: Element) => element.shadowRoot?.querySelector('.root')?.getAttribute('lang');

  async function expectLanguage(lang: 'zh' | 'en', what: string): Promise<void> {
    await until(
      () =>
        caption(table()) === squash(heading('requests')[lang]) &&
        caption(grid()) === squash(heading('appeals')[lang]) &&
        unit(table()) === squash(TABLE_UNITS.requests[lang]) &&
        reconsideration() === squash(lang === 'en' ? 'Administrative reconsideration' : '行政复议'),
      5000,
      `${what}: captions, units and headers in ${lang} (now "${caption(table())}", "${caption(grid())}", "${reconsideration()}")`,
    );
    expect(rootLang(table())).to.equal(lang === 'en' ? 'en' : 'zh-CN');
    expect(rootLang(grid())).to.equal(lang === 'en' ? 'en' : 'zh-CN');
  }

  it('renders in the page language once defined', async () => {
    await expectLanguage('zh', 'first render');
  });

  it('follows <html lang> when it changes', async () => {
    html.setAttribute('lang', 'en');
    await expectLanguage('en', '<html lang="en">');
    html.setAttribute('lang', 'zh-CN');
    await expectLanguage('zh', '<html lang="zh-CN">');
  });

  it('follows the nearest ancestor, which beats <html lang>', async () => {
    wrap.setAttribute('lang', 'en');
    await expectLanguage('en', 'ancestor lang="en"');
    html.setAttribute('lang', 'en');
    wrap.setAttribute('lang', 'zh-CN');
    await expectLanguage('zh', 'ancestor lang="zh-CN" in an English page');
    wrap.removeAttribute('lang');
    await expectLanguage('en', 'ancestor lang removed');
    html.setAttribute('lang', 'zh-CN');
    await expectLanguage('zh', 'back to Chinese');
  });

  it("an element's own lang beats its ancestors", async () => {
    wrap.setAttribute('lang', 'zh-CN');
    grid().setAttribute('lang', 'en');
    await until(() => caption(grid()) === squash(heading('appeals').en), 5000, 'grid in English');
    expect(caption(table())).to.equal(squash(heading('requests').zh));
    grid().removeAttribute('lang');
    wrap.removeAttribute('lang');
    await until(() => caption(grid()) === squash(heading('appeals').zh), 5000, 'grid back in Chinese');
  });

  it('turning bilingual on and off at run time', async () => {
    html.setAttribute('lang', 'en');
    await expectLanguage('en', 'English page');
    table().setAttribute('bilingual', '');
    await until(
      () => table().shadowRoot!.querySelector('caption .title [lang="en"]') !== null,
      5000,
      'bilingual caption',
    );
    const runs = [...table().shadowRoot!.querySelectorAll('caption .title [lang]')].map((run) => [
      run.getAttribute('lang'),
      squash(run.textContent),
    ]);
    expect(runs).to.deep.equal([
      ['zh-CN', squash(heading('requests').zh)],
      ['en', squash(heading('requests').en)],
    ]);
    expect(rootLang(table()), 'bilingual: Chinese is the root language').to.equal('zh-CN');
    table().removeAttribute('bilingual');
    await expectLanguage('en', 'bilingual off');
    html.setAttribute('lang', 'zh-CN');
  });
});
