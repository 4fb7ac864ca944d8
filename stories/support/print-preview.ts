/**
 * The print layout on screen, as far as a browser allows: the tables are told a print is starting
 * (`beforeprint`, so they switch to the official wide layout), and every shadow root gets its own
 * `@media print` rules added as screen rules. What cannot be shown: page breaks, the host page's
 * `@page` size and margins, and fonts the screen does not have. Use the browser's print preview
 * (Ctrl+P in the story's iframe) for those.
 */
import type {LitElement} from 'lit';

function printRules(sheet: CSSStyleSheet): string[] {
  return [...sheet.cssRules].flatMap((rule) =>
    rule instanceof CSSMediaRule && rule.media.mediaText.includes('print')
      ? [...rule.cssRules].map((inner) => inner.cssText)
      : [],
  );
}

function shadowRoots(root: ParentNode): ShadowRoot[] {
  return [...root.querySelectorAll('*')].flatMap((element) =>
    element.shadowRoot ? [element.shadowRoot, ...shadowRoots(element.shadowRoot)] : [],
  );
}

async function settled(root: ParentNode): Promise<void> {
  // Elements render others inside their shadow roots: wait until a pass finds nothing pending.
  for (let pass = 0; pass < 10; pass++) {
    const pending = shadowRoots(root)
      .map((shadow) => shadow.host as Partial<LitElement>)
      .filter((host) => host.isUpdatePending);
    if (pass > 0 && pending.length === 0) return;
    await Promise.all(shadowRoots(root).map((shadow) => (shadow.host as Partial<LitElement>).updateComplete));
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

export async function emulatePrint(canvas: HTMLElement): Promise<void> {
  window.dispatchEvent(new Event('beforeprint'));
  await settled(canvas);
  for (const shadow of shadowRoots(canvas)) {
    if (shadow.adoptedStyleSheets.some((sheet) => (sheet as CSSStyleSheet & {printPreview?: true}).printPreview))
      continue;
    const sheets = [
      ...shadow.adoptedStyleSheets,
      ...[...shadow.querySelectorAll('style')].flatMap((style) => (style.sheet ? [style.sheet] : [])),
    ];
    const preview = new CSSStyleSheet() as CSSStyleSheet & {printPreview?: true};
    preview.printPreview = true;
    preview.replaceSync(sheets.flatMap(printRules).join('\n'));
    shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, preview];
  }
}
