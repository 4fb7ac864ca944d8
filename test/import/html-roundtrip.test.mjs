// Round trips through Word-pasted HTML: every example report and variant, written by the test
// generator as a portal page (cleaned paste, and for some the uncleaned Word paste), imports with
// importReport() to the same report: all numbers cell for cell, placed by label, among the page's
// navigation, links table and footer table. The expected JSON is the example itself.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {importReport} from '../../dist/node/import/index.js';
import {validateReport} from '../../dist/node/model/validate.js';
import {PASTED_UNCLEANED, variants} from '../support/import-variants.mjs';

const htmlVariants = variants.filter((variant) => !variant.docxOnly);
import {chinese, tableCellPaths} from '../support/import-expect.mjs';
import {reportToPastedHtml} from '../support/write-pasted-html.mjs';
import {encodeGbk} from '../support/encode-gbk.mjs';

const fixture = (name) => readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url));

const pages = htmlVariants.flatMap((variant) => [
  {name: `${variant.id}.html`, variant},
  ...(PASTED_UNCLEANED.includes(variant.id) ? [{name: `${variant.id}-word.html`, variant}] : []),
]);

/** The report without the last narrative section, which the page's trailing links can reach (see below). */
const withoutOtherMatters = ({otherMatters: _, ...rest}) => rest;

for (const {name, variant} of pages) {
  test(`${name}: the portal page imports to its report's tables, cell for cell, all by label, and its title, agency, year and sections 一 and 五`, async () => {
    const {report, issues, provenance} = await importReport({data: fixture(name), name});
    assert.deepEqual(withoutOtherMatters(report), withoutOtherMatters(chinese(variant.report)));
    // Signed and dated, the report ends at its date: the page after it is not report text.
    if (variant.report.publishedOn) assert.deepEqual(report, chinese(variant.report));
    assert.equal(validateReport(report).valid, true);
    assert.deepEqual(
      issues.filter((issue) => issue.kind !== 'note'),
      [],
    );
    const paths = tableCellPaths(variant.report);
    assert.deepEqual(Object.keys(provenance).sort(), paths.sort());
    for (const path of paths) assert.equal(provenance[path].placedBy, 'label', path);
  });
}

for (const variant of htmlVariants) {
  test(`${variant.id}: the article copied out of the page (a fragment, no page around it) imports to the whole report`, async () => {
    const {html} = reportToPastedHtml(variant.report, {style: variant.style, page: false});
    const {report, issues} = await importReport({data: html, name: `${variant.id}.html`});
    assert.deepEqual(report, chinese(variant.report));
    assert.deepEqual(
      issues.filter((issue) => issue.kind !== 'note'),
      [],
    );
  });
}

// A portal page's text after the article (share links 「分享到：微信微博」) is not part of 六.
test("the portal page's trailing share links do not join section 六 (whole report equal)", async () => {
  const {report} = await importReport({data: fixture('huaian-2024.html'), name: 'huaian-2024.html'});
  assert.deepEqual(report.otherMatters, chinese(variants.find(({id}) => id === 'huaian-2024').report).otherMatters);
});

test("provenance of an HTML cell names the page's table (counting the links table before it), row and cell", async () => {
  const {provenance} = await importReport({data: fixture('huaian-2024.html'), name: 'huaian-2024.html'});
  assert.deepEqual(provenance['requests.results.disclosed.naturalPerson'].origin, {table: 2, row: 5, cell: 2});
  assert.deepEqual(provenance['proactive.fees'].origin, {table: 1, row: 13, cell: 1});
});

test('a portal page served in GBK, as its <meta> says (charset=gb2312), imports like the UTF-8 page', async () => {
  const utf8 = fixture('huaian-2024.html').toString('utf8');
  const gbk = encodeGbk(utf8.replace('charset=utf-8', 'charset=gb2312'));
  assert.notDeepEqual(gbk, new Uint8Array(fixture('huaian-2024.html')));
  const fromGbk = await importReport({data: gbk, name: 'huaian-2024.html'});
  const fromUtf8 = await importReport({data: utf8, name: 'huaian-2024.html'});
  assert.deepEqual(fromGbk.report, fromUtf8.report);
  assert.equal(fromGbk.report.requests.results.total.total, 3050);
  assert.equal(fromGbk.report.agency, '淮安市人民政府');
});
