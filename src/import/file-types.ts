/**
 * What a file picker for the import offers (the `accept` of an `<input type="file">`): the kinds
 * importReport() reads, and the two office formats it refuses with directions (.doc, .wps). An
 * official whose report is still a .doc or a .wps can then pick it and be told to save it as .docx,
 * instead of not finding it in the picker at all. The editor and the demo both offer this list;
 * a JSON report is the editor's and the demo's own addition.
 */
export const IMPORT_FILE_TYPES = '.docx,.html,.htm,.mht,.mhtml,.pdf,.txt,.doc,.wps';
