/**
 * The report model without any DOM: the format as data, the report types, validation and the
 * arithmetic checks. Usable in browsers and in Node (the `check` CLI is built on it).
 */
export * from './format.js';
export type * from './types.js';
export * from './validate.js';
export * from './checks.js';
// The locale list, so that a page (or an app) can add a language with one call, before the
// elements render, and type its catalogs (docs/i18n.md).
export {localeDefinition, localeFromLang, registerLocale} from './texts/locales.js';
export type {LocaleDefinition} from './texts/locales.js';
export type {CheckTexts, LocaleTexts} from './texts/catalog.js';
export type {ValidationTexts} from './texts/validation.js';
export type {UiTexts} from './texts/ui.js';
export type {EditorTexts} from './texts/editor.js';
export type {ImportTexts} from './texts/import-catalog.js';
export type {NodeTexts} from './texts/node-catalog.js';
