/** The `page` mode: a standalone, printable HTML document without script. */
import {DomUtils} from 'htmlparser2';
import {flattenShadowRoots, serialize} from './flatten.js';
import {libraryCss} from './page-css.js';

/**
 * Around the report: the page itself (the report's own styles come from the elements). Paper is
 * A4 with the type area of GB/T 9704 公文 (156 × 225 mm), as offices print their reports.
 */
const PAGE_CSS = `body { margin: 0 auto; padding: 1rem; max-width: 60rem; }
@page { size: A4 portrait; margin: 37mm 26mm 35mm 28mm; }
@media print { body { max-width: none; padding: 0; } }`;

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function renderPage(dsdMarkup: string, lang: string): string {
  const document = flattenShadowRoots(dsdMarkup);
  // The elements make a table's scroll region focusable and named when the table overflows it;
  // without script nobody measures, so every region is, for keyboard users on narrow screens.
  for (const region of DomUtils.findAll(
    (e) => e.attribs.class?.split(' ').includes('region') ?? false,
    document.children,
  )) {
    const caption = DomUtils.findOne((e) => e.name === 'caption', region.children);
    region.attribs.tabindex = '0';
    region.attribs.role = 'region';
    if (caption?.attribs.id) region.attribs['aria-labelledby'] = caption.attribs.id;
  }
  const heading = DomUtils.findOne((element) => /^h[1-6]$/.test(element.name), document.children);
  // Only the template's line breaks and indentation go: the report's own text stays as written.
  const title = heading
    ? DomUtils.textContent(heading)
        .replace(/\s*\n\s*/g, ' ')
        .trim()
    : '';
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeText(title)}</title>
<style>
${PAGE_CSS}
${libraryCss()}
</style>
</head>
<body>
<main>
${serialize(document.children)}
</main>
</body>
</html>
`;
}
