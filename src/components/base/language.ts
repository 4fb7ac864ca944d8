/**
 * The language an element renders in: its own `lang`, else the nearest ancestor's (crossing
 * shadow boundaries up to the host), else `<html lang>`. One shared observer tells elements when
 * any `lang` attribute changes, so a page can switch language at run time, and LanguageController
 * puts both together for an element, with the bilingual display.
 */
import {isServer, type ReactiveController, type ReactiveControllerHost} from 'lit';
import {localeFromLang, type Locale} from '../../i18n/localization.js';

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

/**
 * An element's language, kept current: the element renders again when a `lang` change anywhere
 * above it changes its locale, and only then.
 */
export class LanguageController implements ReactiveController {
  /** The locale of the last render, to tell a `lang` change that matters from one that does not. */
  private rendered?: Locale;
  private unwatch?: () => void;

  /** `showsBoth`: whether the element shows Chinese with English beneath (its attribute, or its report's). */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly showsBoth: () => boolean,
  ) {
    host.addController(this);
  }

  /** The element's language, from its `lang` or its ancestors'. */
  get locale(): Locale {
    return localeFromLang(inheritedLang(this.host));
  }

  /** Whether to show both languages. */
  get bilingual(): boolean {
    return this.showsBoth();
  }

  /** The language the element's root is in: Chinese when bilingual (every English run carries lang="en"). */
  get rootLocale(): Locale {
    return this.bilingual ? 'zh-CN' : this.locale;
  }

  hostConnected(): void {
    if (isServer) return; // the server renders once, in serverPage.lang: nothing to watch
    // The shadow root, not renderRoot: elements nested in it inherit the host's lang through it.
    this.unwatch = watchLang(() => {
      if (this.locale !== this.rendered) this.host.requestUpdate();
    }, this.host.shadowRoot ?? undefined);
  }

  hostDisconnected(): void {
    this.unwatch?.();
  }

  hostUpdate(): void {
    this.rendered = this.locale;
  }
}
