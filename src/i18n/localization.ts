/**
 * Localization wiring: @lit/localize with its generated runtime-mode locale modules, configured
 * re-entrantly so that each element renders in its own language.
 *
 * Why not `configureLocalization`/`setLocale`: that makes the language global to the page, but a
 * report element follows its own `lang` (a page may hold a Chinese and an English report), and
 * the bilingual view needs both languages in one render. With the re-entrant configuration,
 * `msg()` asks `activeLocale` on every call, and `inLocale()` sets it for the duration of a
 * synchronous render. The English templates are small, so they are loaded eagerly: no request
 * at run time (government intranets, WeChat). The locales themselves are listed once, in
 * src/model/texts/locales.ts; a locale's msg() templates are generated from xliff/ (built-in) or
 * come with its registration (`ui`).
 *
 * Caveat: @lit/localize can be configured once per copy of the library; a host page that uses
 * @lit/localize itself should load our self-contained bundle, which has its own copy.
 */
import {configureReentrantLocalization} from '@lit/localize/init/reentrant.js';
import {templates as englishTemplates} from '../generated/locales/en.js';
import {localeDefinition, SOURCE_LOCALE} from '../model/texts/locales.js';

export {localeFromLang} from '../model/texts/locales.js';

/**
 * The library's name of a locale: zh-CN (the source) or en, or any locale registered
 * (src/model/texts/locales.ts lists them).
 */
export type Locale = 'zh-CN' | 'en' | (string & {});

let activeLocale: Locale = SOURCE_LOCALE.locale;

/** The msg() templates of the built-in target locales, generated from xliff/ by lit-localize. */
const GENERATED: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {en: englishTemplates};

// @lit/localize is told only "source" or "target" (its one target name, TARGET): which target's
// templates answer is ours to say, from the locale registered as active. So a locale registered
// at run time needs no lit-localize configuration of its own.
const TARGET = 'target';
configureReentrantLocalization({
  sourceLocale: SOURCE_LOCALE.locale,
  targetLocales: [TARGET],
  getLocale: () => (activeLocale === SOURCE_LOCALE.locale ? SOURCE_LOCALE.locale : TARGET),
  loadLocaleSync: () => {
    const templates = localeDefinition(activeLocale).ui ?? GENERATED[activeLocale];
    // lit-localize's template type is internal; the generated modules and `ui` records are its shape.
    return templates ? {templates: templates as never} : undefined;
  },
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
