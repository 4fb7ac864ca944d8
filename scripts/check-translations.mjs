#!/usr/bin/env node
// Fails when a message of the elements has no English translation, or when xliff/ is stale
// against the sources. `lit-localize build` exits 0 on a missing translation (it falls back to the
// Chinese), so this check is ours. Run by `npm test`.
//
// Stale: re-extracting the messages into a copy of xliff/ must give the committed files back, byte
// for byte (extract keeps existing targets, adds new units, and drops units whose source is gone).
import {spawnSync} from 'node:child_process';
import {cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';

const work = '.test-results/xliff-check';
rmSync(work, {recursive: true, force: true});
mkdirSync(join(work, 'xliff'), {recursive: true});
cpSync('xliff', join(work, 'xliff'), {recursive: true});

const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
config.tsConfig = '../../tsconfig.json';
config.output.outputDir = './generated/locales';
config.output.localeCodesModule = './generated/locale-codes.ts';
config.interchange.xliffDir = './xliff/';
writeFileSync(join(work, 'lit-localize.json'), JSON.stringify(config, null, 2));

const extract = spawnSync('npx', ['lit-localize', 'extract', `--config=${join(work, 'lit-localize.json')}`], {encoding: 'utf8'});
if (extract.status !== 0) {
  console.error(extract.stdout, extract.stderr);
  console.error('translations: `lit-localize extract` failed (a msg() call it cannot read?)');
  process.exit(1);
}

const problems = [];
for (const name of readdirSync('xliff').filter((file) => file.endsWith('.xlf'))) {
  const committed = readFileSync(join('xliff', name), 'utf8');
  const fresh = readFileSync(join(work, 'xliff', name), 'utf8');
  if (committed !== fresh) problems.push(`xliff/${name} is stale: run \`npm run localize:extract\` and translate what it adds`);
  for (const [, id, body] of fresh.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)) {
    const target = body.match(/<target>([\s\S]*?)<\/target>/)?.[1]?.trim();
    if (!target) problems.push(`xliff/${name}: message "${id}" has no translation`);
  }
}
for (const problem of problems) console.error(problem);
console.log(`translations: ${problems.length ? `${problems.length} problem(s)` : 'every message translated, xliff current'}`);
process.exit(problems.length ? 1 : 0);
