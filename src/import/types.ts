/**
 * What `importReport()` gives back: the report, what it could not read or place, and where every
 * table cell came from. Readers (read-*.ts) produce a SourceDocument (source.ts); the placer turns
 * that into these.
 */
import type {DisclosureReport, Message} from '../model/types.js';
import type {SourceOrigin} from './source.js';

/** A cell path as in src/model/paths.ts, e.g. `requests.results.withheld.stateSecret.naturalPerson`. */
export type CellPath = string;

/** How a cell's value was matched to its place in the format. */
export type Placement =
  /** Its row and column labels matched the format's labels. */
  | 'label'
  /** Its row's labels were unreadable, but the table had the official shape and order: placed by its position in it. */
  | 'position';

/** Where one placed cell of tables 二, 三 and 四 came from. */
export interface CellProvenance {
  readonly origin: SourceOrigin;
  readonly placedBy: Placement;
}

/**
 * The kinds of import issue, from worst to mildest:
 * - `unreadable`: the file (or a part of it) could not be read at all;
 * - `unplaced`: a table cell left null because no value could be placed there without guessing,
 *   or a source value that fits no cell;
 * - `confirm`: placed by position, not by label: someone should look at it;
 * - `value`: a cell's text that is not a number the format allows (the cell is left null);
 * - `note`: information (a repaired extraction artifact, a heading found by a loose match).
 */
export type ImportIssueKind = 'unreadable' | 'unplaced' | 'confirm' | 'value' | 'note';

export interface ImportIssue {
  /** Stable, for programs and tests (e.g. 'cell-missing', 'not-a-number', 'unsupported-format'). */
  readonly code: string;
  readonly kind: ImportIssueKind;
  /** The cell or field of the report it is about, when there is one. */
  readonly path?: CellPath;
  /** Where in the source file, when known. */
  readonly origin?: SourceOrigin;
  readonly message: Message;
}

/** What the caller hands over: the file's bytes (or its text), with its name and MIME type when known. */
export interface ImportInput {
  readonly data: Uint8Array | ArrayBuffer | string;
  /** The file name; its extension helps tell the format. */
  readonly name?: string;
  /** The MIME type, e.g. from a File or an HTTP response. */
  readonly type?: string;
}

export interface ImportOptions {
  /**
   * Where pdf.js's character maps (the files of `pdfjs-dist/cmaps/`) are served, with a trailing
   * slash. A PDF that names its Chinese fonts without embedding them can only be read through them.
   * Node finds them in node_modules; a page must serve them and say where.
   */
  readonly cMapUrl?: string;
}

export interface ImportResult {
  /**
   * The report as read: cells not found are null. `validateReport` accepts it whenever the file
   * named its year (the title line); the import never makes a year up, so a file without one, or
   * one that could not be read at all, gives year null and an issue saying so (docs/import.md).
   */
  readonly report: DisclosureReport;
  readonly issues: readonly ImportIssue[];
  /** One entry per placed cell of tables 二, 三 and 四. A cell without an entry was not placed. */
  readonly provenance: Readonly<Record<CellPath, CellProvenance>>;
}

/** The input formats the import knows. */
export type ImportFormat = 'docx' | 'html' | 'pdf' | 'txt' | 'doc' | 'mht';
