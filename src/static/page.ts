/** The `page` mode: a standalone, printable HTML document without script. */
import {libraryCss} from './page-css.js';

/**
 * Around the report: the page itself (the report's own styles come from the elements). Paper is
 * A4 with the type area of GB/T 9704 公文 (156 × 225 mm), as offices print their reports.
 * A line break inside a paragraph's text is part of the text, not of the look: the elements' own
 * `.para { white-space: pre-line }` is inside `@scope`, which a browser before Chromium 118
 * (Android WeChat's 85) ignores, so the page states it once more outside it.
 * A table whose paper layout differs (render-templates.ts, `paperCopies`) is there twice: the
 * screen shows one copy, print the other.
 */
const PAGE_CSS = `body { margin: 0 auto; padding: 1rem; max-width: 60rem; }
.dr-host .para { white-space: pre-line; }
.dr-host .dr-for-paper { display: none; }
@media print { .dr-host .dr-for-screen { display: none; } .dr-host .dr-for-paper { display: block; } }
@page { size: A4 portrait; margin: 37mm 26mm 35mm 28mm; }
@media print { body { max-width: none; padding: 0; } }`;

/** `markup` (render-templates.ts) as a page; `title`: already escaped. */
export function renderPage(markup: string, lang: string, title: string): string {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>
${PAGE_CSS}
${libraryCss()}
</style>
</head>
<body>
<main>
${markup}
</main>
</body>
</html>
`;
}
