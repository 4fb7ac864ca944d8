// The `disclosure-report/editor` entry and its bundle (needs `npm run build`): the viewer's entries
// and the one-script bundle a WeChat page loads hold none of the editor, and the editor's own first
// load holds neither the import's readers nor the viewer (both are fetched when first used).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, readFileSync, readdirSync, statSync} from 'node:fs';
import {dirname, join, resolve} from 'node:path';

/** Files a module imports statically (`dynamic`: also through import()), followed through relative paths (a minifier quotes them with backticks too). */
function moduleGraph(entry, {dynamic}, seen = new Set()) {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const code = readFileSync(entry, 'utf8');
  const pattern = dynamic
    ? /(?:from|import)\s*\(?\s*["'`](\.[^"'`]+)["'`]/g
    : /(?:from\s*|import\s*)["'`](\.[^"'`]+)["'`]/g;
  for (const [, specifier] of code.matchAll(pattern)) moduleGraph(resolve(dirname(entry), specifier), {dynamic}, seen);
  return seen;
}

test('package.json exports the editor entry and its bundle, with types', () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  assert.equal(pkg.exports['./editor'].default, './dist/editor/index.js');
  assert.ok(existsSync(pkg.exports['./editor'].default));
  assert.match(readFileSync(pkg.exports['./editor'].types, 'utf8'), /ReportEditor/);
  assert.ok(existsSync(pkg.exports['./bundle/editor']));
});

test('the viewer entries and the viewer bundle hold no editor code', () => {
  const editorDir = resolve('dist/editor');
  for (const entry of ['dist/index.js', 'dist/all.js', 'dist/model/index.js']) {
    const reached = [...moduleGraph(resolve(entry), {dynamic: true})].filter((file) => file.startsWith(editorDir));
    assert.deepEqual(reached, [], `${entry} reaches the editor`);
  }
  for (const file of readdirSync('dist/bundle')) {
    const code = readFileSync(join('dist/bundle', file), 'utf8');
    // The editor's words, in both languages (the English would come with the shared locale module).
    const words = ['由各项之和填入全部总计', 'Fill all totals from their parts'];
    for (const marker of ['report-editor', 'report-change', 'disclosure-report-editor:', ...words]) {
      assert.ok(!code.includes(marker), `dist/bundle/${file} holds ${marker}`);
    }
  }
});

test("the editor bundle's first load holds neither the import's readers nor the viewer", () => {
  const entry = resolve('dist/bundle-editor/report-editor.js');
  const firstLoad = [...moduleGraph(entry, {dynamic: false})];
  const everything = [...moduleGraph(entry, {dynamic: true})];
  const code = firstLoad.map((file) => readFileSync(file, 'utf8')).join('\n');
  assert.match(code, /report-editor/);
  for (const marker of ['word/document.xml', 'pdfjs', 'ImportRefusal', 'disclosure-table']) {
    assert.ok(!code.includes(marker), `the first load holds ${marker}`);
  }
  const later = everything.filter((file) => !firstLoad.includes(file));
  const laterCode = later.map((file) => readFileSync(file, 'utf8')).join('\n');
  assert.ok(laterCode.includes('word/document.xml'), 'the import is a chunk loaded on demand');
  assert.ok(laterCode.includes('disclosure-table'), 'the viewer is a chunk loaded on demand');
  const bytes = firstLoad.reduce((sum, file) => sum + statSync(file).size, 0);
  console.log(`editor first load: ${firstLoad.length} files, ${(bytes / 1024).toFixed(1)} KB (minified, not gzipped)`);
});
