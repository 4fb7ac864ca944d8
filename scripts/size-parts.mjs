#!/usr/bin/env node
// `npm run size:parts`: where the bytes of the self-contained bundle come from.
//
// Builds dist/bundle/disclosure-report.js in memory with a source map, gives every byte of the
// minified output to the source module the map says it came from, and prints per part:
// - min: minified bytes of that part;
// - gzip: what the part adds to the gzipped bundle (the bundle gzipped minus the bundle gzipped
//   without that part's bytes). Gzip finds repeats across the whole file, so these do not add up
//   exactly to the total; they say which parts a size decision is about.
// With `--without <regexp>` (repeatable), also what the bundle would weigh gzipped without every part
// whose name matches, e.g. `npm run size:parts -- --without 'model/(checks|undivided)$|audit-summary'`:
// what leaving a feature out of the one-file bundle would save, before anyone builds it.
// Then what an app pays for each package entry (after `npm run build`): the entry with everything
// of ours it imports, bundled and minified, with lit and @lit/* left out (the app has them
// once, whatever it imports).
// Home-made because no standard tool splits a bundle by source map and gzip share (size-limit,
// which holds the budget in .size-limit.js, gives one figure per file or entry; its bundling
// plugins would add a second copy of esbuild or need Node 22, while Vite is already here).
import {existsSync} from 'node:fs';
import {gzipSync} from 'node:zlib';
import {decode} from '@jridgewell/sourcemap-codec';
import {build} from 'vite';

const PARTS = [
  [
    /node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//,
    'lit (lit-html, lit-element, reactive-element)',
  ],
  [/src\/(.*)\.ts$/, (match) => match[1]],
];

function partOf(source) {
  for (const [pattern, name] of PARTS) {
    const match = pattern.exec(source);
    if (match) return typeof name === 'function' ? name(match) : name;
  }
  return source;
}

const results = await build({
  configFile: 'vite.config.ts',
  mode: 'bundle',
  logLevel: 'silent',
  build: {write: false, sourcemap: true},
});
const chunk = [results]
  .flat()
  .flatMap((result) => result.output)
  .find((item) => item.type === 'chunk' && item.fileName === 'disclosure-report.js');
if (!chunk?.map) throw new Error('the ESM bundle or its source map is missing from the build output');

// Byte ranges per part, in UTF-16 columns as source maps count them.
const lines = chunk.code.split('\n');
const owner = lines.map((line) => new Array(line.length).fill('(no source: bundler glue)'));
decode(chunk.map.mappings).forEach((segments, lineIndex) => {
  segments.forEach((segment, i) => {
    if (segment.length < 2) return;
    const part = partOf(chunk.map.sources[segment[1]]);
    const end = segments[i + 1]?.[0] ?? lines[lineIndex].length;
    for (let column = segment[0]; column < end; column++) owner[lineIndex][column] = part;
  });
});

const gzip = (text) => gzipSync(Buffer.from(text), {level: 9}).length;
const total = {min: Buffer.byteLength(chunk.code), gzip: gzip(chunk.code)};
const names = [...new Set(owner.flat())];
/** The text of the bundle whose bytes do (or do not) belong to a part; columns are UTF-16 units. */
const select = (name, belongs) =>
  lines.map((line, i) =>
    line
      .split('')
      .filter((_, column) => (owner[i][column] === name) === belongs)
      .join(''),
  );
const rows = names.map((name) => {
  const kept = select(name, false).join('\n');
  const own = select(name, true).join('');
  return {name, min: Buffer.byteLength(own), gzip: total.gzip - gzip(kept)};
});
rows.sort((a, b) => b.gzip - a.gzip);

/** The bundle's gzipped size without the bytes of every part `leftOut` accepts. */
const gzipWithout = (leftOut) =>
  gzip(
    lines
      .map((line, i) =>
        line
          .split('')
          .filter((_, column) => !leftOut(owner[i][column]))
          .join(''),
      )
      .join('\n'),
  );
const withouts = process.argv.flatMap((arg, i, args) => (arg === '--without' && args[i + 1] ? [args[i + 1]] : []));

const kb = (n) => `${(n / 1024).toFixed(1)} KB`.padStart(9);
console.log(`${'part of dist/bundle/disclosure-report.js'.padEnd(60)} ${'min'.padStart(9)} ${'gzip'.padStart(9)}`);
for (const row of rows) console.log(`${row.name.padEnd(60)} ${kb(row.min)} ${kb(row.gzip)}`);
console.log(`${'whole bundle'.padEnd(60)} ${kb(total.min)} ${kb(total.gzip)}`);
for (const pattern of withouts) {
  const matches = new RegExp(pattern);
  const left = names.filter((name) => matches.test(name));
  const size = gzipWithout((name) => matches.test(name));
  console.log(`\nwithout /${pattern}/ (${left.join(', ') || 'no part matches'}):`);
  console.log(`${'  whole bundle, gzip'.padEnd(60)} ${kb(size)} ${`(${kb(size - total.gzip).trim()})`.padStart(11)}`);
}

const ENTRIES = {
  '.': 'dist/index.js',
  './all.js': 'dist/all.js',
  './model': 'dist/model/index.js',
  ...Object.fromEntries(
    ['disclosure-table', 'appeal-litigation-grid', 'report-section', 'disclosure-report'].map((tag) => [
      `./define/${tag}.js`,
      `dist/components/${tag}/define.js`,
    ]),
  ),
};
console.log(`\n${'package entry (lit, @lit/* not counted)'.padEnd(60)} ${'min'.padStart(9)} ${'gzip'.padStart(9)}`);
for (const [name, file] of Object.entries(ENTRIES)) {
  if (!existsSync(file)) {
    console.log(`${name.padEnd(60)} (no ${file}: run \`npm run build\` first)`);
    continue;
  }
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      target: 'es2021',
      lib: {entry: file, formats: ['es'], fileName: () => 'entry.js'},
      rolldownOptions: {external: [/^lit(\/|$)/, /^@lit\//], output: {minify: true, codeSplitting: false}},
    },
  });
  const entry = [output].flat()[0].output.find((item) => item.type === 'chunk' && item.isEntry);
  console.log(`${name.padEnd(60)} ${kb(Buffer.byteLength(entry.code))} ${kb(gzip(entry.code))}`);
}
