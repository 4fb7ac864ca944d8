/**
 * The locale the library's texts answer in: set by `inLocale()` for the duration of a synchronous
 * render, so that each element renders in its own language (a page may hold a Chinese and an
 * English report) and the bilingual view asks for both. The texts themselves are the locales'
 * catalogs (src/model/texts/, listed in locales.ts): `uiTexts()` is the active locale's catalog of
 * the viewer elements' texts; the editor reads its own (src/editor/words.ts).
 */
import type {UiTexts} from '../model/texts/ui.js';
import {localeDefinition, SOURCE_LOCALE} from '../model/texts/locales.js';

export {localeFromLang} from '../model/texts/locales.js';

/**
 * The library's name of a locale: zh-CN (the source) or en, or any locale registered
 * (src/model/texts/locales.ts lists them).
 */
export type Locale = 'zh-CN' | 'en' | (string & {});

let activeLocale: Locale = SOURCE_LOCALE.locale;

/** Evaluate `render` (synchronously) with the texts answering in `locale`. */
export function inLocale<T>(locale: Locale, render: () => T): T {
  const previous = activeLocale;
  activeLocale = locale;
  try {
    return render();
  } finally {
    activeLocale = previous;
  }
}

/** The language the texts answer in now (inside `inLocale`, its locale). */
export const currentLocale = (): Locale => activeLocale;

/** The viewer elements' texts in the active locale. */
export const uiTexts = (): UiTexts => localeDefinition(activeLocale).texts.ui;
