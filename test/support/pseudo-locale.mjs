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

/** A msg() template (a string, or a str`` result with numbered holes) wrapped. */
function wrappedTemplate(template) {
  if (typeof template === 'string') return pseudo(template);
  const strings = [...template.strings];
  strings[0] = `⟦${strings[0]}`;
  strings[strings.length - 1] = `${strings[strings.length - 1]}⟧`;
  return {...template, strings};
}

/**
 * The pseudo-locale's definition, from the English one (`english`, a LocaleDefinition) and the
 * English msg() templates (`englishUi`, src/generated/locales/en.ts). In Node, `englishNode` (the
 * English Node-only texts, src/model/texts/en.node.ts) gives it the CLI's words as well, and
 * `englishImport` (src/model/texts/en.import.ts) the importer's.
 */
export function pseudoLocale(english, englishUi, englishNode, englishImport) {
  return {
    locale: PSEUDO,
    key: PSEUDO,
    matches: (lang) => /^qps\b/i.test(lang),
    texts: wrapped(english.texts),
    ui: Object.fromEntries(Object.entries(englishUi).map(([id, template]) => [id, wrappedTemplate(template)])),
    ...(englishNode ? {node: wrapped(englishNode)} : {}),
    ...(englishImport ? {import: wrapped(englishImport)} : {}),
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
