#!/usr/bin/env node
// Test-only: writes a report model as a government portal page whose report body is a Word table
// pasted through a UEditor-type CMS editor (TRS WCM and the like), with the noise such pages
// really carry: navigation, breadcrumbs, share links, a weather iframe, a script that mentions
// "<table>", an unrelated links table and a footer table around a div.TRS_Editor; no th, caption,
// thead or scope; a <p style="text-indent: 0em;"> in every cell, some labels typed as 2–3
// paragraphs, runs of &nbsp; (up to eight), <br/> inside table 四's headers, class="firstRow",
// valign="center", Word's inline borders in both serializations, headings as indented <p> with
// 黑体/楷体 spans split over many spans. `paste: 'word'` writes the uncleaned paste instead:
// MsoNormal paragraphs, mso- styles, <o:p></o:p>, Word's conditional comments, &nbsp; in blank cells.
//
// Each file comes with what a reader should find in it (`expected`: paragraphs and cells, in
// order), written here from the same choices, not by any reader.
//
// By hand (after `npm run build:node`):
//   node test/support/write-pasted-html.mjs <variant> out.html [word]
import {writeFileSync} from 'node:fs';
import {documentBlocks, plainStyle} from './report-layout.mjs';

const NBSP = '\u00a0';
const nbsp = (count) => NBSP.repeat(count);

/**
 * How pasted labels are broken up on real pages, by the format's id of the label: several
 * paragraphs (array) and &nbsp; runs (U+00A0 here). `\n` inside a paragraph is a <br/>.
 */
const LABEL_LINES = {
  commercial: (zh) => [zh.slice(0, 2), zh.slice(2)],
  research: (zh) => [zh.slice(0, 2), zh.slice(2)],
  publicInterest: (zh) => [`${zh.slice(0, 4)}${nbsp(4)}${zh.slice(4)}`],
  legalService: (zh) => [zh.slice(0, 4), `${zh.slice(4)}${nbsp(8)}`],
  results: (zh) => [`${nbsp(8)}${zh}`],
  'results.partiallyDisclosed': (zh) => [zh.slice(0, zh.indexOf('（', 1)), zh.slice(zh.indexOf('（', 1))],
  'results.other.noCorrection': (zh) => threeLines(zh),
  'results.other.unpaidFee': (zh) => threeLines(zh),
};
/** （六）1 and 2: three paragraphs, the first ending in a run of &nbsp;. */
const threeLines = (zh) => {
  const comma = zh.indexOf('、');
  return [`${zh.slice(0, comma + 1)}${nbsp(3)}`, zh.slice(comma + 1, comma + 10), zh.slice(comma + 10)];
};
/** Table 四's four-character outcome headers break after two characters (结果<br/>纠正). */
const APPEAL_OUTCOME =
  /^(reconsideration|litigationDirect|litigationAfterReconsideration)\.(upheld|corrected|other|pending)$/;

function cellLines(cell) {
  if (cell.kind === 'value') return [cell.text];
  if (cell.id && APPEAL_OUTCOME.test(cell.id)) return [`${cell.text.slice(0, 2)}\n${cell.text.slice(2)}`];
  const split = LABEL_LINES[cell.id];
  return split ? split(cell.text) : [cell.text];
}

const escape = (text) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\u00a0/g, '&nbsp;');
const inline = (text) => escape(text).replace(/\n/g, '<br/>');

// Word's borders, in the two serializations pages carry (the second after a CMS rewrote them).
const BORDERS = [
  'border-width: 1px; border-style: solid; border-color: windowtext; padding: 0px 7px;',
  'border-width: medium 1px 1px medium; border-style: none solid solid none; border-color: currentcolor windowtext windowtext currentcolor; padding: 0px 7px;',
  'border-left: none; border-right: 1px solid windowtext; border-top: none; border-bottom: 1px solid windowtext; padding: 0px 7px;',
];
const TABLE_STYLES = [
  "font-family:'Times New Roman'; font-size:13px; border-collapse:collapse; border:none; width:auto !important; margin:0 auto",
  'border-collapse: collapse; border: none;',
];

const spans = ({rowSpan, colSpan}) =>
  `${colSpan > 1 ? ` colspan="${colSpan}"` : ''}${rowSpan > 1 ? ` rowspan="${rowSpan}"` : ''}`;

/** One cell as the cleaned paste has it; what a reader should read is the lines joined by '\n'. */
function cleanedCell(cell, index) {
  const lines = cellLines(cell);
  const own = cell.kind === 'value' && index % 17 === 5 ? ' color: rgb(0, 0, 0);' : '';
  const body = lines
    .map((line) =>
      own
        ? `<p style="text-indent: 0em;"><span style="font-size: 13px;">${inline(line)}</span></p>`
        : `<p style="text-indent: 0em;">${inline(line)}</p>`,
    )
    .join('');
  return {
    html: `<td${spans(cell)} valign="center" style="${BORDERS[index % BORDERS.length]}${own}">${body}</td>`,
    text: lines.join('\n'),
  };
}

/** The same cell as Word pasted it uncleaned: a blank cell holds <o:p>&nbsp;</o:p>. */
function wordCell(cell) {
  const lines = cell.text === '' ? [NBSP] : cellLines(cell);
  const body = lines
    .map(
      (line, i) =>
        `<p class="MsoNormal" align="center" style="text-align:center;mso-pagination:widow-orphan"><span style="font-size:10.5pt;font-family:宋体;mso-bidi-font-family:宋体;mso-font-kerning:0pt">${
          line === NBSP ? '<o:p>&nbsp;</o:p>' : inline(line)
        }</span>${i === lines.length - 1 && line !== NBSP ? '<span lang="EN-US"><o:p></o:p></span>' : ''}</p>`,
    )
    .join('\n');
  return {
    html: `<td${spans(cell)} valign="center" style="border:solid windowtext 1.0pt;mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt">\n${body}</td>`,
    text: lines.join('\n'),
  };
}

function table(rows, paste, number) {
  const expected = [];
  let index = 0;
  const trs = rows.map((row, r) => {
    const cells = row.map((cell) => (paste === 'word' ? wordCell(cell) : cleanedCell(cell, index++)));
    expected.push(cells.map(({text}, i) => ({text, rowSpan: row[i].rowSpan, colSpan: row[i].colSpan})));
    const attributes =
      paste === 'word'
        ? ` style="mso-yfti-irow:${r}${r === 0 ? ';mso-yfti-firstrow:yes' : ''}"`
        : r === 0
          ? ' class="firstRow"'
          : '';
    return `<tr${attributes}>${cells.map(({html}) => html).join('')}</tr>`;
  });
  const open =
    paste === 'word'
      ? '<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt">'
      : `<table align="center" border="1" cellspacing="0" style="${TABLE_STYLES[number % TABLE_STYLES.length]}">`;
  return {html: `${open}<tbody>${trs.join('\n')}</tbody></table>`, expected: {table: expected}};
}

/** A heading split over spans of its font, as editors leave them: at most `size` characters each. */
function splitSpans(text, font, size) {
  const pieces = [];
  for (let i = 0; i < text.length; i += size)
    pieces.push(`<span style="font-family: ${font}">${escape(text.slice(i, i + size))}</span>`);
  return pieces.join('');
}

function paragraph({kind, text}, paste) {
  if (paste === 'word') {
    const font = kind === 'heading' ? '黑体' : kind === 'subhead' ? '楷体_GB2312' : '仿宋_GB2312';
    return `<p class="MsoNormal" style="text-indent:32.0pt;mso-char-indent-count:2.0;line-height:28.0pt;mso-line-height-rule:exactly"><span style="font-size:16.0pt;font-family:${font};mso-hansi-font-family:&quot;Times New Roman&quot;">${escape(text)}<span lang="EN-US"><o:p></o:p></span></span></p>`;
  }
  if (kind === 'heading')
    return `<p style="text-indent:2em"><span style="font-family: 黑体, SimHei">${splitSpans(text, '黑体, SimHei', 4)}</span></p>`;
  if (kind === 'subhead') return `<p style="text-indent:2em">${splitSpans(text, '楷体, 楷体_GB2312', 2)}</p>`;
  if (kind === 'units' || kind === 'signature') return `<p style="text-align: right;">${escape(text)}</p>`;
  return `<p style="text-indent:2em">${escape(text)}</p>`;
}

// The portal around the report, with what a reader should find in each piece.
const BEFORE = [
  {
    html: '<ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/hdjl/">互动交流</a></li></ul>',
    expected: [{paragraph: '首页'}, {paragraph: '政务公开'}, {paragraph: '互动交流'}],
  },
  {
    html: '<iframe src="https://tianqi.example.cn/plugin/widget.html" width="180" height="24" frameborder="0" scrolling="no">天气</iframe>',
    expected: [],
  },
  {
    html: '<div class="bread">您的位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/ndbg/">政府信息公开年报</a></div>',
    expected: [{paragraph: '您的位置：首页 > 政务公开 > 政府信息公开年报'}],
  },
  {
    html: '<table class="related" width="100%"><tr><td><a href="/a.html">相关链接</a></td><td><a href="/b.html">政策解读</a></td></tr></table>',
    expected: [
      {
        table: [
          [
            {text: '相关链接', rowSpan: 1, colSpan: 1},
            {text: '政策解读', rowSpan: 1, colSpan: 1},
          ],
        ],
      },
    ],
  },
];
const AFTER = [
  {
    html: '<div class="share"><span>分享到：</span><a class="wx" href="javascript:;">微信</a><a class="wb" href="javascript:;">微博</a></div>',
    expected: [{paragraph: '分享到：微信微博'}],
  },
  {
    html: '<script>var tpl = "<table><tr><td>1</td></tr></table>"; document.write("<p>" + tpl + "</p>");</script><noscript><p>请启用脚本</p></noscript><style>.TRS_Editor p { line-height: 2; }</style>',
    expected: [],
  },
  {
    html: '<div class="footer"><table><tr><td>主办单位：某市人民政府办公室</td><td>网站标识码：3200000000</td></tr><tr><td colspan="2">ICP备案号：苏ICP备00000000号</td></tr></table></div>',
    expected: [
      {
        table: [
          [
            {text: '主办单位：某市人民政府办公室', rowSpan: 1, colSpan: 1},
            {text: '网站标识码：3200000000', rowSpan: 1, colSpan: 1},
          ],
          [{text: 'ICP备案号：苏ICP备00000000号', rowSpan: 1, colSpan: 2}],
        ],
      },
    ],
  },
];

/**
 * The page's HTML (or with `page: false` the article alone, as copied out of the page), and `expected`: the paragraphs ({paragraph}) and tables ({table: rows of
 * {text, rowSpan, colSpan}}) a reader should find in it, in reading order.
 */
export function reportToPastedHtml(report, {style = plainStyle, paste = 'cleaned', page = true} = {}) {
  const blocks = documentBlocks(report, style);
  const [title, ...body] = blocks;
  const before = page ? BEFORE : [];
  const after = page ? AFTER : [];
  const expected = [...before.flatMap((piece) => piece.expected), {paragraph: title.text}];
  const html = [];
  let tables = 0;
  if (paste === 'word')
    html.push('<!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View></w:WordDocument></xml><![endif]-->');
  for (const block of body) {
    if (block.kind === 'table') {
      const written = table(block.rows, paste, tables++);
      html.push(written.html);
      expected.push(written.expected);
    } else {
      html.push(paragraph(block, paste));
      expected.push({paragraph: block.text});
    }
  }
  expected.push(...after.flatMap((piece) => piece.expected));
  const article = `<div class="article">
<h1 class="article-title">${escape(title.text)}</h1>
<div class="TRS_Editor">
${html.join('\n')}
</div>
</div>`;
  if (!page) return {html: article, expected};
  const whole = `<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>${escape(title.text)}_政府信息公开年报</title>
<script src="/js/jquery.min.js"></script>
<link rel="stylesheet" href="/css/style.css">
</head>
<body>
<div class="header">
${before.map((piece) => piece.html).join('\n')}
</div>
${article}
${after.map((piece) => piece.html).join('\n')}
</body>
</html>
`;
  return {html: whole, expected};
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const {variants} = await import('./import-variants.mjs');
  const [id, out, paste] = process.argv.slice(2);
  const variant = variants.find((candidate) => candidate.id === id);
  if (!variant || !out) {
    console.error('usage: node test/support/write-pasted-html.mjs <variant> out.html [word]');
    for (const {id: name, about} of variants) console.error(`  ${name}: ${about}`);
    process.exit(2);
  }
  writeFileSync(out, reportToPastedHtml(variant.report, {style: variant.style, paste: paste ?? 'cleaned'}).html);
  console.log(`wrote ${out}`);
}
