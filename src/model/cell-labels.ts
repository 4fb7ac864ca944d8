/**
 * Human names for report paths, read from the format: 「三、收到和处理政府信息公开申请情况 ›
 * 一、本年新收政府信息公开申请数量 › 申请人情况 › 总计」 for "requests.newReceived.total". Used in
 * validation messages, and to tell whether an annotation names a real cell.
 */
import {
  APPEAL_COLUMNS,
  PROACTIVE_BLOCKS,
  REQUEST_COLUMNS,
  REQUEST_ROWS,
  SECTIONS,
  keysOf,
  leafChains,
  sectionFormat,
} from './format.js';
import type {HeaderNode, Label} from './format.js';
import type {Message} from './types.js';

const SEPARATOR = ' › ';

/** Labels joined as one header chain, in each language (also how checks.ts names rows). */
export function joined(labels: readonly Label[]): Message {
  return {zh: labels.map((l) => l.zh).join(SEPARATOR), en: labels.map((l) => l.en).join(SEPARATOR)};
}

const cells = new Map<string, Message>();
const groups = new Map<string, Message>();

for (const section of SECTIONS) groups.set(section.id, joined([section.heading]));

for (const block of PROACTIVE_BLOCKS) {
  for (const row of block.rows) {
    const rowLabels = [sectionFormat('proactive').heading, row.label];
    const path = `proactive.${row.key}`;
    for (const column of block.columns) {
      if (column.key) cells.set(`${path}.${column.key}`, joined([...rowLabels, column.label]));
      else cells.set(path, joined([...rowLabels, column.label]));
    }
    if (!cells.has(path)) groups.set(path, joined(rowLabels));
  }
}

const columnChains = leafChains(REQUEST_COLUMNS);

/** Every prefix of the row tree is a group; a row (a leaf, or an undivided group) has a cell per column. */
function addRequestRows(nodes: readonly HeaderNode[], ancestors: readonly HeaderNode[]): void {
  for (const node of nodes) {
    const chain = [...ancestors, node];
    const path = ['requests', ...keysOf(chain)].join('.');
    const labels = [sectionFormat('requests').heading, ...chain.map((n) => n.label)];
    if (node.children) groups.set(path, joined(labels));
    if (node.children) addRequestRows(node.children, chain);
    if (node.children && !node.mayBeUndivided) continue;
    if (!node.children) groups.set(path, joined(labels));
    for (const columns of columnChains) {
      cells.set([path, ...keysOf(columns)].join('.'), joined([...labels, ...columns.map((n) => n.label)]));
    }
  }
}
addRequestRows(REQUEST_ROWS, []);

for (const chain of leafChains(APPEAL_COLUMNS)) {
  const labels = [sectionFormat('appeals').heading, ...chain.map((n) => n.label)];
  cells.set(['appeals', ...keysOf(chain)].join('.'), joined(labels));
  groups.set(['appeals', ...keysOf(chain.slice(0, -1))].join('.'), joined(labels.slice(0, -1)));
}

/** Every table cell path, including the undivided （六）其他处理 row, with its header chain. */
export const CELL_LABELS: ReadonlyMap<string, Message> = cells;

/** The name of a cell, row group, table or section; undefined for other paths. */
export function pathLabel(path: string): Message | undefined {
  return cells.get(path) ?? groups.get(path);
}

/**
 * A cell's name within its section (「行政复议 › 总计」 for "appeals.reconsideration.total"), for
 * lists that already say which section they are about; undefined for paths that are not cells.
 */
export function cellLabelInSection(path: string): Message | undefined {
  const label = cells.get(path);
  if (!label) return undefined;
  const afterSection = (text: string) => text.slice(text.indexOf(SEPARATOR) + SEPARATOR.length);
  return {zh: afterSection(label.zh), en: afterSection(label.en)};
}
