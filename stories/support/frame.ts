/**
 * The language of a story's element: its `lang` and `bilingual` controls against the toolbar.
 *
 * The toolbar (中文 / English / 双语) sets the language of the frame every story renders in: the
 * frame's `lang`, which the element inherits, and for 双语 the element's `bilingual` attribute.
 * A control, once set, wins for the element it is on: `lang` goes on the element itself (its own
 * `lang` beats the inherited one) and `bilingual`, true or false, replaces what 双语 would say.
 * Unset (the default, and again after "Reset controls"), the toolbar decides. So a story can be
 * switched as a whole from the toolbar, and a designer can still pin one element with a control.
 */
import type {Locale} from '../../src/i18n/localization.js';

export interface LanguageArgs {
  lang?: Locale;
  bilingual?: boolean;
}

/** Whether the element shows both languages: the `bilingual` control if set, else the toolbar's 双语. */
export const bilingualOf = (args: LanguageArgs, context: {globals: Record<string, unknown>}): boolean =>
  args.bilingual ?? context.globals.lang === 'bilingual';
