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
};

const startsWith = (bytes: Uint8Array, ...magic: number[]) => magic.every((byte, i) => bytes[i] === byte);

/** Whether a zip holds a Word document: its entry names are stored as plain bytes. */
function zipHasWordDocument(bytes: Uint8Array): boolean {
  const needle = [...'word/document.xml'].map((c) => c.charCodeAt(0));
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** Markup of a page or a fragment copied from one (a <table>, <p> or <div> at least). */
export function looksLikeHtml(text: string): boolean {
  return /<(?:!doctype\s+html|html|head|body|meta|table|tbody|tr|td|p|div|span|br)\b/i.test(text.slice(0, 4096));
}

export type Sniffed = ImportFormat | 'zip' | 'rtf' | 'text';

/**
 * What a file is. The first bytes decide when they can (%PDF, a zip, an OLE compound file as old
 * .doc is, {\rtf); then the name's extension; then the MIME type. 'text' means: decode it, then
 * look for markup (html) or take it as .txt.
 */
export function sniffFormat(name: string, type: string, bytes: Uint8Array): Sniffed {
  if (startsWith(bytes, 0x25, 0x50, 0x44, 0x46)) return 'pdf';
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04)) return zipHasWordDocument(bytes) ? 'docx' : 'zip';
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return 'doc';
  if (startsWith(bytes, 0x7b, 0x5c, 0x72, 0x74, 0x66)) return 'rtf';
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
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
