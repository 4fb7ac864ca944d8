/**
 * What the .docx and HTML readers share: collecting blocks in reading order with their origins
 * within the caps of limits.ts (so a hostile file cannot grow a document without end), and the
 * complaints they have in common, in every locale.
 */
import type {ImportWords} from '../model/texts/import-catalog.js';
import {importMessage} from '../model/texts/import-locales.js';
import {IMPORT_LIMITS} from './limits.js';
import {
  ImportRefusal,
  type ReaderProblem,
  type SourceBlock,
  type SourceCell,
  type SourceDocument,
  type SourceOrigin,
} from './source.js';

/** A cell as a reader finds it, before it has its place in the document. */
export interface FoundCell {
  readonly text: string;
  readonly rowSpan: number;
  readonly colSpan: number;
  /** The grid column it starts at, when the source says (SourceCell.column). */
  readonly column?: number;
}

/**
 * Blocks in reading order. Paragraphs are numbered from 1 in `origin.line` (for .docx and HTML,
 * "line" is the paragraph's number among the document's paragraphs); tables from 0 in
 * `origin.table`, each cell with its row and its index in the row.
 */
export class SourceBuilder {
  private readonly blocks: SourceBlock[] = [];
  readonly problems: ReaderProblem[] = [];
  private paragraphs = 0;
  private tables = 0;
  /** True once the block cap is reached: a reader may stop reading, nothing more will be kept. */
  full = false;

  private room(): boolean {
    if (this.blocks.length < IMPORT_LIMITS.blocks) return true;
    if (!this.full) this.problems.push(tooManyBlocks());
    this.full = true;
    return false;
  }

  paragraph(text: string): void {
    if (text === '' || !this.room()) return;
    this.paragraphs++;
    this.blocks.push({kind: 'paragraph', text, origin: {line: this.paragraphs}});
  }

  table(found: readonly (readonly FoundCell[])[]): void {
    if (found.length === 0 || !this.room()) return;
    const table = this.tables++;
    let cells = 0;
    const rows: SourceCell[][] = [];
    for (const [row, foundRow] of found.entries()) {
      if (cells + foundRow.length > IMPORT_LIMITS.tableCells) {
        this.problems.push(tooManyCells({table, row}));
        break;
      }
      cells += foundRow.length;
      rows.push(
        foundRow.map(({text, rowSpan, colSpan, column}, cell) => ({
          text,
          rowSpan,
          colSpan,
          ...(column === undefined ? {} : {column}),
          origin: {table, row, cell},
        })),
      );
    }
    this.blocks.push({kind: 'table', table: {rows, structured: true, origin: {table}}});
  }

  finish(): SourceDocument {
    return {blocks: this.blocks, problems: this.problems};
  }
}

/**
 * Whether a reader still keeps cells of a table that has `cells` so far: one past the cap, so
 * that `SourceBuilder.table` sees the overflow and says so, and no more (a hostile table's cells
 * are not all held in memory).
 */
export const keepsCell = (cells: number): boolean => cells <= IMPORT_LIMITS.tableCells + 1;

/** A span as a source gives it: a whole number from 1 to 1000, anything else 1. */
export function spanOf(value: string | undefined): number {
  if (value === undefined || !/^\s*\d{1,4}\s*$/.test(value)) return 1;
  const span = Number(value);
  return span >= 1 && span <= 1000 ? span : 1;
}

/** A reader's problem, its message in every registered locale from the locale's import words. */
export function problem(code: string, words: ImportWords, origin?: SourceOrigin): ReaderProblem {
  const message = importMessage(words);
  return origin ? {code, message, origin} : {code, message};
}

const megabytes = (bytes: number) => Math.round(bytes / (1024 * 1024));

/** Refuses an input above the file cap, before reading any of it. */
export function refuseOversizedFile(bytes: number): void {
  if (bytes <= IMPORT_LIMITS.fileBytes) return;
  throw new ImportRefusal(
    problem('file-too-large', (texts) =>
      texts.reader.fileTooLarge(megabytes(bytes), megabytes(IMPORT_LIMITS.fileBytes)),
    ),
  );
}

/** More blocks than a report can have: what was read is kept, the rest is said to be dropped. */
export const tooManyBlocks = (): ReaderProblem =>
  problem('too-many-blocks', (texts) => texts.reader.tooManyBlocks(IMPORT_LIMITS.blocks));

/** More cells in one table than the cap: its later cells are dropped and said to be. */
export const tooManyCells = (origin: SourceOrigin): ReaderProblem =>
  problem(
    'table-too-large',
    (texts) => texts.reader.tableTooLarge((origin.table ?? 0) + 1, IMPORT_LIMITS.tableCells),
    origin,
  );
