/** The words of `disclosure-report import`, in both languages. */
import type {ImportIssueKind} from '../import/types.js';
import type {BuiltInKey, Message} from '../model/types.js';

type Lang = BuiltInKey;

export const ISSUE_KIND: Record<ImportIssueKind | 'unplacedCell', Message> = {
  unreadable: {zh: '无法读取', en: 'unreadable'},
  unplaced: {zh: '未放置', en: 'not placed'},
  confirm: {zh: '需核对', en: 'to confirm'},
  value: {zh: '数值有误', en: 'bad value'},
  note: {zh: '提示', en: 'note'},
  unplacedCell: {zh: '未放置', en: 'not placed'},
};

export const IMPORT_TEXT = {
  issuesHeading: {zh: '导入问题', en: 'Import issues'},
  noIssues: {zh: '导入问题：无。', en: 'Import issues: none.'},
  toStdout: {zh: '标准输出', en: 'standard output'},
  failed: {zh: '未导入', en: 'not imported'},
  noReportFound: {
    zh: '文件中没有找到年度报告的表格（二、三、四），未导入。',
    en: 'No table of an annual report (II, III, IV) was found in the file; nothing was imported.',
  },
} satisfies Record<string, Message>;

/** "按标签放置 190 个单元格，按位置放置 2 个（请核对），未放置 1 个。" */
export function placementLine(counts: {label: number; position: number; unplaced: number}, lang: Lang): string {
  return lang === 'zh'
    ? `按标签放置 ${counts.label} 个单元格，按位置放置 ${counts.position} 个（请核对），未放置 ${counts.unplaced} 个。`
    : `${counts.label} cells placed by label, ${counts.position} by position (to confirm), ${counts.unplaced} not placed.`;
}

export function writtenTo(target: string, lang: Lang): string {
  return lang === 'zh' ? `报告已写入 ${target}` : `Report written to ${target}`;
}

export function cannotWrite(target: string, reason: string): Message {
  return {zh: `无法写入 ${target}：${reason}`, en: `Cannot write ${target}: ${reason}`};
}

export function unexpectedFailure(file: string, reason: string): Message {
  return {zh: `导入 ${file} 时出错：${reason}`, en: `Importing ${file} failed: ${reason}`};
}

export const IMPORT_USAGE = {
  severalWithoutFolder: {
    zh: '导入多个文件时须用 -o <文件夹> 指定输出文件夹',
    en: 'several files need -o <folder> for the output',
  },
  outputNotFolder: {
    zh: '-o 须是文件夹（导入多个文件时）',
    en: '-o must be a folder when several files are imported',
  },
} satisfies Record<string, Message>;

export function importHelp(lang: Lang): string {
  return lang === 'zh'
    ? `导入 Word（.docx）、网页（.html/.htm）、PDF、文本（.txt）格式的报告，转为报告 JSON：
  disclosure-report import <文件>… [-o <输出.json>|<文件夹>] [--json] [--lang zh|en]
  不加 -o 时，标准输出只有报告 JSON；摘要（按标签、按位置放置及未放置的单元格，导入问题，
  勾稽关系核对）写到标准错误，加 --json 时为 JSON。导入多个文件须用 -o <文件夹>，
  每个文件输出一个同名 .json。从不猜测：无法确定的单元格留空并列出。
  退出码：0 每个单元格均按标签放置且报告有效，1 已导入但有需核对或未放置的单元格（均已列出），
  2 文件无法读取或其中没有报告。
`
    : `Imports a report from Word (.docx), a web page (.html/.htm), PDF or text (.txt) into report JSON:
  disclosure-report import <file>… [-o <out.json>|<folder>] [--json] [--lang zh|en]
  Without -o, standard output holds the report JSON and nothing else; the summary (cells placed
  by label, by position and not placed, import issues, the arithmetic checks) goes to standard
  error, as JSON with --json. Several files need -o <folder>: one .json each, named after the
  file. Nothing is guessed: a cell that cannot be placed stays blank and is listed.
  Exit code: 0 every cell placed by label and the report valid, 1 imported with cells to confirm
  or not placed (all listed), 2 the file could not be read or holds no report.
`;
}
