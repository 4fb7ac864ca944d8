// Library builds.
//   vite build                 → dist/: ES modules, one per source module, with lit, @lit/* and
//                                valibot left as imports (npm users share one copy)
//   vite build --mode bundle   → dist/bundle/: one self-contained file with both locales that a
//                                CMS page loads with a single <script> (ESM and classic IIFE);
//                                nothing is fetched at run time
// The shipped code targets ES2021 (Chromium 85+ in Android WeChat, iOS 14+ WKWebView).
import {defineConfig} from 'vite';

const target = 'es2021';

export default defineConfig(({mode}) =>
  mode === 'bundle'
    ? {
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
