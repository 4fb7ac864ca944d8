/**
 * The readers the import knows, and telling a file's format from its name, MIME type and first
 * bytes. Each reader is loaded only when a file of its format comes (a dynamic import), so
 * pdf.js is fetched for PDFs alone.
 *
 * To add a reader, add its line to READERS:
 *   pdf: {input: 'bytes', load: async () => (await import('./read-pdf.js')).readPdf},
 */
import type {SourceDocument} from './source.js';
import type {ImportFormat, ImportOptions} from './types.js';

export type Reader =
  | {
      readonly input: 'bytes';
      load(): Promise<(bytes: Uint8Array, options: ImportOptions) => Promise<SourceDocument>>;
    }
  | {readonly input: 'text'; load(): Promise<(text: string) => Promise<SourceDocument>>};

export const READERS: Partial<Record<ImportFormat, Reader>> = {
  txt: {input: 'text', load: async () => (await import('./read-text.js')).readText},
  docx: {input: 'bytes', load: async () => (await import('./read-docx.js')).readDocx},
  html: {input: 'text', load: async () => (await import('./read-html.js')).readHtml},
  pdf: {input: 'bytes', load: async () => (await import('./read-pdf.js')).readPdf},
  mht: {input: 'bytes', load: async () => (await import('./read-mht.js')).readMht},
};

const startsWith = (bytes: Uint8Array, ...magic: number[]) => magic.every((byte, i) => bytes[i] === byte);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/** Whether `needle` occurs in `bytes` at or after `from` (and, with `at`, only there). */
function holds(bytes: Uint8Array, needle: readonly number[], from = 0, at?: number): boolean {
  const last = at ?? bytes.length - needle.length;
  outer: for (let i = at ?? from; i <= last; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * What a zip is, from its entry names, which it stores as plain bytes (nothing is inflated): a
 * Word document, a spreadsheet, an OpenDocument (its first entry, `mimetype`, is stored
 * uncompressed and names the kind), an OFD document (OFD.xml at its root), or an archive of files.
 */
function zipKind(bytes: Uint8Array): Sniffed {
  if (holds(bytes, ascii('word/document.xml'))) return 'docx';
  if (holds(bytes, ascii('xl/workbook.xml'))) return 'spreadsheet';
  const openDocument = ascii('mimetypeapplication/vnd.oasis.opendocument.');
  if (holds(bytes, openDocument, 0, 30)) {
    return holds(bytes, ascii('text'), 0, 30 + openDocument.length) ? 'odt' : 'spreadsheet';
  }
  if (holds(bytes, ascii('OFD.xml'))) return 'ofd';
  return 'zip';
}

/** A directory entry's name in an OLE file: UTF-16LE, NUL-ended, its byte length (NUL included) at 0x40. */
function oleEntryAt(bytes: Uint8Array, at: number, name: string): boolean {
  const length = (name.length + 1) * 2;
  if (bytes[at + 0x40] !== length || bytes[at + 0x41] !== 0) return false;
  for (let i = 0; i < name.length; i++) {
    if (bytes[at + 2 * i] !== name.charCodeAt(i) || bytes[at + 2 * i + 1] !== 0) return false;
  }
  return true;
}

/**
 * What an OLE compound file (old Word, old Excel, WPS's .wps and .et) holds, from its streams'
 * names: Word's text is in a stream called WordDocument, Excel's (and WPS Spreadsheets') in
 * Workbook (or Book). Directory entries are 128 bytes, aligned to 128 past the 512-byte header,
 * and may lie anywhere in the file, so every aligned place is looked at (following the sector
 * chains would read the same names). WPS Writer saves .wps in Word's binary layout, so only the
 * name tells the two apart.
 */
function oleKind(bytes: Uint8Array, extension: string | undefined): Sniffed {
  for (let at = 512; at + 128 <= bytes.length; at += 128) {
    if (oleEntryAt(bytes, at, 'Workbook') || oleEntryAt(bytes, at, 'Book')) return 'spreadsheet';
    if (oleEntryAt(bytes, at, 'WordDocument')) return extension === 'wps' ? 'wps' : 'doc';
  }
  if (extension === 'wps') return 'wps';
  if (extension === 'xls' || extension === 'et') return 'spreadsheet';
  return 'doc';
}

/** Pictures: PNG, JPEG, GIF, TIFF, WebP, and BMP (its "BM" only with its own length after it). */
function isImage(bytes: Uint8Array): boolean {
  const bmpLength = (bytes[2] ?? 0) | ((bytes[3] ?? 0) << 8) | ((bytes[4] ?? 0) << 16) | ((bytes[5] ?? 0) << 24);
  return (
    startsWith(bytes, 0x89, ...ascii('PNG\r\n'), 0x1a, 0x0a) ||
    startsWith(bytes, 0xff, 0xd8, 0xff) ||
    startsWith(bytes, ...ascii('GIF8')) ||
    startsWith(bytes, ...ascii('II*'), 0) ||
    startsWith(bytes, ...ascii('MM'), 0, 0x2a) ||
    (startsWith(bytes, ...ascii('RIFF')) && holds(bytes, ascii('WEBP'), 0, 8)) ||
    (startsWith(bytes, ...ascii('BM')) && bmpLength === bytes.length)
  );
}

/**
 * A single-file web page (.mht, .mhtml: Word's, IE's and Chrome's "save as one file") begins with
 * mail headers, among them Content-Type multipart/related, before the first blank line.
 */
function isMht(bytes: Uint8Array): boolean {
  let head = '';
  for (let i = 0; i < Math.min(bytes.length, 4096); i++) head += String.fromCharCode(bytes[i]!);
  const headers = head.split(/\r?\n\r?\n/u)[0]!;
  return /^[\w-]+:/u.test(headers) && /^content-type:\s*multipart\/related\b/imu.test(headers);
}

/** Markup of a page or a fragment copied from one (a <table>, <p> or <div> at least). */
export function looksLikeHtml(text: string): boolean {
  return /<(?:!doctype\s+html|html|head|body|meta|table|tbody|tr|td|p|div|span|br)\b/i.test(text.slice(0, 4096));
}

/** What the import knows a file to be: a format it reads, or a kind it refuses with what to do instead. */
export type Sniffed = ImportFormat | 'zip' | 'rtf' | 'text' | 'wps' | 'spreadsheet' | 'odt' | 'ofd' | 'image';

/**
 * What a file is. The first bytes decide when they can (%PDF, a zip and the entries it names, an
 * OLE compound file and the streams it names, {\rtf, a picture, a single-file web page's headers);
 * then the name's extension; then the MIME type. 'text' means: decode it, then look for markup
 * (html) or take it as .txt.
 */
export function sniffFormat(name: string, type: string, bytes: Uint8Array): Sniffed {
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (startsWith(bytes, 0x25, 0x50, 0x44, 0x46)) return 'pdf';
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04)) return zipKind(bytes);
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return oleKind(bytes, extension);
  if (startsWith(bytes, 0x7b, 0x5c, 0x72, 0x74, 0x66)) return 'rtf';
  if (isImage(bytes)) return 'image';
  if (isMht(bytes) || extension === 'mht' || extension === 'mhtml' || /multipart\/related/i.test(type)) return 'mht';
  if (extension === 'htm' || extension === 'html' || /html/i.test(type)) return 'html';
  if (extension === 'txt' || /^text\/plain/i.test(type)) return 'txt';
  return 'text';
}

/** A charset an HTML page declares in its first bytes (<meta charset> or http-equiv). */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  let head = '';
  for (let i = 0; i < Math.min(bytes.length, 2048); i++) head += String.fromCharCode(bytes[i]!);
  return /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1];
}
