/** Registers every element of the library and re-exports the classes and model. */
import './components/disclosure-table/define.js';
import './components/appeal-litigation-grid/define.js';
import './components/report-section/define.js';
import './components/disclosure-report/define.js';

export * from './index.js';
