// Test-only generator: a report model written out as the text a person copies out of a PDF of the
// official template (title, headings, paragraphs; each table row one line, its cells joined by a
// separator: a tab, or a run of spaces). Labels and layout come from the format data, so the import
// tests never hand-type a label; the numbers come from the example model, so the expected result
// of importing this text is that model, written independently of the importer.
import {
  APPEAL_COLUMNS,
  PROACTIVE_BLOCKS,
  REQUEST_COLUMNS,
  REQUEST_ROWS,
  REQUESTS_CORNER_NOTE,
  SECTIONS,
  keysOf,
  leafChains,
  leaves,
} from '../../dist/node/model/format.js';

const zh = (text) => (typeof text === 'string' ? text : text.zh);
const shown = (value) => (value === null || value === undefined ? '' : String(value));
const at = (root, keys) => keys.reduce((node, key) => node?.[key], root);

function narrativeLines(narrative) {
  return [
    ...(narrative.paragraphs ?? []).map(zh),
    ...(narrative.parts ?? []).flatMap((part) => [`${zh(part.title)}：`, ...part.paragraphs.map(zh)]),
  ];
}

function proactiveRows(table) {
  return PROACTIVE_BLOCKS.flatMap((block) => [
    [block.label.zh],
    [block.contentHeader.zh, ...block.columns.map((column) => column.label.zh)],
    ...block.rows.map((row) => [
      row.label.zh,
      ...block.columns.map((column) => shown(column.key ? table[row.key][column.key] : table[row.key])),
    ]),
  ]);
}

function requestRows(table) {
  const columns = leafChains(REQUEST_COLUMNS).map((chain) => keysOf(chain).at(-1));
  const [applicants] = REQUEST_COLUMNS;
  const rows = [
    [REQUESTS_CORNER_NOTE.zh, '', '', applicants.label.zh],
    ['', '', '', ...applicants.children.map((node) => node.label.zh)],
    ['', '', '', '', ...leaves(applicants.children[1].children).map((node) => node.label.zh)],
  ];
  const seen = new Set();
  for (const chain of leafChains(REQUEST_ROWS)) {
    const labels = chain.map((node) => (seen.has(node) ? '' : node.label.zh));
    chain.forEach((node) => seen.add(node));
    const labelCells = [...labels, '', ''].slice(0, 3);
    const row = at(table, keysOf(chain));
    rows.push([...labelCells, ...columns.map((key) => shown(row[key]))]);
  }
  return rows;
}

function appealRows(table) {
  const chains = leafChains(APPEAL_COLUMNS);
  return [
    APPEAL_COLUMNS.map((node) => node.label.zh),
    [...APPEAL_COLUMNS[0].children.map((n) => n.label.zh), ...APPEAL_COLUMNS[1].children.map((n) => n.label.zh)],
    chains.slice(5).map((chain) => chain.at(-1).label.zh),
    chains.map((chain) => shown(at(table, keysOf(chain)))),
  ];
}

const TABLE_ROWS = {proactive: proactiveRows, requests: requestRows, appeals: appealRows};

/** The report as PDF-copied text; `separator` joins a table row's cells. */
export function reportAsText(report, separator = '\t') {
  const lines = [zh(report.title), ''];
  for (const section of SECTIONS) {
    lines.push(section.heading.zh, '');
    if (section.kind === 'narrative') {
      for (const line of narrativeLines(report[section.id])) lines.push(line, '');
    } else {
      for (const row of TABLE_ROWS[section.id](report[section.id])) lines.push(row.join(separator));
      lines.push('');
    }
  }
  return lines.join('\n');
}
