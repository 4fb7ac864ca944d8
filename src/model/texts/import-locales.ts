/**
 * The import's words of every locale (import-catalog.ts), found through the locale list the way
 * the Node-only texts are (node-locales.ts): a locale registered at run time brings its own as
 * `import` in its definition; a built-in locale has them in <key>.import.ts, registered in
 * BUILT_IN below. Only the importer (src/import) imports this module, so the viewer bundle, which
 * reads LOCALES, carries none of these texts.
 */
import type {BuiltInKey, Message} from '../types.js';
import {enImport} from './en.import.js';
import type {ImportTexts} from './import-catalog.js';
import {perLocale, SOURCE_LOCALE, type LocaleDefinition} from './locales.js';
import {zhImport} from './zh.import.js';

/**
 * The built-in locales' import words, by locale key (the third line a built-in locale adds). Typed
 * by `BuiltInKey`, the built-in locales' keys, so a built-in key without its import words does not compile.
 */
const BUILT_IN: {readonly [key in BuiltInKey]: ImportTexts} = {zh: zhImport, en: enImport};

/** A locale's import words; the source locale's for a locale that brings none. */
export function importTexts(definition: LocaleDefinition): ImportTexts {
  return definition.import ?? BUILT_IN[definition.key as BuiltInKey] ?? BUILT_IN[SOURCE_LOCALE.key as BuiltInKey];
}

/** A text of the import in every registered locale (an issue's `Message`), made from each locale's words. */
export function importMessage(make: (texts: ImportTexts, definition: LocaleDefinition) => string): Message {
  return perLocale((definition) => make(importTexts(definition), definition)) as Message;
}
