// The example report files as `npm run examples` writes them (shared with their test).
import {examples} from '../dist/node/examples/index.js';

/** One file per example of src/examples: `<id>.json`, indented, ending in a newline. */
export function exampleFiles() {
  return examples.map(({id, report}) => ({name: `${id}.json`, text: JSON.stringify(report, null, 2) + '\n'}));
}
