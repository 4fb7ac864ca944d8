/**
 * Localization wiring: @lit/localize with its generated runtime-mode locale modules, configured
 * re-entrantly so that each element renders in its own language.
 *
 * Why not `configureLocalization`/`setLocale`: that makes the language global to the page, but a
 * report element follows its own `lang` (a page may hold a Chinese and an English report), and
 * the bilingual view needs both languages in one render. With the re-entrant configuration,
 * `msg()` asks `activeLocale` on every call, and `inLocale()` sets it for the duration of a
 * synchronous render. The English templates are small, so they are loaded eagerly: no request
 * at run time (government intranets, WeChat).
 *
 * Caveat: @lit/localize can be configured once per copy of the library; a host page that uses
 * @lit/localize itself should load our self-contained bundle, which has its own copy.
 */
import {configureReentrantLocalization} from '@lit/localize/init/reentrant.js';
import {sourceLocale, targetLocales} from '../generated/locale-codes.js';
import {templates as englishTemplates} from '../generated/locales/en.js';

/** The languages the library renders. Chinese (zh-CN) is the source language. */
export type Locale = 'zh-CN' | 'en';

let activeLocale: Locale = 'zh-CN';

// The templates by name, not the module as a namespace object: the bundle then needs no helper to build one.
const english = {templates: englishTemplates};

configureReentrantLocalization({
  sourceLocale,
  targetLocales: [...targetLocales],
  getLocale: () => activeLocale,
  loadLocaleSync: (locale) => (locale === 'en' ? english : undefined),
});

/** Evaluate `render` (synchronously) with `msg()` answering in `locale`. */
export function inLocale<T>(locale: Locale, render: () => T): T {
  const previous = activeLocale;
  activeLocale = locale;
  try {
    return render();
  } finally {
    activeLocale = previous;
  }
}

/** The language `msg()` answers in now (inside `inLocale`, its locale). */
export const currentLocale = (): Locale => activeLocale;

/**
 * The library's locale for a BCP 47 tag: English for any `en*`, Chinese for anything else
 * (zh, zh-CN, zh-Hans, an unset or unknown language: the report's own language is Chinese).
 */
export function localeFromLang(lang: string | null | undefined): Locale {
  return lang && /^en\b/i.test(lang.trim()) ? 'en' : 'zh-CN';
}
