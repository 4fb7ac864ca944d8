// Theme: the colours a reader actually gets. In light and dark (prefers-color-scheme) the grid
// lines keep ≥ 3:1 and the text ≥ 4.5:1 against the table's background (WCAG 1.4.11, 1.4.3); in
// forced-colors mode (Windows high contrast) the grid lines and the audit markers stay drawn.
// Forced colors can only be emulated through the DevTools protocol, hence a Node test.
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {bundleLibrary, launchChromium} from '../../support/library-bundle.mjs';

let dir;
let browser;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dr-theme-'));
  await bundleLibrary(dir);
  writeFileSync(
    join(dir, 'theme.html'),
    `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"></head><body>
<disclosure-table table="proactive" audit></disclosure-table>
<disclosure-table table="requests" audit></disclosure-table>
<appeal-litigation-grid audit></appeal-litigation-grid>
<script src="bundle.js"></script>
<script>
  const broken = lib.examples.find((example) => example.id === 'huaian-2024-broken').report;
  for (const el of document.querySelectorAll('disclosure-table, appeal-litigation-grid')) el.report = broken;
</script></body></html>`,
  );
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  rmSync(dir, {recursive: true, force: true});
});

/** Per element: computed colours of its cells, markers and the background behind its cells. */
async function colours(features) {
  const page = await browser.newPage();
  // Straight through the protocol: puppeteer's emulateMediaFeatures refuses forced-colors.
  const session = await page.createCDPSession();
  await session.send('Emulation.setEmulatedMedia', {features});
  await page.goto(pathToFileURL(join(dir, 'theme.html')).href);
  await page.waitForFunction(() =>
    [...document.querySelectorAll('disclosure-table, appeal-litigation-grid')].every((el) =>
      el.shadowRoot?.querySelector('td[data-path]'),
    ),
  );
  const result = await page.evaluate(() =>
    [...document.querySelectorAll('disclosure-table, appeal-litigation-grid')].map((el) => {
      const root = el.shadowRoot;
      const cell = getComputedStyle(root.querySelector('td[data-path]'));
      const header = getComputedStyle(root.querySelector('th'));
      const marker = root.querySelector('.marker');
      return {
        name: el.getAttribute('table') ?? el.localName,
        forced: matchMedia('(forced-colors: active)').matches,
        // What shows behind the number cells: the nearest painted background above the table
        // (the table and its scroll region are transparent so that scroll shades show through).
        background: (() => {
          for (let node = root.querySelector('table'); node; node = node.parentElement ?? node.getRootNode().host) {
            const colour = getComputedStyle(node).backgroundColor;
            if (colour !== 'rgba(0, 0, 0, 0)' && colour !== 'transparent') return colour;
          }
          return 'none';
        })(),
        headerBackground: header.backgroundColor,
        text: cell.color,
        border: {color: cell.borderTopColor, style: cell.borderTopStyle, width: parseFloat(cell.borderTopWidth)},
        marker: marker && {
          style: getComputedStyle(marker).borderTopStyle,
          width: parseFloat(getComputedStyle(marker).borderTopWidth),
          text: marker.textContent.trim(),
        },
      };
    }),
  );
  await page.close();
  return result;
}

const rgb = (colour) =>
  colour
    .match(/[\d.]+/g)
    .slice(0, 3)
    .map(Number);
function luminance(colour) {
  const [r, g, b] = rgb(colour).map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a, b) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

for (const scheme of ['light', 'dark']) {
  test(`${scheme}: grid lines ≥ 3:1 and cell text ≥ 4.5:1 against the background`, async () => {
    for (const el of await colours([{name: 'prefers-color-scheme', value: scheme}])) {
      for (const background of [el.background, el.headerBackground]) {
        assert.ok(contrast(el.border.color, background) >= 3, `${el.name}: border ${el.border.color} on ${background}`);
      }
      assert.ok(contrast(el.text, el.background) >= 4.5, `${el.name}: text ${el.text} on ${el.background}`);
    }
  });
}

test('light and dark really differ (the dark palette is applied)', async () => {
  const [light] = await colours([{name: 'prefers-color-scheme', value: 'light'}]);
  const [dark] = await colours([{name: 'prefers-color-scheme', value: 'dark'}]);
  assert.ok(
    luminance(light.background) > 0.8 && luminance(dark.background) < 0.1,
    `${light.background} / ${dark.background}`,
  );
});

test('forced colors: cell borders and audit markers stay drawn', async () => {
  const elements = await colours([{name: 'forced-colors', value: 'active'}]);
  for (const el of elements) {
    assert.ok(el.forced, 'the page is in forced-colors mode');
    assert.equal(el.border.style, 'solid', `${el.name}: cell border style`);
    assert.ok(el.border.width >= 1, `${el.name}: cell border width ${el.border.width}`);
    assert.ok(
      contrast(el.border.color, el.background) >= 3,
      `${el.name}: border ${el.border.color} on ${el.background}`,
    );
  }
  // The broken 淮安 example has findings in table 三 and table 四: their markers keep a border and text.
  const marked = elements.filter((el) => el.marker);
  assert.ok(marked.length >= 1, 'some table shows audit markers');
  for (const el of marked) {
    // Solid on the checked cell, dashed on its addends: both drawn.
    assert.ok(['solid', 'dashed'].includes(el.marker.style), `${el.name}: marker border ${el.marker.style}`);
    assert.ok(el.marker.width >= 1 && el.marker.text.length > 0, `${el.name}: marker ${JSON.stringify(el.marker)}`);
  }
});
