/** The CLI's own words, in both languages (report messages come from the model). */
import {RULES, type FindingSeverity} from '../model/checks.js';
import type {Message} from '../model/types.js';

export type Lang = keyof Message;

export const SEVERITY: Record<FindingSeverity, Message> = {
  error: {zh: '错误', en: 'error'},
  warning: {zh: '警告', en: 'warning'},
  info: {zh: '提示', en: 'info'},
};

export const TEXT = {
  previousFile: {zh: '上年报告', en: 'last year’s report'},
  validationOk: {zh: '格式校验通过', en: 'the file is a valid report'},
  validationFailed: {zh: '格式校验未通过', en: 'the file is not a valid report'},
  checksHeading: {zh: '勾稽关系核对', en: 'Arithmetic checks'},
  checksClean: {zh: '各项勾稽关系均相符。', en: 'All checks agree.'},
} satisfies Record<string, Message>;

export function issueCountLine(count: number, lang: Lang): string {
  return lang === 'zh' ? `${count} 个问题` : `${count} issue${count === 1 ? '' : 's'}`;
}

export function totalsLine(counts: Record<FindingSeverity, number>, lang: Lang): string {
  return lang === 'zh'
    ? `结果：${counts.error} 处错误，${counts.warning} 处警告，${counts.info} 条提示。`
    : `Result: ${counts.error} error(s), ${counts.warning} warning(s), ${counts.info} note(s).`;
}

export function unreadable(file: string, reason: string): Message {
  return {zh: `无法读取文件 ${file}：${reason}`, en: `Cannot read the file ${file}: ${reason}`};
}

export function tooLarge(file: string, limit: number): Message {
  return {
    zh: `文件 ${file} 超过 ${limit} 字节的上限，未读取。`,
    en: `The file ${file} is larger than the limit of ${limit} bytes and was not read.`,
  };
}

export function usageError(detail: string): Message {
  return {zh: `参数有误：${detail}（用 --help 查看用法）`, en: `Invalid arguments: ${detail} (see --help)`};
}

export function help(lang: Lang): string {
  const rules = RULES.map((rule) => `  ${rule.id.padEnd(20)} ${rule.description[lang]}`).join('\n');
  if (lang === 'en') {
    return `Usage: disclosure-report check <report.json> [--previous <last-year.json>] [--json] [--lang zh|en]

Validates an annual report on government information disclosure (2021 format, JSON) and runs
the format's arithmetic checks.

Options:
  --previous <file>  last year's report, for the year-to-year checks
  --json             print {"valid", "issues", "findings"} as JSON
  --lang zh|en       language of the messages (default zh)
  -h, --help         show this help

Exit code: 0 clean (warnings and notes allowed), 1 a check failed with an error,
2 the input could not be read or is not a valid report.

Checks:
${rules}
`;
  }
  return `用法：disclosure-report check <报告.json> [--previous <上年报告.json>] [--json] [--lang zh|en]

校验政府信息公开工作年度报告（2021 年格式，JSON）并核对表格的勾稽关系。

选项：
  --previous <文件>  上年报告，用于跨年度核对
  --json             以 JSON 输出 {"valid", "issues", "findings"}
  --lang zh|en       提示语言（默认 zh）
  -h, --help         显示本帮助

退出码：0 无错误（可有警告和提示），1 勾稽关系有错误，2 文件无法读取或不是有效的报告。

核对规则：
${rules}
`;
}
