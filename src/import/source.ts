/**
 * What a reader takes out of a file, before anything is placed in the report model.
 *
 * Every input format (.docx, .html, .pdf, .txt) is read into this one shape by its own reader
 * (src/import/read-*.ts); placement (matching rows and columns to the format's labels, reading
 * values, finding the narrative) works on this shape only, so it is written once for all formats.
 *
 * A reader never interprets: it keeps the text of each cell and paragraph as found (whitespace
 * runs, line breaks inside a cell and full-width forms included) and says where it found it.
 */
import type {Message} from '../model/types.js';

/** Where a piece of text was found in the source file, as a person would look it up. */
export interface SourceOrigin {
  /** 0-based index of the table among the tables the reader found (structured sources). */
  readonly table?: number;
  /** 0-based row of the table, or of the rebuilt row (PDF, text). */
  readonly row?: number;
  /** 0-based cell within the row, in source order (not grid column). */
  readonly cell?: number;
  /** 1-based page (PDF). */
  readonly page?: number;
  /** 1-based line (text files; for a PDF, the line on its page). */
  readonly line?: number;
}

/** One cell of a source table. Spans are 1 unless the source says otherwise. */
export interface SourceCell {
  /** The cell's text; paragraphs and `<br>` inside the cell become '\n'. */
  readonly text: string;
  readonly rowSpan: number;
  readonly colSpan: number;
  /**
   * The grid column the cell starts at, where the source says so apart from its cells' order: a
   * .docx row may start past columns it leaves empty (w:gridBefore), which no cell stands for.
   */
  readonly column?: number;
  /**
   * Where a cell rebuilt from a PDF's text was printed across its page (from the left edge, in
   * points): which column header it stands under, when its table has no grid to say so.
   */
  readonly position?: CellPosition;
  readonly origin: SourceOrigin;
}

/** A cell's left and right edge on its page. */
export interface CellPosition {
  readonly x0: number;
  readonly x1: number;
}

/**
 * A table as the source has it.
 *
 * Structured sources (.docx, .html) give real cells with spans: a cell covered by a rowspan or a
 * vMerge continuation is NOT repeated in later rows. Sources rebuilt from text (.pdf, .txt) give
 * one row per line of text, cells split where the source put a gap, and no spans
 * (`structured: false`): a placer must not trust their column positions as a grid.
 */
export interface SourceTable {
  readonly rows: readonly (readonly SourceCell[])[];
  readonly structured: boolean;
  readonly origin: SourceOrigin;
}

/** A block of the document in reading order. */
export type SourceBlock =
  | {readonly kind: 'paragraph'; readonly text: string; readonly origin: SourceOrigin}
  | {readonly kind: 'table'; readonly table: SourceTable};

/** What a reader returns. */
export interface SourceDocument {
  /** Everything in reading order: paragraphs (headings are paragraphs too) and tables. */
  readonly blocks: readonly SourceBlock[];
  /** What the reader could not read, in words (a damaged part, a skipped page). */
  readonly problems: readonly ReaderProblem[];
}

/** A reader's complaint: a code for programs and the words for people, in every registered locale. */
export interface ReaderProblem {
  readonly code: string;
  readonly message: Message;
  readonly origin?: SourceOrigin;
}

/**
 * Thrown by a reader when the file cannot be read at all (not a zip, not a PDF, over a cap).
 * The import turns it into an issue and reports "not readable" (the CLI's exit 2).
 */
export class ImportRefusal extends Error {
  constructor(readonly problem: ReaderProblem) {
    super(problem.message.en);
    this.name = 'ImportRefusal';
  }
}
