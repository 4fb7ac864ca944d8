/**
 * Caps for reading files people upload or point the CLI at. A report is a few pages: every real
 * one is far below these, and a file above them is refused with a message instead of being read.
 */
export const IMPORT_LIMITS = {
  /** Bytes of any input file, as given. */
  fileBytes: 50 * 1024 * 1024,
  /** Bytes of one entry of a .docx once unzipped, and of all entries read together. */
  zipEntryBytes: 20 * 1024 * 1024,
  zipTotalBytes: 40 * 1024 * 1024,
  /** PDF pages read; a report has about 5–15. */
  pdfPages: 100,
  /** Cells in one source table, rows in one source document. */
  tableCells: 10_000,
  blocks: 50_000,
} as const;
