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
import {ImportRefusal} from './source.js';
import type {ReaderProblem, SourceDocument} from './source.js';
import type {ImportFormat, ImportInput, ImportIssue, ImportOptions, ImportResult} from './types.js';

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

const REFUSALS = {
  tooLarge: (size: number): ReaderProblem => ({
    code: 'too-large',
    message: {
      zh: `文件大小 ${mb(size)} MB，超过导入上限 ${mb(IMPORT_LIMITS.fileBytes)} MB，未读取`,
      en: `the file is ${mb(size)} MB, beyond the import limit of ${mb(IMPORT_LIMITS.fileBytes)} MB; not read`,
    },
  }),
  doc: {
    code: 'doc-format',
    message: {
      zh: '这是旧版 Word 文件（.doc），无法直接读取：请在 Word 或 WPS 中“另存为” .docx 后再导入',
      en: 'this is an old Word file (.doc), which cannot be read directly: save it as .docx in Word or WPS, then import that',
    },
  },
  rtf: {
    code: 'rtf-format',
    message: {
      zh: '这是 RTF 文件，无法直接读取：请在 Word 或 WPS 中“另存为” .docx 后再导入',
      en: 'this is an RTF file, which cannot be read directly: save it as .docx in Word or WPS, then import that',
    },
  },
  zip: {
    code: 'not-docx',
    message: {
      zh: '这是一个压缩包，但不是 Word 文档（.docx），无法读取',
      en: 'this is a zip archive but not a Word document (.docx); it cannot be read',
    },
  },
  noData: {
    code: 'no-data',
    message: {
      zh: '没有可导入的内容：请给出文件的字节（Uint8Array、ArrayBuffer）或文本',
      en: "nothing to import: give the file's bytes (Uint8Array, ArrayBuffer) or its text",
    },
  },
  noReader: (format: string): ReaderProblem => ({
    code: 'no-reader',
    message: {zh: `暂不支持读取 .${format} 文件`, en: `.${format} files cannot be read yet`},
  }),
} satisfies Record<string, ReaderProblem | ((...args: never[]) => ReaderProblem)>;

/** Import one file. `data` is its bytes, or its text when the caller already has text (.txt, .html). */
export async function importReport(input: ImportInput, options: ImportOptions = {}): Promise<ImportResult> {
  try {
    return await importDocument(await read(input, options));
  } catch (error) {
    const problem: ReaderProblem =
      error instanceof ImportRefusal
        ? error.problem
        : {
            code: 'read-failed',
            message: {
              zh: `读取文件时出错（${errorText(error)}），未导入`,
              en: `reading the file failed (${errorText(error)}); nothing was imported`,
            },
          };
    return {
      report: skeleton(ReportShape) as DisclosureReport,
      issues: [issue('unreadable', problem.code, problem.message, problem.origin ? {origin: problem.origin} : {})],
      provenance: {},
    };
  }
}

async function read(input: ImportInput, options: ImportOptions): Promise<SourceDocument> {
  const {data, name = '', type = ''} = input ?? {};
  if (typeof data === 'string') {
    if (data.length > IMPORT_LIMITS.fileBytes) throw new ImportRefusal(REFUSALS.tooLarge(data.length));
    const format = sniffFormat(name, type, new Uint8Array(0));
    return readAs(format === 'html' || (format === 'text' && looksLikeHtml(data)) ? 'html' : 'txt', data);
  }
  if (!(data instanceof Uint8Array) && !(data instanceof ArrayBuffer)) throw new ImportRefusal(REFUSALS.noData);
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (bytes.byteLength > IMPORT_LIMITS.fileBytes) throw new ImportRefusal(REFUSALS.tooLarge(bytes.byteLength));
  const format = sniffFormat(name, type, bytes);
  switch (format) {
    case 'zip':
    case 'rtf':
      throw new ImportRefusal(REFUSALS[format]);
    case 'doc':
      if (!READERS.doc) throw new ImportRefusal(REFUSALS.doc);
      return readAs('doc', bytes, options);
    case 'pdf':
    case 'docx':
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
    issues.push(
      issue('unreadable', 'no-report', {
        zh: '文件中未找到年度报告：既没有标题行，也没有报告的表格',
        en: 'no annual report was found in the file: neither its title line nor its tables',
      }),
    );
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
