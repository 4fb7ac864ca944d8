/**
 * The viewer elements' fixed texts (status and load messages, list headings, cell markers), one
 * catalog per locale (zh.ui.ts, en.ui.ts), keyed by id. The interface is the list of ids: a catalog
 * that misses one, or words one with the wrong parameters, does not compile. The elements read the
 * catalog of the locale they render in (`uiTexts()`, src/i18n/localization.ts).
 *
 * A template takes its values already formatted, so a catalog only orders words around them; it
 * never branches on them (scripts/texts-xliff.mjs calls each with placeholders for translators).
 */
export interface UiTexts {
  // Loading a report, and a report that cannot be shown.
  readonly loading: (url: string) => string;
  readonly srcInvalid: (url: string) => string;
  readonly loadNotFound: (url: string, status: number) => string;
  readonly loadServerError: (url: string, status: number) => string;
  readonly loadHttp: (url: string, status: number) => string;
  readonly loadNetwork: (url: string) => string;
  readonly loadTimeout: (url: string, seconds: number) => string;
  readonly loadTooLarge: (url: string, megabytes: number) => string;
  readonly loadNotJson: (url: string) => string;
  readonly loadInvalid: (url: string) => string;
  readonly retry: string;
  readonly noData: string;
  readonly unreadable: string;
  readonly moreIssues: (count: number) => string;
  readonly reportIssues: string;
  readonly sectionIssues: string;
  readonly sectionNoText: string;
  readonly tableUnusable: string;
  /** A wrong attribute value, quoted as given. */
  readonly badSectionAttribute: (given: string) => string;
  readonly badTableAttribute: (given: string) => string;
  readonly publishedOn: string;
  // A table's cells, and the lists beneath it.
  readonly blank: string;
  readonly invalidMarker: string;
  readonly blankNote: string;
  readonly findingMarker: (n: number) => string;
  readonly findingMarkerChecked: (n: number) => string;
  readonly noteMarker: (n: number) => string;
  readonly findingsHeading: string;
  readonly findingsCount: (count: number) => string;
  readonly noFindings: string;
  readonly findingCells: string;
  readonly moreCells: (count: number) => string;
  readonly notesHeading: string;
  readonly issuesHeading: string;
}
