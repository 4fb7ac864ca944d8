/**
 * UEditor's default whitelist of tags and attributes: what its XSS filter keeps of pasted or
 * submitted HTML (`whitList` in ueditor.config.js, used when `xssFilterRules`, `inputXssFilter`
 * and `outputXssFilter` are on, their default since UEditor 1.4.3.3; public source:
 * github.com/fex-team/ueditor). Restated here as data from that file: tags missing here are
 * removed, and so is every attribute a tag does not list. Media and image tags are left out
 * (the report has none).
 */
const TEXT = ['class', 'style'];
const CELL = ['width', 'rowspan', 'colspan', 'align', 'valign', 'class', 'style'];
const GROUP = ['align', 'valign', 'class', 'style'];
const COLUMN = ['align', 'valign', 'span', 'width', 'class', 'style'];

export const UEDITOR_WHITELIST: Readonly<Record<string, readonly string[]>> = {
  a: ['target', 'href', 'title', 'class', 'style'],
  abbr: ['title', 'class', 'style'],
  address: TEXT,
  article: [],
  aside: [],
  b: TEXT,
  bdi: ['dir'],
  bdo: ['dir'],
  big: [],
  blockquote: ['cite', 'class', 'style'],
  br: [],
  caption: TEXT,
  center: [],
  cite: [],
  code: TEXT,
  col: COLUMN,
  colgroup: COLUMN,
  dd: TEXT,
  del: ['datetime'],
  details: ['open'],
  div: TEXT,
  dl: TEXT,
  dt: TEXT,
  em: TEXT,
  font: ['color', 'size', 'face'],
  footer: [],
  h1: TEXT,
  h2: TEXT,
  h3: TEXT,
  h4: TEXT,
  h5: TEXT,
  h6: TEXT,
  header: [],
  hr: [],
  i: TEXT,
  ins: ['datetime'],
  li: TEXT,
  mark: [],
  nav: [],
  ol: TEXT,
  p: TEXT,
  pre: TEXT,
  s: [],
  section: [],
  small: [],
  span: TEXT,
  strong: TEXT,
  sub: TEXT,
  sup: TEXT,
  table: ['width', 'border', 'align', 'valign', 'class', 'style'],
  tbody: GROUP,
  td: CELL,
  tfoot: GROUP,
  th: CELL,
  thead: GROUP,
  tr: ['rowspan', 'align', 'valign', 'class', 'style'],
  tt: [],
  u: [],
  ul: TEXT,
};
