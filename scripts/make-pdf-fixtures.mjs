// Writes the PDF fixtures of the import tests (test/fixtures/import/*.pdf) from the example reports.
// Run by hand when the examples or the print styles change, then commit the PDFs; tests and CI only
// read them, so CI needs neither LibreOffice nor this script.
//
//   npm run build:node && npx vite build --mode bundle    # dist/node (examples) and the IIFE bundle
//   node scripts/make-pdf-fixtures.mjs chromium           # <id>.chromium.pdf: the viewer printed on A4
//   node scripts/make-pdf-fixtures.mjs libreoffice        # <id>.libreoffice.pdf: the test .docx
//                                                         # converted by `soffice --headless` (install
//                                                         # libreoffice-writer-nogui first; the .docx
//                                                         # come from test/support/write-docx.mjs)
//   node scripts/make-pdf-fixtures.mjs unruled            # huaian-2024.unruled.pdf: the template's
//                                                         # layout as an HTML page whose tables have
//                                                         # no borders (wrapped labels, centred
//                                                         # row-spanning labels), printed by Chromium
//   node scripts/make-pdf-fixtures.mjs reordered          # huaian-2024.reordered.pdf: the unruled
//                                                         # page with table 三's columns in another
//                                                         # order (总计 first, the 法人 columns
//                                                         # reversed) and table 二's 本年废止件数
//                                                         # before 本年制发件数
//   node scripts/make-pdf-fixtures.mjs appeals-reordered  # huaian-2024.appeals-reordered.pdf: the
//                                                         # unruled page with table 四's groups in
//                                                         # another order (行政诉讼 first, 复议后起诉
//                                                         # before 未经复议直接起诉; 行政复议's 总计
//                                                         # first)
//   node scripts/make-pdf-fixtures.mjs unembedded         # huaian-2024.unembedded.pdf: the unruled
//                                                         # PDF's text, each string where it was
//                                                         # printed, in a Chinese font the file names
//                                                         # but does not embed (run after unruled)
//   node scripts/make-pdf-fixtures.mjs encrypted          # password.pdf (opens with "secret" only)
//                                                         # and owner-password.pdf (opens without one,
//                                                         # printing restricted), by qpdf (apt qpdf)
//
// Chromium: each report is shown by the project's own bundle in <disclosure-report lang="zh-CN">
// and printed with Chromium's own page header (the title) and footer (「第 N 页」 or 「- N -」), as a
// portal visitor's "print to PDF" would, so the reader has page furniture to drop.
import {execFileSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync, existsSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {strFromU8, strToU8, unzipSync, zipSync} from 'fflate';
import puppeteer from 'puppeteer-core';
import {CHROMIUM_ARGS, chromiumPath} from './static-server.mjs';
import {huaian2024, xiguan2024} from '../dist/node/examples/index.js';
import {
  documentBlocks,
  reorderAppealColumns,
  reorderRequestColumns,
  swapProactiveColumns,
} from '../test/support/report-layout.mjs';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, 'test/fixtures/import');
const REPORTS = {'xiguan-2024': xiguan2024, 'huaian-2024': huaian2024};

// Page furniture the reader must drop: a running title at the head, a page number at the foot.
const FOOTERS = {
  'xiguan-2024': '第 <span class="pageNumber"></span> 页',
  'huaian-2024': '- <span class="pageNumber"></span> -',
};
const furniture = (html) => `<div style="font-size:9px;width:100%;text-align:center;">${html}</div>`;

async function printWithChromium() {
  const bundle = readFileSync(join(root, 'dist/bundle/disclosure-report.iife.js'), 'utf8');
  const browser = await puppeteer.launch({executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS});
  try {
    for (const [id, report] of Object.entries(REPORTS)) {
      const page = await browser.newPage();
      // JSON inside <script>: '<' escaped so no text of the report can close the element.
      const json = JSON.stringify(report).replace(/</g, '\\u003c');
      await page.setContent(
        `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${id}</title>
        <script>${bundle}</script></head><body>
        <disclosure-report lang="zh-CN"><script type="application/json">${json}</script></disclosure-report>
        </body></html>`,
        {waitUntil: 'load'},
      );
      // Rendered when the three tables are there, each in the shadow root of its own element.
      await page.waitForFunction(() => {
        const roots = (node) =>
          [...node.querySelectorAll('*')].flatMap((element) =>
            element.shadowRoot ? [element.shadowRoot, ...roots(element.shadowRoot)] : [],
          );
        return roots(document).filter((shadow) => shadow.querySelector('table')).length >= 3;
      });
      const title = typeof report.title === 'string' ? report.title : report.title.zh;
      const pdf = await page.pdf({
        format: 'A4',
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: furniture(title.replace(/</g, '&lt;')),
        footerTemplate: furniture(FOOTERS[id]),
        margin: {top: '20mm', bottom: '20mm', left: '15mm', right: '15mm'},
      });
      writeFileSync(join(out, `${id}.chromium.pdf`), pdf);
      console.log(`${id}.chromium.pdf: ${pdf.length} bytes`);
      await page.close();
    }
  } finally {
    await browser.close();
  }
}

/**
 * The .docx with its justified paragraphs set flush left. LibreOffice's PDF export (7.4) drops a
 * full-width comma or full stop that justification hangs past the end of a line: the PDF then
 * lacks it (pdftotext agrees), and no reader could bring it back. Flush left, every character is
 * printed and the lines still end within a character of the margin.
 */
function leftAligned(docx) {
  const entries = unzipSync(docx);
  const xml = strFromU8(entries['word/document.xml']);
  entries['word/document.xml'] = strToU8(xml.replaceAll('<w:jc w:val="both"/>', '<w:jc w:val="left"/>'));
  return zipSync(entries);
}

async function convertWithLibreOffice() {
  const {reportToDocx} = await import('../test/support/write-docx.mjs');
  const dir = mkdtempSync(join(tmpdir(), 'dr-pdf-fixtures-'));
  try {
    for (const [id, report] of Object.entries(REPORTS)) {
      const docx = join(dir, `${id}.libreoffice.docx`);
      writeFileSync(docx, leftAligned(await reportToDocx(report)));
      // A profile of our own, so a running LibreOffice or a stale lock does not block the conversion.
      execFileSync(
        'soffice',
        [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx],
        {stdio: 'inherit', timeout: 120_000},
      );
      const pdf = join(dir, `${id}.libreoffice.pdf`);
      if (!existsSync(pdf)) throw new Error(`soffice wrote no ${pdf}`);
      copyFileSync(pdf, join(out, `${id}.libreoffice.pdf`));
      console.log(`${id}.libreoffice.pdf: ${readFileSync(pdf).length} bytes`);
    }
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
}

const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The report in the template's layout as a plain page, its tables without a single rule;
 * `reshape(block)` may change a table's rows first.
 */
function unruledPage(report, reshape = () => {}) {
  const body = documentBlocks(report)
    .map((block) => {
      if (block.kind === 'table') reshape(block);
      if (block.kind !== 'table') {
        const tag = block.kind === 'title' ? 'h1' : block.kind === 'heading' ? 'h2' : 'p';
        return `<${tag} class="${block.kind}">${escapeHtml(block.text)}</${tag}>`;
      }
      const rows = block.rows.map(
        (row) =>
          `<tr>${row
            .map((cell) => `<td rowspan="${cell.rowSpan}" colspan="${cell.colSpan}">${escapeHtml(cell.text)}</td>`)
            .join('')}</tr>`,
      );
      return `<table class="${block.table}">${rows.join('')}</table>`;
    })
    .join('\n');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
    body { font: 14px sans-serif; }
    h1 { font-size: 20px; text-align: center; }
    h2 { font-size: 16px; }
    p { text-indent: 2em; margin: 0.3em 0; }
    p.units { text-align: right; }
    table { border-collapse: collapse; width: 100%; margin: 0.5em 0; }
    td { padding: 2px 12px; font-size: 13px; vertical-align: middle; }
    table.requests td:nth-child(1) { width: 5em; }
  </style></head><body>${body}</body></html>`;
}

/** Reshapes of the unruled page, by the fixture each is printed to. */
const UNRULED = {
  'huaian-2024.unruled.pdf': () => {},
  'huaian-2024.reordered.pdf': (block) => {
    if (block.table === 'requests') reorderRequestColumns(block.rows);
    if (block.table === 'proactive') swapProactiveColumns(block.rows);
  },
  'huaian-2024.appeals-reordered.pdf': (block) => {
    if (block.table === 'appeals') reorderAppealColumns(block.rows);
  },
};

async function printUnruled(names) {
  const browser = await puppeteer.launch({executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS});
  try {
    for (const name of names) {
      const page = await browser.newPage();
      await page.setContent(unruledPage(huaian2024, UNRULED[name]), {waitUntil: 'load'});
      const pdf = await page.pdf({format: 'A4', margin: {top: '20mm', bottom: '20mm', left: '15mm', right: '15mm'}});
      writeFileSync(join(out, name), pdf);
      console.log(`${name}: ${pdf.length} bytes`);
      await page.close();
    }
  } finally {
    await browser.close();
  }
}

/**
 * The unruled report again, every string at its printed place, but in STSong-Light, which the file
 * names and does not embed (as Word and WPS write when font embedding is off): its text can only be
 * read through pdf.js's character maps, which a browser page must serve.
 */
async function rewriteUnembedded() {
  const {writePdf} = await import('../test/support/write-pdf.mjs');
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const source = await pdfjs.getDocument({data: new Uint8Array(readFileSync(join(out, 'huaian-2024.unruled.pdf')))})
    .promise;
  const pages = [];
  for (let number = 1; number <= source.numPages; number++) {
    const {items} = await (await source.getPage(number)).getTextContent();
    const lines = items
      .filter((item) => item.str.trim())
      .map(({str, transform: [a, b, , , x, y]}) => ({
        text: str,
        x: Math.round(x * 100) / 100,
        y: Math.round(y * 100) / 100,
        size: Math.round(Math.hypot(a, b) * 100) / 100,
        chinese: true,
      }));
    pages.push({lines});
  }
  await source.destroy();
  const pdf = writePdf(pages);
  writeFileSync(join(out, 'huaian-2024.unembedded.pdf'), pdf);
  console.log(`huaian-2024.unembedded.pdf: ${pdf.length} bytes`);
}

/** One page of ASCII text, encrypted by qpdf (AES-256) with and without a password to open it. */
async function encryptWithQpdf() {
  const {writePdf} = await import('../test/support/write-pdf.mjs');
  const dir = mkdtempSync(join(tmpdir(), 'dr-pdf-fixtures-'));
  try {
    const plain = join(dir, 'plain.pdf');
    writeFileSync(plain, writePdf([{lines: [{text: 'Annual report on government information disclosure'}]}]));
    for (const [name, user] of [
      ['password.pdf', 'secret'],
      ['owner-password.pdf', ''],
    ]) {
      execFileSync('qpdf', ['--encrypt', user, 'owner-secret', '256', '--print=none', '--', plain, join(out, name)]);
      console.log(`${name}: ${readFileSync(join(out, name)).length} bytes`);
    }
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
}

mkdirSync(out, {recursive: true});
const kinds = process.argv.slice(2);
if (!kinds.length || kinds.includes('chromium')) await printWithChromium();
if (!kinds.length || kinds.includes('libreoffice')) await convertWithLibreOffice();
if (!kinds.length || kinds.includes('unruled')) await printUnruled(['huaian-2024.unruled.pdf']);
if (!kinds.length || kinds.includes('reordered')) await printUnruled(['huaian-2024.reordered.pdf']);
if (!kinds.length || kinds.includes('appeals-reordered')) await printUnruled(['huaian-2024.appeals-reordered.pdf']);
if (!kinds.length || kinds.includes('unembedded')) await rewriteUnembedded();
if (!kinds.length || kinds.includes('encrypted')) await encryptWithQpdf();
