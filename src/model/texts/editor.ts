/**
 * The editor's fixed texts (<report-editor>: its form, toolbar, messages), one catalog per locale
 * (zh.editor.ts, en.editor.ts), keyed by id, checked complete by this interface as ui.ts checks
 * the viewer's. Only the editor reads them (editor-catalogs.ts): the viewer bundle carries none.
 *
 * A template takes its values already formatted, so a catalog only orders words around them; it
 * never branches on them (scripts/texts-xliff.mjs calls each with placeholders for translators).
 */
export interface EditorTexts {
  readonly problemNotNumberDecimal: string;
  readonly problemNotNumber: string;
  readonly problemNegative: string;
  readonly problemNotWhole: string;
  readonly problemTooLarge: string;
  readonly blank: string;
  readonly filled: (count: number) => string;
  readonly pastedByLabel: (count: number) => string;
  readonly pastedAs2021: (rows: number, count: number) => string;
  readonly pastedAs2019: (rows: number, count: number) => string;
  readonly pastedCellsOutside: (cellsLeftOut: number) => string;
  readonly pastedRowsLeftOut: (rowsLeftOut: number, cellsLeftOut: number) => string;
  readonly pastedSplitHint: string;
  readonly cellFinding: (numbers: string) => string;
  readonly confirmPosition: string;
  readonly confirmUnplaced: string;
  readonly loadFailed: (url: string, reason: string) => string;
  readonly previousFailed: (url: string, reason: string) => string;
  readonly unreadable: (problem: string) => string;
  readonly undone: (count: number) => string;
  readonly redone: (count: number) => string;
  readonly saved: string;
  readonly nothingToFill: string;
  readonly prefilled: (count: number) => string;
  readonly nothingToPrefill: string;
  readonly splitDone: string;
  readonly reading: (name: string) => string;
  readonly opened: (name: string) => string;
  readonly restored: string;
  readonly downloadEntry: (name: string) => string;
  readonly downloadRefused: (problems: string) => string;
  readonly downloaded: (name: string) => string;
  readonly copied: string;
  readonly copyFailed: string;
  readonly liveFindings: (count: number) => string;
  readonly liveNone: string;
  readonly toolbar: string;
  readonly open: string;
  readonly save: string;
  readonly undo: string;
  readonly redo: string;
  readonly fillAll: string;
  readonly prefill: string;
  readonly download: string;
  readonly draftRegion: string;
  readonly draftFound: (savedAt: string) => string;
  readonly restore: string;
  readonly discard: string;
  readonly openedTitle: (name: string) => string;
  readonly openedAgency: (agency: string, year: string) => string;
  readonly openedCells: (read: number, cells: number) => string;
  readonly openedPositions: (positions: number) => string;
  readonly openedUnplaced: (unplaced: number) => string;
  readonly openedQuestion: string;
  readonly openedReplace: string;
  readonly openedCancel: string;
  readonly metadata: string;
  readonly preview: string;
  readonly parts: string;
  readonly tableHint: string;
  readonly undividedNote: string;
  readonly splitOther: string;
  readonly splitBefore: (numbers: string) => string;
  readonly embed: string;
  readonly embedLabel: string;
  readonly copyEmbed: string;
  readonly previewLoading: string;
  readonly langZh: string;
  readonly previewEn: string;
  readonly previewBoth: string;
  readonly previewLang: string;
  readonly fillOneBlank: string;
  readonly fillOne: (sum: number) => string;
  readonly fillOneCell: (name: string) => string;
  readonly findings: string;
  readonly findingsCount: (count: number) => string;
  readonly noFindings: string;
  readonly findingsWaiting: (count: number) => string;
  readonly langEn: string;
  readonly fieldInLang: (label: string, language: string) => string;
  readonly agency: string;
  readonly year: string;
  readonly title: string;
  readonly publishedOn: string;
  readonly paragraphs: string;
  readonly part: (number: number) => string;
  readonly partTitle: string;
  readonly removePart: string;
  readonly addPart: string;
  /** Two sentences as one message (Chinese runs them on; English puts a space between). */
  readonly sentences: (first: string, second: string) => string;
  /** Between the items of a short list (finding numbers, the numbers of a row). */
  readonly listSeparator: string;
  /** Between problems in one sentence. */
  readonly problemSeparator: string;
  /** After a list cut short. */
  readonly ellipsis: string;
}
