/**
 * The locales the library speaks, listed once. Everything that depends on the set of languages
 * reads this list: format labels (`Label` records), validation and check messages (`Message`
 * records), `localeFromLang`, the `lang` an element renders with, the CLI's `--lang`.
 *
 * A new language is its catalogs (<locale>.ts and <locale>.ui.ts, a `LocaleTexts`; <locale>.editor.ts,
 * .import.ts and .node.ts) plus one entry in BUILT_IN here, or, for a page or a test, one
 * `registerLocale()` call at run time. The entry's key joins `BuiltInKey`, so the compiler then
 * names the three records that must list its editor, import and CLI texts. Chinese is the source
 * language: the format is Chinese, importers match the zh labels, and a text missing in another
 * locale falls back to it.
 */
import type {LocaleTexts} from './catalog.js';
import type {EditorTexts} from './editor.js';
import type {ImportTexts} from './import-catalog.js';
import type {NodeTexts} from './node-catalog.js';
import {en, enChecks, enFormat} from './en.js';
import {enUi} from './en.ui.js';
import {zh, zhChecks, zhFormat} from './zh.js';
import {zhUi} from './zh.ui.js';

export interface LocaleDefinition {
  /** The library's name of the locale, also the `lang` it renders with (BCP 47): zh-CN, en. */
  readonly locale: string;
  /** Its key in `Label` and `Message` records: zh, en. */
  readonly key: string;
  /** Whether a `lang` attribute (or `--lang`) asks for this locale. */
  readonly matches: (lang: string) => boolean;
  readonly texts: LocaleTexts;
  /**
   * The editor's texts, read only by <report-editor>. A locale registered at run time brings them
   * here; the built-in locales leave them out, so that the viewer bundle does not carry them: theirs
   * are listed by key in editor-catalogs.ts, which the type system keeps in step with BUILT_IN
   * (through `BuiltInKey`).
   */
  readonly editor?: EditorTexts;
  /**
   * The texts only Node code reads (the CLI's words, the rules' descriptions), for a locale
   * registered at run time. Built-in locales leave it out: theirs are in <key>.node.ts, which only
   * Node code imports (node-locales.ts), so that the viewer bundle does not carry them.
   */
  readonly node?: NodeTexts;
  /**
   * The importer's words (what it could not read or place), for a locale registered at run time.
   * Built-in locales leave it out: theirs are in <key>.import.ts, which only the importer imports
   * (import-locales.ts), so that the viewer bundle does not carry them.
   */
  readonly import?: ImportTexts;
}

/** The built-in locales, source first: the one list a built-in locale is registered in. */
const BUILT_IN = [
  {
    locale: 'zh-CN',
    key: 'zh',
    matches: (lang) => /^zh\b/i.test(lang),
    texts: {format: zhFormat, validation: zh, checks: zhChecks, ui: zhUi},
  },
  {
    locale: 'en',
    key: 'en',
    matches: (lang) => /^en\b/i.test(lang),
    texts: {format: enFormat, validation: en, checks: enChecks, ui: enUi},
  },
] as const satisfies readonly LocaleDefinition[];

/**
 * The keys of the built-in locales, made from BUILT_IN. The records of the texts kept out of the
 * viewer bundle (the editor's, editor-catalogs.ts; the importer's, import-locales.ts; the CLI's,
 * node-locales.ts) are typed by it, so a locale added to BUILT_IN without its texts there does not
 * compile.
 */
export type BuiltInKey = (typeof BUILT_IN)[number]['key'];

/** Every locale: the built-in ones, then those registered at run time. */
export const LOCALES: LocaleDefinition[] = [...BUILT_IN];

/** The source locale (Chinese): the fallback for any `lang` no locale matches. */
export const SOURCE_LOCALE: LocaleDefinition = LOCALES[0]!;

/** The two locales of the bilingual view: the source and English beneath it. */
export const BILINGUAL: readonly [LocaleDefinition, LocaleDefinition] = [SOURCE_LOCALE, LOCALES[1]!];

type Listener = (definition: LocaleDefinition) => void;
const listeners: Listener[] = [];

/** Called for every locale registered later (labels fill in their text for it). */
export function onRegister(listener: Listener): void {
  listeners.push(listener);
}

/**
 * Add a locale at run time. Registered before the elements render (a new locale's texts are
 * read as each text is needed), it is one a `lang` attribute can then ask for.
 */
export function registerLocale(definition: LocaleDefinition): void {
  if (LOCALES.some((known) => known.locale === definition.locale)) return;
  // From JavaScript, a definition may lack UI texts the types require: those stay the source's.
  const ui = {...SOURCE_LOCALE.texts.ui, ...definition.texts.ui};
  const complete = {...definition, texts: {...definition.texts, ui}};
  LOCALES.push(complete);
  for (const listener of listeners) listener(complete);
}

/** The definition of a locale (the source locale for an unknown name). */
export function localeDefinition(locale: string): LocaleDefinition {
  return LOCALES.find((known) => known.locale === locale) ?? SOURCE_LOCALE;
}

/** The key of a locale in `Label` and `Message` records. */
export const keyOf = (locale: string): string => localeDefinition(locale).key;

/**
 * The locale a BCP 47 tag asks for: the first registered locale that matches it, else the source
 * (zh, zh-CN, zh-Hans, an unset or unknown language: the report's own language is Chinese).
 */
export function localeFromLang(lang: string | null | undefined): string {
  const tag = lang?.trim();
  return (tag && LOCALES.find((known) => known.matches(tag))?.locale) || SOURCE_LOCALE.locale;
}

/** One text per locale, each made from that locale's definition (a `Message` record). */
export function perLocale(make: (definition: LocaleDefinition) => string): Record<string, string> {
  const texts: Record<string, string> = {};
  for (const definition of LOCALES) texts[definition.key] = make(definition);
  return texts;
}
