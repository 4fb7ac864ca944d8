/**
 * Numbers as the report prints them: grouped (3,985,758), never compact ("398.6万" would hide
 * the published figure). Up to six decimals, because fees in 万元 carry them (5949.088667); a
 * count that somehow carries a fraction is shown as published rather than rounded.
 */
import type {Locale} from '../../i18n/localization.js';

const formats = new Map<Locale, Intl.NumberFormat>();

export function formatNumber(value: number, locale: Locale): string {
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, {notation: 'standard', useGrouping: true, maximumFractionDigits: 6});
    formats.set(locale, format);
  }
  return format.format(value);
}
