// The `disclosure-report/import` entry as an npm user gets it (needs `npm run build`): it resolves
// through package.json, imports a report in Node, and none of it reaches the viewer's entries or the
// one-script bundle a WeChat page loads.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync, readdirSync} from 'node:fs';
import {dirname, join, resolve} from 'node:path';

test('import("disclosure-report/import") gives importReport, which reads the seed text', async () => {
  const {importReport} = await import('disclosure-report/import');
  const seed = readFileSync(new URL('../fixtures/import/xiguan-2024.txt', import.meta.url));
  const {report, provenance} = await importReport({data: new Uint8Array(seed), name: 'seed.txt'});
  assert.equal(report.agency, '老城区西关街道办事处');
  assert.equal(report.year, 2024);
  assert.equal(provenance['proactive.rules.issued'].placedBy, 'label');
  const types = readFileSync('dist/import/index.d.ts', 'utf8');
  assert.match(types, /importReport/);
});

/** Every file a module of dist/ imports, statically or dynamically, followed through relative paths. */
function moduleGraph(entry, seen = new Set()) {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const code = readFileSync(entry, 'utf8');
  for (const [, specifier] of code.matchAll(/(?:from|import)\s*\(?\s*["'](\.[^"']+)["']/g)) {
    moduleGraph(resolve(dirname(entry), specifier), seen);
  }
  return seen;
}

test('the viewer entries and the bundle hold no import code', () => {
  const importDir = resolve('dist/import');
  for (const entry of ['dist/index.js', 'dist/all.js', 'dist/model/index.js']) {
    const reached = [...moduleGraph(resolve(entry))].filter((file) => file.startsWith(importDir));
    assert.deepEqual(reached, [], `${entry} reaches the import`);
  }
  for (const file of readdirSync('dist/bundle')) {
    const code = readFileSync(join('dist/bundle', file), 'utf8');
    for (const marker of ['importReport', 'pdfjs', 'ImportRefusal', 'word/document.xml']) {
      assert.ok(!code.includes(marker), `dist/bundle/${file} holds ${marker}`);
    }
  }
});
