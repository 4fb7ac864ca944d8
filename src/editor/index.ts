/**
 * The editor entry (`disclosure-report/editor`): registers <report-editor>. A separate entry and
 * bundle file, so pages that only show reports never load it (docs/editor.md).
 */
export {ReportEditor} from './define.js';
export type {EditorBlock, ReportChangeDetail} from './report-editor.js';
export {readEntry, type Entry, type EntryProblem} from './numbers.js';
