/**
 * The `fragment` mode: the report's light-DOM markup (render-templates.ts) as markup a CMS rich-text editor keeps
 * when it is pasted in. Those editors drop `<style>` and `class` and filter tags and attributes
 * against a whitelist, so:
 * - only tags of UEditor's default whitelist (ueditor-whitelist.ts) are written; any other tag is
 *   replaced by its content (`<time>`), or by a `<div>` when it holds blocks and its whitelist
 *   entry would strip the style (`<section>`, `<article>`, `<header>`);
 * - what the library's CSS does is restated as inline `style` attributes, for the parts of the
 *   look that carry meaning (grid lines, number alignment, text hidden from sight but read aloud);
 * - the header chains (`scope`, `headers`, `id`) and `lang` stay: editors with a wider whitelist
 *   keep them, UEditor's default drops them (docs/static.md lists which editor keeps what);
 * - a line break inside a paragraph's text (the model's "\n", which the elements show through
 *   `white-space: pre-line` on `.para`) is written as `<br>`: every editor's whitelist keeps `<br>`,
 *   while a style may be stripped and editors collapse a bare "\n" to a space.
 */
import type {ChildNode, Element} from 'domhandler';
import {parseDocument} from 'htmlparser2';
import {UEDITOR_WHITELIST} from './ueditor-whitelist.js';

/** Kept wherever present although UEditor's default whitelist drops them: they carry the table's accessibility. */
const ACCESSIBILITY_ATTRIBUTES = ['scope', 'headers', 'id', 'lang', 'aria-hidden'];

/** Controls and machinery with no place in an article. */
const DROPPED = new Set(['button', 'script', 'style', 'template', 'slot']);

/** Block containers whose whitelist entry keeps no style: written as `<div>`. */
const AS_DIV = new Set(['section', 'article', 'header', 'footer', 'nav', 'aside', 'main']);

const VISUALLY_HIDDEN =
  'position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0';
const CELL = 'border:1px solid #000;padding:0.3em 0.45em;vertical-align:middle';

const STYLE_BY_TAG: Readonly<Record<string, string>> = {
  table: 'border-collapse:collapse;width:100%;margin:0 0 1em',
  caption: 'font-weight:bold;text-align:center;padding:0 0 0.5em',
  th: `${CELL};background:#f2f2f2;font-weight:bold`,
  td: CELL,
  h1: 'text-align:center',
};

/** The library's classes whose look carries meaning. */
const STYLE_BY_CLASS: Readonly<Record<string, string>> = {
  num: 'text-align:right;white-space:nowrap',
  row: 'text-align:left',
  rowgroup: 'text-align:left',
  col: 'text-align:center',
  unit: 'display:block;text-align:right;font-weight:normal;font-size:0.875em',
  vh: VISUALLY_HIDDEN,
  cjk: 'text-indent:2em',
  message: 'border:1px solid #b00020;padding:0.5em;color:#b00020',
  flagged: 'outline:2px solid #b00020;background:#fde8e8',
  // A group's header in a column of no width (heard), and the label row that shows it (seen).
  'hidden-header': 'width:0;padding:0;border-style:none;background:transparent',
  zero: 'width:0;padding:0;border-style:none',
  group: 'text-align:left;font-weight:bold',
};

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, '&quot;');

interface Context {
  /** Inside a table whose caption title the section heading already shows (read aloud only). */
  readonly captionTitleHidden: boolean;
  /** Inside a paragraph of report text, where a line break in the text is one on the page. */
  readonly lineBreaks: boolean;
}

/** Report text written as text; in a paragraph, each line break as `<br>`. */
const writeText = (text: string, context: Context): string =>
  context.lineBreaks
    ? text
        .split(/\r\n?|\n/)
        .map(escapeText)
        .join('<br>')
    : escapeText(text);

function styleOf(element: Element, tag: string, context: Context): string {
  const classes = (element.attribs.class ?? '').split(/\s+/);
  const styles = [STYLE_BY_TAG[tag], ...classes.map((name) => STYLE_BY_CLASS[name])];
  if (context.captionTitleHidden && classes.includes('title') && tag === 'span') styles.push(VISUALLY_HIDDEN);
  if (classes.includes('title') && tag === 'span') styles.unshift('display:block');
  return styles.filter(Boolean).join(';');
}

function write(nodes: readonly ChildNode[], context: Context): string {
  let out = '';
  for (const node of nodes) {
    if (node.type === 'text') out += writeText(node.data, context);
    else if (node.type === 'tag') out += writeElement(node, context);
  }
  return out;
}

function writeElement(element: Element, outer: Context): string {
  if (DROPPED.has(element.name)) return '';
  const classes = (element.attribs.class ?? '').split(/\s+/);
  const context: Context = {
    captionTitleHidden: outer.captionTitleHidden || 'data-hide-caption' in element.attribs,
    lineBreaks: outer.lineBreaks || classes.includes('para'),
  };
  const tag = AS_DIV.has(element.name) ? 'div' : element.name;
  const allowed = UEDITOR_WHITELIST[tag];
  if (!allowed) return write(element.children, context);
  const attributes: string[] = [];
  for (const name of [...allowed, ...ACCESSIBILITY_ATTRIBUTES]) {
    const value = element.attribs[name];
    if (value === undefined || name === 'class' || name === 'style') continue;
    attributes.push(`${name}="${escapeAttribute(value)}"`);
  }
  const style = allowed.includes('style') ? styleOf(element, tag, context) : '';
  if (style) attributes.push(`style="${escapeAttribute(style)}"`);
  const open = `<${tag}${attributes.length ? ` ${attributes.join(' ')}` : ''}>`;
  if (tag === 'col' || tag === 'br' || tag === 'hr') return open;
  return `${open}${write(element.children, context)}</${tag}>`;
}

export function renderFragment(markup: string, lang: string): string {
  const document = parseDocument(markup, {lowerCaseAttributeNames: false});
  // Runs of source indentation between tags mean nothing in an article.
  return `<div lang="${lang}">${write(document.children, {captionTitleHidden: false, lineBreaks: false})}</div>`
    .replace(/>\s*\n\s*</g, '><')
    .concat('\n');
}
