#!/usr/bin/env node
// `npm test`: every check the project has, in order, ending with the one "N passed, N failed,
// N skipped" line CI reads.
//
// The steps are npm scripts (package.json), run in order by npm-run-all2, so each can also be run
// alone: check the translations (xliff/ current and complete), type-check, lint (Prettier, ESLint),
// build the package (ES modules, bundles, .d.ts, the model and CLI for Node, custom-elements.json);
// then the Node tests (model, CLI, schema, shipped syntax, the bundle on a plain page), the browser
// tests in Chromium, the size budget (size-limit), and the static Storybook with every story opened.
// What stays here, and why no runner does it: adding up the three test runners' counts (node:test's
// TAP, web-test-runner's and the story smoke's JSON in .test-results/) into one line, where a step
// that failed without counting anything (a lint error, a bundle over budget) counts as one failure.
import {existsSync, mkdirSync, readFileSync, rmSync} from 'node:fs';
import {createRequire} from 'node:module';

const runAll = createRequire(import.meta.url)('npm-run-all2');
const results = '.test-results';
rmSync(results, {recursive: true, force: true});
mkdirSync(results, {recursive: true});

/** Runs npm scripts one after another (all of them, or up to the first failure); the names of those that failed. */
async function run(scripts, {continueOnError = true} = {}) {
  const options = {continueOnError, stdout: process.stdout, stderr: process.stderr};
  const outcome = await runAll(scripts, options).catch((error) => error.results ?? scripts.map((name) => ({name})));
  return outcome.filter(({code}) => code !== 0).map(({name}) => name);
}

const totals = {passed: 0, failed: 0, skipped: 0};
const failedSteps = await run([
  'test:translations',
  // The Storybook preview imports custom-elements.json (generated, not committed): make it first.
  'manifest',
  'typecheck',
  'lint',
  'build',
]);

/** A runner's report in .test-results, or null (then the step counts as one failure). */
function report(file) {
  return existsSync(`${results}/${file}`) ? readFileSync(`${results}/${file}`, 'utf8') : null;
}

// A stale translation or a lint error still lets the tests run (they say more than one failed
// step); without a build there is nothing to test.
if (!failedSteps.includes('build')) {
  // The test runners' own failures are counted from their reports, not as failed steps.
  failedSteps.push(...(await run(['test:node:report', 'test:browser', 'size'])).filter((name) => name === 'size'));
  // The story smoke only when the static Storybook built.
  const storiesFailed = await run(['build-storybook', 'smoke'], {continueOnError: false});
  if (storiesFailed.includes('build-storybook')) failedSteps.push('build-storybook');

  const tap = report('node.tap');
  const read = (name) => Number(tap?.match(new RegExp(`^# ${name} (\\d+)$`, 'm'))?.[1] ?? 0);
  if (tap === null) failedSteps.push('node tests (no report)');
  totals.passed += read('pass');
  totals.failed += read('fail') + read('cancelled');
  totals.skipped += read('skipped') + read('todo');

  for (const [file, step] of [
    ['browser.json', 'browser tests'],
    ['smoke.json', 'story smoke'],
  ]) {
    const counts = report(file);
    if (counts === null) {
      const noStorybook = step === 'story smoke' && failedSteps.includes('build-storybook');
      if (!noStorybook) failedSteps.push(`${step} (no report)`);
      continue;
    }
    const {passed, failed, skipped = 0, fileErrors = 0} = JSON.parse(counts);
    totals.passed += passed;
    totals.failed += failed + fileErrors;
    totals.skipped += skipped;
  }
}

if (failedSteps.length) console.log(`\nFailed steps: ${failedSteps.join(', ')}`);
console.log(`\n${totals.passed} passed, ${totals.failed + failedSteps.length} failed, ${totals.skipped} skipped`);
process.exit(totals.failed === 0 && failedSteps.length === 0 && totals.passed > 0 ? 0 : 1);
