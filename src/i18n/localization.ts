/**
 * Localization of the library's messages: `msg()` and `str`, answering in the locale set by
 * `inLocale()` for the duration of a synchronous render, so that each element renders in its own
 * language (a page may hold a Chinese and an English report) and the bilingual view asks for both.
 *
 * Why our own `msg()` and not @lit/localize's runtime: its re-entrant mode fixes the set of target
 * locales when configured, once per copy of the library, while ours are listed in
 * src/model/texts/locales.ts and may be registered at run time; and its runtime carries id hashing
 * we never use (every message has an explicit id). We keep lit-localize's tools: `msg` and `str`
 * here have its types, so `lit-localize extract` finds every call and keeps xliff/ in step with the
 * code, and `lit-localize build` writes the English templates this module reads. The English
 * templates are loaded eagerly: no request at run time (government intranets, WeChat).
 */
import type {msg as litMsg, str as litStr} from '@lit/localize';
import {templates as englishTemplates} from '../generated/locales/en.js';
import {localeDefinition, SOURCE_LOCALE} from '../model/texts/locales.js';

export {localeFromLang} from '../model/texts/locales.js';

/**
 * The library's name of a locale: zh-CN (the source) or en, or any locale registered
 * (src/model/texts/locales.ts lists them).
 */
export type Locale = 'zh-CN' | 'en' | (string & {});

/** A str`` message: its strings, and its values (in a translation, the source's value numbers). */
interface StrTemplate {
  readonly strTag: true;
  readonly strings: readonly string[];
  readonly values: readonly unknown[];
}

type Template = string | StrTemplate;

let activeLocale: Locale = SOURCE_LOCALE.locale;

/** The msg() templates of the built-in target locales, generated from xliff/ by lit-localize. */
const GENERATED: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {en: englishTemplates};

const joined = (strings: readonly string[], values: readonly unknown[]) =>
  strings.reduce((text, part, i) => text + String(values[i - 1]) + part);

/** The message with this id in the active locale; the source text where it has none. */
function translate(template: Template, {id}: {id: string}): string {
  const source = typeof template === 'string' ? undefined : template;
  const translated =
    activeLocale === SOURCE_LOCALE.locale
      ? undefined
      : ((localeDefinition(activeLocale).ui ?? GENERATED[activeLocale])?.[id] as Template | undefined);
  if (typeof translated === 'string') return translated;
  if (translated)
    return joined(
      translated.strings,
      translated.values.map((n) => source?.values[n as number]),
    );
  return source ? joined(source.strings, source.values) : (template as string);
}

/** A message of the library, in the active locale. Always give an `id` (see docs/i18n.md). */
export const msg = translate as unknown as typeof litMsg;

/** Interpolation in a message: msg(str`共 ${n} 处`, {id}). */
export const str = ((strings: TemplateStringsArray, ...values: unknown[]): StrTemplate => ({
  strTag: true,
  strings,
  values,
})) as unknown as typeof litStr;

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
