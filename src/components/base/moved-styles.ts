/**
 * Styles for an element moved into another document (an iframe's, say, by a CMS preview) and back.
 *
 * Lit adopts its constructed style sheets once, when the shadow root is made. A constructed sheet
 * belongs to the document that made it: in another document the browser drops it from
 * `adoptedStyleSheets` and refuses it there (NotAllowedError), so the element showed unstyled, and
 * stayed so after coming home. Away from home the same rules go in as `<style>` elements (what Lit
 * itself does where adoptedStyleSheets is missing); at home the sheets are adopted again.
 */
import {supportsAdoptingStyleSheets, type CSSResultOrNative} from 'lit';

const MARK = 'data-dr-moved';

function cssTextOf(style: CSSResultOrNative): string {
  if (typeof CSSStyleSheet !== 'undefined' && style instanceof CSSStyleSheet) {
    return Array.from(style.cssRules, (rule) => rule.cssText).join('\n');
  }
  return (style as {cssText: string}).cssText;
}

/** Give `root` its element's styles again after the element changed documents. */
export function restyle(root: ShadowRoot, styles: readonly CSSResultOrNative[]): void {
  for (const old of root.querySelectorAll(`:scope > style[${MARK}]`)) old.remove();
  const sheets = styles.map((style) => (style instanceof CSSStyleSheet ? style : style.styleSheet));
  // The module's own document made the sheets: there they can be adopted again.
  if (root.ownerDocument === document && supportsAdoptingStyleSheets && sheets.every(Boolean)) {
    try {
      root.adoptedStyleSheets = sheets as CSSStyleSheet[];
      return;
    } catch {
      // refused after all: fall through to <style> elements
    }
  }
  if ('adoptedStyleSheets' in root) root.adoptedStyleSheets = [];
  const nonce = (globalThis as {litNonce?: string}).litNonce;
  for (const style of styles) {
    const element = root.ownerDocument.createElement('style');
    element.setAttribute(MARK, '');
    if (nonce !== undefined) element.setAttribute('nonce', nonce);
    element.textContent = cssTextOf(style);
    root.append(element);
  }
}
