/**
 * The HTML reader: a portal page, or a fragment copied from one, as paragraphs and tables in
 * reading order. The report's tables are Word or WPS tables pasted through a CMS editor; they sit
 * among navigation, footers and other tables, and the reader keeps them all (the placer decides
 * which are the report's).
 *
 * htmlparser2 reads the page as a stream of tags (no DOM is built, so a 50 MB page costs only what
 * is kept, and nesting depth is cut off at MAX_DEPTH). Text is what a browser shows: runs of spaces
 * and line breaks in the source become one space, `&nbsp;` stays U+00A0 (it is content on these
 * pages), entities are decoded. The content of script, style, noscript, template, iframe, title,
 * svg and math is not text; nor are comments (Word's conditional comments included).
 *
 * Paragraphs come from p, div, h1–h6, li and the other block elements. In a table cell, <p>,
 * <div>, <br> and the other blocks become '\n'. rowspan and colspan are read defensively (whole
 * numbers 1–1000, anything else 1). A table inside a cell makes the outer table a layout table,
 * as old portals wrap whole pages in one: the outer table's text is read as paragraphs, and the
 * inner tables as tables.
 */
import {Parser} from 'htmlparser2';
import {SourceBuilder, keepsCell, problem, refuseOversizedFile, spanOf, type FoundCell} from './source-builder.js';
import type {SourceDocument} from './source.js';
import {last} from '../model/compat.js';

/** Elements deeper than this are not read (browsers flatten beyond about 512 too). */
const MAX_DEPTH = 512;

const HIDDEN = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'title', 'svg', 'math']);

/** Elements that end a paragraph (outside tables) or a line (inside a cell). */
const BLOCKS = new Set([
  'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'section', 'article',
  'header', 'footer', 'nav', 'main', 'aside', 'blockquote', 'pre', 'address', 'figure', 'figcaption', 'form',
  'fieldset', 'hr', 'center', 'body', 'html', 'caption',
]); // prettier-ignore

/** Text being gathered as lines: a paragraph, or a cell. */
class Lines {
  private readonly done: string[] = [];
  private line = '';

  add(text: string): void {
    this.line += text;
  }

  /** A block boundary: the line ends if it has anything in it. */
  end(): void {
    const line = trimCollapsible(this.line);
    if (line !== '') this.done.push(line);
    this.line = '';
  }

  /** A <br>: the line ends even when empty. */
  brk(): void {
    this.done.push(trimCollapsible(this.line));
    this.line = '';
  }

  take(): string[] {
    this.end();
    const lines = this.done.splice(0);
    while (last(lines) === '') lines.pop();
    while (lines[0] === '') lines.shift();
    return lines;
  }
}

/** Spaces that HTML collapses (never U+00A0) at the ends of a line. */
const trimCollapsible = (line: string) => line.replace(/^[ \t\n\r\f]+|[ \t\n\r\f]+$/g, '');

interface OpenCell {
  readonly lines: Lines;
  readonly rowSpan: number;
  readonly colSpan: number;
}

interface OpenTable {
  rows: FoundCell[][];
  row: FoundCell[] | null;
  cell: OpenCell | null;
  /** A table holding another table: its own cells are read as paragraphs. */
  layout: boolean;
  cells: number;
}

export async function readHtml(text: string): Promise<SourceDocument> {
  refuseOversizedFile(text.length);
  const out = new SourceBuilder();
  const paragraph = new Lines();
  const tables: OpenTable[] = [];
  let depth = 0;
  let hidden = 0;

  /** The innermost table that collects cells, when text goes into one of its cells. */
  const cellTable = () => {
    const table = last(tables);
    return table && !table.layout && table.cell ? table : undefined;
  };
  /** Between two block boundaries there is one paragraph; a <br> in it is a '\n'. */
  const flushParagraph = () => out.paragraph(paragraph.take().join('\n'));
  const endCell = (table: OpenTable) => {
    if (!table.cell) return;
    table.row ??= [];
    const {lines, rowSpan, colSpan} = table.cell;
    if (keepsCell(++table.cells)) table.row.push({text: lines.take().join('\n'), rowSpan, colSpan});
    table.cell = null;
  };
  const endRow = (table: OpenTable) => {
    endCell(table);
    if (table.row && (table.row.length > 0 || keepsCell(table.cells))) table.rows.push(table.row);
    table.row = null;
  };
  /** A table found inside a cell: every table around it becomes a layout table. */
  const toLayout = () => {
    for (const table of tables) {
      if (table.layout) continue;
      table.layout = true;
      for (const row of table.rows)
        for (const cell of row) for (const line of cell.text.split('\n')) out.paragraph(line);
      for (const cell of table.row ?? []) for (const line of cell.text.split('\n')) out.paragraph(line);
      for (const line of table.cell?.lines.take() ?? []) out.paragraph(line);
      table.rows = [];
      table.row = null;
      table.cell = null;
    }
  };

  const boundary = () => {
    const table = cellTable();
    if (table) table.cell!.lines.end();
    else flushParagraph();
  };

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        depth++;
        if (depth > MAX_DEPTH) throw new TooDeep();
        if (out.full) throw new StopReading();
        if (hidden > 0 || HIDDEN.has(name)) {
          hidden++;
          return;
        }
        const table = last(tables);
        if (name === 'table') {
          if (cellTable()) toLayout();
          flushParagraph();
          tables.push({rows: [], row: null, cell: null, layout: false, cells: 0});
        } else if (name === 'tr' && table) {
          if (table.layout) flushParagraph();
          else {
            endRow(table);
            table.row = [];
          }
        } else if ((name === 'td' || name === 'th') && table) {
          if (table.layout) flushParagraph();
          else {
            endCell(table);
            table.cell = {lines: new Lines(), rowSpan: spanOf(attributes.rowspan), colSpan: spanOf(attributes.colspan)};
          }
        } else if (name === 'br') {
          const inCell = cellTable();
          if (inCell) inCell.cell!.lines.brk();
          else paragraph.brk();
        } else if (BLOCKS.has(name)) {
          boundary();
        }
      },
      ontext(data) {
        if (hidden > 0) return;
        const collapsed = data.replace(/[ \t\n\r\f]+/g, ' ');
        const table = cellTable();
        if (table) table.cell!.lines.add(collapsed);
        else if (!last(tables) || last(tables)!.layout || collapsed.trim() !== '') paragraph.add(collapsed);
      },
      onclosetag(name) {
        depth--;
        if (hidden > 0) {
          hidden--;
          return;
        }
        const table = last(tables);
        if (name === 'table' && table) {
          tables.pop();
          if (table.layout) flushParagraph();
          else {
            endRow(table);
            out.table(table.rows);
          }
        } else if ((name === 'td' || name === 'th') && table && !table.layout) {
          endCell(table);
        } else if (name === 'tr' && table && !table.layout) {
          endRow(table);
        } else if (BLOCKS.has(name) || ((name === 'td' || name === 'th' || name === 'tr') && table?.layout)) {
          boundary();
        }
      },
    },
    {decodeEntities: true},
  );
  try {
    parser.end(text);
  } catch (error) {
    if (error instanceof StopReading) return out.finish();
    if (!(error instanceof TooDeep)) throw error;
    out.problems.push(problem('html-too-deep', (texts) => texts.reader.htmlTooDeep(MAX_DEPTH)));
    while (tables.length > 0) {
      const table = tables.pop()!;
      if (!table.layout) {
        endRow(table);
        out.table(table.rows);
      }
    }
  }
  flushParagraph();
  return out.finish();
}

/** Thrown from inside the parser's callbacks to stop it; neither leaves readHtml. */
class TooDeep extends Error {}
class StopReading extends Error {}
