// What a consumer of the published package gets: the packed tarball (npm pack, as npm would
// publish it) is unpacked where the consumer projects under test/package/consumers/ resolve it, and each is
// type-checked as its kind of app would: TypeScript with `bundler` and with `node16` resolution,
// React 19 JSX, and Vue through vue-tsc. Each project also holds @ts-expect-error lines, so types
// that went `any` fail it. Offline: React's and Vue's types are dev dependencies of this repo.
// Needs `npm run build` (npm test builds first).
import {test, before} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync, spawnSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {createRequire} from 'node:module';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const consumers = join(root, 'test/package/consumers');
/** Where the consumer projects find `disclosure-report` (node_modules: ignored by git and the linters). */
const installed = join(consumers, 'node_modules/disclosure-report');
const require = createRequire(import.meta.url);
const tsc = require.resolve('typescript/bin/tsc');
const vueTsc = require.resolve('vue-tsc/bin/vue-tsc.js');

let packedFiles = [];

before(() => {
  const out = mkdtempSync(join(tmpdir(), 'disclosure-pack-'));
  try {
    // --ignore-scripts: the build already ran; prepack would only build again.
    const [pack] = JSON.parse(
      execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', out], {
        cwd: root,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }),
    );
    packedFiles = pack.files.map((file) => file.path);
    rmSync(installed, {recursive: true, force: true});
    mkdirSync(installed, {recursive: true});
    execFileSync('tar', ['-xzf', join(out, pack.filename), '-C', installed, '--strip-components=1']);
  } finally {
    rmSync(out, {recursive: true, force: true});
  }
});

/** Type-check one consumer project; the compiler's own output is the failure message. */
function typeCheck(project, compiler = tsc) {
  const result = spawnSync(process.execPath, [compiler, '-p', join(consumers, project)], {
    cwd: join(consumers, project),
    encoding: 'utf8',
  });
  assert.equal(result.status, 0, `${project}:\n${result.stdout}${result.stderr}`);
}

test('installing the tarball runs no script: no install-time lifecycle script ships', () => {
  const shipped = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
  for (const script of ['preinstall', 'install', 'postinstall', 'prepare']) {
    assert.equal(shipped.scripts?.[script], undefined, `"${script}" would run on the consumer's install`);
  }
  assert.equal(shipped.type, 'module', 'ES modules only, as the description says');
  assert.match(shipped.description, /ES modules only/);
  for (const file of ['dist/react.d.ts', 'dist/vue.d.ts', 'dist/node/cli/main.js', 'bin/disclosure-report.js']) {
    assert.ok(packedFiles.includes(file), `${file} is in the tarball`);
  }
});

test('TypeScript, moduleResolution bundler: entries, typed events (HTMLElementEventMap), tag names', () => {
  typeCheck('ts-bundler');
});

test('TypeScript, module and moduleResolution node16 (an ES module back end)', () => {
  typeCheck('ts-node16');
});

test("React 19 JSX: `import 'disclosure-report/react'` declares the tags with their props and events", () => {
  typeCheck('react19');
});

test("Vue 3 (vue-tsc): `import 'disclosure-report/vue'` declares the tags as typed global components", () => {
  typeCheck('vue', vueTsc);
});
