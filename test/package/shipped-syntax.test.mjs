// What WeChat's XWeb (Chromium 85+) and iOS 14 WKWebView can run. es-check (.escheckrc) parses
// every shipped JavaScript file for those browsers (browserslist "chrome >= 85, ios_saf >= 14"),
// syntax and ES built-ins both; the editor's bundle (an office's desktop tool, whose on-demand chunks
// hold pdf.js as published) only as ES2021 syntax (WeakRef, iOS 14.5+, included). What it cannot say
// stays here: web-platform APIs (structuredClone, AbortSignal.timeout, replaceChildren) are not
// ECMAScript, so es-check does not know them: a pattern list below.
// And our code never builds stylesheets those engines lack (Lit guards its own use of
// constructable stylesheets and falls back to <style> elements).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import esCheck from 'es-check';

const CONFIGS = JSON.parse(readFileSync('.escheckrc', 'utf8'));

/** es-check's verdict on `configs`: the files it refused, each with its reason. */
function refused(configs) {
  const {errors} = esCheck.runChecks(configs, {logger: null});
  return errors.map((error) => `${error.file}: ${error.err.message}`);
}

function files(dir, pattern) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node' || name === 'demo' ? [] : files(path, pattern);
    return pattern.test(name) ? [path] : [];
  });
}

test('the build shipped the bundles and the per-element modules (run `npm run build` first)', () => {
  for (const file of [
    'dist/bundle/disclosure-report.js',
    'dist/bundle/disclosure-report.iife.js',
    'dist/index.js',
    'dist/all.js',
  ]) {
    assert.ok(existsSync(file), `${file} is missing`);
  }
});

test('every shipped JavaScript file runs in Chromium 85 and iOS 14 (es-check, .escheckrc)', () => {
  assert.ok(files('dist', /\.js$/).length > 10, 'too few files in dist');
  assert.deepEqual(refused(CONFIGS), []);
});

test('the es-check settings refuse newer syntax and built-ins, in modules and in the classic script', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'syntax-'));
  t.after(() => rmSync(dir, {recursive: true, force: true}));
  const samples = {
    'field.js': 'class A { static #count = 0; }',
    'at.js': 'export const last = [1, 2].at(-1);',
    'own.js': 'export const own = Object.hasOwn({}, "a");',
    'sorted.js': 'export const sorted = [2, 1].toSorted();',
    'fine.js': 'export const fine = [1, 2].includes(2) ?? Object.fromEntries([]);',
  };
  for (const [name, code] of Object.entries(samples)) writeFileSync(join(dir, name), code);
  const [modules, script] = CONFIGS;
  const moduleErrors = refused([{...modules, files: `${dir}/*.js`, not: []}]);
  assert.deepEqual(
    Object.keys(samples).filter((name) => moduleErrors.some((error) => error.includes(name))),
    ['field.js', 'at.js', 'own.js', 'sorted.js'],
  );
  writeFileSync(join(dir, 'script.js'), 'var found = [1].findLast(function (x) { return x; });');
  assert.equal(refused([{...script, files: join(dir, 'script.js')}]).length, 1);
});

// Web APIs (not ECMAScript, so not es-check's) that do not exist in Chromium 85 or iOS 14: the call
// throws a TypeError, and at module load it stops the whole bundle. src/model/compat.ts has stand-ins.
const NEWER_WEB_APIS = [
  [/\bstructuredClone\(/, 'structuredClone (Chromium 98, iOS 15.4)'],
  [/AbortSignal\.(timeout|any)\(/, 'AbortSignal.timeout/any (Chromium 103, iOS 16)'],
  [/\.replaceChildren\(/, 'Element.replaceChildren (Chromium 86, iOS 14)'],
];

test('no shipped file calls a web API that Chromium 85 or iOS 14 lacks', () => {
  // Not the editor's bundle: an office's desktop tool, whose on-demand PDF chunk is pdf.js as
  // published (docs/editor.md gives the browsers it needs).
  const shipped = files('dist', /\.js$/).filter((file) => !file.startsWith(join('dist', 'bundle-editor')));
  const found = shipped.flatMap((file) => {
    const code = readFileSync(file, 'utf8');
    return NEWER_WEB_APIS.filter(([pattern]) => pattern.test(code)).map(([, name]) => `${file}: ${name}`);
  });
  assert.deepEqual(found, []);
});

function sources(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.ts$/.test(name) ? [path] : [];
  });
}

test('our code never constructs or adopts stylesheets itself', () => {
  const offenders = sources('src').filter((file) =>
    /new\s+CSSStyleSheet|adoptedStyleSheets|replaceSync\s*\(/.test(readFileSync(file, 'utf8')),
  );
  assert.deepEqual(offenders, []);
});
