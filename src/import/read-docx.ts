/**
 * The .docx reader: the body of word/document.xml as paragraphs and tables in reading order.
 *
 * Only word/document.xml is unzipped (docx-zip.ts, within the caps). Its XML is read with
 * htmlparser2 in XML mode, as a stream of tags: no DTD is read and no entity but XML's own five
 * and numeric references is expanded, so a DOCTYPE's entities (billion laughs, an external SYSTEM
 * file) stay the literal text `&name;`.
 *
 * What is text: w:t in runs (inserted text w:ins included, deleted w:delText and moved-away
 * w:moveFrom left out), w:tab as '\t', w:br and w:cr as '\n', the content of hyperlinks, smart tags
 * and content controls; field codes (w:instrText) and the fallback copy of drawings are not.
 * Tables: w:gridSpan is the colSpan; a w:vMerge "restart" cell spans down over the "continue"
 * cells below it in the same grid column, which are left out (as HTML leaves covered cells out).
 * A table inside a cell becomes text of that cell: its cells separated by '\t', its rows by '\n';
 * but a table of one cell holding tables is a frame drawn around them, and the tables in it are read
 * as tables (its paragraphs as paragraphs). A table in a text box is a table too, read before the
 * paragraph that anchors the text box. Several paragraphs in a cell are joined by '\n'.
 *
 * Word's automatic numbering (w:numPr: a heading numbered 一、 from word/numbering.xml, not typed)
 * is put back in front of the paragraph's text as Word shows it, in the simple cases
 * docx-numbering.ts handles; where it cannot be worked out the reader says so once, as a problem.
 */
import {Parser} from 'htmlparser2';
import {readNumbering, type Numbering} from './docx-numbering.js';
import {unzipParts} from './docx-zip.js';
import {SourceBuilder, keepsCell, problem, refuseOversizedFile, spanOf, type FoundCell} from './source-builder.js';
import {ImportRefusal, type SourceDocument} from './source.js';
import {last, secondToLast} from '../model/compat.js';

const DOCUMENT = 'word/document.xml';
const NUMBERING = 'word/numbering.xml';

export async function readDocx(bytes: Uint8Array): Promise<SourceDocument> {
  refuseOversizedFile(bytes.length);
  const parts = unzipParts(bytes, [DOCUMENT, NUMBERING]);
  const part = parts.get(DOCUMENT);
  if (!part) {
    throw new ImportRefusal(problem('docx-no-document', (texts) => texts.reader.docxNoDocument));
  }
  const numbering = parts.get(NUMBERING);
  const decode = (bytes: Uint8Array) => new TextDecoder('utf-8').decode(bytes);
  return readDocumentXml(decode(part), readNumbering(numbering && decode(numbering)));
}

/** A paragraph being read: its text so far, and its list and level when Word numbers it. */
interface OpenParagraph {
  readonly parts: string[];
  numId?: string;
  level: number;
}

/** A cell being read, with the grid column it starts at (for vMerge). */
interface OpenCell {
  paragraphs: string[];
  /** Tables nested in the cell, by the index of the paragraph their text became (for a frame, below). */
  nested: Map<number, FoundCell[][]>;
  colSpan: number;
  vMerge: 'restart' | 'continue' | null;
  column: number;
}

interface OpenTable {
  rows: OpenCell[][];
  row: OpenCell[] | null;
  cell: OpenCell | null;
  /** Next free grid column in the current row (w:gridBefore shifts the first cell). */
  column: number;
  /** Paragraphs open around the table: more than 0 for a table in a text box. */
  paragraphDepth: number;
  cells: number;
}

/** Elements whose whole content is not document text. */
const SKIPPED = new Set(['w:delText', 'w:moveFrom', 'w:instrText', 'mc:Fallback', 'w:pPr', 'w:rPr', 'w:sectPr']);

const malformed = () => new ImportRefusal(problem('docx-malformed-xml', (texts) => texts.reader.docxMalformed));

/** Reads the XML of word/document.xml (exported for tests of the XML alone). */
export function readDocumentXml(xml: string, numbering: Numbering = readNumbering(undefined)): SourceDocument {
  const out = new SourceBuilder();
  const tables: OpenTable[] = [];
  /** Paragraphs being read: more than one when a text box's paragraphs sit inside a paragraph. */
  const paragraphs: OpenParagraph[] = [];
  const stack: string[] = [];
  let skipDepth = 0;
  let inBody = false;
  let sawBody = false;
  let justOpened: string | null = null;
  let broken = false;
  let unnumbered = false;

  const text = (piece: string) => last(paragraphs)?.parts.push(piece);

  const endParagraph = () => {
    const paragraph = paragraphs.pop()!;
    let content = paragraph.parts.join('');
    if (paragraph.numId !== undefined && paragraph.numId !== '0') {
      const number = numbering.next(paragraph.numId, paragraph.level);
      if (number === undefined) unnumbered = true;
      else content = number + content;
    }
    const table = last(tables);
    if (table?.cell && paragraphs.length === table.paragraphDepth) table.cell.paragraphs.push(content);
    else if (paragraphs.length > 0) text('\n' + content);
    else out.paragraph(content);
  };

  const endTable = () => {
    const table = tables.pop()!;
    const cells = resolveMerges(table.rows);
    const parent = last(tables);
    const flat = () => cells.map((row) => row.map((cell) => cell.text).join('\t')).join('\n');
    const frame = table.rows.length === 1 && table.rows[0]!.length === 1 ? table.rows[0]![0]! : undefined;
    if (table.paragraphDepth > 0) {
      // A table in a text box is still a table, unless the text box itself sits in a table's cell.
      if (parent) text(flat());
      else out.table(cells);
    } else if (parent?.cell) {
      parent.cell.nested.set(parent.cell.paragraphs.length, cells);
      parent.cell.paragraphs.push(flat());
    } else if (frame && frame.nested.size > 0) {
      // One cell holding tables: a frame drawn around the report's tables, not a table of its own.
      frame.paragraphs.forEach((paragraph, i) => {
        const nested = frame.nested.get(i);
        if (nested) out.table(nested);
        else out.paragraph(paragraph);
      });
    } else out.table(cells);
  };

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        stack.push(name);
        justOpened = name;
        // w:p › w:pPr › w:numPr › w:ilvl | w:numId: the paragraph's place in a Word list.
        if (
          secondToLast(stack) === 'w:numPr' &&
          stack[stack.length - 3] === 'w:pPr' &&
          stack[stack.length - 4] === 'w:p'
        ) {
          const paragraph = last(paragraphs);
          if (paragraph && name === 'w:numId') paragraph.numId = attributes['w:val'];
          if (paragraph && name === 'w:ilvl') paragraph.level = listLevel(attributes['w:val']);
        }
        if (skipDepth > 0 || SKIPPED.has(name)) {
          skipDepth++;
          return;
        }
        if (name === 'w:body') inBody = sawBody = true;
        if (!inBody) return;
        const table = last(tables);
        switch (name) {
          case 'w:p':
            paragraphs.push({parts: [], level: 0});
            break;
          case 'w:tab':
            if (secondToLast(stack) === 'w:r') text('\t');
            break;
          case 'w:br':
          case 'w:cr':
            if (secondToLast(stack) === 'w:r') text('\n');
            break;
          case 'w:tbl':
            tables.push({rows: [], row: null, cell: null, column: 0, paragraphDepth: paragraphs.length, cells: 0});
            break;
          case 'w:tr':
            if (table) {
              table.row = [];
              table.column = 0;
            }
            break;
          case 'w:gridBefore':
            if (table?.row && table.row.length === 0) table.column += spanOf(attributes['w:val']);
            break;
          case 'w:tc':
            if (table?.row)
              table.cell = {paragraphs: [], nested: new Map(), colSpan: 1, vMerge: null, column: table.column};
            break;
          case 'w:gridSpan':
            if (table?.cell) table.cell.colSpan = spanOf(attributes['w:val']);
            break;
          case 'w:vMerge':
            if (table?.cell) table.cell.vMerge = attributes['w:val'] === 'restart' ? 'restart' : 'continue';
            break;
        }
      },
      ontext(data) {
        justOpened = null;
        if (skipDepth === 0 && inBody && last(stack) === 'w:t') text(data);
      },
      onclosetag(name, isImplied) {
        // htmlparser2 reports a self-closed tag (<w:br/>) as an implied close right after its
        // open; any other implied close is an element the XML never closed.
        if (isImplied && justOpened !== name) broken = true;
        justOpened = null;
        stack.pop();
        if (skipDepth > 0) {
          skipDepth--;
          return;
        }
        if (!inBody) return;
        const table = last(tables);
        switch (name) {
          case 'w:body':
            inBody = false;
            break;
          case 'w:p':
            if (paragraphs.length > 0) endParagraph();
            break;
          case 'w:tc':
            if (table?.row && table.cell) {
              if (keepsCell(++table.cells)) table.row.push(table.cell);
              table.column += table.cell.colSpan;
              table.cell = null;
            }
            break;
          case 'w:tr':
            if (table?.row) {
              if (table.row.length > 0 || keepsCell(table.cells)) table.rows.push(table.row);
              table.row = null;
            }
            break;
          case 'w:tbl':
            if (table) endTable();
            break;
        }
      },
    },
    {xmlMode: true, decodeEntities: true},
  );
  parser.end(xml);
  if (broken || !sawBody) throw malformed();
  if (unnumbered) {
    out.problems.push(problem('docx-auto-numbering', (texts) => texts.reader.docxAutoNumbering('一、', '（一）')));
  }
  return out.finish();
}

/** Word's list levels are 0–8; anything else is taken as the first. */
function listLevel(value: string | undefined): number {
  const level = Number(value);
  return Number.isInteger(level) && level >= 0 && level <= 8 ? level : 0;
}

/**
 * Cells with their spans: a vMerge "restart" cell spans the "continue" cells below it in its grid
 * column, which are dropped. A "continue" cell with nothing to continue is kept as a cell.
 */
function resolveMerges(rows: readonly OpenCell[][]): FoundCell[][] {
  const continues = (row: number, column: number) =>
    rows[row]?.some((cell) => cell.vMerge === 'continue' && cell.column === column) ?? false;
  const covered = new Set<OpenCell>();
  return rows.map((row, r) =>
    row.flatMap((cell) => {
      if (covered.has(cell)) return [];
      let rowSpan = 1;
      if (cell.vMerge === 'restart') {
        while (continues(r + rowSpan, cell.column)) {
          covered.add(rows[r + rowSpan]!.find((below) => below.vMerge === 'continue' && below.column === cell.column)!);
          rowSpan++;
        }
      }
      return [{text: cell.paragraphs.join('\n'), rowSpan, colSpan: cell.colSpan, column: cell.column}];
    }),
  );
}
