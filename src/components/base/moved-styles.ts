/**
 * Styles for an element moved into another document (an iframe's, say, by a CMS preview) and back.
 *
 * Lit adopts its constructed style sheets once, when the shadow root is made. A constructed sheet
 * belongs to the document that made it: in another document the browser drops it from the shadow
 * root and refuses it there (NotAllowedError), so the element showed unstyled, and stayed so after
 * coming home. Away from home the same rules go in as `<style>` elements (what Lit itself does
 * where constructed sheets are missing); at home Lit adopts the sheets again.
 */
import {adoptStyles, supportsAdoptingStyleSheets, type CSSResultOrNative} from 'lit';

const MARK = 'data-dr-moved';

function cssTextOf(style: CSSResultOrNative): string {
  if (typeof CSSStyleSheet !== 'undefined' && style instanceof CSSStyleSheet) {
    return Array.from(style.cssRules, (rule) => rule.cssText).join('\n');
  }
  return (style as {cssText: string}).cssText;
}

/** Give `root` its element's styles again after the element changed documents. */
export function restyle(root: ShadowRoot, styles: CSSResultOrNative[]): void {
  // Without constructed sheets, Lit's own <style> elements travel with the shadow root: none lost.
  if (!supportsAdoptingStyleSheets) return;
  for (const old of root.querySelectorAll(`:scope > style[${MARK}]`)) old.remove();
  // The module's own document made the sheets: there Lit can adopt them again.
  if (root.ownerDocument === document) {
    try {
      adoptStyles(root, styles);
      return;
    } catch {
      // refused after all: fall through to <style> elements
    }
  }
  const nonce = (globalThis as {litNonce?: string}).litNonce;
  for (const style of styles) {
    const element = root.ownerDocument.createElement('style');
    element.setAttribute(MARK, '');
    if (nonce !== undefined) element.setAttribute('nonce', nonce);
    element.textContent = cssTextOf(style);
    root.append(element);
  }
}
