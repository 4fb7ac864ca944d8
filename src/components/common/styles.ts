/**
 * Styles every element shares (palette, messages, the retry button), and the table styles of
 * <disclosure-table> and <appeal-litigation-grid>.
 *
 * Theme hooks (all optional, each with a fallback): --dr-color, --dr-background,
 * --dr-header-background, --dr-border-color, --dr-border-width, --dr-font-family,
 * --dr-font-size, --dr-flag-color, --dr-flag-background, --dr-focus-color, --dr-color-scheme.
 * Light and dark palettes follow prefers-color-scheme; both keep text ≥ 4.5:1 and grid lines
 * ≥ 3:1 against their background. Sizes are in rem/em so WeChat's largest font (200%) reflows.
 *
 * --dr-color-scheme (`light`, `dark`, default `light dark`) forces a palette. It inherits into
 * nested elements, so setting it on any ancestor themes a whole report. It needs CSS light-dark()
 * (Chromium 123+, Safari 17.5+); older engines ignore it and follow the system setting alone.
 */
import {css, unsafeCSS} from 'lit';

/** [public property, private name, light, dark]: each colour is written once, here. */
const PALETTE = [
  ['--dr-color', '--_fg', '#1a1a1a', '#ececec'],
  ['--dr-background', '--_bg', '#ffffff', '#161616'],
  ['--dr-header-background', '--_head-bg', '#f0f2f5', '#242830'],
  ['--dr-border-color', '--_border', '#6b6b6b', '#9a9a9a'],
  ['--dr-flag-color', '--_flag-fg', '#8f1d00', '#ffc2a8'],
  ['--dr-flag-background', '--_flag-bg', '#fff1e8', '#3a2118'],
  ['--dr-focus-color', '--_focus', '#0b57d0', '#8ab4f8'],
  ['--dr-link-color', '--_link', '#0b57d0', '#8ab4f8'],
] as const;

const palette = (pick: (light: string, dark: string) => string) =>
  unsafeCSS(PALETTE.map(([name, own, light, dark]) => `${own}: var(${name}, ${pick(light, dark)});`).join(''));
const lightPalette = palette((light) => light);
const darkPalette = palette((_, dark) => dark);
const schemePalette = palette((light, dark) => `light-dark(${light}, ${dark})`);

export const sharedStyles = css`
  :host {
    ${lightPalette}
    display: block;
    max-width: 100%;
    min-width: 0;
    color-scheme: var(--dr-color-scheme, light dark);
    color: var(--_fg);
    background: var(--_bg);
    font-family: var(--dr-font-family, system-ui, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif);
    font-size: var(--dr-font-size, 1rem);
    line-height: 1.5;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      ${darkPalette}
    }
  }
  @supports (color: light-dark(#000, #fff)) {
    :host {
      ${schemePalette}
    }
  }
  :host([hidden]) {
    display: none;
  }
  .root {
    max-width: 100%;
  }
  .vh {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  a {
    color: var(--_link);
  }
  /* Three rules, not one selector list: Chromium 85 (WeChat's XWeb floor) does not know
     :focus-visible and would drop a whole list that names it, leaving no focus ring at all. */
  :focus,
  [tabindex='-1']:focus {
    outline: 0.1875rem solid var(--_focus);
    outline-offset: 0.125rem;
  }
  :focus-visible {
    outline: 0.1875rem solid var(--_focus);
    outline-offset: 0.125rem;
  }
  :focus:not(:focus-visible):not([tabindex='-1']) {
    outline: none;
  }

  /* The scroll region: only the table scrolls sideways, never the page. */
  .region {
    /* Contains the visually hidden texts: else one centred in a wide caption widens the page. */
    position: relative;
    max-width: 100%;
    overflow-x: auto;
    overscroll-behavior-x: contain;
    scroll-padding-left: 8em;
  }
  .region:focus {
    outline-offset: -0.1875rem;
  }
  /* Scroll hint: a shade at an edge with more table beyond it. The covers (attachment local)
     move with the table and hide the shades (attachment scroll) once an edge is reached. The
     table itself stays transparent for the shades to show through the number cells. */
  .region {
    background:
      linear-gradient(to right, var(--_bg) 1.5em, transparent) left / 3em 100% no-repeat local,
      linear-gradient(to left, var(--_bg) 1.5em, transparent) right / 3em 100% no-repeat local,
      linear-gradient(to right, var(--_border), transparent) left / 0.5em 100% no-repeat scroll,
      linear-gradient(to left, var(--_border), transparent) right / 0.5em 100% no-repeat scroll;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    color: inherit;
  }
  caption {
    text-wrap: balance;
    caption-side: top;
    text-align: center;
    padding: 0 0 0.5em;
    font-weight: 700;
  }
  caption .title,
  caption .unit {
    display: block;
    position: sticky;
    left: 0;
    /* border-box: the unit's end padding inside the visible width, not 0.5em past it (the page
       scrolled sideways by that much at 200% text). */
    box-sizing: border-box;
    max-width: var(--dr-visible-width, 100%);
  }
  caption .unit {
    font-weight: 400;
    font-size: 0.875em;
    text-align: end;
    /* Clear of the scroll shade at the right edge. */
    padding-inline-end: 0.5em;
  }
  /* hide-caption: a heading above already names the table; the caption stays for screen readers. */
  .hide-caption caption .title {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  th,
  td {
    border: var(--dr-border-width, 1px) solid var(--_border);
    padding: 0.3em 0.45em;
    vertical-align: middle;
    overflow-wrap: anywhere;
  }
  th {
    background: var(--_head-bg);
    font-weight: 600;
  }
  thead th,
  th[scope='col'],
  th[scope='colgroup'] {
    text-align: center;
  }
  th[scope='row'],
  th[scope='rowgroup'] {
    text-align: start;
  }
  td.num {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  /* The number keeps its line; a cell's markers (audit, notes) wrap beneath it. Beside it they
     widened columns until turning audit on pushed English table 四 into the phone layout, and on
     paper, in fixed columns, they ran over the next number. (span:first-child, the value span:
     a selector ending in :first-child alone is tried on every element at every restyle.) */
  td.num > span:first-child {
    display: block;
    white-space: nowrap;
  }
  /* A number is the same in every language: its rendering locale stays put, so a language switch,
     which changes the locale of everything else, leaves its style as it was and its text shaped
     (the cell is laid out again, not the number reshaped). Digits and separators look alike in
     every locale. Other engines ignore the property. */
  td.num > .value {
    -webkit-locale: auto;
  }
  /* The same for a plain number cell as a whole: no column name drawn (data-column), no marker
     (a marked cell has a tabindex), not 无效. Its style then stays as it was too, and where its
     column keeps its width (tables 二 and 四 on a phone) so does its layout: some 0.4 ms of a
     switch at 360 px. Cells that show words keep the language's locale, which picks the glyphs of
     their Chinese (WebKit's system-ui chooses its CJK font by it). Its own rule: an engine without
     :has() (Chromium 85) drops it and keeps the one above. */
  td.num:not([data-column]):not([tabindex]):not(:has(> .invalid)) {
    -webkit-locale: auto;
  }
  /* English labels run two to three times longer than the Chinese and break only between words:
     a smaller size keeps table 三 inside a 1,000 px article column instead of scrolling. */
  .root[lang='en'] th {
    font-size: 0.875em;
  }
  .root[lang='en'] td.corner {
    font-size: 0.75em;
  }
  td.corner {
    font-size: 0.8125em;
    text-align: start;
  }
  /* Decorative copy of the note (it is in the caption for screen readers); the second
     declaration hides it from the accessibility tree where alt text for content is supported. */
  td.corner[data-note]::before {
    content: attr(data-note);
    content: attr(data-note) / '';
  }
  td.corner[data-note-en]::after {
    display: block;
    font-size: 0.875em;
    content: attr(data-note-en);
    content: attr(data-note-en) / '';
  }
  /* Table 二 wide, a table per block (table-layout.ts): they read as one table. The same column
     widths in each keep the counts aligned, and a block's top line is the one above it. */
  .blocks caption.block-caption {
    padding: 0;
  }
  .blocks table + table tr:first-child > th,
  .blocks table + table tr:first-child > td {
    border-top-style: none;
  }
  .blocks col.c1 {
    width: 40%;
  }
  .blocks col.c2,
  .blocks col.c3,
  .blocks col.c4 {
    width: 20%;
  }
  /* The name of a cell's column, for the eye (table 三's 总计 on phones, see table-layout.ts);
     the second declaration keeps it out of the cell's accessible name, which is its number. */
  td[data-column]::before {
    display: block;
    font-size: 0.75em;
    font-weight: 600;
    text-align: start;
    white-space: normal;
    content: attr(data-column);
    content: attr(data-column) / '';
  }
  td[data-column-en]::before {
    content: attr(data-column) ' ' attr(data-column-en);
    content: attr(data-column) ' ' attr(data-column-en) / '';
  }
  .zh,
  .en {
    display: block;
  }
  .en {
    font-weight: 400;
    font-size: 0.875em;
  }

  /* Phone layouts: the corner sits over the zero-width label columns (its note is a line of the
     caption there, see render-table.ts). */
  .narrow td.corner {
    padding: 0;
    border-style: none;
  }
  .narrow td.corner::before,
  .narrow td.corner::after {
    content: none;
  }
  /* English words break only at their soft hyphens (src/model/hyphenate.ts), with a hyphen
     shown, never mid-syllable ("Admini|strative"): a column grows to its longest syllable and the
     region scrolls instead. manual, not auto: the same break points on every engine, with or
     without a hyphenation dictionary. Chinese may still break between any two characters.
     Both properties inherit: the cell or caption in English passes them on, and only a run marked
     English inside a Chinese one (the bilingual display) needs its own. Not th :lang(en): that
     selector is tried on every element of the root at every restyle (a language switch restyles
     them all), walking its ancestors; [lang] is tried on the few elements that have one. */
  th:lang(en),
  td.group:lang(en),
  caption:lang(en),
  th [lang|='en'],
  td.group [lang|='en'],
  caption [lang|='en'] {
    overflow-wrap: break-word;
    hyphens: manual;
  }
  /* A group's header cell in the phone layout: in a column of no width, its label heard only.
     Its group's label row (td.group) shows the label across the table. */
  col.zero {
    width: 0;
  }
  th.hidden-header,
  td.zero {
    width: 0;
    padding: 0;
    border-style: none;
    background: transparent;
  }
  td.group {
    text-align: start;
    background: var(--_head-bg);
    font-weight: 600;
  }
  .root[lang='en'] td.group {
    font-size: 0.875em;
  }
  /* Each level of nesting indented (classes, not inline styles: a strict CSP blocks those). */
  td.group.l1 .group-label {
    padding-inline-start: 0.5em;
  }
  td.group.l2 .group-label {
    padding-inline-start: 1em;
  }
  /* Phone layouts: a row's label above its numbers, read as one block. */
  td.group.leaf {
    font-weight: 400;
    border-bottom-style: hidden;
  }
  /* A column header over several columns (申请人情况, 法人或其他组织) starts its label at its
     left edge and keeps it in view while the columns scroll: centred, it sat off-screen and the
     cell showed empty. */
  .narrow thead th[colspan] {
    text-align: start;
  }
  .narrow thead th .group-label {
    display: inline-block;
    position: sticky;
    left: 0.45em;
  }
  /* inline-block: a sticky inline box would leave its block children (the bilingual .zh/.en lines)
     behind. Its width is at most the visible width, so a long label wraps in view instead of
     running past the scroll shade. */
  td.group .group-label {
    display: inline-block;
    box-sizing: border-box;
    position: sticky;
    left: 0.45em;
    max-width: calc(var(--dr-visible-width, 100%) - 1.5em);
  }

  .blank > [aria-hidden] {
    color: inherit;
  }
  /* The spoken name of a blank (空白) is left out of a copy: a table copied into a spreadsheet gets
     the dash alone in its cell, not "—空白". Screen readers still read it. */
  .blank > .vh {
    -webkit-user-select: none;
    user-select: none;
  }
  .invalid,
  .marker {
    display: inline-block;
    border: 1px solid currentColor;
    border-radius: 0.2em;
    padding: 0 0.2em;
    font-size: 0.8125em;
    line-height: 1.3;
  }
  /* At least 24 px high to tap (WCAG 2.5.8), without making the number's row taller than that. */
  .marker {
    display: inline-flex;
    align-items: center;
    min-height: 1.5rem;
    box-sizing: border-box;
    vertical-align: middle;
    margin-inline-start: 0.2em;
    text-decoration: none;
    white-space: nowrap;
  }
  /* A cell reached from a finding or note link: the ring is drawn inside, where neither a sticky
     row header nor the scroll region's edge can cover it. */
  td:focus,
  td[tabindex='-1']:focus {
    outline-offset: -0.1875rem;
  }
  /* A report path (requests.carriedOver.naturalPerson) must wrap on a phone, not widen the page. */
  code {
    overflow-wrap: anywhere;
  }
  td.flagged {
    color: var(--_flag-fg);
    background: var(--_flag-bg);
    outline: 0.125rem dashed var(--_flag-fg);
    outline-offset: -0.25rem;
  }
  td.flagged a {
    color: inherit;
  }

  .blank-note,
  .notes,
  .findings,
  .issues-box,
  .message,
  .status {
    margin: 0.75em 0 0;
  }
  .list-title {
    font-weight: 700;
    margin: 0.5em 0 0.25em;
  }
  .notes ol,
  .findings ol,
  .issues-box ul,
  .issues {
    margin: 0;
    padding-inline-start: 1.5em;
  }
  .findings li {
    margin: 0.25em 0;
  }
  /* The cells a finding names, as links: separate items that wrap, each easy to tap. */
  .cells {
    margin: 0.15em 0 0;
    padding: 0;
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
  }
  .findings .cells li {
    margin: 0;
  }
  .cells a {
    display: inline-block;
    padding: 0.15em 0;
  }
  /* The folded rest of a long list: opened, it takes a line of its own. */
  .more-cells {
    flex-basis: 100%;
  }
  .more-cells summary {
    cursor: pointer;
    padding: 0.15em 0;
  }
  .marker-text {
    font-weight: 700;
  }
  .blank-note {
    font-size: 0.875em;
  }
  /* The checked cell's marker: a solid, heavier frame and its own words (核对项), so that the cell
     the finding is about stands apart from its addends also without colour. It may wrap, as its
     words are longer than the addends' number alone. */
  .marker.checked {
    font-weight: 700;
    border-width: 2px;
    white-space: normal;
  }
  .finding-marker:not(.checked) {
    border-style: dashed;
  }
  .message {
    margin-bottom: 0.75em;
    border: 1px solid var(--_flag-fg);
    border-inline-start-width: 0.3em;
    padding: 0.5em 0.75em;
  }
  .message p {
    margin: 0.25em 0;
  }
  button.retry {
    min-height: 2.75rem;
    min-width: 2.75rem;
    padding: 0.4em 1em;
    font: inherit;
    color: var(--_fg);
    background: var(--_head-bg);
    border: 1px solid var(--_border);
    border-radius: 0.25em;
    cursor: pointer;
  }

  @media (forced-colors: active) {
    th,
    td,
    .invalid,
    .marker,
    .message {
      border-color: CanvasText;
    }
    td.flagged {
      outline-color: Highlight;
    }
  }

  @media print {
    :host {
      color: #000;
      background: #fff;
      font-family: var(--dr-print-font-family, 'SimSun', '宋体', 'Songti SC', 'Noto Serif CJK SC', serif);
      font-size: 10.5pt;
    }
    .region {
      overflow: visible;
      max-width: none;
    }
    td.group .group-label,
    caption .title,
    caption .unit {
      position: static;
      max-width: none;
    }
    .region,
    table {
      background: #fff;
    }
    th,
    td {
      border: 0.5pt solid #000;
      color: #000;
      background: #fff;
      padding: 0.15em 0.3em;
    }
    /* The caption travels with the table's first rows, and the heading above with it. Its title
       and unit are blocks, so without break-inside: avoid Chromium breaks between them or after
       them, leaving a heading and unit line alone at the foot of a page (bilingual table 三). */
    caption {
      break-after: avoid;
      break-inside: avoid;
    }
    /* English column headers on paper: long words in narrow fixed columns would break mid-word
       ("Commer|cial"); a smaller size keeps most words whole. */
    .root[lang='en'] thead th {
      font-size: 7pt;
    }
    /* No row split across pages. Not \`tr { break-inside: avoid }\`: Chromium then keeps a row
       with a rowspan header together with every row it spans, pushing the 22 rows of
       三、本年度办理结果 to the next page and leaving half a page empty. The tall rowspan
       headers may break; every other cell may not, so no row is cut. */
    td,
    th:not([rowspan]) {
      break-inside: avoid;
    }
    /* A block of table 二 (its own table, wide) is not split across pages. */
    .blocks table {
      break-inside: avoid;
    }
    /* Table 三's group labels again on each later row of the group, so that a page that starts
       within a group names it: small and grey, with no line above, they read as one cell. */
    th.repeat {
      border-top-style: hidden;
      color: #555;
      font-weight: 400;
      font-size: 0.8em;
    }
    td.flagged {
      outline: none;
      background: #fff;
      color: #000;
    }
    /* The official layout's columns are fixed and narrow: small markers beneath the number. */
    .marker {
      border-color: #000;
      min-height: 0;
      font-size: 6.5pt;
      line-height: 1.2;
      padding: 0 0.1em;
      margin: 0.1em 0 0 0.1em;
    }
    button.retry {
      display: none;
    }
    /* A folded list of cells prints whole: paper has no toggle to open it. */
    .more-cells details::details-content {
      content-visibility: visible;
      display: block;
    }
    .more-cells summary {
      list-style: none;
    }
    a {
      color: #000;
      text-decoration: none;
    }
  }
`;
