/**
 * The messages of import issues, in every registered locale, from each locale's import words
 * (src/model/texts/<key>.import.ts, found by import-locales.ts). Each names the cell by the
 * format's header chain (cell-labels.ts joins the format's labels) and says where in the file it looked.
 */
import {pathLabel} from '../../model/cell-labels.js';
import type {ImportTexts, ImportWords} from '../../model/texts/import-catalog.js';
import {importMessage} from '../../model/texts/import-locales.js';
import type {Message} from '../../model/types.js';
import type {SourceOrigin} from '../source.js';
import type {ImportIssue, ImportIssueKind} from '../types.js';

/** 「第 2 页第 14 行」 / "page 2, line 14"; 「表 3 第 5 行第 2 格」 / "table 3, row 5, cell 2"; '' when unknown. */
function describeOrigin(origin: SourceOrigin | undefined, {origin: words}: ImportTexts): string {
  if (!origin) return '';
  const parts: string[] = [];
  if (origin.page !== undefined) parts.push(words.page(origin.page));
  if (origin.table !== undefined) parts.push(words.table(origin.table + 1));
  if (origin.row !== undefined && origin.line === undefined) parts.push(words.row(origin.row + 1));
  if (origin.line !== undefined) parts.push(words.line(origin.line));
  if (origin.cell !== undefined) parts.push(words.cell(origin.cell + 1));
  return parts.slice(1).reduce((before, part) => words.next(before, part), parts[0] ?? '');
}

/**
 * An issue whose message is "<cell name>（<where>）：<what>" in each locale. `what` is the import's
 * words, or a reader's problem already in every locale.
 */
export function issue(
  kind: ImportIssueKind,
  code: string,
  what: ImportWords | Message,
  at: {path?: string; origin?: SourceOrigin} = {},
): ImportIssue {
  const label = at.path ? pathLabel(at.path) : undefined;
  // A report path is named by its header chain where the format has one, else by the path itself.
  const nameIn = (key: string) => (label ? (label[key] ?? label.zh) : (at.path ?? ''));
  return {
    code,
    kind,
    ...(at.path ? {path: at.path} : {}),
    ...(at.origin ? {origin: at.origin} : {}),
    message: importMessage((texts, {key}) =>
      texts.located(
        nameIn(key),
        describeOrigin(at.origin, texts),
        typeof what === 'function' ? what(texts) : (what[key] ?? what.zh),
      ),
    ),
  };
}

/** A source text quoted safely: at most 40 characters, control characters shown as spaces. */
export function quoted(text: string): string {
  // eslint-disable-next-line no-control-regex
  const plain = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').trim();
  const chars = [...plain];
  return `「${chars.slice(0, 40).join('')}${chars.length > 40 ? '…' : ''}」`;
}
