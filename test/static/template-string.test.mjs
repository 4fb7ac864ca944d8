// The static renderer's template writer (src/static/template-string.ts): what each kind of Lit
// binding writes, escaping, and the id prefix that lets several tables share one page.
//
// Needs `npm run build:node` (npm test builds first).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {html, nothing} from 'lit';
import {renderToString, TrustedHtml} from '../../dist/node/static/template-string.js';

test('child values: text escaped, numbers, nested templates, arrays; nothing, null and undefined write nothing', () => {
  const item = (text) => html`<li>${text}</li>`;
  assert.equal(
    renderToString(html`<ul>${['<b>&"\'', 42].map(item)}${nothing}${null}${undefined}</ul>`),
    '<ul><li>&lt;b&gt;&amp;&quot;&#39;</li><li>42</li></ul>',
  );
  assert.equal(renderToString(html`<p>${new TrustedHtml('<i>kept</i>')}</p>`), '<p><i>kept</i></p>');
});

test('attributes: whole values quoted and escaped, nothing removes one, boolean, property and event bindings', () => {
  const value = 'a" onclick="x';
  assert.equal(
    renderToString(
      html`<a class=${value} title="${'t<'}" lang=${nothing} ?hidden=${true} ?open=${false} .data=${{}} @click=${() => {}}>x</a>`,
    ),
    '<a class="a&quot; onclick=&quot;x" title="t&lt;" hidden>x</a>',
  );
  assert.equal(renderToString(html`<p class="a ${'b'} c">x</p>`), '<p class="a b c">x</p>');
  // A `>` inside a quoted static attribute does not end the tag for the next binding.
  assert.equal(renderToString(html`<p data-x="1>2" id=${'n'}>${'t'}</p>`), '<p data-x="1>2" id="n">t</p>');
});

test('id prefix: ids, id lists and fragment links, static and bound, get it; other attributes do not', () => {
  const out = renderToString(
    html`<p id="caption" aria-labelledby=${'caption note-1'}><a href=${'#note-1'}>x</a><a href="https://e.x/#y">y</a><span data-id=${'z'}>${'id="v"'}</span></p>`,
    'requests-',
  );
  assert.equal(
    out,
    '<p id="requests-caption" aria-labelledby="requests-caption requests-note-1"><a href="#requests-note-1">x</a><a href="https://e.x/#y">y</a><span data-id="z">id=&quot;v&quot;</span></p>',
  );
});

test('a directive is refused rather than written wrong', () => {
  assert.throws(() => renderToString(html`<p>${{_$litDirective$: class {}, values: []}}</p>`), TypeError);
});
