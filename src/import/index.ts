/**
 * The import entry (`disclosure-report/import`): real reports in, from the files offices publish
 * (.docx, pasted .html, .mht, .pdf, .txt). Kept out of the viewer bundle. See docs/import.md.
 */
export {importReport} from './import-report.js';
export {sniffFormat} from './readers.js';
export {ImportRefusal} from './source.js';
export type * from './types.js';
export type * from './source.js';
