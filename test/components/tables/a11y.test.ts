/**
 * axe-core (WCAG 2 A/AA, 2.1 AA, best practice, plus the experimental td-has-header and
 * table-fake-caption) on every table in every state a reader meets: wide and 360 px, light and
 * dark, audit with findings, and the error state. Then phones: no sideways page scroll at 360 px,
 * the scroll region reachable by keyboard, 200% text.
 */
import {expect, fixture, html} from '@open-wc/testing';
import {emulateMedia, sendKeys} from '@web/test-runner-commands';
import type {TemplateResult} from 'lit';
import '../../../src/all.js';
import {broken, huaian2024} from '../../../src/examples/index.js';
import {axeViolations, describeViolations, mount, settle, until} from '../../support/table-helpers.js';

const tables: [string, (report: unknown, audit?: boolean) => TemplateResult][] = [
  ['二', (r, a = false) => html`<disclosure-table table="proactive" ?audit=${a} .report=${r}></disclosure-table>`],
  ['三', (r, a = false) => html`<disclosure-table table="requests" ?audit=${a} .report=${r}></disclosure-table>`],
  ['四', (r, a = false) => html`<appeal-litigation-grid ?audit=${a} .report=${r}></appeal-litigation-grid>`],
];

async function expectNoViolations(element: Element): Promise<void> {
  const violations = await axeViolations(element);
  expect(violations, describeViolations(violations)).to.deep.equal([]);
}

describe('axe', () => {
  after(() => emulateMedia({colorScheme: 'light'}));

  it('catches a real violation (the harness is not a no-op)', async () => {
    const bad = await fixture(html`<div>
      <table>
        <tr><td>Fake caption</td><td></td><td></td><td></td></tr>
        <tr><th></th><th>a</th><th>b</th><th>c</th></tr>
        <tr><td>1</td><td headers="nope">2</td><td>3</td><td>4</td></tr>
        <tr><td>5</td><td>6</td><td>7</td><td>8</td></tr>
      </table>
    </div>`);
    const ids = (await axeViolations(bad)).map((v) => v.id);
    expect(ids).to.include('td-headers-attr');
    expect(ids).to.include('empty-table-header');
  });

  for (const scheme of ['light', 'dark'] as const) {
    for (const width of [1100, 360]) {
      for (const [name, template] of tables) {
        it(`table ${name}, ${width}px, ${scheme}`, async () => {
          await emulateMedia({colorScheme: scheme});
          const element = await mount(template(huaian2024), width);
          await expectNoViolations(element);
        });
      }
    }
  }

  for (const scheme of ['light', 'dark'] as const) {
    for (const [name, template] of tables) {
      it(`table ${name} with audit findings, ${scheme}`, async () => {
        await emulateMedia({colorScheme: scheme});
        const report =
          name === '四' ? broken.reconsiderationTotalOff() : name === '三' ? broken.rowTotalOff() : broken.blankCell();
        const element = await mount(template(report, true), 1100);
        if (name !== '二') expect(element.shadowRoot!.querySelector('.flagged'), 'cells are flagged').to.exist;
        await expectNoViolations(element);
        const narrow = await mount(template(report, true), 360);
        await expectNoViolations(narrow);
      });
    }
  }

  it('error states: failed src, invalid table, invalid cell', async () => {
    const failed = await fixture(
      html`<disclosure-table table="requests" src="/test-api/fail?key=axe&amp;mode=404"></disclosure-table>`,
    );
    await until(() => failed.shadowRoot!.querySelector('button.retry') !== null, 5000, 'error state');
    await expectNoViolations(failed);
    const report = structuredClone(huaian2024) as unknown as Record<string, Record<string, unknown>>;
    report.appeals = 'n/a' as never;
    report.proactive!.fees = '96171.6万元';
    for (const template of tables.map(([, t]) => t)) await expectNoViolations(await mount(template(report, true)));
  });
});

describe('phones (360 px)', () => {
  afterEach(() => {
    document.documentElement.style.fontSize = '';
  });
  // Enlarged text (Android's and WeChat's font size settings, browser zoom of text): each number
  // must fit in the scroll region, or no scroll position shows it whole.
  for (const [name, template] of tables) {
    for (const lang of ['zh-CN', 'en']) {
      it(`table ${name} (${lang}): every number can be seen whole at 320 and 360 px, up to 200% text`, async () => {
        for (const [width, fontSize] of [320, 360].flatMap((w) => [16, 20, 24, 32].map((f) => [w, f]))) {
          // On the root, as a reader's font size setting applies it (rem and em both grow).
          document.documentElement.style.fontSize = `${fontSize}px`;
          const container = await fixture<HTMLDivElement>(
            html`<div lang=${lang} style=${`width:${width}px`}>${template(huaian2024)}</div>`,
          );
          const element = container.firstElementChild as HTMLElement;
          await settle(element);
          const region = element.shadowRoot!.querySelector<HTMLElement>('.region')!;
          const room = region.clientWidth;
          for (const cell of element.shadowRoot!.querySelectorAll<HTMLElement>('td[data-path]')) {
            // The number itself: its column may be wider for its header's sake.
            const text = document.createRange();
            text.selectNodeContents(cell.firstElementChild!);
            const number = text.getBoundingClientRect().width;
            expect(
              number,
              `${cell.dataset.path} at ${width} px wide, ${fontSize}px text: ${Math.round(number)} px, room ${Math.round(room)} px`,
            ).to.be.at.most(room + 1);
          }
        }
      });
    }
  }

  for (const [name, template] of tables) {
    it(`table ${name}: the host never overflows its container, also at 200% text, in Chinese and English`, async () => {
      for (const [fontSize, lang] of ['16px', '32px'].flatMap((size) => ['zh-CN', 'en'].map((l) => [size, l]))) {
        document.documentElement.style.fontSize = fontSize; // rem and em both grow, as with a reader's setting
        const container = await fixture<HTMLDivElement>(
          html`<div lang=${lang} style="width:360px">${template(huaian2024)}</div>`,
        );
        const element = container.firstElementChild as HTMLElement;
        await settle(element);
        expect(element.getBoundingClientRect().width, 'host width').to.be.at.most(360);
        expect(container.scrollWidth, `container scroll width at ${fontSize}, ${lang}`).to.be.at.most(360);
        // Nothing inside sticks out of the host except through the scroll region.
        const region = element.shadowRoot!.querySelector<HTMLElement>('.region')!;
        expect(region.getBoundingClientRect().right).to.be.at.most(element.getBoundingClientRect().right + 0.5);
        // The caption's unit line stays in view while the table scrolls: within the host too.
        const unit = element.shadowRoot!.querySelector<HTMLElement>('caption .unit')!;
        expect(unit.getBoundingClientRect().right, `unit line at ${fontSize}, ${lang}`).to.be.at.most(
          element.getBoundingClientRect().right + 0.5,
        );
      }
    });
  }

  it('table 三 stays one table in a labelled scroll region reachable by Tab; its labels stay in view', async () => {
    const container = await fixture<HTMLDivElement>(html`<div style="width:360px">
      <button>before</button>${tables[1]![1](huaian2024)}
    </div>`);
    const element = container.querySelector('disclosure-table')!;
    await settle(element);
    const region = element.shadowRoot!.querySelector<HTMLElement>('[role="region"]')!;
    expect(region.scrollWidth, 'the table is wider than the region').to.be.greaterThan(region.clientWidth);
    expect(region.getAttribute('aria-labelledby')).to.equal(element.shadowRoot!.querySelector('caption')!.id);
    container.querySelector('button')!.focus();
    await sendKeys({press: 'Tab'});
    expect(element.shadowRoot!.activeElement).to.equal(region);
    expect(getComputedStyle(region).outlineStyle).not.to.equal('none');
    await sendKeys({press: 'ArrowRight'});
    region.scrollLeft = 200;
    const label = element.shadowRoot!.querySelector<HTMLElement>('td.group.leaf .group-label')!;
    expect(getComputedStyle(label).position).to.equal('sticky');
    expect(label.getBoundingClientRect().left).to.be.closeTo(region.getBoundingClientRect().left, 12);
  });

  it('table 四 becomes 15 numbers under their labels, in four groups, and needs no sideways scrolling', async () => {
    const element = await mount(tables[2]![1](huaian2024), 360);
    const texts = (selector: string) =>
      [...element.shadowRoot!.querySelectorAll(selector)].map((node) => node.textContent!.trim());
    expect(texts('td.group:not(.leaf)')).to.deep.equal(['行政复议', '行政诉讼', '未经复议直接起诉', '复议后起诉']);
    expect(texts('td.group.leaf').length).to.equal(15);
    // Their headers: 4 groups and 15 rows, each spanning what it labels.
    expect(element.shadowRoot!.querySelectorAll('th[scope="row"]').length).to.equal(19);
    const region = element.shadowRoot!.querySelector<HTMLElement>('.region')!;
    expect(region.scrollWidth).to.be.at.most(region.clientWidth + 1);
    // Nothing to scroll: no tab stop, no landmark repeating the caption.
    expect([region.getAttribute('tabindex'), region.getAttribute('role')]).to.deep.equal([null, null]);
  });

  it('print media switches a narrow element back to the official layout', async () => {
    const element = await mount(tables[2]![1](huaian2024), 360);
    expect(element.shadowRoot!.querySelectorAll('tbody tr').length).to.equal(34);
    await emulateMedia({media: 'print'});
    await settle(element);
    try {
      expect(element.shadowRoot!.querySelectorAll('tbody tr').length).to.equal(1);
    } finally {
      await emulateMedia({media: 'screen'});
    }
    await settle(element);
    expect(element.shadowRoot!.querySelectorAll('tbody tr').length).to.equal(34);
  });
});
