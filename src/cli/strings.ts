/**
 * The CLI's words: in the locale `--lang` asks for, from that locale's Node-only catalog
 * (src/model/texts/<key>.node.ts, found through the locale list by node-locales.ts); report
 * messages come from the model. A message the CLI itself reports as an issue (a file it cannot
 * read) is a `Message` with every locale's words, as the model's are.
 */
import {RULES} from '../model/checks.js';
import {LIMITS} from '../model/limits.js';
import {getSystemErrorMap} from 'node:util';
import {terminalSafe} from './terminal-text.js';
import type {Message} from '../model/types.js';
import {labelIn} from '../model/texts/labels.js';
import {LOCALES, type LocaleDefinition} from '../model/texts/locales.js';
import type {CliTexts} from '../model/texts/node-catalog.js';
import {cliMessage, nodeTexts} from '../model/texts/node-locales.js';

/** The locale the CLI speaks. */
export type Lang = LocaleDefinition;

/** The CLI's words in a locale. */
export const wordsOf = (lang: Lang): CliTexts => nodeTexts(lang).cli;

/** A report's or an issue's message in a locale (the source text where the locale has none). */
export const messageIn = (message: Message, lang: Lang): string => labelIn(message, lang.locale);

/** libuv's words for a system error code (English only), for a code no catalog words. */
function systemWords(code: string): string | undefined {
  for (const [name, text] of getSystemErrorMap().values()) if (name === code) return text;
  return undefined;
}

/** `reason` is an error code (ENOENT…) or, from an unexpected failure, the error's own text. */
export function unreadable(file: string, reason: string): Message {
  return cliMessage((cli) => cli.unreadable(file, reason, cli.readErrors[reason] ?? systemWords(reason)));
}

/** Standard input (or a named device) is a terminal: nothing to read until someone types. */
export function isTerminal(file: string): Message {
  return cliMessage((cli) => cli.isTerminal(file));
}

/** `utf16`: the file starts with a UTF-16 byte-order mark (what Excel and Notepad call "Unicode"). */
export function notUtf8(file: string, utf16 = false): Message {
  return cliMessage((cli) => cli.notUtf8(file, utf16));
}

export function tooLarge(file: string, limit: number): Message {
  return cliMessage((cli) => cli.tooLarge(file, limit));
}

/** A pipe or device that went on past the cap: reading stopped there. */
export function tooLargeStream(file: string, limit: number): Message {
  return cliMessage((cli) => cli.tooLargeStream(file, limit));
}

export function usageError(argument: string): Message {
  const detail = terminalSafe(argument); // what was typed may hold control characters too
  return cliMessage((cli) => cli.usageError(detail));
}

/** The help of every command, with each rule's description from the locale's catalog and the registered locales. */
export function help(lang: Lang): string {
  const {cli, rules} = nodeTexts(lang);
  const list = RULES.map((rule) => `  ${rule.id.padEnd(20)} ${rules[rule.id]}`).join('\n');
  // --lang takes any registered locale: the list is the locale list's, not a fixed one.
  const langs = LOCALES.map((definition) => definition.key).join('|');
  return `${cli.checkHelp(LIMITS.fileBytes, list, langs)}\n\n${cli.importHelp(langs)}\n\n${cli.renderHelp(langs)}`;
}
