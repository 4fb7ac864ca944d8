// A web-test-runner reporter that counts test results and writes them for scripts/test.mjs,
// which prints the one "N passed, N failed" line CI reads.
import {mkdirSync, writeFileSync} from 'node:fs';

function count(suite, totals) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite.suites ?? []) count(child, totals);
}

export function countReporter({file = '.test-results/browser.json'} = {}) {
  return {
    stop({sessions}) {
      const totals = {passed: 0, failed: 0, skipped: 0, fileErrors: 0};
      for (const session of sessions) {
        if (session.testResults) count(session.testResults, totals);
        // A test file that fails to load has no results: count it as a failure, never as nothing.
        if (!session.passed && totals.failed === 0 && (session.errors?.length ?? 0) > 0) totals.fileErrors++;
      }
      mkdirSync('.test-results', {recursive: true});
      writeFileSync(file, JSON.stringify(totals));
    },
  };
}
