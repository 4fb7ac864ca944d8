import type {EditorTexts} from '../../src/model/texts/editor.js';
import type {LocaleDefinition} from '../../src/model/texts/locales.js';

export const PSEUDO: 'qps';
export function pseudo(text: string): string;
export function pseudoLocale(english: LocaleDefinition, englishEditor?: EditorTexts): LocaleDefinition;
export function untranslated(texts: readonly string[], allowed: readonly string[]): string[];
export function stringsIn(value: unknown): string[];
