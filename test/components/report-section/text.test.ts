/**
 * Report prose as a reader meets it: always text (never markup), in the reader's language with the
 * Chinese shown and marked as Chinese where the English is missing, both languages when bilingual,
 * and set for long Chinese paragraphs (measure, leading, first-line indent).
 */
import {expect, fixture, html} from '@open-wc/testing';
import '../../../src/all.js';
import {xiguan2024} from '../../../src/examples/index.js';
import {reconsiderationTotalOff} from '../../../src/examples/broken.js';
import {checkReport} from '../../../src/model/checks.js';
import {sectionFormat} from '../../../src/model/format.js';
import type {DisclosureReport} from '../../../src/model/types.js';
import {allUpdated, deepAll, outline} from '../../support/report-helpers.js';

const withOverview = (overview: DisclosureReport['overview']): DisclosureReport => ({
  ...structuredClone(xiguan2024),
  overview,
});

async function section(
  report: DisclosureReport,
  attributes: {lang?: string; bilingual?: boolean} = {},
): Promise<Element> {
  const element = await fixture(html`<report-section
    section="overview"
    lang=${attributes.lang ?? 'zh-CN'}
    ?bilingual=${attributes.bilingual}
    .report=${report}
  ></report-section>`);
  await allUpdated(element);
  return element;
}

const paragraphsOf = (element: Element) => deepAll<HTMLParagraphElement>(element, 'p.para');

describe('report text', () => {
  it('shows markup in a paragraph verbatim, as text', async () => {
    const markup = '<b>加粗</b><img src=x onerror="window.__hit=1">见<a href="https://example.com">链接</a>';
    const element = await section(
      withOverview({paragraphs: [markup], parts: [{title: '<i>标题</i>', paragraphs: []}]}),
    );
    const [p] = paragraphsOf(element);
    expect(p.textContent).to.equal(markup);
    expect(p.children).to.have.length(0);
    expect(deepAll(element, 'b, img, i, a')).to.have.length(0);
    expect(outline(element)[1]).to.equal('h3 <i>标题</i>');
    expect((window as unknown as {__hit?: number}).__hit).to.equal(undefined);
  });

  it('English view: English where given; else the Chinese, marked lang="zh-CN"', async () => {
    const element = await section(
      withOverview({
        paragraphs: [{zh: '有译文的段落。', en: 'A translated paragraph.'}, '只有中文的段落。', {zh: '仍只有中文。'}],
        parts: [{title: '（一）无译文的标题', paragraphs: []}],
      }),
      {lang: 'en'},
    );
    const [translated, plain, object] = paragraphsOf(element);
    expect(translated.textContent).to.equal('A translated paragraph.');
    expect(translated.closest('[lang]')!.getAttribute('lang')).to.equal('en');
    for (const [p, text] of [
      [plain, '只有中文的段落。'],
      [object, '仍只有中文。'],
    ] as const) {
      expect(p.textContent).to.equal(text);
      expect(p.getAttribute('lang')).to.equal('zh-CN');
    }
    const partHeading = deepAll(element, 'h3')[0];
    expect(partHeading.querySelector('[lang="zh-CN"]')!.textContent).to.equal('（一）无译文的标题');
    // The section heading comes from the format, in English.
    expect(deepAll(element, 'h2')[0].textContent!.trim()).to.equal('I. Overview');
  });

  it('bilingual: the Chinese paragraph, then the English beneath, each with its lang', async () => {
    const element = await section(withOverview({paragraphs: [{zh: '中文段落。', en: 'English paragraph.'}]}), {
      bilingual: true,
    });
    const [zh, en] = paragraphsOf(element);
    expect([zh.textContent, zh.getAttribute('lang')]).to.deep.equal(['中文段落。', 'zh-CN']);
    expect([en.textContent, en.getAttribute('lang')]).to.deep.equal(['English paragraph.', 'en']);
    expect(zh.getBoundingClientRect().top).to.be.below(en.getBoundingClientRect().top);
  });

  it('bilingual audit summary: each finding and each cell link in Chinese, then English, each with its lang', async () => {
    const report = reconsiderationTotalOff();
    const [finding] = checkReport(report).filter((f) => f.severity === 'error');
    const element = await fixture(html`<disclosure-report audit bilingual .report=${report}></disclosure-report>`);
    await allUpdated(element);
    const [summary] = deepAll(element, '[part~="dr-audit"]');
    const item = summary.querySelector('ol > li')!;
    expect(item.querySelector('[lang="zh-CN"]')!.textContent).to.equal(finding.message.zh);
    expect(item.querySelector('[lang="en"]')!.textContent).to.equal(finding.message.en);
    const link = item.querySelector('ul.cells a')!;
    expect(link.querySelector('[lang="zh-CN"]')!.textContent).to.include('行政复议');
    expect(link.querySelector('[lang="en"]')!.textContent).to.include('Administrative reconsideration');
    // The message names the section; each link names the cell within it, not the section again.
    const {heading} = sectionFormat('appeals');
    expect(link.textContent).not.to.include(heading.zh).and.not.to.include(heading.en);
  });

  it('long Chinese paragraphs: 36–40em measure, leading ≥ 1.8, first-line indent 2em; English not indented', async () => {
    const holder = await fixture<HTMLDivElement>(html`<div style="width: 1400px"></div>`);
    holder.innerHTML = '<report-section section="overview" bilingual></report-section>';
    const element = holder.firstElementChild as Element & {report: unknown};
    element.report = xiguan2024;
    await allUpdated(element);
    const [zh, en] = paragraphsOf(element);
    const style = getComputedStyle(zh);
    const em = parseFloat(style.fontSize);
    expect(parseFloat(style.textIndent)).to.be.closeTo(2 * em, 0.5);
    expect(parseFloat(style.lineHeight) / em).to.be.at.least(1.8);
    const width = zh.getBoundingClientRect().width / em;
    expect(width).to.be.within(36, 40);
    expect(parseFloat(getComputedStyle(en).textIndent)).to.equal(0);
  });

  it('bad narrative values never throw and never blank the section', async () => {
    const bad = withOverview({paragraphs: [42, null, {en: 'no zh'}, '有效段落。'] as never, parts: 'oops' as never});
    const element = await section(bad);
    expect(outline(element)[0]).to.match(/^h2 一、/);
    expect(paragraphsOf(element).map((p) => p.textContent)).to.include('有效段落。');
  });
});
