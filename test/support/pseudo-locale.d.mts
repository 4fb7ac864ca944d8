import type {EditorTexts} from '../../src/model/texts/editor.js';
import type {LocaleDefinition} from '../../src/model/texts/locales.js';
import type {NodeTexts} from '../../src/model/texts/node-catalog.js';

export const PSEUDO: 'qps';
export function pseudo(text: string): string;
/** The English texts a built-in definition does not carry: the editor's, and in Node the CLI's. */
export function pseudoLocale(
  english: LocaleDefinition,
  englishTexts?: {editor?: EditorTexts; node?: NodeTexts},
): LocaleDefinition;
export function untranslated(texts: readonly string[], allowed: readonly string[]): string[];
export function stringsIn(value: unknown): string[];
