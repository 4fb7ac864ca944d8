// Median time of the PDF reader (src/import/read-pdf.ts) on the committed PDF fixtures: the
// 淮安 2024 report printed by Chromium and converted by LibreOffice (test/fixtures/import).
// `npm run build:node && node scripts/bench-read-pdf.mjs [runs]` (default 15 runs after 2 warm-ups;
// the first read also loads pdf.js, reported apart). Wall-clock in one Node process.
import {readFileSync} from 'node:fs';
import {performance} from 'node:perf_hooks';
import {readPdf} from '../dist/node/import/read-pdf.js';

const runs = Number(process.argv[2] ?? 15);
const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
const fixtures = ['huaian-2024.chromium.pdf', 'huaian-2024.libreoffice.pdf', 'xiguan-2024.chromium.pdf'];

let first = true;
for (const name of fixtures) {
  const bytes = new Uint8Array(readFileSync(new URL(`../test/fixtures/import/${name}`, import.meta.url)));
  const times = [];
  for (let i = 0; i < runs + 2; i++) {
    const start = performance.now();
    const document = await readPdf(bytes);
    const elapsed = performance.now() - start;
    if (first) console.log(`first read, pdf.js loading included: ${elapsed.toFixed(0)} ms`);
    first = false;
    if (i >= 2) times.push(elapsed);
    if (!document.blocks.length) throw new Error(`${name}: nothing read`);
  }
  console.log(
    `${name} (${(bytes.length / 1024).toFixed(0)} KB): median ${median(times).toFixed(0)} ms over ${runs} runs`,
  );
}
