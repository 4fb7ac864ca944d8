/**
 * The report model without any DOM: the format as data, the report types, validation and the
 * arithmetic checks. Usable in browsers and in Node (the `check` CLI is built on it).
 */
export * from './format.js';
export type * from './types.js';
export * from './validate.js';
export * from './checks.js';
