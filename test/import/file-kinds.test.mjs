// The files a government office has besides the ones the import reads: each is told by its content
// (magic bytes, a zip's entries, an OLE file's streams), not only its name, and is read (a single-
// file web page, .mht) or refused with words, in both languages, that say what to import instead;
// never a crash, a hang or a silent empty report.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {zipSync} from 'fflate';
import {importReport, sniffFormat} from '../../dist/node/import/index.js';
import {validateReport} from '../../dist/node/model/validate.js';
import {encodeGbk} from '../support/encode-gbk.mjs';
import {pageToMht} from '../support/write-mht.mjs';

const fixture = (name) => new Uint8Array(readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url)));
const ascii = (text) => new TextEncoder().encode(text);

/** An OLE compound file's first bytes and one directory entry naming `stream` (UTF-16LE, as OLE stores it). */
function oleWith(stream) {
  const bytes = new Uint8Array(512 + 4 * 128);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const entry = 512 + 128;
  for (let i = 0; i < stream.length; i++) bytes[entry + 2 * i] = stream.charCodeAt(i);
  bytes[entry + 0x40] = (stream.length + 1) * 2;
  bytes[entry + 0x42] = 2;
  return bytes;
}

const stored = (text) => [ascii(text), {level: 0}];

/** Each kind as an office has it: bytes, the name it came with, the issue's code, and its words in Chinese. */
const REFUSED = [
  [
    'a .wps file (WPS Writer, the same OLE layout as .doc)',
    fixture('huaian-2024.doc'),
    '2024年报.wps',
    'wps-format',
    /WPS.*另存为.*\.docx/,
  ],
  ['an .xls workbook', oleWith('Workbook'), '报表.xls', 'spreadsheet-format', /电子表格.*\.docx/],
  ['a WPS .et workbook', oleWith('Workbook'), '报表.et', 'spreadsheet-format', /电子表格/],
  ['an Excel 95 workbook named .doc (content decides)', oleWith('Book'), '年报.doc', 'spreadsheet-format', /电子表格/],
  [
    'an .xlsx workbook named .docx',
    zipSync({'[Content_Types].xml': ascii('<Types/>'), 'xl/workbook.xml': ascii('<workbook/>')}),
    '年报.docx',
    'spreadsheet-format',
    /电子表格/,
  ],
  [
    'an .odt text',
    zipSync({
      mimetype: stored('application/vnd.oasis.opendocument.text'),
      'content.xml': ascii('<office:document-content/>'),
    }),
    '年报.odt',
    'odt-format',
    /OpenDocument.*另存为.*\.docx/,
  ],
  [
    'an .ods spreadsheet',
    zipSync({mimetype: stored('application/vnd.oasis.opendocument.spreadsheet'), 'content.xml': ascii('<x/>')}),
    '报表.ods',
    'spreadsheet-format',
    /电子表格/,
  ],
  [
    'an .ofd document (a zip of XML), without its name',
    zipSync({'OFD.xml': ascii('<ofd:OFD/>'), 'Doc_0/Document.xml': ascii('<ofd:Document/>')}),
    '',
    'ofd-format',
    /OFD.*PDF/,
  ],
  [
    'a .zip of several files',
    zipSync({'2024年报.pdf': ascii('%PDF-1.7'), '附件.txt': ascii('附件')}),
    '材料.zip',
    'not-docx',
    /压缩包.*解压/,
  ],
  [
    'a .png of a table',
    Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13),
    '表格.png',
    'image-format',
    /图片/,
  ],
  [
    'a .jpg photo, named .pdf',
    Uint8Array.of(0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46),
    '年报.pdf',
    'image-format',
    /图片/,
  ],
];

for (const [what, data, name, code, zh] of REFUSED) {
  test(`${what} is refused (${code}) with what to import instead, in both languages; nothing placed`, async () => {
    const {report, issues, provenance} = await importReport({data, name});
    assert.deepEqual(
      issues.map((issue) => [issue.kind, issue.code]),
      [['unreadable', code]],
    );
    assert.match(issues[0].message.zh, zh);
    assert.match(issues[0].message.en, /import|save it as/);
    assert.deepEqual(provenance, {});
    assert.equal(report.requests.newReceived.total, null);
  });
}

test('an old Word .doc is still answered "save it as .docx" (its streams name WordDocument)', async () => {
  const {issues} = await importReport({data: fixture('huaian-2024.doc'), name: 'huaian-2024.doc'});
  assert.deepEqual(
    issues.map((issue) => issue.code),
    ['doc-format'],
  );
  assert.equal(sniffFormat('', '', fixture('huaian-2024.doc')), 'doc');
});

/** The Word-pasted portal page in GBK, its <meta> saying gb2312, as an older portal serves it. */
const gbkPage = () =>
  encodeGbk(new TextDecoder().decode(fixture('huaian-2024-word.html')).replace('charset=utf-8', 'charset=gb2312'));

for (const [style, label] of [
  ['word', "Word's (quoted-printable GB2312, the charset in the part's header)"],
  [
    'ie',
    "Internet Explorer's (folded headers, a picture part first, the page base64 and its charset only in its <meta>)",
  ],
]) {
  test(`a single-file web page (.mht), ${label}, imports as the page it holds: the same report, all by label`, async () => {
    const page = await importReport({data: fixture('huaian-2024-word.html'), name: 'huaian-2024.html'});
    const mht = pageToMht(gbkPage(), {style, charset: 'gb2312'});
    const {report, issues, provenance} = await importReport({data: mht, name: '2024年报.mht'});
    assert.deepEqual(report, page.report);
    assert.equal(report.requests.results.total.total, 3050);
    assert.equal(report.agency, '淮安市人民政府');
    assert.deepEqual(
      issues.filter((issue) => issue.kind !== 'note'),
      page.issues.filter((issue) => issue.kind !== 'note'),
    );
    assert.deepEqual(Object.keys(provenance).sort(), Object.keys(page.provenance).sort());
    assert.equal(validateReport(report).valid, true);
  });
}

test('an .mht is told by its headers without its name (saved as .htm, or as .doc as portals publish Word’s web pages, or given as text), and by its name', async () => {
  const mht = pageToMht(fixture('huaian-2024-word.html'), {style: 'word', charset: 'utf-8'});
  assert.equal(sniffFormat('report.htm', '', mht), 'mht');
  assert.equal(sniffFormat('report.mhtml', '', ascii('')), 'mht');
  for (const input of [
    {data: mht, name: 'report.htm'},
    {data: mht, name: '2024年报.doc'},
    {data: new TextDecoder().decode(mht)},
  ]) {
    const {report} = await importReport(input);
    assert.equal(report.requests.results.total.total, 3050);
  }
});

test('an .mht without a page in it (only a picture) is refused with what to do, not read as an empty report', async () => {
  const text = [
    'MIME-Version: 1.0',
    'Content-Type: multipart/related; boundary="b"',
    '',
    '--b',
    'Content-Type: image/png',
    'Content-Transfer-Encoding: base64',
    '',
    'iVBORw0KGgo=',
    '--b--',
  ].join('\r\n');
  const {issues} = await importReport({data: ascii(text), name: 'x.mht'});
  assert.deepEqual(
    issues.map((issue) => [issue.kind, issue.code]),
    [['unreadable', 'mht-no-page']],
  );
  assert.match(issues[0].message.zh, /\.mht.*另存为网页/);
});
