/**
 * The PDF reader: a report printed or exported to PDF (Word, WPS, LibreOffice, a browser's
 * "print to PDF") read back into a SourceDocument with pdf.js (pdfjs-dist).
 *
 * pdf.js gives positioned text runs and drawing operators, not paragraphs or tables; the steps
 * under ./pdf/ rebuild those as a person sees them: ruled tables from their borders (cells with
 * spans), furniture (running headers, page numbers) dropped, lines joined into paragraphs.
 *
 * pdf.js normally parses in a Web Worker. This reader runs its worker code on the calling thread
 * unless the page has set pdf.js's `GlobalWorkerOptions.workerPort` (a Worker of
 * `pdfjs-dist/legacy/build/pdf.worker.mjs`): a report is a few pages, and it then works the same
 * in Node, in a Vite-built page and in any bundler without serving a worker file. The legacy build
 * is used everywhere because it carries the built-ins Node 20 and older WebViews lack.
 */
import type {ImportWords} from '../model/texts/import-catalog.js';
import {IMPORT_LIMITS} from './limits.js';
import {problem} from './source-builder.js';
import {ImportRefusal, type ReaderProblem, type SourceBlock, type SourceDocument} from './source.js';
import {dropFurniture} from './pdf/furniture.js';
import {layOut, type LaidOutPage} from './pdf/layout.js';
import {linesOf} from './pdf/lines.js';
import {readPageContent, type PageContent} from './pdf/page-content.js';
import {findRuledTables} from './pdf/ruled-tables.js';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let pdfjsLoading: Promise<PdfJs> | undefined;

/** pdf.js and its worker code, loaded once, on the first PDF. */
function loadPdfJs(): Promise<PdfJs> {
  pdfjsLoading ??= (async () => {
    const [pdfjs, worker] = await Promise.all([
      import('pdfjs-dist/legacy/build/pdf.mjs'),
      import('pdfjs-dist/legacy/build/pdf.worker.mjs'),
    ]);
    // pdf.js's documented hook for running its worker on the main thread (used unless a workerPort is set).
    (globalThis as {pdfjsWorker?: unknown}).pdfjsWorker = worker;
    return pdfjs;
  })();
  pdfjsLoading.catch(() => (pdfjsLoading = undefined));
  return pdfjsLoading;
}

const refuse = (code: string, words: ImportWords): never => {
  throw new ImportRefusal(problem(code, words));
};

/** What a caller may tell the reader. */
export interface ReadPdfOptions {
  /**
   * Where pdf.js's character maps (the files of `pdfjs-dist/cmaps/`) are served, with a trailing
   * slash. A PDF whose Chinese fonts are not embedded names its characters through them; without
   * them its text cannot be read. In Node they are found in node_modules by default.
   */
  cMapUrl?: string;
}

/** pdfjs-dist's cmaps/ folder where the module resolver can say (Node), else nothing. */
function installedCMaps(): string | undefined {
  try {
    const runtime = globalThis as {process?: {versions?: {node?: string}}};
    const resolve = (import.meta as {resolve?: (specifier: string) => string}).resolve;
    if (!runtime.process?.versions?.node || !resolve) return undefined;
    const url = new URL('./cmaps/', resolve('pdfjs-dist/package.json'));
    // pdf.js reads them with fs in Node, which takes a path.
    return url.protocol === 'file:' ? decodeURIComponent(url.pathname) : url.href;
  } catch {
    return undefined;
  }
}

/** Rules on one page above this are a drawing or an attack, not table borders: the page is read as text only. */
const MAX_RULES_PER_PAGE = 20_000;

export async function readPdf(bytes: Uint8Array, options: ReadPdfOptions = {}): Promise<SourceDocument> {
  if (bytes.length > IMPORT_LIMITS.fileBytes) {
    const mb = Math.round(IMPORT_LIMITS.fileBytes / 1024 / 1024);
    refuse('pdf-too-large', (texts) => texts.reader.pdfTooLarge(mb));
  }
  // A PDF starts with %PDF- (some writers put a little junk before it; readers allow 1 KB).
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (!head.includes('%PDF-')) {
    refuse('pdf-not-pdf', (texts) => texts.reader.pdfNotPdf);
  }

  const pdfjs = await loadPdfJs();
  const cMapUrl = options.cMapUrl ?? installedCMaps();
  const task = pdfjs.getDocument({
    ...(cMapUrl ? {cMapUrl, cMapPacked: true} : {}),
    // pdf.js may take over the buffer; the caller keeps theirs.
    data: bytes.slice(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  try {
    let document: Awaited<typeof task.promise>;
    try {
      document = await task.promise;
    } catch (error) {
      const name = (error as {name?: string})?.name;
      // Without an onPassword handler pdf.js rejects at once when it needs a password.
      if (name === 'PasswordException') return refuse('pdf-encrypted', (texts) => texts.reader.pdfEncrypted);
      return refuse('pdf-unreadable', (texts) => texts.reader.pdfUnreadable);
    }
    return await readDocument(pdfjs, document, cMapUrl !== undefined);
  } finally {
    await task.destroy().catch(() => undefined);
  }
}

async function readDocument(
  pdfjs: PdfJs,
  document: import('pdfjs-dist/legacy/build/pdf.mjs').PDFDocumentProxy,
  withCMaps: boolean,
) {
  const problems: ReaderProblem[] = [];
  const pageCount = Math.min(document.numPages, IMPORT_LIMITS.pdfPages);
  if (document.numPages > IMPORT_LIMITS.pdfPages) {
    const pages = document.numPages;
    problems.push(
      problem('pdf-pages-over-cap', (texts) => texts.reader.pdfPagesOverCap(pages, IMPORT_LIMITS.pdfPages)),
    );
  }

  const pages: {page: number; content: PageContent}[] = [];
  for (let number = 1; number <= pageCount; number++) {
    try {
      const page = await document.getPage(number);
      const content = await readPageContent(page, pdfjs.OPS);
      page.cleanup();
      pages.push({page: number, content});
    } catch {
      const page = number;
      problems.push(problem('pdf-page-unreadable', (texts) => texts.reader.pdfPageUnreadable(page), {page}));
    }
  }
  if (!pages.some(({content}) => content.runs.some((run) => run.text.trim() !== ''))) {
    refuse('pdf-no-text', ({reader}) =>
      !pages.length ? reader.pdfNoPages : withCMaps ? reader.pdfScanned : reader.pdfNoTextWithoutCMaps,
    );
  }

  const laidOut = pages.map(({page, content}) => {
    let tables: ReturnType<typeof findRuledTables> = {tables: [], inside: new Set()};
    if (content.rules.length <= MAX_RULES_PER_PAGE) tables = findRuledTables(content, page);
    else problems.push(problem('pdf-page-drawing', (texts) => texts.reader.pdfPageDrawing(page), {page}));
    const lines = linesOf(content.runs.filter((run) => !tables.inside.has(run)));
    return {page, height: content.height, lines, tables: tables.tables};
  });
  const bodies = dropFurniture(laidOut);
  const blocks: SourceBlock[] = layOut(
    laidOut.map(({page, lines, tables}, i): LaidOutPage => {
      const numbers = new Map(lines.map((line, n) => [line, n + 1]));
      return {page, tables, lines: bodies[i].map((line) => ({...line, page, number: numbers.get(line)!}))};
    }),
  );
  if (blocks.length > IMPORT_LIMITS.blocks) {
    problems.push(problem('pdf-blocks-over-cap', (texts) => texts.reader.pdfBlocksOverCap(IMPORT_LIMITS.blocks)));
    blocks.length = IMPORT_LIMITS.blocks;
  }
  return {blocks, problems};
}
