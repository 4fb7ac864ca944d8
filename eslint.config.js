// ESLint flat config, run by `npm run lint` (and so by `npm test`). Syntax-only typescript-eslint
// (no type information) keeps the whole run in a few seconds; `tsc` already does the type checks.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import {configs as lit} from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import {configs as wc} from 'eslint-plugin-wc';

const elements = {elementBaseClasses: ['LitElement', 'ReportElement', 'TableElement']};

export default tseslint.config(
  {
    ignores: ['dist/', 'node_modules/', 'storybook-static/', 'xliff/', 'schema/', '.test-results/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Plain JavaScript runs in Node (scripts, Node tests, configs) or in the test browser.
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: {globals: {...globals.node, ...globals.browser}},
  },
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'stories/**/*.ts', 'demo/**/*.ts', '.storybook/**/*.ts'],
    extends: [lit['flat/recommended'], litA11y.configs.recommended, wc['flat/recommended']],
    settings: {lit: elements, wc: elements},
  },
  {
    rules: {
      // A leading underscore marks a parameter an override must accept but may ignore (as tsc's noUnusedParameters does).
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_'}],
    },
  },
  {
    // The editor's texts stay out of the viewer bundle: only the editor reaches its catalogs
    // (src/model/texts/editor-catalogs.ts, read by src/editor/words.ts).
    files: ['src/**/*.ts'],
    ignores: ['src/editor/**', 'src/model/texts/editor-catalogs.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/editor-catalogs.js', '**/*.editor.js'],
              allowTypeImports: true,
              message:
                "Only the editor reads the editor's texts (docs/i18n.md): the viewer bundle must not carry them.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['test/**'],
    rules: {
      // Chai's property assertions (`expect(x).to.exist`) are expressions by design.
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
);
