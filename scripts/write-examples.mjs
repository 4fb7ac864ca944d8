#!/usr/bin/env node
// Writes examples/<id>.json from src/examples (`npm run examples`, which compiles dist/node
// first): report files to start from, to try `check` on, or to serve as `src`. The files are
// committed and shipped; test/model/examples.test.mjs fails when they differ from what this
// script would write, so the TypeScript examples stay the one source.
import {mkdirSync, writeFileSync} from 'node:fs';
import {exampleFiles} from './example-files.mjs';

const dir = new URL('../examples/', import.meta.url);
mkdirSync(dir, {recursive: true});
for (const {name, text} of exampleFiles()) {
  writeFileSync(new URL(name, dir), text);
  console.log(`wrote examples/${name}`);
}
