// `cem analyze`: custom-elements.json from the elements' JSDoc headers (@attr, @fires, @csspart,
// @cssproperty, @slot) and Lit decorators. Storybook's docs pages and editors read it.

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
  plugins: [publicMembersOnly],
};
