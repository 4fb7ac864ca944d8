#!/usr/bin/env node
// `npm test`: every check the project has, in order, ending with one "N passed, N failed" line.
//
// Steps: generate the locale modules, check the translations, type-check, lint (Prettier, ESLint),
// build the package (ES modules, bundles, .d.ts, the model and CLI for Node, custom-elements.json),
// run the Node tests (model, CLI, schema, shipped syntax, the bundle on a plain page), the browser
// tests in Chromium, the size budget, then build the static Storybook and smoke-test every story in it.
import {spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, readFileSync, rmSync} from 'node:fs';

const results = '.test-results';
rmSync(results, {recursive: true, force: true});
mkdirSync(results, {recursive: true});

function run(label, command, args) {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const {status} = spawnSync(command, args, {stdio: 'inherit'});
  return status === 0;
}

const totals = {passed: 0, failed: 0, skipped: 0};
const failedSteps = [];

for (const [label, command, args] of [
  ['locales', 'npx', ['lit-localize', 'build']],
  ['translations', 'node', ['scripts/check-translations.mjs']],
  // The Storybook preview imports custom-elements.json (generated, not committed): make it first.
  ['manifest', 'npx', ['cem', 'analyze', '--config', 'custom-elements-manifest.config.mjs']],
  ['types', 'npx', ['tsc', '-p', '.']],
  // Prettier's check, then ESLint with the Lit and Lit accessibility rules (eslint.config.js).
  ['lint', 'npm', ['run', 'lint', '--silent']],
  ['package build', 'npm', ['run', 'build', '--silent']],
]) {
  if (!existsSync(args.at(-1)) && label === 'translations') continue;
  if (!run(label, command, args)) failedSteps.push(label);
}

if (failedSteps.length === 0) {
  run('node tests', 'node', [
    '--test',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${results}/node.tap`,
    'test/node/',
  ]);
  const tap = existsSync(`${results}/node.tap`) ? readFileSync(`${results}/node.tap`, 'utf8') : '';
  const read = (name) => Number(tap.match(new RegExp(`^# ${name} (\\d+)$`, 'm'))?.[1] ?? 0);
  totals.passed += read('pass');
  totals.failed += read('fail') + read('cancelled');
  totals.skipped += read('skipped') + read('todo');
  if (!tap) failedSteps.push('node tests (no report)');

  run('browser tests', 'npx', ['wtr']);
  const browserFile = `${results}/browser.json`;
  if (existsSync(browserFile)) {
    const browser = JSON.parse(readFileSync(browserFile, 'utf8'));
    totals.passed += browser.passed;
    totals.failed += browser.failed + browser.fileErrors;
    totals.skipped += browser.skipped;
  } else {
    failedSteps.push('browser tests (no report)');
  }

  // A budget, not a timed test: one failed step when a bundle is over its limit (.size-limit.js).
  if (!run('size budget', 'npx', ['size-limit'])) failedSteps.push('size budget');

  if (run('storybook build', 'npm', ['run', 'build-storybook', '--silent'])) {
    console.log('\n▶ story smoke: node scripts/sb-smoke.mjs');
    const smoke = spawnSync('node', ['scripts/sb-smoke.mjs'], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit']});
    process.stdout.write(smoke.stdout ?? '');
    const counts = /^(\d+) passed, (\d+) failed$/m.exec(smoke.stdout ?? '');
    if (counts) {
      totals.passed += Number(counts[1]);
      totals.failed += Number(counts[2]);
    } else {
      failedSteps.push('story smoke (no report)');
    }
  } else {
    failedSteps.push('storybook build');
  }
}

if (failedSteps.length) console.log(`\nFailed steps: ${failedSteps.join(', ')}`);
console.log(`\n${totals.passed} passed, ${totals.failed + failedSteps.length} failed, ${totals.skipped} skipped`);
process.exit(totals.failed === 0 && failedSteps.length === 0 && totals.passed > 0 ? 0 : 1);
