/**
 * The language an element renders in: its own `lang`, else the nearest ancestor's (crossing
 * shadow boundaries up to the host), else `<html lang>`. And one shared observer that tells
 * elements when any `lang` attribute changes, so a page can switch language at run time.
 */
import {isServer} from 'lit';

/** Server-side rendering (src/static/) has no tree to walk: the renderer sets the page's language here. */
export const serverPage: {lang: string | null} = {lang: null};

/** The nearest `lang` attribute at or above `element`, across shadow roots. */
export function inheritedLang(element: Element): string | null {
  if (isServer) return element.getAttribute('lang') ?? serverPage.lang;
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang');
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return document.documentElement.getAttribute('lang');
}

const listeners = new Set<() => void>();
let observer: MutationObserver | undefined;

function notify(): void {
  for (const listener of listeners) listener();
}

/**
 * Call `listener` whenever a `lang` attribute changes in the document or in any of the given
 * shadow roots (elements nested in another element's shadow root inherit its `lang`).
 * Returns the function that stops listening.
 */
export function watchLang(listener: () => void, root?: ShadowRoot | Element): () => void {
  if (!observer) {
    observer = new MutationObserver(notify);
    observer.observe(document.documentElement, {attributes: true, attributeFilter: ['lang'], subtree: true});
  }
  if (root) observer.observe(root, {attributes: true, attributeFilter: ['lang'], subtree: true});
  listeners.add(listener);
  return () => listeners.delete(listener);
}
