/**
 * The zh/en messages of validation issues. Each names the field (its path, and the format's
 * header chain for table paths), what was found, and what is expected, so an editor can fix the
 * file without reading the schema.
 */
import {pathLabel} from './cell-labels.js';
import {characterCount} from './schema.js';
import {LIMITS} from './limits.js';
import type {LeafRole} from './schema.js';
import type {Message} from './types.js';
import type {IssueCode} from './validate.js';

/** What a value should be, for "expected …" in messages. */
export type Expectation = LeafRole | 'object' | 'list' | 'report';

/** A number as the tables show it, digits grouped (3,002; 96,171.6), in messages of both languages; six decimals at most, so a sum's floating-point noise does not show. */
export const group = (n: number) => n.toLocaleString('en-US', {maximumFractionDigits: 6});

const EXPECTED: Record<Expectation, Message> = {
  count: {zh: '不小于 0 的整数（空白单元格为 null）', en: 'a whole number ≥ 0 (null for a blank cell)'},
  fees: {
    zh: '不小于 0 的数，单位万元，可有小数（空白为 null）',
    en: 'a number ≥ 0 in 10,000 yuan, decimals allowed (null for blank)',
  },
  text: {
    zh: `文本：字符串，或 {"zh": …, "en": …} 对象，不超过 ${group(LIMITS.textLength)} 个字符`,
    en: `text: a string, or an object {"zh": …, "en": …}, at most ${group(LIMITS.textLength)} characters`,
  },
  year: {
    zh: `${LIMITS.minYear} 至 ${LIMITS.maxYear} 之间的整数年份`,
    en: `a whole year from ${LIMITS.minYear} to ${LIMITS.maxYear}`,
  },
  date: {zh: 'YYYY-MM-DD 格式的真实日期，如 "2025-01-20"', en: 'a real day as YYYY-MM-DD, e.g. "2025-01-20"'},
  schemaVersion: {zh: '1（本库读取的版本）', en: '1 (the version this library reads)'},
  format: {zh: '"2021"（国办公开办函〔2021〕30号的格式）', en: '"2021" (the format of 国办公开办函〔2021〕30号)'},
  object: {zh: '对象 {…}', en: 'an object {…}'},
  list: {zh: '列表 […]', en: 'a list […]'},
  report: {zh: 'JSON 对象 {…}（一份报告）', en: 'a JSON object {…} (one report)'},
};

/** A short, safe rendering of what was found (strings are quoted and cut). */
export function describeValue(value: unknown): Message {
  if (value === undefined) return {zh: '缺失', en: 'missing'};
  if (value === null) return {zh: 'null', en: 'null'};
  switch (typeof value) {
    case 'string': {
      const chars = [...value.slice(0, 64)];
      const shown = JSON.stringify(chars.slice(0, 30).join('') + (chars.length > 30 ? '…' : ''));
      if (chars.length <= 30) return {zh: `${shown}（文本）`, en: `${shown} (text)`};
      return {
        zh: `${shown}（文本，共 ${group(characterCount(value))} 个字符）`,
        en: `${shown} (text of ${group(characterCount(value))} characters)`,
      };
    }
    case 'number':
      if (Number.isFinite(value)) return {zh: String(value), en: String(value)};
      return {zh: `${value}（超出数的范围，如 1e400）`, en: `${value} (beyond the range of numbers, e.g. 1e400)`};
    case 'boolean':
      return {zh: `${value}（布尔值）`, en: `${value} (a boolean)`};
    case 'object':
      return Array.isArray(value)
        ? {zh: `列表（${value.length} 项）`, en: `a list (${value.length} item${value.length === 1 ? '' : 's'})`}
        : {zh: '对象', en: 'an object'};
    default:
      return {zh: typeof value, en: typeof value};
  }
}

/** "path" plus, where the format names it, the header chain. */
function where(path: string): Message {
  const label = pathLabel(path);
  return {
    zh: (path || '报告') + (label ? `（${label.zh}）` : ''),
    en: (path || 'the report') + (label ? ` (${label.en})` : ''),
  };
}

/** Chinese text gets a space before Latin letters, digits and quotes that follow it. */
const zhThen = (zh: string, next: string): string => (/^["\w-]/.test(next) ? `${zh} ${next}` : `${zh}${next}`);

/** A value of the wrong kind, out of range, or missing. */
export function valueMessage(path: string, expected: Expectation, value: unknown): Message {
  const at = where(path);
  const want = EXPECTED[expected];
  if (value === undefined) {
    return {zh: `${at.zh}：缺少此项，${zhThen('应为', want.zh)}`, en: `${at.en}: missing; expected ${want.en}`};
  }
  const got = describeValue(value);
  return {
    zh: `${at.zh}：${zhThen('应为', want.zh)}，${zhThen('实际为', got.zh)}`,
    en: `${at.en}: expected ${want.en}, got ${got.en}`,
  };
}

/** Issues about structure, size and keys. `detail` is a key, a count or an error text. */
export function issueMessage(code: IssueCode, path: string, detail: string | Message = ''): Message {
  const at = where(path);
  const {zh: dz, en: de} = typeof detail === 'string' ? {zh: detail, en: detail} : detail;
  const zh = (text: string) => `${at.zh}：${text}`;
  const en = (text: string) => `${at.en}: ${text}`;
  switch (code) {
    case 'not-json':
      return {
        zh: zh(`不是有效的 JSON（${dz}），请检查引号、逗号和括号`),
        en: en(`not valid JSON (${de}); check quotes, commas and brackets`),
      };
    case 'too-large':
      return {zh: zh(`共 ${dz}，超过上限，超出部分未读取`), en: en(`${de}, beyond the limit; the excess was not read`)};
    case 'too-deep':
      return {
        zh: zh(`嵌套超过 ${LIMITS.depth} 层，该值已删除`),
        en: en(`nested deeper than ${LIMITS.depth} levels; the value was removed`),
      };
    case 'cyclic':
      return {
        zh: zh('对象引用了自身（循环结构），该值已删除'),
        en: en('the object contains itself (a cycle); the value was removed'),
      };
    case 'unreadable':
      return {zh: zh(`读取时出错（${dz}），该值已删除`), en: en(`reading it failed (${de}); the value was removed`)};
    case 'forbidden-key':
      return {
        zh: zh(`键名 "${dz}" 可能篡改对象原型，已删除`),
        en: en(`the key "${de}" could tamper with object prototypes; removed`),
      };
    case 'unknown-field':
      return {
        zh: zh('本格式没有此字段，已原样保留，但不会显示或核对'),
        en: en('not a field of this format; kept as is, but neither shown nor checked'),
      };
    case 'unknown-cell':
      return {
        zh: zh(`"${dz}" 不是表格单元格的路径（应如 "proactive.rules.issued"），该注释对应不到单元格`),
        en: en(`"${de}" is not the path of a table cell (e.g. "proactive.rules.issued"); the note belongs to no cell`),
      };
    default:
      return {zh: zh(dz), en: en(de)};
  }
}

/** "12,345 字节（上限 …）" for too-large messages. */
export function amount(count: number, limit: number, unit: 'bytes' | 'items'): Message {
  const zhUnit = unit === 'bytes' ? '字节' : '项';
  return {
    zh: `${group(count)} ${zhUnit}（上限 ${group(limit)}）`,
    en: `${group(count)} ${unit} (limit ${group(limit)})`,
  };
}
