// The PDF reader in a browser page built by Vite, as the demo's drop zone will use it: pdf.js and
// its worker code come in by dynamic import (no worker file to serve, no CDN), in Debian's
// Chromium. The page reads the 淮安 PDF and must see the same tables as Node does; pdf.js must not
// be in the page's first script, only in the chunks loaded when a PDF comes.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, copyFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {build} from 'vite';
import puppeteer from 'puppeteer-core';
import {CHROMIUM_ARGS, chromiumPath, serve} from '../../scripts/static-server.mjs';
import {readPdf} from '../../dist/node/import/read-pdf.js';

const root = new URL('../..', import.meta.url).pathname;
const FIXTURE = join(root, 'test/fixtures/import/huaian-2024.chromium.pdf');

const cellsOf = (document) =>
  document.blocks
    .filter((block) => block.kind === 'table')
    .map((block) => block.table.rows.map((row) => row.map((cell) => cell.text)));

test('a Vite-built page reads a PDF with the reader, pdf.js loaded only on demand', {timeout: 300_000}, async () => {
  const source = mkdtempSync(join(tmpdir(), 'dr-pdf-page-src-'));
  const out = mkdtempSync(join(tmpdir(), 'dr-pdf-page-'));
  let server;
  let browser;
  try {
    writeFileSync(
      join(source, 'index.html'),
      '<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>PDF</title><script type="module" src="./main.js"></script>',
    );
    // The reader module itself is loaded when a file comes, as the import entry does through its registry.
    writeFileSync(
      join(source, 'main.js'),
      `window.readPdfFrom = async (url) => {
        const {readPdf} = await import(${JSON.stringify(join(root, 'src/import/read-pdf.ts'))});
        const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
        return readPdf(bytes);
      };
      window.ready = true;`,
    );
    await build({
      root: source,
      configFile: false,
      logLevel: 'silent',
      build: {outDir: out, emptyOutDir: true, target: 'es2021'},
    });
    copyFileSync(FIXTURE, join(out, 'report.pdf'));
    const entry = readdirSync(join(out, 'assets')).filter((name) => name.startsWith('index-') && name.endsWith('.js'));
    assert.equal(entry.length, 1);
    assert.doesNotMatch(readFileSync(join(out, 'assets', entry[0]), 'utf8'), /getDocument|WorkerMessageHandler/);

    server = await serve(out);
    browser = await puppeteer.launch({executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS});
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${server.url}/index.html`, {waitUntil: 'load'});
    await page.waitForFunction(() => window.ready === true);
    const inPage = await page.evaluate(() => window.readPdfFrom('report.pdf'));
    assert.deepEqual(errors, []);
    const inNode = await readPdf(new Uint8Array(readFileSync(FIXTURE)));
    assert.deepEqual(cellsOf(inPage), cellsOf(inNode));
    assert.equal(cellsOf(inPage)[0][9][1], '3,985,758');
    assert.ok(
      server.requests.some((path) => /\/assets\/.*\.js$/.test(path) && !path.includes('index-')),
      'chunks loaded on demand',
    );
  } finally {
    await browser?.close();
    await server?.close();
    rmSync(source, {recursive: true, force: true});
    rmSync(out, {recursive: true, force: true});
  }
});
