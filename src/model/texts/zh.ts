/** 校验信息的中文模板（键见 validation.ts）。 */
import {LIMITS} from '../limits.js';
import {group} from '../numbers.js';
import type {ValidationTexts} from './validation.js';

/** Chinese text gets a space before Latin letters, digits and quotes that follow it. */
const then = (zh: string, next: string): string => (/^["\w-]/.test(next) ? `${zh} ${next}` : `${zh}${next}`);

export const zh: ValidationTexts = {
  expected: {
    count: '不小于 0 的整数（空白单元格为 null）',
    fees: '不小于 0 的数，单位万元，可有小数（空白为 null）',
    text: `文本：字符串，或 {"zh": …, "en": …} 对象，不超过 ${group(LIMITS.textLength)} 个字符`,
    year: `${LIMITS.minYear} 至 ${LIMITS.maxYear} 之间的整数年份`,
    date: 'YYYY-MM-DD 格式的真实日期，如 "2025-01-20"',
    schemaVersion: '1（本库读取的版本）',
    format: '"2021"（国办公开办函〔2021〕30号的格式）',
    object: '对象 {…}',
    list: '列表 […]',
    report: 'JSON 对象 {…}（一份报告）',
  },
  found: {
    missing: '缺失',
    text: (shown) => `${shown}（文本）`,
    longText: (shown, characters) => `${shown}（文本，共 ${characters} 个字符）`,
    beyondRange: (value) => `${value}（超出数的范围，如 1e400）`,
    boolean: (value) => `${value}（布尔值）`,
    list: (items) => `列表（${items} 项）`,
    object: '对象',
  },
  theReport: '报告',
  named: (path, label) => `${path}（${label}）`,
  missing: (where, expected) => `${where}：缺少此项，${then('应为', expected)}`,
  wrong: (where, expected, found) => `${where}：${then('应为', expected)}，${then('实际为', found)}`,
  at: (where, sentence) => `${where}：${sentence}`,
  structural: {
    'not-json': (detail) => `不是有效的 JSON（${detail}），请检查引号、逗号和括号`,
    'too-large': (detail) => `共 ${detail}，超过上限，超出部分未读取`,
    'too-deep': () => `嵌套超过 ${LIMITS.depth} 层，该值已删除`,
    cyclic: () => '对象引用了自身（循环结构），该值已删除',
    unreadable: (detail) => `读取时出错（${detail}），该值已删除`,
    'forbidden-key': (detail) => `键名 "${detail}" 可能篡改对象原型，已删除`,
    'unknown-field': () => '本格式没有此字段，已原样保留，但不会显示或核对',
    'unknown-cell': (detail) =>
      `"${detail}" 不是表格单元格的路径（应如 "proactive.rules.issued"），该注释对应不到单元格`,
  },
  amount: (count, limit, unit) => `${count} ${unit === 'bytes' ? '字节' : '项'}（上限 ${limit}）`,
  moreIssues: (count) => `另有 ${count} 条问题未列出`,
};
