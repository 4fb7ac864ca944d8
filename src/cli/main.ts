/**
 * `disclosure-report check report.json [--previous last-year.json] [--json] [--lang zh|en|…]`
 *
 * Exit codes: 0 clean (warnings and notes allowed), 1 a finding of severity error,
 * 2 unreadable or invalid input (including bad arguments).
 */
import {parseArgs} from 'node:util';
import {PREVIOUS_PREFIX, checkReport, judgeCell} from '../model/checks.js';
import {isUnder, valueAt} from '../model/paths.js';
import {loadReport, type LoadedReport} from './load.js';
import {displayName} from './read-capped.js';
import type {Message} from '../model/types.js';
import {formatJson, formatText, isValid, type CheckOutcome, type FileOutcome} from './output.js';
import {help, messageIn, usageError} from './strings.js';
import {BILINGUAL, SOURCE_LOCALE} from '../model/texts/locales.js';
import {localeByKey} from '../model/texts/node-locales.js';
import {runBatchCheck} from './batch.js';
import {runImport} from './import.js';
import {runRender} from './render.js';

export const EXIT = {clean: 0, findings: 1, badInput: 2} as const;

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Progress is rewritten in place on a terminal, and only printed on long runs otherwise. */
  stderrIsTTY?: boolean;
}

const processIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stderrIsTTY: process.stderr.isTTY === true,
};

/** Before `--lang` is known to be usable, a usage error is given in the two languages of the bilingual view. */
function bothLanguages(message: Message): string {
  return BILINGUAL.map((locale) => `${messageIn(message, locale)}\n`).join('');
}

function parse(args: string[]) {
  return parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      previous: {type: 'string'},
      summary: {type: 'string'},
      output: {type: 'string', short: 'o'},
      json: {type: 'boolean', default: false},
      bilingual: {type: 'boolean', default: false},
      audit: {type: 'boolean', default: false},
      mode: {type: 'string'},
      lang: {type: 'string', default: SOURCE_LOCALE.key},
      help: {type: 'boolean', short: 'h', default: false},
    },
  });
}

export async function main(args: string[], io: Io = processIo): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(args);
  } catch (error) {
    // Node's own text is long and English only: the option it names is what the user needs.
    const message = (error as Error).message;
    const option = /option '([^']+)'/.exec(message)?.[1];
    io.stderr(bothLanguages(usageError(option ?? message)) + BILINGUAL.map((locale) => '\n' + help(locale)).join(''));
    return EXIT.badInput;
  }
  const {values, positionals} = parsed;
  // Any locale of the list (src/model/texts/locales.ts) by its key: the CLI's words and the
  // messages are then in that locale's words (a locale without CLI words has the source's).
  const lang = localeByKey(values.lang);
  if (!lang) {
    io.stderr(bothLanguages(usageError(`--lang ${values.lang}`)));
    return EXIT.badInput;
  }
  if (values.help) {
    io.stdout(help(lang));
    return EXIT.clean;
  }
  const [command, file, ...extra] = positionals;
  if (positionals.length === 0) {
    io.stderr(help(lang)); // run with nothing: how to use it, not an error about "—"
    return EXIT.badInput;
  }
  if (command === 'import') return runImport(positionals.slice(1), values, lang, io);
  if (command === 'render') return runRender(positionals.slice(1), values, lang, io);
  if (command === 'check' && values.summary !== undefined) return runBatchCheck(positionals.slice(1), values, lang, io);
  if (command !== 'check' || file === undefined || extra.length > 0) {
    io.stderr(messageIn(usageError(positionals.join(' ')), lang) + '\n\n' + help(lang));
    return EXIT.badInput;
  }
  const outcome = await check(file, values.previous);
  io.stdout(values.json ? formatJson(outcome) : formatText(outcome, lang));
  if (!isValid(outcome)) return EXIT.badInput;
  return outcome.findings.some((finding) => finding.severity === 'error') ? EXIT.findings : EXIT.clean;
}

function fileOutcome(file: string, loaded: LoadedReport): FileOutcome {
  return {file: displayName(file), valid: loaded.valid, read: loaded.report !== null, issues: loaded.issues};
}

/** Whether the checks could use the cell at `path`: judged as they judge it. */
function holdsNumber(loaded: LoadedReport | undefined, path: string): boolean {
  if (!loaded?.report) return false;
  return typeof judgeCell(valueAt(loaded.report, path), isUnder(path, loaded.invalid)) === 'number';
}

async function check(file: string, previousFile: string | undefined): Promise<CheckOutcome> {
  const current = await loadReport(file);
  const previous = previousFile === undefined ? undefined : await loadReport(previousFile);
  const findings = current.report
    ? checkReport(current.report, {
        invalid: current.invalid,
        ...(previous?.report ? {previous: previous.report, previousInvalid: previous.invalid} : {}),
      })
    : [];
  return {
    current: fileOutcome(file, current),
    ...(previousFile !== undefined && previous ? {previous: fileOutcome(previousFile, previous)} : {}),
    findings,
    hasNumber: (path) =>
      path.startsWith(PREVIOUS_PREFIX)
        ? holdsNumber(previous, path.slice(PREVIOUS_PREFIX.length))
        : holdsNumber(current, path),
  };
}
