// Round trips through PDF: each example report printed to PDF (by Chromium from our own bundle,
// and by LibreOffice from the test .docx; test/fixtures/import, made by scripts/make-pdf-fixtures.mjs)
// and imported with importReport() gives the example back, cell for cell, with every cell placed
// by its label, and the narrative's Chinese text paragraph for paragraph. The 淮安 report also
// printed with tables that have no rules at all (rows rebuilt from the text alone).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {importReport} from '../../dist/node/import/index.js';
import {huaian2024, xiguan2024} from '../../dist/node/examples/index.js';
import {validateReport} from '../../dist/node/model/validate.js';
// PDFs printed in Chinese carry no English: the report with each text reduced to its Chinese.
import {chinese} from '../support/import-expect.mjs';

const HANG_GUARD = {timeout: 120_000};

for (const [id, example] of [
  ['xiguan-2024', xiguan2024],
  ['huaian-2024', huaian2024],
]) {
  for (const printer of id === 'huaian-2024'
    ? ['chromium', 'libreoffice', 'unruled', 'unembedded']
    : ['chromium', 'libreoffice']) {
    const file = `${id}.${printer}.pdf`;
    test(`${file} imports to the ${id} example: every cell placed by label, every paragraph`, HANG_GUARD, async () => {
      const data = new Uint8Array(readFileSync(new URL(`../fixtures/import/${file}`, import.meta.url)));
      const {report, issues, provenance} = await importReport({data, name: file});
      assert.deepEqual(issues, []);
      assert.deepEqual(chinese(report), chinese(example));
      assert.deepEqual(validateReport(report).issues, []);
      const cells = Object.values(provenance);
      assert.equal(cells.length, 200, 'tables 二, 三 and 四 hold 200 cells');
      assert.ok(
        cells.every((cell) => cell.placedBy === 'label' && cell.origin.page >= 1),
        'placed by label, each with its page',
      );
      // Table 四's last number (复议后起诉 总计) is read from the page it is printed on.
      const last = provenance['appeals.litigationAfterReconsideration.total'];
      assert.equal(typeof last.origin.table, 'number');
    });
  }
}
