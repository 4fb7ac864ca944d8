/**
 * A pseudo-locale for tests only: each English text wrapped as "⟦…⟧", lang "qps". It shows that a
 * language is new files plus one registration: the tests register it with registerLocale() and
 * expect every fixed text an element, the static renderer or the checks write to come from it.
 * Built from the English definition handed in (from src/ in the browser, dist/ in Node).
 */
export const PSEUDO = 'qps';

/** A text of the pseudo-locale. */
export const pseudo = (text) => `⟦${text}⟧`;

/** Strings wrapped; functions return wrapped text; lists and records wrapped entry by entry. */
function wrapped(value) {
  if (typeof value === 'string') return pseudo(value);
  if (typeof value === 'function') return (...args) => wrapped(value(...args));
  if (Array.isArray(value)) return value.map(wrapped);
  return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, wrapped(entry)]));
}

/**
 * The pseudo-locale's definition, from the English one (`english`, a LocaleDefinition: its
 * catalogs, the elements' texts among them) and the English texts a built-in definition does not
 * carry: for the editor, `editor` (src/model/texts/en.editor.ts); in Node, `node` (the CLI's words,
 * src/model/texts/en.node.ts) and `import` (the importer's, src/model/texts/en.import.ts).
 */
export function pseudoLocale(english, {editor, node, import: importWords} = {}) {
  return {
    locale: PSEUDO,
    key: PSEUDO,
    matches: (lang) => /^qps\b/i.test(lang),
    texts: wrapped(english.texts),
    ...(editor && {editor: wrapped(editor)}),
    ...(node && {node: wrapped(node)}),
    ...(importWords && {import: wrapped(importWords)}),
  };
}

/**
 * The texts of a rendered tree that are fixed texts left in Chinese or English: a text node with
 * a Han character or a Latin word once its ⟦…⟧ parts, and the texts in `allowed` (the report's
 * own words, which no locale translates), are taken out.
 */
export function untranslated(texts, allowed) {
  const left = [];
  for (const text of texts) {
    let rest = text;
    for (const own of allowed) if (own && rest.includes(own)) rest = rest.split(own).join(' ');
    // Nested wrappers (a message made of messages) come out innermost first.
    for (let before = ''; before !== rest;) [before, rest] = [rest, rest.replace(/⟦[^⟦⟧]*⟧/g, ' ')];
    if (/\p{Script=Han}|[A-Za-z]{2,}/u.test(rest)) left.push(text.trim());
  }
  return left;
}

/** Every string in a value (a report's own texts), longest first so a text is taken out before its parts. */
export function stringsIn(value) {
  const found = new Set();
  const walk = (item) => {
    if (typeof item === 'string') found.add(item.trim());
    else if (item && typeof item === 'object') Object.values(item).forEach(walk);
  };
  walk(value);
  return [...found].filter(Boolean).sort((a, b) => b.length - a.length);
}
