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
  const html = decodeTransfer(page);
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
  const nextDelimiter = (from: number) => {
    const found = body.indexOf(`\n${delimiter}`, from);
    return found === -1 ? -1 : found + 1;
  };
  const parts: string[] = [];
  let at = body.startsWith(delimiter) ? 0 : nextDelimiter(0);
  while (at !== -1 && !body.startsWith(`${delimiter}--`, at)) {
    const start = body.indexOf('\n', at);
    if (start === -1) break;
    const next = nextDelimiter(start);
    parts.push(body.slice(start + 1, next === -1 ? body.length : next - 1).replace(/\r$/u, ''));
    at = next;
  }
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

/** The part's body as the bytes it stands for: quoted-printable and base64 undone. */
function decodeTransfer(part: Part): Uint8Array {
  const encoding = (part.headers.get('content-transfer-encoding') ?? '').toLowerCase();
  if (encoding === 'quoted-printable') return unquote(part.body);
  if (encoding === 'base64') {
    const clean = part.body.replace(/[^A-Za-z0-9+/]/gu, '');
    try {
      return bytesOf(atob(clean.slice(0, clean.length - (clean.length % 4))));
    } catch {
      return new Uint8Array(0);
    }
  }
  return bytesOf(part.body);
}

const hexValue = (code: number) =>
  code >= 0x30 && code <= 0x39
    ? code - 0x30
    : (code | 0x20) >= 0x61 && (code | 0x20) <= 0x66
      ? (code | 0x20) - 0x57
      : -1;

/** Quoted-printable (RFC 2045): `=XX` is a byte, `=` at a line's end joins it to the next; in one pass, as pages run to megabytes. */
function unquote(text: string): Uint8Array {
  const bytes = bytesOf(text);
  let out = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] !== 0x3d) {
      bytes[out++] = bytes[i]!;
      continue;
    }
    const [high, low] = [hexValue(bytes[i + 1] ?? 0), hexValue(bytes[i + 2] ?? 0)];
    if (high >= 0 && low >= 0) {
      bytes[out++] = high * 16 + low;
      i += 2;
    } else if (bytes[i + 1] === 0x0a) i += 1;
    else if (bytes[i + 1] === 0x0d && bytes[i + 2] === 0x0a) i += 2;
    else bytes[out++] = 0x3d;
  }
  return bytes.subarray(0, out);
}

/**
 * Bytes as text, one character a byte, by the platform's fast decoder: 'latin1' is windows-1252 to
 * a TextDecoder, which gives 0x80–0x9F other characters (0x80 is €), so bytesOf maps those back.
 */
const latin1 = (bytes: Uint8Array) => new TextDecoder('latin1').decode(bytes);

const WINDOWS_1252_BACK = new Map(
  Array.from({length: 32}, (_, i) => [latin1(Uint8Array.of(0x80 + i)).charCodeAt(0), 0x80 + i] as const),
);

function bytesOf(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes[i] = code < 0x100 ? code : (WINDOWS_1252_BACK.get(code) ?? 0x3f);
  }
  return bytes;
}
