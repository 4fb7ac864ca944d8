// What an npm user gets: every export of package.json points at a file the build produced, the
// class-only entry registers nothing, the manifest lists every tag with its documented API, and the
// types declare each tag in HTMLElementTagNameMap. Needs `npm run build`.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, readFileSync} from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const TAGS = ['disclosure-table', 'appeal-litigation-grid', 'report-section', 'disclosure-report'];

const targets = (value) => (typeof value === 'string' ? [value] : Object.values(value).flatMap(targets));

test('every export target exists after the build, with types beside the code', () => {
  for (const [entry, value] of Object.entries(pkg.exports)) {
    for (const target of targets(value)) assert.ok(existsSync(target), `${entry} → ${target} is missing`);
  }
  for (const entry of ['.', './all.js', './model', ...TAGS.map((tag) => `./define/${tag}.js`)]) {
    assert.ok(pkg.exports[entry]?.types, `${entry} has a types condition`);
  }
  assert.equal(pkg.customElements, './custom-elements.json');
});

test('the model entry runs in Node without a DOM', async () => {
  const model = await import('disclosure-report/model');
  const {huaian2024} = await import('../../dist/node/examples/huaian-2024.js');
  const result = model.validateReport(huaian2024);
  assert.equal(result.valid, true);
  assert.deepEqual(model.checkReport(result.report), []);
});

test('the class-only entry does not register tags; the define entries do', () => {
  const index = readFileSync('dist/index.js', 'utf8');
  assert.doesNotMatch(index, /customElements\.define/);
  for (const tag of TAGS) {
    const define = readFileSync(`dist/components/${tag}/define.js`, 'utf8');
    assert.match(define, new RegExp(`customElements\\.define\\(["']${tag}["']`));
    const types = readFileSync(`dist/components/${tag}/define.d.ts`, 'utf8');
    assert.match(types, new RegExp(`interface HTMLElementTagNameMap[\\s\\S]*["']${tag}["']`));
  }
});

test('the ES modules leave lit to the app', () => {
  const section = readFileSync('dist/components/report-section/report-section.js', 'utf8');
  assert.match(section, /from ["']lit["']/);
  assert.doesNotMatch(section, /class \w*ReactiveElement/);
});

test('custom-elements.json documents every tag: attributes, events, parts, CSS properties', () => {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const declarations = manifest.modules.flatMap((module) => module.declarations ?? []);
  for (const tag of TAGS) {
    const element = declarations.find((declaration) => declaration.tagName === tag);
    assert.ok(element, `${tag} is in the manifest`);
    const attributes = element.attributes.map((attribute) => attribute.name);
    for (const name of ['src', 'audit', 'bilingual', 'lang']) assert.ok(attributes.includes(name), `${tag} [${name}]`);
    assert.deepEqual(element.events.map((event) => event.name).sort(), ['disclosure-error', 'disclosure-findings']);
    assert.ok(
      element.cssParts.some((part) => part.name === 'dr-root'),
      `${tag} ::part(dr-root)`,
    );
    assert.ok(
      element.cssProperties.some((property) => property.name === '--dr-color-scheme'),
      `${tag} --dr-color-scheme`,
    );
  }
  // Any registered locale, not only the built-in two: a page may add one (registerLocale).
  for (const tag of TAGS) {
    const lang = declarations
      .find((declaration) => declaration.tagName === tag)
      .attributes.find((a) => a.name === 'lang');
    assert.equal(lang.type.text, 'string', `${tag} [lang] type`);
    assert.match(lang.description, /registerLocale/, `${tag} [lang] says how to add a locale`);
  }
  const table = declarations.find((declaration) => declaration.tagName === 'disclosure-table');
  assert.match(
    table.attributes.find((attribute) => attribute.name === 'table').type.text,
    /'proactive' \| 'requests'|DisclosureTableId/,
  );
});

test('custom-elements.json lists only the public members of each class (no private, protected or static)', () => {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const classes = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.kind === 'class');
  for (const declaration of classes) {
    for (const member of declaration.members ?? []) {
      const where = `${declaration.tagName ?? declaration.name}.${member.name}`;
      assert.ok(member.privacy !== 'private' && member.privacy !== 'protected', `${where} is ${member.privacy}`);
      assert.ok(!member.static, `${where} is static`);
      assert.doesNotMatch(member.name, /^[#_]/, `${where} is internal`);
    }
  }
  const members = (tag) =>
    classes.find((declaration) => declaration.tagName === tag).members.map((member) => member.name);
  const common = ['report', 'src', 'credentials', 'timeout', 'audit', 'bilingual', 'findings', 'error', 'reload'];
  const expected = {
    'disclosure-report': [...common, 'headingLevel', 'revealCell'],
    'report-section': [...common, 'section', 'headingLevel'],
    'disclosure-table': [...common, 'table', 'hideCaption', 'focusCell'],
    'appeal-litigation-grid': [...common, 'hideCaption', 'focusCell'],
  };
  for (const [tag, names] of Object.entries(expected)) {
    for (const name of names) assert.ok(members(tag).includes(name), `${tag}.${name} is listed`);
  }
  for (const name of ['pendingEvents', 'request', 'childObserver', 'renderReport', 'willUpdate', 'takesHandedDown']) {
    assert.ok(!members('disclosure-report').includes(name), `disclosure-report.${name} is not listed`);
  }
});
