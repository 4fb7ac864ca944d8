// `cem analyze`: custom-elements.json from the elements' JSDoc headers (@attr, @fires, @csspart,
// @cssproperty, @slot) and Lit decorators. Storybook's docs pages and editors read it.
export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/components/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
};
