// What Chromium itself exposes to screen readers for tables 二, 三 and 四 (the accessibility tree
// through CDP, as TalkBack, NVDA and JAWS with Chrome, and Android WeChat's XWeb read it): the role
// and name of every cell, and the header chain Chromium's own table model gives each number
// (ui/accessibility/ax_table_info.cc: every rowheader covering the cell's row, every
// columnheader covering its column, wherever they are). That chain is compared with the cell's
// `headers=` chain, which test/components/tables/headers.test.ts checks against the format, and
// for every count of table 二 (a table per block in the wide layout) with the format's labels.
//
// Needs /usr/bin/chromium. AX_REPORT=1 prints the figures docs/accessibility.md quotes.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {bundleLibrary, launchChromium} from '../../support/library-bundle.mjs';
import {PROACTIVE_BLOCKS} from '../../../dist/node/model/format.js';

// Soft hyphens (src/model/hyphenate.ts) are break points, not text.
const squash = (text) => (text ?? '').replace(/[\s\u00ad]+/g, '');

/**
 * In the page: each element's cells with grid positions (spans) and the <table> they are in
 * (table 二 wide has one per block), keyed by id or data-path.
 */
function grids() {
  return [...document.querySelectorAll('disclosure-table, appeal-litigation-grid')].map((host) => {
    const tables = [...host.shadowRoot.querySelectorAll('table')];
    const cells = [];
    tables.forEach((table, tableIndex) => {
      const taken = [];
      let y = 0;
      for (const section of table.querySelectorAll(':scope > thead, :scope > tbody')) {
        const rows = [...section.rows];
        const end = y + rows.length;
        for (const row of rows) {
          let x = 0;
          for (const cell of row.cells) {
            while (taken[y]?.[x]) x++;
            const width = cell.colSpan;
            const height = Math.min(cell.rowSpan || 1, end - y);
            for (let r = y; r < y + height; r++) for (let c = x; c < x + width; c++) (taken[r] ??= [])[c] = true;
            cell.dataset.axKey ??= `${host.localName}-${host.getAttribute('table') ?? 'appeals'}-${cells.length}`;
            cells.push({
              table: tableIndex,
              key: cell.dataset.axKey,
              path: cell.dataset.path ?? null,
              x,
              y,
              width,
              height,
              headers: cell.getAttribute('headers'),
              id: cell.id,
              text: cell.textContent,
            });
            x += width;
          }
          y++;
        }
      }
    });
    return {table: host.getAttribute('table') ?? 'appeals', mode: tables[0].className, tables: tables.length, cells};
  });
}

async function axRoles(page) {
  const client = await page.createCDPSession();
  await client.send('DOM.getDocument', {depth: -1, pierce: true});
  const {nodes} = await client.send('Accessibility.getFullAXTree');
  const roles = new Map();
  for (const node of nodes) {
    const role = node.role?.value;
    if (node.ignored || !['columnheader', 'rowheader', 'cell', 'gridcell'].includes(role)) continue;
    if (!node.backendDOMNodeId) continue;
    const {object} = await client.send('DOM.resolveNode', {backendNodeId: node.backendDOMNodeId});
    const {result} = await client.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: 'function () { return this.dataset ? this.dataset.axKey ?? null : null; }',
      returnByValue: true,
    });
    if (result.value) roles.set(result.value, {role, name: node.name?.value ?? ''});
  }
  await client.detach();
  return roles;
}

/** Chromium's chain of a data cell: the rowheaders covering its row, the columnheaders covering its column. */
function chromiumChain(cells, roles, cell) {
  const covers = (h, axis) =>
    axis === 'row' ? h.y <= cell.y && cell.y < h.y + h.height : h.x <= cell.x && cell.x < h.x + h.width;
  return cells.filter((h) => {
    if (h.table !== cell.table) return false;
    const role = roles.get(h.key)?.role;
    return (role === 'rowheader' && covers(h, 'row')) || (role === 'columnheader' && covers(h, 'col'));
  });
}

/** Table 二 as the format says each count is named: its block's title, its column, its row. */
function proactiveChains(lang) {
  const text = (label) => squash(lang === 'en' ? label.en : label.zh);
  const chains = new Map();
  for (const block of PROACTIVE_BLOCKS)
    for (const row of block.rows)
      for (const column of block.columns)
        chains.set(
          ['proactive', row.key, ...(column.key ? [column.key] : [])].join('.'),
          [block.label, column.label, row.label].map(text).sort(),
        );
  return chains;
}

async function measure(width, lang) {
  const dir = mkdtempSync(join(tmpdir(), 'dr-ax-'));
  const browser = await launchChromium();
  try {
    await bundleLibrary(dir, "export {huaian2024} from './src/examples/index.ts';");
    writeFileSync(
      join(dir, 'ax.html'),
      `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"></head><body style="margin:0">
<disclosure-table table="proactive" lang="${lang}"></disclosure-table>
<disclosure-table table="requests" lang="${lang}"></disclosure-table>
<appeal-litigation-grid lang="${lang}"></appeal-litigation-grid>
<script src="bundle.js"></script>
<script>for (const el of document.querySelectorAll('disclosure-table, appeal-litigation-grid')) el.report = lib.huaian2024;</script>
</body></html>`,
    );
    const page = await browser.newPage();
    await page.setViewport({width, height: 900});
    await page.goto(pathToFileURL(join(dir, 'ax.html')).href);
    await page.waitForFunction(() =>
      document.querySelector('appeal-litigation-grid')?.shadowRoot?.querySelector('td[data-path]'),
    );
    await new Promise((resolve) => setTimeout(resolve, 300)); // the layout chosen for the width
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const tables = await page.evaluate(grids);
    const roles = await axRoles(page);
    const official = proactiveChains(lang);
    return tables.map(({table, mode, tables: tableCount, cells}) => {
      const byId = new Map(cells.filter((c) => c.id).map((c) => [c.id, c]));
      const data = cells.filter((c) => c.path);
      const results = data.map((cell) => {
        const want = cell.headers
          .split(/\s+/)
          .map((id) => squash(byId.get(id)?.text))
          .sort();
        const got = chromiumChain(cells, roles, cell)
          .map((h) => squash(roles.get(h.key).name))
          .sort();
        return {path: cell.path, want, got, ok: JSON.stringify(want) === JSON.stringify(got)};
      });
      // Table 二's counts, named as the format names them, from Chromium's chains alone.
      const officialWrong =
        table === 'proactive'
          ? results
              .filter((r) => JSON.stringify(r.got) !== JSON.stringify(official.get(r.path)))
              .map((r) => `${r.path}: ${r.got.join('|')} ≠ ${official.get(r.path)?.join('|')}`)
          : [];
      const headerCells = cells.filter((c) => !c.path && c.id);
      return {
        table,
        mode,
        tableCount,
        results,
        officialWrong,
        // Every header cell is in the tree as a header, named by its label.
        headersExposed: headerCells.filter((h) => ['rowheader', 'columnheader'].includes(roles.get(h.key)?.role))
          .length,
        headerCount: headerCells.length,
        // A number is named by its value alone (its headers come from the table model).
        numberNames: data.filter((c) => squash(roles.get(c.key)?.name) === squash(c.text)).length,
        // The label rows drawn for the eye are hidden from the tree.
        labelRowsExposed: cells.filter((c) => !c.id && !c.path && squash(c.text) && roles.has(c.key)).length,
      };
    });
  } finally {
    await browser.close();
    rmSync(dir, {recursive: true, force: true});
  }
}

test("Chromium's accessibility tree: roles, names and its own header chains, wide and phone, zh and en", async () => {
  const lines = [];
  for (const lang of ['zh-CN', 'en']) {
    for (const width of [1400, 360]) {
      for (const t of await measure(width, lang)) {
        const right = t.results.filter((r) => r.ok).length;
        const where = `${t.table} ${t.mode} (${width} px, ${lang})`;
        lines.push(`${where}: ${right} of ${t.results.length} numbers get their chain from Chromium`);
        assert.equal(t.mode, width > 1000 ? 'wide' : 'narrow', `${where}: the layout under test`);
        assert.equal(t.headersExposed, t.headerCount, `${where}: every header cell is a row or column header`);
        assert.equal(t.numberNames, t.results.length, `${where}: numbers are named by their value`);
        assert.equal(t.labelRowsExposed, 0, `${where}: label rows are not read twice`);
        if (t.table === 'proactive') {
          assert.equal(t.results.length, 10, `${where}: every count of table 二`);
          assert.deepEqual(t.officialWrong.slice(0, 3), [], `${where}: ${t.officialWrong.length} wrong`);
        }
        const wrong = t.results.filter((r) => !r.ok);
        assert.deepEqual(
          wrong.slice(0, 3).map((r) => `${r.path}: ${r.got.join('|')} ≠ ${r.want.join('|')}`),
          [],
          `${where}: ${wrong.length} wrong`,
        );
      }
    }
  }
  if (process.env.AX_REPORT) console.log(lines.map((line) => `# ${line}`).join('\n'));
});
