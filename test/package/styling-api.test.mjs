// The styling API (parts and CSS custom properties) is listed once, in src/components/common/parts.ts:
// custom-elements.json shows each element's parts and properties as the list says, no element
// passes parts on (the report's and the section's tables are their own), every part name the elements' sources use is in
// the list, and so is every CSS custom property their styles read. Needs `npm run build` (custom-elements.json and dist/node).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import {PART_DESCRIPTIONS, elementCssProperties, elementParts} from '../../dist/node/components/common/parts.js';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.tagName);
const partsOf = elementParts();

test('the manifest lists each element’s parts as parts.ts says: its own, then those it passes on', () => {
  assert.deepEqual(elements.map((element) => element.tagName).sort(), Object.keys(partsOf).sort());
  for (const element of elements) {
    const parts = partsOf[element.tagName];
    const expected = [...new Set([...parts.own, ...(parts.passedOn?.parts ?? [])])];
    assert.deepEqual(
      element.cssParts.map((part) => part.name),
      expected,
      element.tagName,
    );
    for (const part of element.cssParts) {
      const text = PART_DESCRIPTIONS[part.name];
      assert.ok(
        part.description.includes(text) || part.description.includes(lowerFirst(text)),
        `${element.tagName} ${part.name}`,
      );
      const passedOnly = !parts.own.includes(part.name);
      assert.equal(part.description.startsWith('Passed on from'), passedOnly, `${element.tagName} ${part.name}`);
    }
  }
});

test('the manifest lists each element’s CSS custom properties as parts.ts says', () => {
  const propertiesOf = elementCssProperties();
  for (const element of elements) {
    assert.deepEqual(
      Object.fromEntries(element.cssProperties.map((property) => [property.name, property.description])),
      propertiesOf[element.tagName],
      element.tagName,
    );
  }
});

test('the section and the report pass nothing on: their tables are templates in their own root, with the tables’ parts', () => {
  // Nothing at run time passes parts on …
  const sources = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, {withFileTypes: true})) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts')) sources.push(path);
    }
  };
  walk('src/components');
  for (const path of sources)
    assert.ok(!readFileSync(path, 'utf8').includes('exportparts='), `${path} passes parts on`);
  // … and the list says so: every part of a table is the section's and the report's own.
  for (const tag of ['report-section', 'disclosure-report']) {
    assert.equal(partsOf[tag].passedOn, undefined, tag);
    for (const part of partsOf['disclosure-table'].own) assert.ok(partsOf[tag].own.includes(part), `${tag} ${part}`);
  }
});

test('every part name in the elements’ sources is in the list (a new part needs its description)', () => {
  const sources = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, {withFileTypes: true})) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts') && entry.name !== 'parts.ts') sources.push(path);
    }
  };
  walk('src/components');
  const used = new Set();
  // A quoted name or one in a part="…" list; `--dr-…` custom properties and `data-dr-…` are not parts.
  for (const path of sources) {
    for (const match of readFileSync(path, 'utf8').matchAll(/(?<=[`'" ])dr-[a-z-]+/g)) used.add(match[0]);
  }
  assert.ok(used.size > 20, `found ${used.size} part names`);
  for (const name of used) assert.ok(name in PART_DESCRIPTIONS, `${name} is used but not in parts.ts`);
});

test('the CSS custom properties listed are the ones the styles read', () => {
  const styles = ['src/components/common/styles.ts', ...stylesFiles('src/components')];
  const read = new Set();
  for (const path of styles) for (const [name] of readFileSync(path, 'utf8').matchAll(/--dr-[a-z-]+/g)) read.add(name);
  // Set by the layout controller on the host, for the caption: not a theme hook.
  read.delete('--dr-visible-width');
  const listed = new Set(Object.values(elementCssProperties()).flatMap((properties) => Object.keys(properties)));
  assert.deepEqual([...read].sort(), [...listed].sort());
});

function stylesFiles(dir) {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) =>
    entry.isDirectory()
      ? stylesFiles(join(dir, entry.name))
      : entry.name.endsWith('.styles.ts')
        ? [join(dir, entry.name)]
        : [],
  );
}

function lowerFirst(text) {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
