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
import {onRegister, perLocale} from './texts/locales.js';
import type {Message} from './types.js';

const SEPARATOR = ' › ';

/** Labels joined as one header chain, in each locale (also how checks.ts names rows). */
export function joined(labels: readonly Label[]): Message {
  return perLocale(({key}) => labels.map((l) => l[key] ?? l.zh).join(SEPARATOR)) as Message;
}

/** The header chain of each name below, so a locale registered later can be added to the names. */
const chains = new Map<Message, readonly Label[]>();
const named = (labels: readonly Label[]): Message => {
  const message = joined(labels);
  chains.set(message, labels);
  return message;
};
onRegister(({key}) => chains.forEach((labels, message) => (message[key] = joined(labels)[key]!)));

const cells = new Map<string, Message>();
const groups = new Map<string, Message>();

for (const section of SECTIONS) groups.set(section.id, named([section.heading]));

for (const block of PROACTIVE_BLOCKS) {
  for (const row of block.rows) {
    const rowLabels = [sectionFormat('proactive').heading, row.label];
    const path = `proactive.${row.key}`;
    for (const column of block.columns) {
      if (column.key) cells.set(`${path}.${column.key}`, named([...rowLabels, column.label]));
      else cells.set(path, named([...rowLabels, column.label]));
    }
    if (!cells.has(path)) groups.set(path, named(rowLabels));
  }
}

const columnChains = leafChains(REQUEST_COLUMNS);

/** Every prefix of the row tree is a group; a row (a leaf, or an undivided group) has a cell per column. */
function addRequestRows(nodes: readonly HeaderNode[], ancestors: readonly HeaderNode[]): void {
  for (const node of nodes) {
    const chain = [...ancestors, node];
    const path = ['requests', ...keysOf(chain)].join('.');
    const labels = [sectionFormat('requests').heading, ...chain.map((n) => n.label)];
    if (node.children) groups.set(path, named(labels));
    if (node.children) addRequestRows(node.children, chain);
    if (node.children && !node.mayBeUndivided) continue;
    if (!node.children) groups.set(path, named(labels));
    for (const columns of columnChains) {
      cells.set([path, ...keysOf(columns)].join('.'), named([...labels, ...columns.map((n) => n.label)]));
    }
  }
}
addRequestRows(REQUEST_ROWS, []);

for (const chain of leafChains(APPEAL_COLUMNS)) {
  const labels = [sectionFormat('appeals').heading, ...chain.map((n) => n.label)];
  cells.set(['appeals', ...keysOf(chain)].join('.'), named(labels));
  groups.set(['appeals', ...keysOf(chain.slice(0, -1))].join('.'), named(labels.slice(0, -1)));
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
  return perLocale(({key}) => afterSection(label[key] ?? label.zh)) as Message;
}
