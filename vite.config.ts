// Library builds.
//   vite build                 → dist/: ES modules, one per source module, with lit, @lit/* and
//                                valibot left as imports (npm users share one copy)
//   vite build --mode bundle   → dist/bundle/: one self-contained file with both locales that a
//                                CMS page loads with a single <script> (ESM and classic IIFE);
//                                nothing is fetched at run time
// The shipped code targets ES2021 (Chromium 85+ in Android WeChat, iOS 14+ WKWebView).
import {defineConfig, type Plugin} from 'vite';

/**
 * The bundle's minifier leaves template literals alone, so the elements' css`` blocks would ship
 * with their comments and indentation. This collapses them (the blocks hold no whitespace-sensitive
 * strings; spaces are kept where a selector needs them).
 */
function minifyCss(): Plugin {
  const squeeze = (text: string) =>
    text
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};])\s*/g, '$1')
      .replace(/([,>:])\s+/g, '$1')
      .replace(/;}/g, '}')
      .trim();
  return {
    name: 'minify-css-literals',
    transform(code, id) {
      if (!id.includes('/src/components/') || !code.includes('css`')) return null;
      // Only the literal text is squeezed; ${…} interpolations are kept as written.
      const literal = (body: string) =>
        body
          .split(/(\$\{[^}]*\})/)
          .map((part, i) => (i % 2 ? part : squeeze(part)))
          .join('');
      return code.replace(/\bcss`([^`]*)`/g, (_, body: string) => `css\`${literal(body)}\``);
    },
  };
}

const target = 'es2021';
const TAGS = ['disclosure-table', 'appeal-litigation-grid', 'report-section', 'disclosure-report'];

export default defineConfig(({mode}) =>
  mode === 'bundle'
    ? {
        plugins: [minifyCss()],
        build: {
          target,
          outDir: 'dist/bundle',
          emptyOutDir: true,
          lib: {
            entry: 'src/all.ts',
            name: 'DisclosureReport',
            formats: ['es', 'iife'],
            fileName: (format) => (format === 'es' ? 'disclosure-report.js' : `disclosure-report.${format}.js`),
          },
          // Lib mode keeps whitespace in ES output unless minify is forced on the output.
          rolldownOptions: {output: {minify: true, codeSplitting: false}},
        },
      }
    : {
        build: {
          target,
          outDir: 'dist',
          emptyOutDir: false,
          minify: false,
          lib: {
            entry: {
              index: 'src/index.ts',
              all: 'src/all.ts',
              'model/index': 'src/model/index.ts',
              // Per-element registering entries (package.json "./define/<tag>.js").
              ...Object.fromEntries(TAGS.map((tag) => [`components/${tag}/define`, `src/components/${tag}/define.ts`])),
            },
            formats: ['es'],
          },
          rolldownOptions: {
            external: [/^lit(\/|$)/, /^@lit\//, /^valibot$/],
            output: {preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js'},
          },
        },
      },
);
