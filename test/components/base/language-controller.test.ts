/**
 * LanguageController on its own: a bare Lit element that renders its locale. Its language comes
 * from its own `lang`, else the nearest ancestor's across shadow roots, else `<html lang>`; a
 * `lang` change above it renders it again only when its locale changes; bilingual puts the root
 * in Chinese.
 */
import {expect, fixture, html as fixtureHtml} from '@open-wc/testing';
import {LitElement, html} from 'lit';
import {property} from 'lit/decorators.js';
import {LanguageController} from '../../../src/components/base/language.js';

class LanguageProbe extends LitElement {
  @property({type: Boolean}) bilingual = false;
  readonly language = new LanguageController(this, () => this.bilingual);
  renders = 0;

  protected override render() {
    this.renders++;
    return html`<p>${this.language.locale} ${this.language.rootLocale}</p>`;
  }
}
customElements.define('language-probe', LanguageProbe);

const shown = (probe: LanguageProbe) => probe.shadowRoot!.textContent!.trim();
/** Attribute changes reach the controller through a MutationObserver, then Lit renders. */
const settled = async (probe: LanguageProbe) => {
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await probe.updateComplete;
};

describe('LanguageController', () => {
  const pageLang = document.documentElement.getAttribute('lang');
  afterEach(() => {
    if (pageLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', pageLang);
  });

  it('takes its own lang first, then the nearest ancestor’s, then the page’s', async () => {
    document.documentElement.setAttribute('lang', 'en');
    const container = await fixture<HTMLDivElement>(
      fixtureHtml`<div><section lang="zh-CN"><language-probe></language-probe></section></div>`,
    );
    const element = container.querySelector('language-probe') as LanguageProbe;
    await element.updateComplete;
    expect(shown(element), 'the ancestor').to.equal('zh-CN zh-CN');
    element.setAttribute('lang', 'en-GB');
    await settled(element);
    expect(shown(element), 'its own').to.equal('en en');
    element.removeAttribute('lang');
    container.querySelector('section')!.removeAttribute('lang');
    await settled(element);
    expect(shown(element), 'the page').to.equal('en en');
  });

  it('inherits across a shadow root from the host', async () => {
    const container = await fixture<HTMLDivElement>(fixtureHtml`<div lang="en"></div>`);
    const host = document.createElement('div');
    container.append(host);
    const element = document.createElement('language-probe') as LanguageProbe;
    host.attachShadow({mode: 'open'}).append(element);
    await element.updateComplete;
    expect(shown(element)).to.equal('en en');
  });

  it('renders again when an ancestor’s lang changes its locale, and not for a change that keeps it', async () => {
    const container = await fixture<HTMLDivElement>(
      fixtureHtml`<div lang="zh-CN"><language-probe></language-probe></div>`,
    );
    const element = container.querySelector('language-probe') as LanguageProbe;
    await element.updateComplete;
    const before = element.renders;
    container.setAttribute('lang', 'zh-Hans');
    await settled(element);
    expect(element.renders, 'zh-Hans is still Chinese').to.equal(before);
    container.setAttribute('lang', 'en');
    await settled(element);
    expect(element.renders).to.equal(before + 1);
    expect(shown(element)).to.equal('en en');
  });

  it('stops listening once disconnected', async () => {
    const container = await fixture<HTMLDivElement>(
      fixtureHtml`<div lang="zh-CN"><language-probe></language-probe></div>`,
    );
    const element = container.querySelector('language-probe') as LanguageProbe;
    await element.updateComplete;
    element.remove();
    const before = element.renders;
    // Detached, it would read the page's lang: a listening controller would render it in English.
    document.documentElement.setAttribute('lang', 'en');
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(element.renders).to.equal(before);
  });

  it('bilingual: an English element keeps its locale but its root is Chinese', async () => {
    const container = await fixture<HTMLDivElement>(
      fixtureHtml`<div lang="en"><language-probe bilingual></language-probe></div>`,
    );
    const element = container.querySelector('language-probe') as LanguageProbe;
    await element.updateComplete;
    expect(shown(element)).to.equal('en zh-CN');
  });
});
