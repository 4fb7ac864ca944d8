/**
 * The locales the library speaks, listed once. Everything that depends on the set of languages
 * reads this list: format labels (`Label` records), validation and check messages (`Message`
 * records), `localeFromLang`, the `lang` an element renders with, the CLI's `--lang`.
 *
 * A new language is a catalog (a `LocaleTexts`, like zh.ts) plus one entry here, or, for a page
 * or a test, one `registerLocale()` call at run time. Chinese is the source language: the format
 * is Chinese, importers match the zh labels, and a text missing in another locale falls back to it.
 */
import type {LocaleTexts} from './catalog.js';
import type {ImportTexts} from './import-catalog.js';
import type {NodeTexts} from './node-catalog.js';
import {en, enChecks, enFormat} from './en.js';
import {zh, zhChecks, zhFormat} from './zh.js';

export interface LocaleDefinition {
  /** The library's name of the locale, also the `lang` it renders with (BCP 47): zh-CN, en. */
  readonly locale: string;
  /** Its key in `Label` and `Message` records: zh, en. */
  readonly key: string;
  /** Whether a `lang` attribute (or `--lang`) asks for this locale. */
  readonly matches: (lang: string) => boolean;
  readonly texts: LocaleTexts;
  /**
   * The locale's msg() templates by id, in @lit/localize's runtime form. Built-in target locales
   * leave it out: theirs are generated from xliff/ (src/i18n/localization.ts).
   */
  readonly ui?: Readonly<Record<string, unknown>>;
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

/** The built-in locales, source first. */
export const LOCALES: LocaleDefinition[] = [
  {
    locale: 'zh-CN',
    key: 'zh',
    matches: (lang) => /^zh\b/i.test(lang),
    texts: {format: zhFormat, validation: zh, checks: zhChecks},
  },
  {
    locale: 'en',
    key: 'en',
    matches: (lang) => /^en\b/i.test(lang),
    texts: {format: enFormat, validation: en, checks: enChecks},
  },
];

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
  LOCALES.push(definition);
  for (const listener of listeners) listener(definition);
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
