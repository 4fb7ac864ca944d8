/**
 * Which editor texts a locale speaks with: the built-in locales' catalogs, by key, and for a
 * locale registered at run time the `editor` part of its definition. Only the editor imports this
 * file, so the viewer bundle carries no editor text. The record is typed by `BuiltInKey`, which
 * every built-in locale's key in locales.ts must be: a built-in locale added there without its
 * editor catalog here does not compile.
 */
import type {EditorTexts} from './editor.js';
import {enEditor} from './en.editor.js';
import type {BuiltInKey} from '../types.js';
import {localeDefinition, SOURCE_LOCALE} from './locales.js';
import {zhEditor} from './zh.editor.js';

const BUILT_IN_EDITOR: {readonly [key in BuiltInKey]: EditorTexts} = {zh: zhEditor, en: enEditor};

const completed = new Map<string, EditorTexts>();

/**
 * The editor texts of a locale (the source's for an unknown one). A run-time definition may lack
 * some, or all (JavaScript is not type-checked): those stay the source's.
 */
export function editorTextsOf(locale: string): EditorTexts {
  const definition = localeDefinition(locale);
  let texts = completed.get(definition.locale);
  if (!texts) {
    const own = BUILT_IN_EDITOR[definition.key as BuiltInKey] ?? definition.editor;
    texts = {...BUILT_IN_EDITOR[SOURCE_LOCALE.key as BuiltInKey], ...own};
    completed.set(definition.locale, texts);
  }
  return texts;
}
