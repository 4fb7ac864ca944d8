/**
 * The library without side effects: element classes (not registered) and the report model.
 * Import `all.js` (or a component's `define.js`) to register the tags.
 */
export * from './model/index.js';
export {ReportElement} from './components/base/report-element.js';
export type {DisclosureErrorDetail, DisclosureFindingsDetail, ReportView} from './components/base/report-element.js';
export {DisclosureTable} from './components/disclosure-table/disclosure-table.js';
export type {DisclosureTableId} from './components/disclosure-table/disclosure-table.js';
export {AppealLitigationGrid} from './components/appeal-litigation-grid/appeal-litigation-grid.js';
export {ReportSection} from './components/report-section/report-section.js';
// Named …Element: `DisclosureReport` is the report JSON type.
export {DisclosureReportElement} from './components/disclosure-report/disclosure-report.js';
