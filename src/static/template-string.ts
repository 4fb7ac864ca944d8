/**
 * Lit templates (`html\`…\``) written out as an HTML string, for the static `page` and `fragment`
 * modes: the elements' own template functions (report, section, audit list, notes under a table)
 * give the markup, and this writes it with every value escaped.
 *
 * Why not @lit-labs/ssr's `render()` of the same templates: its output is for hydration (a comment
 * marker around every binding, `<?lit$…$>` before every bound attribute), which a page without
 * script would have to strip again, and it renders through generators and thunks: for the 淮安
 * report's prose and lists it took longer than the whole rest of a page (`npm run bench:static`
 * prints both). This handles what our templates use and nothing more: child values (text,
 * numbers, nested templates, arrays, `nothing`), whole-attribute bindings (`name=${…}`,
 * `?name=${…}`; `.prop` and `@event` bindings write nothing) and text inside quoted attribute
 * values. No directives: a template that uses one throws here, in the tests, not on a server.
 */
import {noChange, nothing, type TemplateResult} from 'lit';
import {prefixIds} from '../components/common/table-html.js';

/** Markup made elsewhere and already escaped (a table from table-html.ts), written as it is. */
export class TrustedHtml {
  constructor(readonly html: string) {}
}

type Binding =
  | {readonly kind: 'child'}
  /** The whole value of an attribute; `sigil`: Lit's `?`, `.` or `@` before the name, or ''. */
  | {readonly kind: 'attribute'; readonly name: string; readonly sigil: string}
  /** Part of a quoted attribute value (`class="a ${b}"`). */
  | {readonly kind: 'text-in-attribute'};

interface Compiled {
  /** The template's strings without the ` name=` (and quotes) of whole-attribute bindings. */
  readonly statics: readonly string[];
  readonly bindings: readonly Binding[];
  /** `statics` with their ids prefixed (prefixIds), per prefix. */
  readonly prefixed: Map<string, readonly string[]>;
}

const compiled = new WeakMap<TemplateStringsArray, Compiled>();

const WHOLE_UNQUOTED = /\s([?.@]?)([^\s"'>/=]+)=$/;
const WHOLE_QUOTED = /\s([?.@]?)([^\s"'>/=]+)=(["'])$/;

/** Where each binding of `strings` sits (in a tag or between tags), worked out once per template. */
function compile(strings: TemplateStringsArray): Compiled {
  const statics = [...strings];
  const bindings: Binding[] = [];
  let inTag = false;
  let quote: string | undefined;
  for (let i = 0; i < strings.length - 1; i++) {
    const piece = strings[i]!;
    for (let at = 0; at < piece.length; at++) {
      const c = piece[at]!;
      if (quote) {
        if (c === quote) quote = undefined;
      } else if (inTag) {
        if (c === '"' || c === "'") quote = c;
        else if (c === '>') inTag = false;
      } else if (c === '<' && /[a-zA-Z/]/.test(piece[at + 1] ?? '')) inTag = true;
    }
    if (!inTag) {
      bindings.push({kind: 'child'});
      continue;
    }
    const unquoted = quote ? undefined : WHOLE_UNQUOTED.exec(statics[i]!);
    const quoted = quote ? WHOLE_QUOTED.exec(statics[i]!) : undefined;
    const match = unquoted ?? (quoted && strings[i + 1]!.startsWith(quoted[3]!) ? quoted : undefined);
    if (!match) {
      bindings.push({kind: 'text-in-attribute'});
      continue;
    }
    statics[i] = statics[i]!.slice(0, match.index);
    // The next string's scan starts inside the quote; its first character, now dropped, closes it.
    if (quoted === match) statics[i + 1] = statics[i + 1]!.slice(1);
    bindings.push({kind: 'attribute', name: match[2]!, sigil: match[1]!});
  }
  return {statics, bindings, prefixed: new Map()};
}

const ESCAPES: Record<string, string> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'};
const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

const ID_REFERENCES = new Set(['id', 'headers', 'aria-labelledby', 'aria-describedby']);

function isTemplate(value: unknown): value is TemplateResult {
  return typeof value === 'object' && value !== null && '_$litType$' in value;
}

function attribute(name: string, sigil: string, value: unknown, idPrefix: string): string {
  if (sigil === '.' || sigil === '@') return '';
  if (sigil === '?') return value && value !== nothing ? ` ${name}` : '';
  if (value === nothing || value === noChange) return '';
  let text = value === null || value === undefined ? '' : String(value);
  if (idPrefix && ID_REFERENCES.has(name)) text = prefixIds(` ${name}="${text}"`, idPrefix).slice(name.length + 3, -1);
  else if (idPrefix && name === 'href' && text.startsWith('#')) text = `#${idPrefix}${text.slice(1)}`;
  return ` ${name}="${escapeHtml(text)}"`;
}

function child(value: unknown, idPrefix: string): string {
  if (value === null || value === undefined || value === nothing || value === noChange) return '';
  if (typeof value === 'string') return escapeHtml(value);
  if (value instanceof TrustedHtml) return value.html;
  if (isTemplate(value)) return templateString(value, idPrefix);
  if (Array.isArray(value)) {
    let out = '';
    for (const item of value) out += child(item, idPrefix);
    return out;
  }
  if (typeof value === 'object') throw new TypeError('a directive or an object the static renderer does not write');
  return escapeHtml(String(value));
}

function templateString(result: TemplateResult, idPrefix: string): string {
  if (result._$litType$ !== 1) throw new TypeError('only html`…` templates are written');
  let template = compiled.get(result.strings);
  if (!template) compiled.set(result.strings, (template = compile(result.strings)));
  let statics = template.statics;
  if (idPrefix) {
    let prefixed = template.prefixed.get(idPrefix);
    if (!prefixed) template.prefixed.set(idPrefix, (prefixed = statics.map((piece) => prefixIds(piece, idPrefix))));
    statics = prefixed;
  }
  const {values} = result;
  let out = statics[0]!;
  for (let i = 0; i < template.bindings.length; i++) {
    const binding = template.bindings[i]!;
    const value = values[i];
    out +=
      binding.kind === 'child'
        ? child(value, idPrefix)
        : binding.kind === 'attribute'
          ? attribute(binding.name, binding.sigil, value, idPrefix)
          : value === nothing || value === null || value === undefined
            ? ''
            : escapeHtml(String(value));
    out += statics[i + 1]!;
  }
  return out;
}

/**
 * `value` (a template, text, an array of them, TrustedHtml) as HTML. `idPrefix`: before every id
 * and every reference to one (prefixIds), so several elements' markup can share one document.
 */
export function renderToString(value: unknown, idPrefix = ''): string {
  return child(value, idPrefix);
}
