// For the Node tests of the demo: `vite build` the demo (demo/vite.config.ts) into a temporary
// directory, serve it over HTTP on a free port, and launch Debian's Chromium with puppeteer-core.
import {createServer} from 'node:http';
import {mkdtempSync, readFileSync, rmSync, statSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {extname, join, normalize} from 'node:path';
import {build} from 'vite';
import puppeteer from 'puppeteer-core';
import {CHROMIUM_ARGS, chromiumPath} from '../../scripts/static-server.mjs';

const root = new URL('../..', import.meta.url).pathname;
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
};

/** Builds the demo and serves it; returns {url, dir, close()}. */
export async function serveDemo() {
  const dir = mkdtempSync(join(tmpdir(), 'dr-demo-'));
  await build({
    configFile: join(root, 'demo/vite.config.ts'),
    logLevel: 'silent',
    build: {outDir: dir, emptyOutDir: true},
  });
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(dir, path);
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      response.writeHead(200, {'content-type': TYPES[extname(file)] ?? 'application/octet-stream'});
      response.end(readFileSync(file));
    } catch {
      response.writeHead(404).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address();
  return {
    url: `http://127.0.0.1:${port}/`,
    dir,
    close: async () => {
      await new Promise((resolve) => server.close(resolve));
      rmSync(dir, {recursive: true, force: true});
    },
  };
}

/**
 * A fresh page of `browser` at `url` and `width`, with the list of what went wrong on it: console
 * errors, page errors, failed requests and HTTP errors (a demo page should have none).
 */
export async function openCollectingErrors(browser, url, width = 1280) {
  const page = await browser.newPage();
  const errors = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('requestfailed', (request) => errors.push(`request failed: ${request.url()}`));
  page.on(
    'response',
    (response) => response.status() >= 400 && errors.push(`HTTP ${response.status()}: ${response.url()}`),
  );
  await page.setViewport({width, height: 900});
  await page.goto(url, {waitUntil: 'load'});
  return {page, errors};
}

export function launch() {
  return puppeteer.launch({executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS});
}

/** Page-side: every element matching `selector` through open shadow roots (pass as a string to evaluate). */
export const DEEP_ALL = `(function deepAll(root, selector) {
  const found = [];
  const walk = (node) => {
    for (const element of node.querySelectorAll('*')) {
      if (element.matches(selector)) found.push(element);
      if (element.shadowRoot) walk(element.shadowRoot);
    }
  };
  walk(root);
  return found;
})`;

export const AXE_SOURCE = readFileSync(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');
export const AXE_OPTIONS = {
  runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice']},
  rules: {'td-has-header': {enabled: true}, 'table-fake-caption': {enabled: true}},
};
