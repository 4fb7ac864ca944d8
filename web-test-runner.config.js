// Browser tests run in Debian's Chromium: test tools cannot download browsers here.
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromeLauncher} from '@web/test-runner-chrome';
import {defaultReporter} from '@web/test-runner';
import {countReporter} from './scripts/count-reporter.js';
import {testApi} from './test/support/server.js';
import {staticRenderApi} from './test/support/static-render-api.js';

const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const args = [
  '--no-sandbox', // CI runs as root
  '--disable-gpu',
  '--disable-dev-shm-usage', // the Debian wrapper fails to add it on this machine
  '--disable-background-networking', // the closed network refuses Google's hosts at every start
  '--disable-component-update',
  '--no-first-run',
  '--font-render-hinting=none',
];

export default {
  files: process.env.WTR_FILES ? process.env.WTR_FILES.split(',') : 'test/**/*.test.ts',
  nodeResolve: true,
  // Endpoints for the `src` tests (404, 500, non-JSON, slow, flaky, dropped connection).
  middleware: [testApi, staticRenderApi],
  // tsconfig is required: without it esbuild leaves the legacy decorators untransformed.
  plugins: [esbuildPlugin({ts: true, tsconfig: './tsconfig.json'})],
  browsers: [chromeLauncher({launchOptions: {executablePath, headless: true, args}})],
  concurrency: 1,
  testFramework: {config: {timeout: 20000}},
  testsFinishTimeout: 600000,
  reporters: [defaultReporter(), countReporter()],
};
