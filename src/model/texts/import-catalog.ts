/**
 * The part of a locale's catalog that only the importer reads (src/import: the editor's file
 * import and the CLI's `import`): what it says of a file it cannot read, of a reader's trouble,
 * and of each cell it could not place. Each built-in locale holds it in <key>.import.ts, which only
 * import-locales.ts imports, so the viewer bundle carries none of it. One interface, so a locale's
 * file that misses a text does not compile.
 *
 * Values come formatted (numbers as printed, sizes in MB, source texts already quoted 「…」), so a
 * catalog only orders words around them. Words of the source document (「无」, the title line, a
 * 2019 column header) come as values too: they are what the file says, in Chinese in every locale.
 */

/** What the importer says in one case, taken from a locale's words (an issue's or a problem's message). */
export type ImportWords = (texts: ImportTexts) => string;

/** A locale's words of the import. */
export interface ImportTexts {
  /** Where in the source file a text was found, part by part. */
  readonly origin: {
    readonly page: (page: number) => string;
    readonly table: (table: number) => string;
    readonly row: (row: number) => string;
    readonly line: (line: number) => string;
    readonly cell: (cell: number) => string;
    /**
     * A part after the parts before it, outermost first: 「第 2 页」 + 「第 14 行」, "page 2" + "line 14"
     * (a template of strings, as every other, so that translation tools see two placeholders).
     */
    readonly next: (before: string, part: string) => string;
  };
  /**
   * An issue's message: the cell's or section's name (the format's header chain, or '' for the
   * file as a whole), where in the file ('' when unknown), and what happened.
   */
  readonly located: (name: string, where: string, what: string) => string;
  /** Why a whole file was not read: its kind, its size, an unexpected error. */
  readonly file: {
    readonly tooLarge: (megabytes: number, limitMegabytes: number) => string;
    readonly doc: string;
    readonly rtf: string;
    /** WPS Writer's own format (an OLE file, as .doc is). */
    readonly wps: string;
    /** A spreadsheet: .xls, .xlsx, WPS's .et, .ods. */
    readonly spreadsheet: string;
    /** An OpenDocument text (LibreOffice's .odt). */
    readonly odt: string;
    /** OFD, China's fixed-layout e-document format. */
    readonly ofd: string;
    /** A zip that is none of the document formats above: an archive of files. */
    readonly zip: string;
    /** A picture (.png, .jpg, …): a table photographed or scanned. */
    readonly image: string;
    /** A single-file web page (.mht, .mhtml) without the page in it. */
    readonly mhtNoPage: string;
    readonly noData: string;
    readonly noReader: (format: string) => string;
    /** `error` is the error's own text (not translated). */
    readonly readFailed: (error: string) => string;
    readonly noReport: string;
  };
  /** What a reader (read-*.ts) could not read: a cap reached, a damaged part, a refused file. */
  readonly reader: {
    readonly fileTooLarge: (megabytes: number, limitMegabytes: number) => string;
    readonly tooManyBlocks: (limit: number) => string;
    /** `table` counts from 1. */
    readonly tableTooLarge: (table: number, limit: number) => string;
    readonly textTooLarge: string;
    readonly textTableTooLarge: (line: number, limit: number) => string;
    readonly htmlTooDeep: (depth: number) => string;
    readonly docxNotAZip: string;
    /** `name`: the zip entries named, as they are in the file. */
    readonly docxTooLargeUnzipped: (name: string, entryMegabytes: number, totalMegabytes: number) => string;
    readonly docxDamaged: (name: string) => string;
    readonly docxNoDocument: string;
    readonly docxMalformed: string;
    /** `section`, `part`: numbers Word generates (「一、」, 「（一）」), as examples. */
    readonly docxAutoNumbering: (section: string, part: string) => string;
    readonly pdfTooLarge: (megabytes: number) => string;
    readonly pdfNotPdf: string;
    readonly pdfEncrypted: string;
    readonly pdfUnreadable: string;
    readonly pdfPagesOverCap: (pages: number, limit: number) => string;
    readonly pdfPageUnreadable: (page: number) => string;
    readonly pdfNoPages: string;
    /** No text on any page although the character maps were at hand: a scan. */
    readonly pdfScanned: string;
    /** No text on any page, and no character maps to read unembedded Chinese fonts with. */
    readonly pdfNoTextWithoutCMaps: string;
    readonly pdfPageDrawing: (page: number) => string;
    readonly pdfBlocksOverCap: (limit: number) => string;
  };
  /** What placing the text in the report's cells and sections could not do, or did loosely. */
  readonly place: {
    readonly tooManyRows: (limit: number) => string;
    readonly tooManyTables: (found: number, limit: number) => string;
    readonly tableMissing: string;
    /** A report table found a second time after other report tables: a second report in the file. */
    readonly tableRepeated: string;
    /** `header`: a column header of the 2019 format, quoted, as an example. */
    readonly format2019: (header: string) => string;
    /** `row`: the row of table 三 printed undivided, as the format names it. */
    readonly undividedRow: (row: string) => string;
    readonly rowMissing: string;
    /** `label`: the source row's label, quoted. */
    readonly rowUnmatched: (label: string) => string;
    /** `title`: the title line looked for, quoted. */
    readonly titleMissing: (title: string) => string;
    readonly sectionMissing: string;
    readonly rowAmbiguous: (values: number, columns: number) => string;
    readonly tableAmbiguous: (values: number, columns: number) => string;
    readonly columnMissing: string;
    /** A row rebuilt from text whose headers contradict its values' order or places. */
    readonly columnsUnclear: string;
    readonly cellMissing: string;
    readonly dataRowMissing: string;
    /** A value read with a remark in brackets, which became the cell's annotation. */
    readonly remark: (value: number, remark: string) => string;
    readonly dashAsBlank: (text: string) => string;
    /** `word`: the source's word for "none", quoted. */
    readonly noneAsZero: (word: string) => string;
    readonly placedByPosition: (label: string) => string;
    readonly placedByPositionWithoutHeaders: string;
    readonly notWhole: (text: string) => string;
    readonly yuan: (text: string) => string;
    readonly notANumber: (text: string) => string;
  };
}
