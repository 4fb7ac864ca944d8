// `npm start`: the demo page, served by Vite straight from the TypeScript sources.
import {defineConfig} from 'vite';
import {fileURLToPath} from 'node:url';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  server: {port: 5173, strictPort: false, fs: {allow: ['..']}},
  build: {outDir: '../dist/demo', emptyOutDir: true},
});
