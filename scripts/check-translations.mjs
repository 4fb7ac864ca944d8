#!/usr/bin/env node
// Fails when a message of the elements has no English translation, or when xliff/ is stale
// against the sources. `lit-localize build` exits 0 on a missing translation (it falls back to the
// Chinese), so this check is ours. Run by `npm test`; test/i18n/translations.test.mjs runs it on a
// small throw-away project.
//
// Stale: re-extracting the messages into a copy of the XLIFF directory must give the committed
// files back, byte for byte (extract keeps existing targets, adds new units, and drops units whose
// source is gone). The copy is what extract writes to, so the committed files are never touched.
import {spawnSync} from 'node:child_process';
import {cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {tmpdir} from 'node:os';
import {dirname, join, relative, resolve} from 'node:path';
import {pathToFileURL} from 'node:url';

const cli = createRequire(import.meta.url).resolve('@lit/localize-tools/bin/lit-localize.js');

/** Han characters: an English target that still holds them was copied, not translated. */
const HAN = /\p{Script=Han}/u;

/** Ids of the units of one XLIFF file that have no (or an empty) target, or a Chinese one for English. */
export function untranslated(xliff, targetLocale) {
  const missing = [];
  for (const [, id, body] of xliff.matchAll(/<trans-unit id="([^"]+)"[^>]*>([\s\S]*?)<\/trans-unit>/g)) {
    const target = body.match(/<target[^>]*>([\s\S]*?)<\/target>/)?.[1];
    const text = target?.replace(/<x [^>]*\/>/g, '').trim();
    if (!text || (/^en\b/.test(targetLocale) && HAN.test(text))) missing.push(id);
  }
  return missing;
}

/**
 * Everything wrong with the translations of the project whose lit-localize config is at
 * `configPath`: missing XLIFF files, stale files, units without a translation. Empty when all is well.
 */
export function checkTranslations(configPath = 'lit-localize.json') {
  const configFile = resolve(configPath);
  const base = dirname(configFile);
  const config = JSON.parse(readFileSync(configFile, 'utf8'));
  const xliffDir = resolve(base, config.interchange.xliffDir);
  const shown = (file) => relative(process.cwd(), file) || file;

  const work = mkdtempSync(join(tmpdir(), 'xliff-check-'));
  try {
    const copy = join(work, 'xliff');
    mkdirSync(copy, {recursive: true});
    if (existsSync(xliffDir)) cpSync(xliffDir, copy, {recursive: true});
    const fromWork = (file) => relative(work, resolve(base, file));
    const workConfig = {
      ...config,
      tsConfig: fromWork(config.tsConfig),
      output: {...config.output, outputDir: './generated/locales', localeCodesModule: './generated/locale-codes.ts'},
      interchange: {...config.interchange, xliffDir: './xliff/'},
    };
    writeFileSync(join(work, 'lit-localize.json'), JSON.stringify(workConfig, null, 2));

    const extract = spawnSync(process.execPath, [cli, 'extract', `--config=${join(work, 'lit-localize.json')}`], {
      cwd: base,
      encoding: 'utf8',
    });
    if (extract.status !== 0) {
      return [`\`lit-localize extract\` failed (a msg() call it cannot read?):\n${extract.stdout}${extract.stderr}`];
    }

    const problems = [];
    for (const locale of config.targetLocales) {
      const committedFile = join(xliffDir, `${locale}.xlf`);
      const fresh = readFileSync(join(copy, `${locale}.xlf`), 'utf8');
      if (!existsSync(committedFile)) {
        problems.push(`${shown(committedFile)} is missing: run \`npm run localize:extract\` and translate it`);
      } else if (readFileSync(committedFile, 'utf8') !== fresh) {
        problems.push(`${shown(committedFile)} is stale: run \`npm run localize:extract\` and translate what it adds`);
      }
      for (const id of untranslated(fresh, locale))
        problems.push(`${shown(committedFile)}: message "${id}" has no ${locale} translation`);
    }
    return problems;
  } finally {
    rmSync(work, {recursive: true, force: true});
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const problems = checkTranslations(process.argv[2]);
  for (const problem of problems) console.error(problem);
  console.log(
    `translations: ${problems.length ? `${problems.length} problem(s)` : 'every message translated, xliff current'}`,
  );
  process.exit(problems.length ? 1 : 0);
}
