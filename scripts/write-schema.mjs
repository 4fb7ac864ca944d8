#!/usr/bin/env node
// Writes schema/disclosure-report.schema.json from the report's shape in src/model/schema.ts
// (`npm run schema`, which compiles dist/node first). The file is committed and shipped; test/model/schema.test.mjs fails
// when it differs from what this script would write.
import {writeFileSync} from 'node:fs';
import {reportJsonSchemaText} from '../dist/node/model/json-schema.js';

const target = new URL('../schema/disclosure-report.schema.json', import.meta.url);
writeFileSync(target, reportJsonSchemaText());
console.log(`wrote ${target.pathname}`);
