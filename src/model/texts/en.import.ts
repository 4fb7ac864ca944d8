/** The import's words in English (ids in import-catalog.ts). */
import type {ImportTexts} from './import-catalog.js';

/** "1 value", "3 values": English needs the number's plural; Chinese has none. */
const values = (count: number) => `${count} ${count === 1 ? 'value' : 'values'}`;

export const enImport: ImportTexts = {
  origin: {
    page: (page) => `page ${page}`,
    table: (table) => `table ${table}`,
    row: (row) => `row ${row}`,
    line: (line) => `line ${line}`,
    cell: (cell) => `cell ${cell}`,
    next: (before, part) => `${before}, ${part}`,
  },
  located: (name, where, what) => {
    const head = [name, where && `(${where})`].filter(Boolean).join(' ');
    return head ? `${head}: ${what}` : what;
  },
  file: {
    tooLarge: (megabytes, limit) => `the file is ${megabytes} MB, beyond the import limit of ${limit} MB; not read`,
    doc: 'this is an old Word file (.doc), which cannot be read directly: save it as .docx in Word or WPS, then import that',
    rtf: 'this is an RTF file, which cannot be read directly: save it as .docx in Word or WPS, then import that',
    wps: 'this is a WPS Writer file (.wps), which cannot be read directly: save it as .docx in WPS, then import that',
    spreadsheet:
      "this is a spreadsheet (Excel or WPS Spreadsheets), not a report that can be imported: import the report's own Word file (.docx), web page or a PDF with text",
    odt: 'this is an OpenDocument text (.odt), which cannot be read directly: save it as .docx in WPS, Word or LibreOffice, then import that',
    ofd: "this is an OFD document, which cannot be read: import the same report's Word file (.docx), web page or a PDF with text (OFD readers can export a PDF)",
    zip: 'this is a zip archive, not a Word document (.docx), and cannot be read: unzip it, then import the report file in it (.docx, a web page or a PDF with text)',
    image:
      "this is a picture, whose text cannot be read: import the report's Word file (.docx), web page or a PDF with text",
    mhtNoPage:
      'this single-file web page (.mht) holds no page to read: open it in a browser, save it as a web page (.html) and import that',
    noData: "nothing to import: give the file's bytes (Uint8Array, ArrayBuffer) or its text",
    noReader: (format) => `.${format} files cannot be read yet`,
    readFailed: (error) => `reading the file failed (${error}); nothing was imported`,
    noReport: 'no annual report was found in the file: neither its title line nor its tables',
  },
  reader: {
    fileTooLarge: (megabytes, limit) =>
      `The file is too large (${megabytes} MB, above the ${limit} MB limit) and was not read.`,
    tooManyBlocks: (limit) => `The document has more than ${limit} paragraphs and tables; what follows was not read.`,
    tableTooLarge: (table, limit) => `Table ${table} has more than ${limit} cells; its later cells were not read.`,
    textTooLarge: 'the text is beyond the import limit; not read',
    textTableTooLarge: (line, limit) =>
      `the table from line ${line} on has more than ${limit} cells; the rest was not read`,
    htmlTooDeep: (depth) => `The page nests elements more than ${depth} deep; what follows was not read.`,
    docxNotAZip:
      'This file is not a valid .docx (it cannot be read as a zip archive). If it is an old Word document (.doc), save it as .docx in Word or WPS and import that.',
    docxTooLargeUnzipped: (name, entry, total) =>
      `${name} in this .docx unzips to more than ${entry} MB (${total} MB in all): it may be a zip bomb, and was not read.`,
    docxDamaged: (name) => `This .docx is damaged: ${name} inside it cannot be unzipped.`,
    docxNoDocument: 'This file is not a Word document: the archive has no word/document.xml.',
    docxMalformed: 'This .docx is damaged: the XML of its text is incomplete or malformed.',
    docxAutoNumbering: (section, part) =>
      `Some paragraphs are numbered automatically by Word (a generated "${section}" or "${part}") and some of those numbers could not be worked out: those paragraphs come without their number.`,
    pdfTooLarge: (megabytes) => `The PDF is larger than ${megabytes} MB and was not read.`,
    pdfNotPdf: 'This is not a PDF file (it does not start with %PDF).',
    pdfEncrypted: 'The PDF is protected by a password and cannot be read. Export a copy without a password.',
    pdfUnreadable: 'The PDF is damaged or incomplete and cannot be read.',
    pdfPagesOverCap: (pages, limit) => `The PDF has ${pages} pages; only the first ${limit} were read.`,
    pdfPageUnreadable: (page) => `Page ${page} is damaged and was not read.`,
    pdfNoPages: 'The PDF has no page that could be read.',
    pdfScanned:
      'The PDF holds no text: it is probably a scan (pictures of pages). Use a PDF with text, the Word file or the web page.',
    pdfNoTextWithoutCMaps:
      'No text could be read from the PDF: it is a scan, or its Chinese fonts are not embedded (pdf.js’s character maps, cmaps, are not available here). Use the Word file or the web page.',
    pdfPageDrawing: (page) =>
      `Page ${page} draws too many lines: it was read as text only, and its tables may be missed.`,
    pdfBlocksOverCap: (limit) => `The PDF holds more than ${limit} paragraphs and tables; the rest was not read.`,
  },
  place: {
    tooManyRows: (limit) => `this table has more than ${limit} rows; the rest were not read`,
    tooManyTables: (found, limit) => `the file has ${found} tables; only the first ${limit} were read`,
    tableMissing: 'this table was not found in the file; its cells are left blank',
    tableRepeated:
      'this table appears again in the file (perhaps a second report, of another year); only its first appearance is imported, not this one',
    format2019: (header) =>
      `this table is in the 2019 trial format (e.g. a ${header} column), whose columns mean other things than the 2021 format; not imported: fill it in as the 2021 format asks`,
    undividedRow: (row) => `${row} is printed as one row (the 2019 layout); imported as one row`,
    rowMissing: 'this row was not found in the file; its cells are left blank',
    rowUnmatched: (label) => `the values of the row ${label} match no row of the table; not imported`,
    titleMissing: (title) => `no title line ${title} was found, so the agency and year could not be read`,
    sectionMissing: 'the heading of this section was not found; its text is empty',
    rowAmbiguous: (count, columns) =>
      `the row has ${values(count)} for ${columns} columns, so which value belongs where cannot be told; left blank`,
    tableAmbiguous: (count, columns) =>
      `the table has ${values(count)} for ${columns} columns, so which value belongs where cannot be told; left blank`,
    columnMissing: "the table's header has no such column; left blank",
    columnsUnclear:
      "the table's column headers do not say which column this row's values are under (a value under no header, or two under one; or, in copied text, headers in another order than the format's); left blank",
    cellMissing: 'the source row has no value in this column; left blank',
    dataRowMissing: 'the data row of this table was not found; left blank',
    remark: (value, remark) => `read as ${value}; the remark in brackets ${remark} became the cell's annotation`,
    dashAsBlank: (text) => `${text} imported as blank (null), not as 0`,
    noneAsZero: (word) => `${word} ("none") imported as 0`,
    placedByPosition: (label) =>
      `the row label ${label} could not be read; placed here by its position in the table: please confirm`,
    placedByPositionWithoutHeaders:
      "the table's headers could not be read; placed here by the value's position in the table: please confirm",
    notWhole: (text) => `${text} is not a whole number, as a count must be; left blank`,
    yuan: (text) => `${text} is in yuan, but this cell is in 10,000 yuan; not converted, left blank`,
    notANumber: (text) => `${text} is not a number; left blank`,
  },
};
