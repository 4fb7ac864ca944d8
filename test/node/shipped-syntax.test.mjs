// What WeChat's XWeb (Chromium 85+) and iOS 14 WKWebView can run: every shipped JavaScript file
// parses as ES2021, and our own code never builds stylesheets those engines lack (Lit guards its
// own use of constructable stylesheets and falls back to <style> elements).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, readFileSync, readdirSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {shippedFiles, syntaxErrors} from '../../scripts/check-syntax.mjs';

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

test('every shipped JavaScript file parses as ES2021', () => {
  const files = shippedFiles('dist');
  assert.ok(files.length > 10, `only ${files.length} files found in dist`);
  assert.deepEqual(syntaxErrors(files), []);
});

test('the checker rejects syntax newer than ES2021', async (t) => {
  const {mkdtempSync, writeFileSync} = await import('node:fs');
  const {tmpdir} = await import('node:os');
  const dir = mkdtempSync(join(tmpdir(), 'syntax-'));
  t.after(async () => (await import('node:fs')).rmSync(dir, {recursive: true, force: true}));
  writeFileSync(join(dir, 'field.js'), 'class A { static #count = 0; }');
  writeFileSync(join(dir, 'at.js'), 'export const last = [1, 2]?.at?.(-1) ?? 0;');
  const errors = syntaxErrors(shippedFiles(dir));
  assert.equal(errors.length, 1, errors.join('\n'));
  assert.match(errors[0], /field\.js/);
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

// Built-ins that parse fine but do not exist in Chromium 85 or iOS 14: the call throws a TypeError,
// and at module load it stops the whole bundle. src/model/compat.ts has stand-ins.
const NEWER_BUILT_INS = [
  [/\.at\(-?\d/, 'Array.prototype.at / String.prototype.at (Chromium 92, iOS 15.4)'],
  [/Object\.hasOwn\(/, 'Object.hasOwn (Chromium 93, iOS 15.4)'],
  [/\bstructuredClone\(/, 'structuredClone (Chromium 98, iOS 15.4)'],
  [/\.findLast(Index)?\(/, 'Array.prototype.findLast (Chromium 97, iOS 15.4)'],
  [/AbortSignal\.(timeout|any)\(/, 'AbortSignal.timeout/any (Chromium 103, iOS 16)'],
  [/\.to(Sorted|Reversed|Spliced)\(/, 'change-array-by-copy (Chromium 110, iOS 16)'],
  [/\.replaceChildren\(/, 'Element.replaceChildren (Chromium 86, iOS 14)'],
  [/Object\.groupBy\(|Promise\.withResolvers\(|Array\.fromAsync\(/, 'ES2024 built-ins'],
];

test('no shipped file calls a built-in that Chromium 85 or iOS 14 lacks', () => {
  const found = shippedFiles('dist').flatMap((file) => {
    const code = readFileSync(file, 'utf8');
    return NEWER_BUILT_INS.filter(([pattern]) => pattern.test(code)).map(([, name]) => `${file}: ${name}`);
  });
  assert.deepEqual(found, []);
});
