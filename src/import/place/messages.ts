/**
 * The zh/en words of import issues. Each names the cell by the format's header chain (the
 * labels live in format.ts; cell-labels.ts joins them) and says where in the file it looked.
 */
import {pathLabel} from '../../model/cell-labels.js';
import type {Message} from '../../model/types.js';
import type {SourceOrigin} from '../source.js';
import type {ImportIssue, ImportIssueKind} from '../types.js';

/** 「第 2 页第 14 行」 / "page 2, line 14"; 「表 3 第 5 行第 2 格」 / "table 3, row 5, cell 2". */
export function describeOrigin(origin: SourceOrigin | undefined): Message {
  if (!origin) return {zh: '', en: ''};
  const parts: [string, string][] = [];
  if (origin.page !== undefined) parts.push([`第 ${origin.page} 页`, `page ${origin.page}`]);
  if (origin.table !== undefined) parts.push([`表 ${origin.table + 1}`, `table ${origin.table + 1}`]);
  if (origin.row !== undefined && origin.line === undefined)
    parts.push([`第 ${origin.row + 1} 行`, `row ${origin.row + 1}`]);
  if (origin.line !== undefined) parts.push([`第 ${origin.line} 行`, `line ${origin.line}`]);
  if (origin.cell !== undefined) parts.push([`第 ${origin.cell + 1} 格`, `cell ${origin.cell + 1}`]);
  return {zh: parts.map(([zh]) => zh).join(''), en: parts.map(([, en]) => en).join(', ')};
}

/** The name of a report path: its header chain where the format has one, else the path itself. */
export function nameOf(path: string): Message {
  const label = pathLabel(path);
  return label ?? {zh: path, en: path};
}

/** An issue whose message is "<cell name>（<where>）：<what>". */
export function issue(
  kind: ImportIssueKind,
  code: string,
  what: Message,
  at: {path?: string; origin?: SourceOrigin} = {},
): ImportIssue {
  const name = at.path ? nameOf(at.path) : undefined;
  const where = describeOrigin(at.origin);
  const zhHead = [name?.zh, where.zh && `（${where.zh}）`].filter(Boolean).join('');
  const enHead = [name?.en, where.en && `(${where.en})`].filter(Boolean).join(' ');
  return {
    code,
    kind,
    ...(at.path ? {path: at.path} : {}),
    ...(at.origin ? {origin: at.origin} : {}),
    message: {zh: zhHead ? `${zhHead}：${what.zh}` : what.zh, en: enHead ? `${enHead}: ${what.en}` : what.en},
  };
}

/** A source text quoted safely: at most 40 characters, control characters shown as spaces. */
export function quoted(text: string): string {
  // eslint-disable-next-line no-control-regex
  const plain = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').trim();
  const chars = [...plain];
  return `「${chars.slice(0, 40).join('')}${chars.length > 40 ? '…' : ''}」`;
}
