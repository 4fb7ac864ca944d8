/**
 * importReport(): a file in, a report out, with what could not be read or placed and where each
 * cell came from. Never throws for bad input: a file that cannot be read gives an issue of kind
 * 'unreadable' and a report of blank cells.
 */
import {skeleton} from '../model/repair.js';
import {ReportShape} from '../model/schema.js';
import {decodeText} from '../model/file-encoding.js';
import {validateReport} from '../model/validate.js';
import type {DisclosureReport} from '../model/types.js';
import {IMPORT_LIMITS} from './limits.js';
import {issue} from './place/messages.js';
import {placeDocument} from './place/index.js';
import {READERS, declaredCharset, looksLikeHtml, sniffFormat} from './readers.js';
import {problem} from './source-builder.js';
import {ImportRefusal} from './source.js';
import type {ReaderProblem, SourceDocument} from './source.js';
import type {ImportFormat, ImportInput, ImportIssue, ImportOptions, ImportResult} from './types.js';

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

/** Why a file is refused as a whole (its messages made when it is refused: a locale may be registered later). */
const REFUSALS = {
  tooLarge: (size: number) =>
    problem('too-large', (texts) => texts.file.tooLarge(mb(size), mb(IMPORT_LIMITS.fileBytes))),
  doc: () => problem('doc-format', (texts) => texts.file.doc),
  rtf: () => problem('rtf-format', (texts) => texts.file.rtf),
  wps: () => problem('wps-format', (texts) => texts.file.wps),
  spreadsheet: () => problem('spreadsheet-format', (texts) => texts.file.spreadsheet),
  odt: () => problem('odt-format', (texts) => texts.file.odt),
  ofd: () => problem('ofd-format', (texts) => texts.file.ofd),
  zip: () => problem('not-docx', (texts) => texts.file.zip),
  image: () => problem('image-format', (texts) => texts.file.image),
  noData: () => problem('no-data', (texts) => texts.file.noData),
  noReader: (format: string) => problem('no-reader', (texts) => texts.file.noReader(format)),
} satisfies Record<string, (...args: never[]) => ReaderProblem>;

/** Import one file. `data` is its bytes, or its text when the caller already has text (.txt, .html). */
export async function importReport(input: ImportInput, options: ImportOptions = {}): Promise<ImportResult> {
  try {
    return await importDocument(await read(input, options));
  } catch (error) {
    const refusal: ReaderProblem =
      error instanceof ImportRefusal
        ? error.problem
        : problem('read-failed', (texts) => texts.file.readFailed(errorText(error)));
    return {
      report: skeleton(ReportShape) as DisclosureReport,
      issues: [issue('unreadable', refusal.code, refusal.message, refusal.origin ? {origin: refusal.origin} : {})],
      provenance: {},
    };
  }
}

async function read(input: ImportInput, options: ImportOptions): Promise<SourceDocument> {
  const {data, name = '', type = ''} = input ?? {};
  if (typeof data === 'string') {
    if (data.length > IMPORT_LIMITS.fileBytes) throw new ImportRefusal(REFUSALS.tooLarge(data.length));
    // A single-file web page is ASCII (its parts quoted-printable or base64), so its text is its bytes.
    if (sniffFormat(name, type, new TextEncoder().encode(data.slice(0, 4096))) === 'mht') {
      return readAs('mht', data, options);
    }
    const format = sniffFormat(name, type, new Uint8Array(0));
    return readAs(format === 'html' || (format === 'text' && looksLikeHtml(data)) ? 'html' : 'txt', data);
  }
  if (!(data instanceof Uint8Array) && !(data instanceof ArrayBuffer)) throw new ImportRefusal(REFUSALS.noData());
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (bytes.byteLength > IMPORT_LIMITS.fileBytes) throw new ImportRefusal(REFUSALS.tooLarge(bytes.byteLength));
  const format = sniffFormat(name, type, bytes);
  switch (format) {
    case 'zip':
    case 'rtf':
    case 'wps':
    case 'spreadsheet':
    case 'odt':
    case 'ofd':
    case 'image':
      throw new ImportRefusal(REFUSALS[format]());
    case 'doc':
      if (!READERS.doc) throw new ImportRefusal(REFUSALS.doc());
      return readAs('doc', bytes, options);
    case 'pdf':
    case 'docx':
    case 'mht':
      return readAs(format, bytes, options);
    default: {
      const text = decodeText(bytes, format === 'txt' ? undefined : declaredCharset(bytes));
      return readAs(format === 'html' || (format === 'text' && looksLikeHtml(text)) ? 'html' : 'txt', text);
    }
  }
}

async function readAs(
  format: ImportFormat,
  data: Uint8Array | string,
  options: ImportOptions = {},
): Promise<SourceDocument> {
  const reader = READERS[format];
  if (!reader) throw new ImportRefusal(REFUSALS.noReader(format));
  if (reader.input === 'text') {
    const text = typeof data === 'string' ? data : decodeText(data);
    return (await reader.load())(text);
  }
  return (await reader.load())(typeof data === 'string' ? new TextEncoder().encode(data) : data, options);
}

function importDocument(document: SourceDocument): ImportResult {
  const placed = placeDocument(document);
  const issues: ImportIssue[] = document.problems.map((problem) =>
    issue('note', problem.code, problem.message, problem.origin ? {origin: problem.origin} : {}),
  );
  const nothingFound =
    Object.keys(placed.provenance).length === 0 &&
    !placed.report.title &&
    !placed.report.overview.paragraphs &&
    !placed.report.overview.parts;
  if (nothingFound) {
    issues.push(issue('unreadable', 'no-report', (texts) => texts.file.noReport));
  }
  issues.push(...placed.issues);
  const validation = validateReport(placed.report);
  for (const found of validation.issues) {
    if (found.severity === 'info') continue;
    issues.push({
      code: `invalid-${found.code}`,
      kind: 'value',
      ...(found.path ? {path: found.path} : {}),
      message: found.message,
    });
  }
  return {report: validation.report ?? placed.report, issues, provenance: placed.provenance};
}

function errorText(error: unknown): string {
  try {
    return String(error instanceof Error ? error.message : error).slice(0, 200);
  } catch {
    return '';
  }
}
