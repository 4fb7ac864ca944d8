/**
 * The Node-only texts of every locale (node-catalog.ts), found through the locale list: a locale
 * registered at run time brings its own as `node` in its definition; a built-in locale has them in
 * <key>.node.ts, registered in BUILT_IN below. Only Node code (the CLI) imports this module, so the
 * viewer bundle, which reads LOCALES, carries none of these texts.
 */
import type {BuiltInKey, Message} from '../types.js';
import {enNode} from './en.node.js';
import {LOCALES, perLocale, SOURCE_LOCALE, type LocaleDefinition} from './locales.js';
import type {CliTexts, NodeTexts} from './node-catalog.js';
import {zhNode} from './zh.node.js';

/**
 * The built-in locales' Node-only texts, by locale key. Typed by `BuiltInKey`, as every built-in
 * locale's key in locales.ts is, so a built-in locale added there without its texts here does not compile.
 */
const BUILT_IN: {readonly [key in BuiltInKey]: NodeTexts} = {zh: zhNode, en: enNode};

/** A locale's Node-only texts; the source locale's for a locale that brings none. */
export function nodeTexts(definition: LocaleDefinition): NodeTexts {
  return definition.node ?? BUILT_IN[definition.key as BuiltInKey] ?? BUILT_IN[SOURCE_LOCALE.key as BuiltInKey];
}

/** The registered locale with this key (`--lang zh`), if any. */
export function localeByKey(key: string): LocaleDefinition | undefined {
  return LOCALES.find((definition) => definition.key === key);
}

/**
 * A text of the CLI in every locale, as the model's messages are: an issue the CLI finds (a file it
 * cannot read, a file that is not JSON) is reported in --json with every locale's words.
 */
export function cliMessage(make: (cli: CliTexts) => string): Message {
  return perLocale((definition) => make(nodeTexts(definition).cli)) as Message;
}
