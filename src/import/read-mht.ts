/**
 * A single-file web page (.mht, .mhtml: what Word, WPS, Internet Explorer and Chrome save as "one
 * file"): a MIME message whose text/html part is the page, quoted-printable or base64, often in
 * GBK/GB2312. The page is taken out and read by the HTML reader; its pictures and styles are not
 * needed. Home-made rather than a mail library: only one part is wanted, and finding it takes
 * header unfolding, a boundary split and two transfer decodings, where a mail parser would bring
 * address, attachment and header-word decoding the import never uses.
 */
import {decodeText} from '../model/file-encoding.js';
import {readHtml} from './read-html.js';
import {declaredCharset} from './readers.js';
import {problem, refuseOversizedFile} from './source-builder.js';
import {ImportRefusal, type SourceDocument} from './source.js';

/** Parts inside parts (multipart/alternative in multipart/related) deeper than this are not looked into. */
const MAX_NESTING = 4;

interface Part {
  readonly headers: ReadonlyMap<string, string>;
  /** The body as bytes, one char per byte (latin1), still transfer-encoded. */
  readonly body: string;
}

export async function readMht(bytes: Uint8Array): Promise<SourceDocument> {
  refuseOversizedFile(bytes.length);
  const page = htmlPart(splitPart(latin1(bytes)), 0);
  if (!page) throw new ImportRefusal(problem('mht-no-page', (texts) => texts.file.mhtNoPage));
  const html = bytesOf(decodeTransfer(page));
  return readHtml(decodeText(html, parameter(page.headers.get('content-type'), 'charset') ?? declaredCharset(html)));
}

/** The first text/html part, looking into nested multiparts in order. */
function htmlPart(part: Part, depth: number): Part | undefined {
  const type = part.headers.get('content-type') ?? 'text/plain';
  if (/^\s*text\/html\b/iu.test(type)) return part;
  const boundary = parameter(type, 'boundary');
  if (!/^\s*multipart\//iu.test(type) || !boundary || depth >= MAX_NESTING) return undefined;
  for (const inner of bodyParts(part.body, boundary)) {
    const found = htmlPart(splitPart(inner), depth + 1);
    if (found) return found;
  }
  return undefined;
}

/** The parts between `--boundary` lines, up to the closing `--boundary--`; text before the first is not a part. */
function bodyParts(body: string, boundary: string): string[] {
  const delimiter = `--${boundary}`;
  const parts: string[] = [];
  let part: string[] | undefined;
  for (const line of body.split(/\r?\n/u)) {
    if (!line.startsWith(delimiter)) {
      part?.push(line);
      continue;
    }
    if (part) parts.push(part.join('\n'));
    if (line.startsWith(`${delimiter}--`)) return parts;
    part = [];
  }
  if (part) parts.push(part.join('\n'));
  return parts;
}

/** Headers (folded lines joined, names lower-cased) and the body after the first blank line. */
function splitPart(text: string): Part {
  const end = /\r?\n\r?\n/u.exec(text);
  const head = end ? text.slice(0, end.index) : text;
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/gu, ' ').split(/\r?\n/u)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return {headers, body: end ? text.slice(end.index + end[0].length) : ''};
}

/** A header's parameter (`charset="gb2312"`, `boundary=----=_NextPart…`), unquoted. */
function parameter(header: string | undefined, name: string): string | undefined {
  const match = new RegExp(`;\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'iu').exec(header ?? '');
  return match ? (match[1] ?? match[2]) : undefined;
}

/** The part's body as the bytes it stands for (latin1 string), quoted-printable and base64 undone. */
function decodeTransfer(part: Part): string {
  const encoding = (part.headers.get('content-transfer-encoding') ?? '').toLowerCase();
  if (encoding === 'quoted-printable') {
    return part.body
      .replace(/=\r?\n/gu, '')
      .replace(/=([0-9A-Fa-f]{2})/gu, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  }
  if (encoding === 'base64') {
    const clean = part.body.replace(/[^A-Za-z0-9+/]/gu, '');
    try {
      return atob(clean.slice(0, clean.length - (clean.length % 4)));
    } catch {
      return '';
    }
  }
  return part.body;
}

function latin1(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return text;
}

function bytesOf(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i) & 0xff;
  return bytes;
}
