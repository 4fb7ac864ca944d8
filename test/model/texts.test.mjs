// The validator's words live in one catalog per language (src/model/texts/zh.ts, en.ts), keyed by
// id. A pseudo-locale, made here from the English catalog's ids, shows that a further language is a
// catalog and nothing else: every word of a message comes out of the catalog it is given, and
// messages.ts adds only the path, the format's labels and the value found.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {zh} from '../../dist/node/model/texts/zh.js';
import {en} from '../../dist/node/model/texts/en.js';
import {issueMessageIn, valueMessageIn} from '../../dist/node/model/messages.js';
import {validateReport} from '../../dist/node/model/validate.js';
import {pathLabel} from '../../dist/node/model/cell-labels.js';
import {huaian2024} from '../../dist/node/examples/index.js';

/** Every id of a catalog, as dotted paths (a template is one id, whatever its parameters). */
const ids = (catalog, prefix = '') =>
  Object.entries(catalog).flatMap(([key, value]) =>
    typeof value === 'object' ? ids(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );

/** The pseudo-locale: each text is its id in ⟦ ⟧, each template its id then its parameters, each marked. */
const pseudoOf = (catalog, prefix = '') =>
  Object.fromEntries(
    Object.entries(catalog).map(([key, value]) => {
      const id = `${prefix}${key}`;
      if (typeof value === 'object') return [key, pseudoOf(value, `${id}.`)];
      if (typeof value === 'string') return [key, `⟦${id}⟧`];
      // As many parameters as the English template takes (a sentence without a detail ignores it).
      return [
        key,
        (...parameters) =>
          `⟦${id}⟧${parameters
            .slice(0, value.length)
            .map((p) => `«${p}»`)
            .join('')}`,
      ];
    }),
  );
const pseudo = {texts: pseudoOf(en), labels: 'en'};
/** What is left of a pseudo message once the catalog's words are taken out. */
const withoutCatalog = (text) => text.replace(/⟦[^⟧]*⟧/g, '').replace(/[«»]/g, '');

test('the zh and en catalogs have the same ids, and every id has words', () => {
  assert.deepEqual(ids(zh), ids(en));
  assert.ok(ids(en).length >= 30);
  for (const catalog of [zh, en]) {
    for (const [key, text] of Object.entries(catalog.expected)) assert.ok(text.trim(), key);
  }
});

test('pseudo-locale: a wrong value says path, header chain and value; every other word is the catalog’s', () => {
  const path = 'requests.carriedOver.naturalPerson';
  const text = valueMessageIn(pseudo, path, 'count', -1);
  assert.equal(text, `⟦wrong⟧«⟦named⟧«${path}»«${pathLabel(path).en}»»«⟦expected.count⟧»«-1»`);
  assert.equal(withoutCatalog(text), `${path}${pathLabel(path).en}-1`);
});

test('pseudo-locale: missing values, the report itself and structural issues use only catalog words', () => {
  assert.equal(withoutCatalog(valueMessageIn(pseudo, 'year', 'year', undefined)), 'year');
  assert.equal(valueMessageIn(pseudo, '', 'report', []), '⟦wrong⟧«⟦theReport⟧»«⟦expected.report⟧»«⟦found.list⟧«0»»');
  for (const code of Object.keys(en.structural)) {
    const text = issueMessageIn(pseudo, code, 'preamble', 'detail');
    assert.equal(
      withoutCatalog(text),
      code === 'too-deep' || code === 'cyclic' || code === 'unknown-field' ? 'preamble' : 'preambledetail',
      code,
    );
  }
});

test('the zh and en messages of a real issue are the catalogs’ words around the same facts', () => {
  const report = structuredClone(huaian2024);
  report.requests.carriedOver.naturalPerson = -1;
  const [issue] = validateReport(report).issues;
  const path = 'requests.carriedOver.naturalPerson';
  assert.equal(issue.message.en, valueMessageIn({texts: en, labels: 'en'}, path, 'count', -1));
  assert.equal(issue.message.zh, valueMessageIn({texts: zh, labels: 'zh'}, path, 'count', -1));
  assert.match(
    issue.message.zh,
    new RegExp(`^${path.replace(/\./g, '\\.')}（${pathLabel(path).zh}）：应为不小于 0 的整数`),
  );
  assert.match(issue.message.en, /expected a whole number ≥ 0 \(null for a blank cell\), got -1$/);
});
