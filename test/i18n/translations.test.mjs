// The translation check of `npm test` (scripts/check-translations.mjs), run end to end on a small
// throw-away project: its own sources, lit-localize config and XLIFF, never the real xliff/.
// The project sits under .test-results/ so that its sources resolve @lit/localize from node_modules.
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {join, resolve} from 'node:path';
import {checkTranslations, untranslated} from '../../scripts/check-translations.mjs';

const cli = createRequire(import.meta.url).resolve('@lit/localize-tools/bin/lit-localize.js');
const SOURCE = `import {msg, str} from '@lit/localize';
export const hello = () => msg('你好', {id: 'hello'});
export const count = (n: number) => msg(str\`共 \${n} 处\`, {id: 'count'});
`;
const ENGLISH = {hello: 'Hello', count: '{0} in all'};

let dir;
let complete;
const config = () => join(dir, 'lit-localize.json');
const xliff = () => join(dir, 'xliff', 'en.xlf');

function extract() {
  const run = spawnSync(process.execPath, [cli, 'extract', `--config=${config()}`], {cwd: dir, encoding: 'utf8'});
  assert.equal(run.status, 0, run.stderr + run.stdout);
}

/** Give every unit the English of ENGLISH, keeping the unit's own placeholders. */
function translate(text) {
  return text.replace(/<trans-unit id="([^"]+)">([\s\S]*?)<\/source>/g, (whole, id, body) => {
    const placeholder = body.match(/<x id="0"[^>]*\/>/)?.[0] ?? '';
    return `${whole}\n  <target>${ENGLISH[id].replace('{0}', placeholder)}</target>`;
  });
}

before(() => {
  mkdirSync('.test-results', {recursive: true});
  dir = resolve(mkdtempSync(join('.test-results', 'translations-')));
  mkdirSync(join(dir, 'src'));
  writeFileSync(join(dir, 'src', 'messages.ts'), SOURCE);
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2021',
        module: 'ESNext',
        moduleResolution: 'bundler',
        strict: true,
        noEmit: true,
        skipLibCheck: true,
      },
      include: ['src'],
    }),
  );
  writeFileSync(
    config(),
    JSON.stringify({
      sourceLocale: 'zh-CN',
      targetLocales: ['en'],
      tsConfig: './tsconfig.json',
      output: {mode: 'runtime', outputDir: './generated/locales', localeCodesModule: './generated/locale-codes.ts'},
      interchange: {format: 'xliff', xliffDir: './xliff/'},
    }),
  );
  extract();
  writeFileSync(xliff(), translate(readFileSync(xliff(), 'utf8')));
  extract(); // extract's own layout of the translated file, as a translator's tool would leave it
  complete = readFileSync(xliff(), 'utf8');
});

after(() => rmSync(dir, {recursive: true, force: true}));

test('a complete, current XLIFF passes', () => {
  assert.match(complete, /<target>Hello<\/target>/);
  assert.deepEqual(checkTranslations(config()), []);
  assert.equal(readFileSync(xliff(), 'utf8'), complete, 'the check does not rewrite the committed file');
});

test('a message without an English target fails', () => {
  writeFileSync(xliff(), complete.replace(/\s*<target>Hello<\/target>/, ''));
  try {
    const problems = checkTranslations(config());
    assert.equal(problems.length, 1, problems.join('\n'));
    assert.match(problems[0], /"hello" has no en translation/);
  } finally {
    writeFileSync(xliff(), complete);
  }
});

test('an XLIFF that is stale against the sources fails', () => {
  writeFileSync(join(dir, 'src', 'messages.ts'), `${SOURCE}export const bye = () => msg('再见', {id: 'bye'});\n`);
  try {
    const problems = checkTranslations(config());
    assert.ok(
      problems.some((problem) => /en\.xlf is stale/.test(problem)),
      problems.join('\n'),
    );
    assert.ok(
      problems.some((problem) => /"bye" has no en translation/.test(problem)),
      problems.join('\n'),
    );
  } finally {
    writeFileSync(join(dir, 'src', 'messages.ts'), SOURCE);
  }
});

test('a missing XLIFF file fails', () => {
  rmSync(xliff());
  try {
    assert.ok(checkTranslations(config()).some((problem) => /en\.xlf is missing/.test(problem)));
  } finally {
    writeFileSync(xliff(), complete);
  }
});

test('untranslated(): empty targets, absent targets and Chinese copied into English count', () => {
  const unit = (id, target) =>
    `<trans-unit id="${id}">\n  <source>空白</source>${target === undefined ? '' : `\n  <target>${target}</target>`}\n</trans-unit>`;
  const file = [
    unit('a', 'blank'),
    unit('b'),
    unit('c', '  '),
    unit('d', '空白'),
    unit('e', '<x id="0" equiv-text="${n}"/>'),
  ].join('\n');
  assert.deepEqual(untranslated(file, 'en'), ['b', 'c', 'd', 'e']);
});
