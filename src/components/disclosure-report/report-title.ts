/** The report's title and byline: given by the report, or composed from the format's pattern. */
import {html, nothing, type TemplateResult} from 'lit';
import {REPORT_LABELS} from '../../model/format.js';
import type {DisclosureReport} from '../../model/types.js';
import {both, labelText, reportText, splitText, type LabelOptions} from '../common/labels.js';
import {SOURCE_LOCALE} from '../../model/texts/locales.js';

/**
 * 「<agency><year>年政府信息公开工作年度报告」 in Chinese; "<agency> <year> Annual Report on …" in
 * English. Without a usable year (the file's was invalid), the title leaves it out whole: no 年
 * without its number, no double space.
 */
function composedTitle(report: DisclosureReport, options: LabelOptions): TemplateResult {
  const agency = splitText(report.agency) ?? {zh: ''};
  const year = Number.isInteger(report.year) ? String(report.year) : undefined;
  // The format's suffix starts with the 年 that follows the year.
  const zh = `${agency.zh}${year ?? ''}${year ? REPORT_LABELS.titleSuffix.zh : REPORT_LABELS.titleSuffix.zh.replace(/^年/, '')}`;
  // Any other locale: "<agency> <year> <suffix>", the agency in English where the report has it.
  const en = agency.en
    ? options.locale === 'en' || options.bilingual
      ? html`${agency.en}`
      : html`<span lang="en">${agency.en}</span>`
    : html`<span lang="zh-CN">${agency.zh}</span>`;
  const suffix = labelText(REPORT_LABELS.titleSuffix, options.bilingual ? 'en' : options.locale);
  const other = year ? html`${en} ${year} ${suffix}` : html`${en} ${suffix}`;
  if (options.bilingual) return both(zh, other);
  return options.locale === SOURCE_LOCALE.locale ? html`${zh}` : other;
}

/** The report's own title when it gives one, else the title composed from the format's pattern. */
export function title(report: DisclosureReport, options: LabelOptions): TemplateResult | typeof nothing {
  return splitText(report.title)?.zh.trim() ? reportText(report.title, options) : composedTitle(report, options);
}

/** A YYYY-MM-DD date in the locale's words (2025年1月20日, January 20, 2025); other text as given. */
export function formatDate(iso: string, {locale}: LabelOptions): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined;
  if (!date || Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, {dateStyle: 'long', timeZone: 'UTC'}).format(date);
}
