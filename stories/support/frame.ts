/** What the toolbar decided, for stories: the preview's frame sets `lang`; `bilingual` is per element. */
export const isBilingual = (context: {globals: Record<string, unknown>}): boolean =>
  context.globals.lang === 'bilingual';
