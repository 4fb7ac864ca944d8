/** The words of `disclosure-report render`, in both languages. */
import type {BuiltInKey, Message} from '../model/types.js';

type Lang = BuiltInKey;

export const RENDER_TEXT = {
  severalWithoutFolder: {
    zh: '多个文件需要用 -o 指定输出文件夹',
    en: 'several files need -o naming an output folder',
  },
  outputNotFolder: {zh: '-o 指向的是文件，不是文件夹', en: '-o names a file, not a folder'},
  nothingRendered: {zh: '未生成 HTML', en: 'no HTML written'},
  toStdout: {zh: '标准输出', en: 'standard output'},
  partlyInvalid: {
    zh: '报告有数据错误：错误处显示提示，其余照常显示。',
    en: 'The report has data errors: they show as messages, the rest shows as usual.',
  },
} satisfies Record<string, Message>;

export function renderedTo(file: string, target: string, lang: Lang): string {
  return lang === 'zh' ? `${file} → ${target}` : `${file} → ${target}`;
}

export function renderHelp(lang: Lang): string {
  return lang === 'en'
    ? `       disclosure-report render <file|folder>… [--lang zh|en] [--bilingual] [--audit]
                                [--mode page|fragment|dsd] [-o OUT.html|FOLDER]

render: the report as HTML that needs no JavaScript. page (default): a standalone printable
document; fragment: for pasting into a CMS editor (inline styles only); dsd: the elements with
Declarative Shadow DOM, which the bundle hydrates. Takes report JSON or a file \`import\` reads
(.docx, .html, .pdf, .txt); a folder gives its .json files. Exit codes are those of check.`
    : `      disclosure-report render <文件|文件夹>… [--lang zh|en] [--bilingual] [--audit]
                               [--mode page|fragment|dsd] [-o 输出.html|文件夹]

render：生成无需 JavaScript 的报告 HTML。page（默认）为可打印的独立网页；fragment 用于粘贴到
网站内容管理系统的编辑器（只用行内样式）；dsd 为带声明式 Shadow DOM 的组件，可由脚本包激活。
输入为报告 JSON 或 import 能读取的文件（.docx、.html、.pdf、.txt）；文件夹取其中的 .json 文件。
退出码同 check。`;
}
