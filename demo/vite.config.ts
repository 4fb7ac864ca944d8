// `npm start`: the demo page, served by Vite straight from the TypeScript sources.
//
// The report files the page loads (/reports/<id>.json) are made from src/examples, never copied by
// hand: served on request in dev, written as assets by `vite build`.
import {createServer, defineConfig, type Plugin, type ViteDevServer} from 'vite';
import {readFileSync, readdirSync} from 'node:fs';
import {createRequire} from 'node:module';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';

const examplesModule = fileURLToPath(new URL('../src/examples/index.ts', import.meta.url));
const root = fileURLToPath(new URL('.', import.meta.url));

interface Example {
  id: string;
  report: unknown;
}

async function loadExamples(server: ViteDevServer): Promise<Example[]> {
  const module = (await server.ssrLoadModule(examplesModule)) as {examples: Example[]};
  return module.examples;
}

function exampleReports(): Plugin {
  return {
    name: 'example-reports',
    configureServer(server) {
      server.middlewares.use(async (request, response, next) => {
        const match = /^\/reports\/([\w-]+)\.json(?:\?|$)/.exec(request.url ?? '');
        if (!match) return next();
        try {
          const example = (await loadExamples(server)).find((candidate) => candidate.id === match[1]);
          if (!example) {
            response.statusCode = 404;
            response.end(`No example report "${match[1]}" in src/examples.`);
            return;
          }
          response.setHeader('content-type', 'application/json; charset=utf-8');
          response.end(JSON.stringify(example.report, null, 2));
        } catch (error) {
          next(error);
        }
      });
    },
    async generateBundle() {
      // A throw-away dev server only to run the TypeScript examples module.
      const server = await createServer({
        configFile: false,
        root,
        logLevel: 'silent',
        server: {middlewareMode: true, hmr: false, ws: false},
        appType: 'custom',
      });
      try {
        for (const example of await loadExamples(server)) {
          this.emitFile({
            type: 'asset',
            fileName: `reports/${example.id}.json`,
            source: JSON.stringify(example.report, null, 2),
          });
        }
      } finally {
        await server.close();
      }
    },
  };
}

/**
 * pdf.js's character maps at /cmaps/: a PDF that names its Chinese fonts without embedding them (as
 * Word and WPS do when embedding is off) can only be read through them, and the drop zone says
 * where they are. Served from node_modules in dev, written as assets by `vite build`.
 */
function pdfCharacterMaps(): Plugin {
  const folder = join(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'), '..', 'cmaps');
  return {
    name: 'pdf-character-maps',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const match = /^\/cmaps\/([\w.-]+\.bcmap)(?:\?|$)/.exec(request.url ?? '');
        if (!match) return next();
        try {
          const bytes = readFileSync(join(folder, match[1]));
          response.setHeader('content-type', 'application/octet-stream');
          response.end(bytes);
        } catch {
          response.statusCode = 404;
          response.end();
        }
      });
    },
    generateBundle() {
      for (const name of readdirSync(folder).filter((file) => file.endsWith('.bcmap')))
        this.emitFile({type: 'asset', fileName: `cmaps/${name}`, source: readFileSync(join(folder, name))});
    },
  };
}

export default defineConfig({
  root,
  plugins: [exampleReports(), pdfCharacterMaps()],
  server: {port: 5173, strictPort: false, fs: {allow: ['..']}},
  build: {
    outDir: '../dist/demo',
    emptyOutDir: true,
    // Both pages: the viewer demo (index.html) and the editor demo (editor.html). Vite builds only
    // index.html unless told, so the built demo had no editor page.
    rolldownOptions: {input: {index: join(root, 'index.html'), editor: join(root, 'editor.html')}},
  },
});
