// `cem analyze`: custom-elements.json from the elements' JSDoc headers (@attr, @fires, @slot), Lit
// decorators, and src/components/common/parts.ts for the parts and CSS custom properties.
// Storybook's docs pages and editors read it.
import {readFileSync} from 'node:fs';
import ts from 'typescript';

/**
 * The parts list (src/components/common/parts.ts) as a module: it is TypeScript that imports
 * nothing, so transpiling it alone is enough (Node 20 cannot load .ts itself).
 */
async function loadPartsList() {
  const source = readFileSync(new URL('./src/components/common/parts.ts', import.meta.url), 'utf8');
  const {outputText} = ts.transpileModule(source, {
    compilerOptions: {module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022},
  });
  return import(`data:text/javascript;base64,${Buffer.from(outputText).toString('base64')}`);
}

const partsList = await loadPartsList();

const lowerFirst = (text) => text.charAt(0).toLowerCase() + text.slice(1);

/**
 * Each element's `cssParts` and `cssProperties`, from parts.ts: a part the element passes on from
 * the elements inside it says so. A `@csspart` or `@cssproperty` in an element's header would be a
 * second list that can drift from the first: the build fails on one.
 */
const stylingFromPartsList = {
  name: 'styling-from-parts-list',
  packageLinkPhase({customElementsManifest}) {
    const partsOf = partsList.elementParts();
    const propertiesOf = partsList.elementCssProperties();
    for (const module of customElementsManifest.modules ?? []) {
      for (const declaration of module.declarations ?? []) {
        const tag = declaration.tagName;
        if (!tag) continue;
        if (declaration.cssParts?.length || declaration.cssProperties?.length) {
          throw new Error(
            `${module.path}: list parts and CSS properties in src/components/common/parts.ts, not in the header`,
          );
        }
        const parts = partsOf[tag];
        if (!parts) throw new Error(`${tag} is missing from src/components/common/parts.ts`);
        const passedOn = parts.passedOn?.parts ?? [];
        const describe = (name) => {
          const text = partsList.PART_DESCRIPTIONS[name];
          if (!parts.own.includes(name)) return `Passed on from ${parts.passedOn.from}: ${lowerFirst(text)}`;
          return passedOn.includes(name) ? `${text} Also passed on from ${parts.passedOn.from}.` : text;
        };
        const names = [...new Set([...parts.own, ...passedOn])];
        declaration.cssParts = names.map((name) => ({description: describe(name), name}));
        declaration.cssProperties = Object.entries(propertiesOf[tag]).map(([name, description]) => ({
          description,
          name,
        }));
      }
    }
  },
};

/** Not part of an element's API: TypeScript `private`/`protected`, `#private` and `_internal` names. */
const isInternal = (member) =>
  member.privacy === 'private' ||
  member.privacy === 'protected' ||
  member.name.startsWith('#') ||
  member.name.startsWith('_');

/**
 * The analyzer lists every class member, inherited ones included: private state (`pendingEvents`,
 * `request`…), the protected hooks of the base classes (`renderReport`, `willUpdate`…) and statics
 * (`styles`, `takesHandedDown`). Docs pages and editors would show them as the element's API. Keep
 * only public instance members (`report`, `findings`, `reload()`…), in every class, the custom
 * elements and their base classes alike; attributes, events, slots, parts and CSS properties stay
 * as they are.
 */
const publicMembersOnly = {
  name: 'public-members-only',
  packageLinkPhase({customElementsManifest}) {
    for (const module of customElementsManifest.modules ?? []) {
      for (const declaration of module.declarations ?? []) {
        if (!Array.isArray(declaration.members)) continue;
        declaration.members = declaration.members.filter((member) => !member.static && !isInternal(member));
      }
    }
  },
};

export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/components/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [publicMembersOnly, stylingFromPartsList],
};
