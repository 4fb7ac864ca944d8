#!/usr/bin/env node
// Parses every shipped JavaScript file as ES2021: nothing newer may reach Android WeChat (XWeb,
// Chromium 85+) or iOS 14 WKWebView. Usage: node scripts/check-syntax.mjs [dir ...] (default dist).
// Exit 1 and one line per file that does not parse.
import {parse} from 'acorn';
import {readFileSync, readdirSync, statSync} from 'node:fs';
import {join} from 'node:path';

export function shippedFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    // bundle-editor: an office's tool, not a WeChat page; its on-demand import chunks hold pdf.js as
    // published. test/node/editor-package.test.mjs checks the syntax of all of it.
    const skipped = name === 'node' || name === 'demo' || name === 'bundle-editor';
    if (statSync(path).isDirectory()) return skipped ? [] : shippedFiles(path);
    return path.endsWith('.js') ? [path] : [];
  });
}

export function syntaxErrors(files) {
  return files.flatMap((file) => {
    const code = readFileSync(file, 'utf8');
    const sourceType = file.endsWith('.iife.js') ? 'script' : 'module';
    try {
      parse(code, {ecmaVersion: 2021, sourceType});
      return [];
    } catch (error) {
      return [`${file}: ${error.message}`];
    }
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const files = (process.argv.slice(2).length ? process.argv.slice(2) : ['dist']).flatMap(shippedFiles);
  const errors = syntaxErrors(files);
  for (const error of errors) console.error(error);
  console.log(`${files.length} shipped files parsed as ES2021, ${errors.length} with newer syntax`);
  process.exit(errors.length ? 1 : 0);
}
