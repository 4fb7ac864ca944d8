/** English texts of the viewer elements' UI (ids in ui.ts). */
import type {UiTexts} from './ui.js';

export const enUi: UiTexts = {
  loading: (url) => `Loading the report: ${url}`,
  srcInvalid: (url) => `The report ${url} contains data errors; no values are shown where the errors are.`,
  loadNotFound: (url, status) => `Could not load the report ${url}: the server has no such file (HTTP ${status}).`,
  loadServerError: (url, status) =>
    `Could not load the report ${url}: the server had an error; please try again later (HTTP ${status}).`,
  loadHttp: (url, status) => `Could not load the report ${url} (the server returned HTTP ${status}).`,
  loadNetwork: (url) => `Could not load the report ${url} (network error).`,
  loadTimeout: (url, seconds) =>
    `Could not load the report ${url} (the server did not answer within ${seconds} seconds).`,
  loadTooLarge: (url, megabytes) =>
    `Could not load the report ${url} (the file is larger than the ${megabytes} MB limit).`,
  loadNotJson: (url) => `Could not read the report ${url}: the content is not JSON.`,
  loadInvalid: (url) => `Could not read the report ${url}: the content is not a valid report.`,
  retry: 'Retry',
  noData: 'No report data was provided.',
  unreadable: 'The report data cannot be read:',
  moreIssues: (count) => `${count} more problem(s) not listed.`,
  reportIssues: 'Parts of the report contain errors and are not shown:',
  sectionIssues: 'Part of this section cannot be shown:',
  sectionNoText: 'The report gives no text for this section.',
  tableUnusable: 'The data of this table cannot be used, so the table is not shown.',
  badSectionAttribute: (given) =>
    `The section attribute must be overview, proactive, requests, appeals, problems or otherMatters (it is "${given}").`,
  badTableAttribute: (given) => `The table attribute must be "proactive" or "requests" (it is "${given}").`,
  publishedOn: 'Published: ',
  blank: 'blank',
  invalidMarker: 'invalid',
  blankNote: '“—” marks a cell the report leaves blank; it is not a zero.',
  findingMarker: (n) => `Finding ${n}`,
  findingMarkerChecked: (n) => `Finding ${n}: checked cell`,
  noteMarker: (n) => `Note ${n}`,
  findingsHeading: 'Findings of the arithmetic checks',
  findingsCount: (count) => `(${count} in total)`,
  noFindings: 'No inconsistencies were found in the data.',
  findingCells: 'Cells concerned',
  moreCells: (count) => `and ${count} more cells`,
  notesHeading: 'Notes',
  issuesHeading: 'Data problems',
};
