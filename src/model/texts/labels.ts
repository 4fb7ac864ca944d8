/**
 * The format's labels as records of every locale's text, made from the catalogs by id. format.ts
 * asks for a label by id and keeps only structure; the words are the catalogs'. A locale
 * registered later fills in its text on every label already made.
 */
import type {FormatTextId} from '../format.js';
import {keyOf, LOCALES, onRegister, type LocaleDefinition} from './locales.js';

/** A fixed text of the format: its text in each locale, by locale key (`zh`, `en`, …). */
export type Label = {readonly zh: string; readonly en: string; readonly [key: string]: string};

const made = new Map<FormatTextId, Record<string, string>>();

const fill = (label: Record<string, string>, id: FormatTextId, {key, texts}: LocaleDefinition) => {
  label[key] = texts.format[id] ?? label.zh!;
};

onRegister((definition) => made.forEach((label, id) => fill(label, id, definition)));

/** The label with this id (one object per id). */
export function text(id: FormatTextId): Label {
  let label = made.get(id);
  if (!label) {
    made.set(id, (label = {}));
    for (const definition of LOCALES) fill(label, id, definition);
  }
  return label as Label;
}

/** The id of a label made by text(), for tests and the xliff script. */
export function textId(label: Label): FormatTextId | undefined {
  for (const [id, known] of made) if (known === label) return id;
  return undefined;
}

/** A label, or a model message, in a locale (the source text where the locale has none). */
export function labelIn(label: Readonly<Record<string, string>> & {readonly zh: string}, locale: string): string {
  return label[keyOf(locale)] ?? label.zh;
}
