/** The batch summary's own words, in both languages. */
import type {BuiltInKey, Message} from '../model/types.js';

export const BATCH_TEXT = {
  /** The CSV header, in the order of each row. */
  columns: [
    {zh: '文件', en: 'file'},
    {zh: '机关', en: 'agency'},
    {zh: '年度', en: 'year'},
    {zh: '格式有效', en: 'valid'},
    {zh: '错误', en: 'errors'},
    {zh: '警告', en: 'warnings'},
    {zh: '首个问题', en: 'first finding'},
  ],
  yes: {zh: '是', en: 'yes'},
  no: {zh: '否', en: 'no'},
} satisfies Record<string, Message | Message[]>;

export function batchProgress(done: number, total: number, lang: BuiltInKey): string {
  return lang === 'zh' ? `已检查 ${done}/${total} 个文件` : `Checked ${done} of ${total} files`;
}

export function noReportFiles(paths: string): Message {
  return {
    zh: `在 ${paths} 中没有找到报告文件（.json）。`,
    en: `No report files (.json) were found in ${paths}.`,
  };
}
