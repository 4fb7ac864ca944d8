// For Node tests that drive Chromium with puppeteer-core: the library (src/all.ts) bundled by
// esbuild into one classic script, as a CMS page would load it, plus the launch options that work
// on this machine (root, no GPU, closed network).
import {build} from 'esbuild';
import {join} from 'node:path';
import puppeteer from 'puppeteer-core';
import {CHROMIUM_ARGS, chromiumPath} from '../../scripts/static-server.mjs';

const root = new URL('../..', import.meta.url).pathname;

/**
 * Writes `${dir}/bundle.js`: every element registered, and `extra` exports (e.g. example reports)
 * on the global `lib`.
 */
export async function bundleLibrary(dir, extra = "export * from './src/examples/index.ts';") {
  await build({
    stdin: {contents: `import './src/all.ts'; ${extra}`, resolveDir: root, loader: 'ts'},
    bundle: true,
    format: 'iife',
    globalName: 'lib',
    target: 'es2021',
    tsconfig: join(root, 'tsconfig.json'), // transforms the legacy decorators
    outfile: join(dir, 'bundle.js'),
    logLevel: 'silent',
  });
}

export function launchChromium() {
  return puppeteer.launch({executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS});
}
