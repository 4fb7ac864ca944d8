/**
 * Numbers as the report prints them: grouped (3,985,758), never compact ("398.6万" would hide
 * the published figure). Up to six decimals, because fees in 万元 carry them (5949.088667); a
 * count that somehow carries a fraction is shown as published rather than rounded.
 */
import type {Locale} from '../../i18n/localization.js';

interface NumberFormat {
  readonly intl: Intl.NumberFormat;
  /**
   * Whether this engine groups whole numbers of this locale as ASCII digits with a comma every
   * three places, so that grouping a count by hand gives exactly Intl's text. Asked of Intl once
   * rather than assumed, so a locale or an engine that groups otherwise keeps Intl's answer.
   */
  readonly commas: boolean;
}

const formats = new Map<Locale, NumberFormat>();

function formatFor(locale: Locale): NumberFormat {
  let format = formats.get(locale);
  if (!format) {
    const intl = new Intl.NumberFormat(locale, {notation: 'standard', useGrouping: true, maximumFractionDigits: 6});
    const commas = [0, 999, 1234, 9007199254740991].every((n) => intl.format(n) === grouped(n));
    format = {intl, commas};
    formats.set(locale, format);
  }
  return format;
}

/** A whole number ≥ 0 (at most 2^53 − 1) with a comma every three digits. */
function grouped(n: number): string {
  const digits = String(n);
  let end = digits.length % 3 || 3;
  let text = digits.slice(0, end);
  for (; end < digits.length; end += 3) text += `,${digits.slice(end, end + 3)}`;
  return text;
}

export function formatNumber(value: number, locale: Locale): string {
  if (value === 0) value = 0; // -0 (JSON "-0" parses to it) is shown as 0, not Intl's "-0"
  const format = formatFor(locale);
  // Counts, nearly every cell of a report: Intl.NumberFormat#format is costly enough per cell to
  // show in a render. -0 is not among them (Intl writes "-0").
  if (format.commas && Number.isSafeInteger(value) && (value > 0 || Object.is(value, 0))) return grouped(value);
  return format.intl.format(value);
}
