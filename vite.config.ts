// Library builds.
//   vite build                 → dist/: ES modules, one per source module, with lit, @lit/* and
//                                the import's readers' libraries (fflate, htmlparser2, pdfjs-dist)
//                                left as imports (npm users share one copy)
//   vite build --mode bundle   → dist/bundle/: one self-contained file with both locales that a
//                                CMS page loads with a single <script> (ESM and classic IIFE);
//                                nothing is fetched at run time
//   vite build --mode bundle-dsd → dist/bundle/disclosure-report.dsd(.iife).js: the same with Lit's
//                                hydration support, for pages of the static renderer's `dsd` mode
// The shipped code targets ES2021 (Chromium 85+ in Android WeChat, iOS 14+ WKWebView).
import {parse, type Node as AcornNode} from 'acorn';
import {minify} from 'terser';
import {defineConfig, type Plugin} from 'vite';

/**
 * The bundle's minifier leaves template literals alone, so the elements' css`` blocks would ship
 * with their comments and indentation, and html`` templates with the line breaks and indentation
 * of the source. This squeezes the literal text of both (never the ${…} expressions, which may
 * hold nested templates), found with a parser so escaped backticks and nesting cannot fool it.
 * - css: comments go, whitespace collapses, spaces around punctuation go (no CSS here holds
 *   whitespace-sensitive strings).
 * - html: a run of whitespace that holds a line break becomes one space, which renders the same
 *   (no template text sits in a white-space: pre context); other spaces stay as written.
 */
function minifyTemplateLiterals(): Plugin {
  const squeezeCss = (text: string) =>
    text
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};])\s*/g, '$1')
      .replace(/([,>:])\s+/g, '$1')
      .replace(/;}/g, '}');
  const squeezeHtml = (text: string) => text.replace(/\s*\n\s*/g, ' ');
  // piece`` is markup a table row joins into its html`` template (render-table.ts).
  const squeezers: Record<string, (text: string) => string> = {css: squeezeCss, html: squeezeHtml, piece: squeezeHtml};
  return {
    name: 'minify-template-literals',
    transform(code, id) {
      if (!id.includes('/src/') || !/\b(css|html|piece)`/.test(code)) return null;
      const edits: {start: number; end: number; text: string}[] = [];
      const visit = (node: unknown): void => {
        if (!node || typeof node !== 'object') return;
        if (Array.isArray(node)) return node.forEach(visit);
        const n = node as {type?: string; tag?: {type: string; name?: string}; quasi?: {quasis: AcornNode[]}};
        const squeeze = n.type === 'TaggedTemplateExpression' && n.tag?.type === 'Identifier' && squeezers[n.tag.name!];
        if (squeeze) {
          for (const quasi of n.quasi!.quasis) {
            edits.push({start: quasi.start, end: quasi.end, text: squeeze(code.slice(quasi.start, quasi.end))});
          }
        }
        for (const value of Object.values(node)) if (value && typeof value === 'object') visit(value);
      };
      visit(parse(code, {ecmaVersion: 'latest', sourceType: 'module'}));
      let squeezed = code;
      for (const edit of edits.sort((a, b) => b.start - a.start)) {
        squeezed = squeezed.slice(0, edit.start) + edit.text + squeezed.slice(edit.end);
      }
      // No exact map: only literal text shrinks, so every output byte still comes from this
      // module, which is all `npm run size:parts` asks of the map (the bundle ships without one).
      return {code: squeezed, map: null};
    },
  };
}

/**
 * Terser over each finished, already minified chunk. Rolldown's minifier (Oxc) leaves bytes that
 * terser's compressor, run three times, still finds: 0.5 KB gzip of the viewer bundle (the third pass
 * 63 bytes of it; a fourth finds nothing). Terser alone does
 * worse than the two in a row, so this runs after Rolldown's pass instead of replacing it
 * (`build.minify: 'terser'` would replace it, and keeps /* @__PURE__ *\/ comments in lib builds).
 * The source map, when one is asked for (`npm run size:parts`), is carried through.
 */
function terserAfterMinify(): Plugin {
  return {
    name: 'terser-after-minify',
    async generateBundle(options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        const result = await minify(file.code, {
          ecma: 2020,
          module: options.format === 'es',
          compress: {passes: 3},
          format: {comments: false},
          sourceMap: file.map ? {content: JSON.stringify(file.map), asObject: true} : false,
        });
        file.code = result.code!;
        if (file.map) Object.assign(file.map, result.map);
      }
    },
  };
}

/**
 * A UTF-8 byte-order mark first in each bundle file. The bundle holds Chinese labels, and common
 * servers send .js without a charset, so a browser decodes a classic script in the page's own
 * encoding: on a GBK page (still common on government portals) it does not even parse, on a page
 * without a charset every label is garbled. A byte-order mark outranks both the HTTP header and the
 * page's encoding; to JavaScript it is whitespace.
 */
function utf8ByteOrderMark(): Plugin {
  return {
    name: 'utf8-byte-order-mark',
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type === 'chunk' && !file.code.startsWith('\uFEFF')) file.code = `\uFEFF${file.code}`;
      }
    },
  };
}

const target = 'es2021';
const TAGS = ['disclosure-table', 'appeal-litigation-grid', 'report-section', 'disclosure-report'];

/**
 * The editor's own bundle (`vite build --mode editor` → dist/bundle-editor/): <report-editor> with
 * Lit and the model in one ES module. The import (importReport and its readers) and the viewer for
 * the preview are loaded by dynamic import, so they are separate chunks fetched only when used, and
 * dist/bundle (what a WeChat page loads) never holds editor code.
 */
const editorBundle = {
  plugins: [minifyTemplateLiterals(), utf8ByteOrderMark()],
  build: {
    target,
    outDir: 'dist/bundle-editor',
    emptyOutDir: true,
    lib: {entry: {'report-editor': 'src/editor/define.ts'}, formats: ['es' as const]},
    rolldownOptions: {output: {minify: true}},
  },
};

export default defineConfig(({mode}) =>
  mode === 'editor'
    ? editorBundle
    : mode === 'bundle' || mode === 'bundle-dsd'
      ? {
          // Hydration recognizes each template by a digest of its strings as the server rendered them
          // (unminified), so the dsd bundle keeps its template literals as written.
          plugins: [...(mode === 'bundle' ? [minifyTemplateLiterals()] : []), terserAfterMinify(), utf8ByteOrderMark()],
          build: {
            target,
            outDir: 'dist/bundle',
            // `bundle` runs first and empties the folder; `bundle-dsd` adds its two files.
            emptyOutDir: mode === 'bundle',
            lib: {
              entry: mode === 'bundle' ? 'src/all.ts' : 'src/bundle-dsd.ts',
              name: 'DisclosureReport',
              formats: ['es', 'iife'],
              fileName: (format) =>
                `disclosure-report${mode === 'bundle' ? '' : '.dsd'}${format === 'es' ? '' : `.${format}`}.js`,
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
                // importReport() (package.json "./import"): never imported by the viewer entries, so
                // neither its code nor its readers' libraries reach them or dist/bundle.
                'import/index': 'src/import/index.ts',
                // <report-editor> (package.json "./editor"): never imported by the viewer entries.
                'editor/index': 'src/editor/index.ts',
                // Register everything and declare the tags to React's JSX / Vue's templates.
                react: 'src/react.ts',
                vue: 'src/vue.ts',
                // Per-element registering entries (package.json "./define/<tag>.js").
                ...Object.fromEntries(
                  TAGS.map((tag) => [`components/${tag}/define`, `src/components/${tag}/define.ts`]),
                ),
              },
              formats: ['es'],
            },
            rolldownOptions: {
              external: [/^lit(\/|$)/, /^@lit\//, /^fflate$/, /^htmlparser2$/, /^pdfjs-dist(\/|$)/],
              output: {preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js'},
            },
          },
        },
);
