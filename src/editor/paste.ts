/**
 * A block copied from Excel, WPS or a web page, as rows of cell texts. Spreadsheets put
 * tab-separated text on the clipboard (TSV, with quotes around a cell that holds a tab, a line
 * break or a quote); web pages and Word put an HTML table. The HTML is parsed by the browser's
 * DOMParser into an inert document (no script runs, nothing loads) and only cell texts are read.
 */

/** Rows of TSV. A quoted cell may hold tabs, line breaks and doubled quotes. */
export function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const source = text.replace(/\r\n?/g, '\n');
  for (let i = 0; i < source.length; i++) {
    const char = source[i]!;
    if (quoted) {
      if (char === '"' && source[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') {
        quoted = false;
      } else {
        cell += char;
      }
    } else if (char === '"' && cell === '') {
      quoted = true;
    } else if (char === '\t') {
      row.push(cell);
      cell = '';
    } else if (char === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else {
      cell += char;
    }
  }
  // Spreadsheets end the block with a line break: no empty last row.
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** Rows of the first table of an HTML fragment, with a cell spanning columns repeated over them; undefined when it holds none. */
export function parseHtmlTable(markup: string): string[][] | undefined {
  const table = new DOMParser().parseFromString(markup, 'text/html').querySelector('table');
  if (!table) return undefined;
  return [...table.rows].map((row) =>
    [...row.cells].flatMap((cell) => Array<string>(Math.max(1, cell.colSpan)).fill(cell.textContent?.trim() ?? '')),
  );
}

/** The block a paste holds: an HTML table when there is one, else the plain text as TSV. */
export function clipboardBlock(data: Pick<DataTransfer, 'getData'>): string[][] {
  const markup = data.getData('text/html');
  return (markup && parseHtmlTable(markup)) || parseTsv(data.getData('text/plain'));
}
