/**
 * Reading a .txt file: text copied out of a PDF, as the seed report is. Paragraphs are the
 * non-blank lines; table rows are the lines that come in runs of cells (split at tabs, or at gaps
 * of two or more spaces), or that end in numbers set apart by spaces (「规章 0 0 0」). Empty tab
 * fields are kept as empty cells: their position tells which column a missing value belongs to.
 * Page numbers left in the text are skipped, so a table cut by one stays one table.
 */
import {IMPORT_LIMITS} from './limits.js';
import {problem} from './source-builder.js';
import type {ReaderProblem, SourceBlock, SourceCell, SourceDocument} from './source.js';
import {ImportRefusal} from './source.js';
import {isPageNumber} from './page-number.js';

/** A number-like run, full-width digits and grouping included, or a dash or slash standing for "nothing". */
const VALUE_TOKEN = /^(?:[\d０-９][\d０-９,，.．]*|[-—–/／])$/u;

function cellsOf(line: string): string[] | undefined {
  if (line.includes('\t')) return line.split('\t');
  const gapped = line.trim().split(/ {2,}|\u3000+/u);
  if (gapped.length >= 2) return gapped;
  // 「行政许可 0」: a label, then numbers separated by single spaces.
  const tokens = line.trim().split(/\s+/u);
  let values = 0;
  while (values < tokens.length && VALUE_TOKEN.test(tokens[tokens.length - 1 - values]!)) values++;
  if (values === 0 || (values < tokens.length && /[。；;]$/u.test(tokens[tokens.length - 1 - values]!)))
    return undefined;
  if (values === tokens.length) return tokens;
  return [tokens.slice(0, tokens.length - values).join(' '), ...tokens.slice(tokens.length - values)];
}

export async function readText(text: string): Promise<SourceDocument> {
  if (text.length > IMPORT_LIMITS.fileBytes) {
    throw new ImportRefusal(problem('too-large', (texts) => texts.reader.textTooLarge));
  }
  const blocks: SourceBlock[] = [];
  const problems: ReaderProblem[] = [];
  let rows: SourceCell[][] = [];
  let cellCount = 0;
  let firstRowLine = 0;
  const endTable = () => {
    if (rows.length) {
      blocks.push({kind: 'table', table: {rows, structured: false, origin: {line: firstRowLine}}});
      rows = [];
      cellCount = 0;
    }
  };
  const lines = text.replace(/^\ufeff/u, '').split(/\r\n|\r|\n|\u2028|\u2029/u);
  for (let i = 0; i < lines.length && blocks.length < IMPORT_LIMITS.blocks; i++) {
    const line = lines[i]!;
    const number = i + 1;
    if (line.trim() === '') {
      endTable();
      continue;
    }
    // A page number copied out with the text (「- 3 -」, 「第 3 页 共 5 页」) is neither a row nor report
    // text; a bare 「3」 might be a row's last value wrapped onto a line of its own, and is kept.
    if (isPageNumber(line) && /\D/u.test(line.trim())) continue;
    const cells = cellsOf(line);
    if (cells) {
      if (!rows.length) firstRowLine = number;
      cellCount += cells.length;
      if (cellCount > IMPORT_LIMITS.tableCells) {
        if (!problems.length) problems.push(tooManyCells(number));
        continue;
      }
      rows.push(cells.map((cell, c) => ({text: cell, rowSpan: 1, colSpan: 1, origin: {line: number, cell: c}})));
    } else {
      endTable();
      blocks.push({kind: 'paragraph', text: line.trim(), origin: {line: number}});
    }
  }
  endTable();
  return {blocks, problems};
}

function tooManyCells(line: number): ReaderProblem {
  return problem('too-many-cells', (texts) => texts.reader.textTableTooLarge(line, IMPORT_LIMITS.tableCells), {line});
}
