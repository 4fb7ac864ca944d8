#!/usr/bin/env node
// The CLI is compiled TypeScript: `npm run build:node` in a clone; the published package ships it built (prepack).
let cli;
try {
  cli = await import('../dist/node/cli/main.js');
} catch (error) {
  process.stderr.write(`disclosure-report: the CLI is not built (run \`npm run build:node\`).\n${error}\n`);
  process.exit(2);
}
process.exitCode = await cli.main(process.argv.slice(2));
