/** The CLI's own words, in both languages (report messages come from the model). */
import {RULES, type FindingSeverity} from '../model/checks.js';
import {LIMITS} from '../model/limits.js';
import {RULE_DESCRIPTIONS} from '../model/rule-descriptions.js';
import {getSystemErrorMap} from 'node:util';
import {terminalSafe} from './terminal-text.js';
import type {BuiltInKey, Message} from '../model/types.js';
import {importHelp} from './import-strings.js';
import {renderHelp} from './render-strings.js';

export type Lang = BuiltInKey;

export const SEVERITY: Record<FindingSeverity, Message> = {
  error: {zh: '错误', en: 'error'},
  warning: {zh: '警告', en: 'warning'},
  info: {zh: '提示', en: 'info'},
};

export const TEXT = {
  previousFile: {zh: '上年报告', en: 'last year’s report'},
  validationOk: {zh: '格式校验通过', en: 'the file is a valid report'},
  validationFailed: {zh: '格式校验未通过', en: 'the file is not a valid report'},
  notRead: {zh: '文件无法读取', en: 'the file could not be read'},
  checksHeading: {zh: '勾稽关系核对', en: 'Arithmetic checks'},
  checksClean: {zh: '各项勾稽关系均相符。', en: 'All checks agree.'},
  otherChecksClean: {zh: '其余勾稽关系均相符。', en: 'The other checks agree.'},
  checksNotRun: {
    zh: '勾稽关系核对未进行：报告无法读取。',
    en: 'Arithmetic checks were not run: the report could not be read.',
  },
} satisfies Record<string, Message>;

/** Last year's file is named with its role, so an issue under it is not read as one in this year's. */
export function previousFileLabel(file: string, lang: Lang): string {
  return lang === 'zh' ? `${TEXT.previousFile.zh} ${file}` : `${file} (${TEXT.previousFile.en})`;
}

export function yearToYearSkipped(rules: readonly string[], lang: Lang): string {
  return lang === 'zh'
    ? `跨年度核对（${rules.join('、')}）未进行：上年报告无法读取。`
    : `Year-to-year checks (${rules.join(', ')}) were not run: last year’s report could not be read.`;
}

/** A table of last year's report, in a line that groups its skipped checks. */
export function lastYearsTable(heading: Message): Message {
  return {zh: `${TEXT.previousFile.zh}${heading.zh}`, en: `${heading.en} of ${TEXT.previousFile.en}`};
}

/**
 * One line for the checks a missing or blank table stops (a missing table III stops 39), with how
 * many of each rule; the findings themselves are still in --json.
 */
export function skippedChecks(table: Message, perRule: ReadonlyMap<string, number>, lang: Lang): string {
  const total = [...perRule.values()].reduce((sum, count) => sum + count, 0);
  const rules = [...perRule].map(([rule, count]) => (lang === 'zh' ? `${rule} ${count} 项` : `${rule} ×${count}`));
  return lang === 'zh'
    ? `${table.zh}：所涉单元格均为空或无效，${total} 项核对无法进行（${rules.join('、')}；--json 列出每一项）。`
    : `${table.en}: ${total} checks could not be run because none of their cells holds a usable number (${rules.join(', ')}; --json lists each).`;
}

export function issueCountLine(count: number, lang: Lang): string {
  return lang === 'zh' ? `${count} 个问题` : `${count} issue${count === 1 ? '' : 's'}`;
}

export function totalsLine(counts: Record<FindingSeverity, number>, lang: Lang): string {
  return lang === 'zh'
    ? `结果：${counts.error} 处错误，${counts.warning} 处警告，${counts.info} 条提示。`
    : `Result: ${counts.error} error(s), ${counts.warning} warning(s), ${counts.info} note(s).`;
}

/**
 * System error codes a user can meet when naming a file, in words; the code stays in parentheses
 * for maintainers. A code not listed here is said in libuv's English words (util.getSystemErrorMap).
 */
const READ_ERRORS = new Map<string, Message>([
  ['ENOENT', {zh: '没有此文件', en: 'no such file'}],
  ['EACCES', {zh: '没有读取权限', en: 'permission denied'}],
  ['EPERM', {zh: '没有读取权限', en: 'permission denied'}],
  ['EISDIR', {zh: '这是一个目录，不是文件', en: 'is a directory'}],
  ['ENOTDIR', {zh: '路径中有一段不是目录', en: 'a part of the path is not a directory'}],
  ['ELOOP', {zh: '符号链接循环指向自身', en: 'the symbolic links loop back on themselves'}],
  ['ENAMETOOLONG', {zh: '文件名过长', en: 'the file name is too long'}],
  ['ENXIO', {zh: '该设备或套接字无法打开读取', en: 'the device or socket cannot be opened for reading'}],
  ['ENODEV', {zh: '没有这个设备', en: 'no such device'}],
  ['EIO', {zh: '读取时发生输入输出错误（磁盘或设备故障）', en: 'an input/output error (a failing disk or device)'}],
  ['EMFILE', {zh: '打开的文件过多', en: 'too many open files'}],
  ['ENFILE', {zh: '系统打开的文件过多', en: 'too many open files in the system'}],
  ['EAGAIN', {zh: '暂时无法读取，请重试', en: 'temporarily unavailable, try again'}],
  ['EINVAL', {zh: '无法以这种方式读取', en: 'cannot be read this way'}],
  ['EBADF', {zh: '无效的文件描述符（标准输入已关闭？）', en: 'bad file descriptor (is standard input closed?)'}],
  ['EBUSY', {zh: '文件或设备正被占用', en: 'the file or device is busy'}],
  ['ETIMEDOUT', {zh: '读取超时（网络文件系统？）', en: 'timed out (a network file system?)'}],
  ['ESTALE', {zh: '网络文件系统的文件句柄已失效', en: 'stale file handle on a network file system'}],
  ['EOVERFLOW', {zh: '文件过大，无法读取', en: 'the file is too large to read'}],
]);

/** Words for an error code: ours, else libuv's (English in both languages), else none. */
function errorWords(code: string): Message | undefined {
  const ours = READ_ERRORS.get(code);
  if (ours) return ours;
  for (const [name, text] of getSystemErrorMap().values()) if (name === code) return {zh: text, en: text};
  return undefined;
}

/** `reason` is an error code (ENOENT…) or, from an unexpected failure, the error's own text. */
export function unreadable(file: string, reason: string): Message {
  const words = errorWords(reason);
  return {
    zh: `无法读取文件 ${file}：${words ? `${words.zh}（${reason}）` : reason}`,
    en: `Cannot read the file ${file}: ${words ? `${words.en} (${reason})` : reason}`,
  };
}

/** Standard input (or a named device) is a terminal: nothing to read until someone types. */
export function isTerminal(file: string): Message {
  return {
    zh: `${file} 是终端，不是文件；请给出文件名，或用管道传入报告，如 cat 报告.json | disclosure-report check -`,
    en: `${file} is a terminal, not a file; name a file, or pipe the report in: cat report.json | disclosure-report check -`,
  };
}

/** `utf16`: the file starts with a UTF-16 byte-order mark (what Excel and Notepad call "Unicode"). */
export function notUtf8(file: string, utf16 = false): Message {
  return utf16
    ? {
        zh: `文件 ${file} 是 UTF-16 编码（Excel 或记事本的"Unicode"），请另存为 UTF-8 编码后再试。`,
        en: `The file ${file} is UTF-16 (what Excel and Notepad call "Unicode"); save it as UTF-8 and try again.`,
      }
    : {
        zh: `文件 ${file} 不是 UTF-8 编码（可能是 Excel 或记事本按 GBK/GB2312 保存的），请另存为 UTF-8 编码后再试。`,
        en: `The file ${file} is not UTF-8 (perhaps Excel or Notepad saved it as GBK/GB2312); save it as UTF-8 and try again.`,
      };
}

export function tooLarge(file: string, limit: number): Message {
  return {
    zh: `文件 ${file} 超过 ${limit} 字节的上限，未读取。`,
    en: `The file ${file} is larger than the limit of ${limit} bytes and was not read.`,
  };
}

/** A pipe or device that went on past the cap: reading stopped there. */
export function tooLargeStream(file: string, limit: number): Message {
  return {
    zh: `${file} 的内容超过 ${limit} 字节的上限，读到上限即停止，未作校验。`,
    en: `${file} gave more than the limit of ${limit} bytes; reading stopped there and nothing was checked.`,
  };
}

export function usageError(argument: string): Message {
  const detail = terminalSafe(argument); // what was typed may hold control characters too
  return {zh: `参数有误：${detail}（用 --help 查看用法）`, en: `Invalid arguments: ${detail} (see --help)`};
}

export function help(lang: Lang): string {
  const rules = RULES.map((rule) => `  ${rule.id.padEnd(20)} ${RULE_DESCRIPTIONS[rule.id][lang]}`).join('\n');
  if (lang === 'en') {
    return `Usage: disclosure-report check <report.json> [--previous <last-year.json>] [--json] [--lang zh|en]
       disclosure-report check <folder|report.json>… --summary csv|json [--lang zh|en]

Validates an annual report on government information disclosure (2021 format, JSON) and runs
the format's arithmetic checks. A file named - is read from standard input. At most
${LIMITS.fileBytes} bytes are read from any file, pipe or device.

Options:
  --previous <file>  last year's report, for the year-to-year checks
  --summary csv|json one line per file (a folder gives its .json files): file, agency, year,
                     valid, errors, warnings, first finding; exit code of the worst file
  --json             print {"valid", "checked", "issues", "findings"} as JSON
                     ("checked" is false when the report could not be read and no check ran)
  --lang zh|en       language of the messages (default zh)
  -h, --help         show this help

Exit code: 0 clean (warnings and notes allowed), 1 a check failed with an error,
2 the input could not be read or is not a valid report.

Checks:
${rules}

${importHelp('en')}

${renderHelp('en')}`;
  }
  return `用法：disclosure-report check <报告.json> [--previous <上年报告.json>] [--json] [--lang zh|en]
      disclosure-report check <文件夹|报告.json>… --summary csv|json [--lang zh|en]

校验政府信息公开工作年度报告（2021 年格式，JSON）并核对表格的勾稽关系。文件名写作 - 时从标准输入读取。
任何文件、管道或设备最多读取 ${LIMITS.fileBytes} 字节。

选项：
  --previous <文件>  上年报告，用于跨年度核对
  --summary csv|json 每个文件一行（文件夹取其中的 .json 文件）：文件、机关、年度、格式有效、
                     错误数、警告数、首个问题；退出码取最差的文件
  --json             以 JSON 输出 {"valid", "checked", "issues", "findings"}
                     （报告无法读取、未进行核对时 "checked" 为 false）
  --lang zh|en       提示语言（默认 zh）
  -h, --help         显示本帮助

退出码：0 无错误（可有警告和提示），1 勾稽关系有错误，2 文件无法读取或不是有效的报告。

核对规则：
${rules}

${importHelp('zh')}

${renderHelp('zh')}`;
}
