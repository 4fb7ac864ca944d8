/** 命令行的中文用语，以及各条勾稽规则的说明（只有 Node 端读取，见 node-catalog.ts）。 */
import type {NodeTexts} from './node-catalog.js';

export const zhNode: NodeTexts = {
  rules: {
    'requests.balance': '表三每一列：第一项加第二项之和，等于第三项（七）总计加第四项之和。',
    'requests.resultsSum': '表三每一列：（七）总计等于本年度办理结果各行之和（（六）未细分时按一行计）。',
    'requests.rowTotal': '表三每一行：总计等于自然人与五类法人或其他组织之和。',
    'appeals.total': '表四行政复议、未经复议直接起诉、复议后起诉：总计等于结果维持、结果纠正、其他结果、尚未审结之和。',
    'requests.carryOver': '与上年报告对照，表三每一列：本年第二项（上年结转）等于上年第四项（结转下年度继续办理）。',
    'proactive.inForce':
      '与上年报告对照（提示）：规章、行政规范性文件的现行有效件数等于上年现行有效件数加本年制发件数减本年废止件数。',
  },
  schemaTitle: '政府信息公开工作年度报告',
  cli: {
    colon: '：',
    listSeparator: '、',
    severity: {error: '错误', warning: '警告', info: '提示'},

    validationOk: '格式校验通过',
    validationFailed: '格式校验未通过',
    notRead: '文件无法读取',
    checksHeading: '勾稽关系核对',
    checksClean: '各项勾稽关系均相符。',
    otherChecksClean: '其余勾稽关系均相符。',
    checksNotRun: '勾稽关系核对未进行：报告无法读取。',
    previousFile: (file) => `上年报告 ${file}`,
    lastYearsTable: (heading) => `上年报告${heading}`,
    yearToYearSkipped: (rules) => `跨年度核对（${rules}）未进行：上年报告无法读取。`,
    ruleCount: (rule, count) => `${rule} ${count} 项`,
    skippedChecks: (table, total, rules) =>
      `${table}：所涉单元格均为空或无效，${total} 项核对无法进行（${rules}；--json 列出每一项）。`,
    issueCount: (count) => `（${count} 个问题）`,
    moreCells: (first, more) => `${first}, 及其他 ${more} 个单元格`,
    totals: (errors, warnings, notes) => `结果：${errors} 处错误，${warnings} 处警告，${notes} 条提示。`,

    readErrors: {
      ENOENT: '没有此文件',
      EACCES: '没有读取权限',
      EPERM: '没有读取权限',
      EISDIR: '这是一个目录，不是文件',
      ENOTDIR: '路径中有一段不是目录',
      ELOOP: '符号链接循环指向自身',
      ENAMETOOLONG: '文件名过长',
      ENXIO: '该设备或套接字无法打开读取',
      ENODEV: '没有这个设备',
      EIO: '读取时发生输入输出错误（磁盘或设备故障）',
      EMFILE: '打开的文件过多',
      ENFILE: '系统打开的文件过多',
      EAGAIN: '暂时无法读取，请重试',
      EINVAL: '无法以这种方式读取',
      EBADF: '无效的文件描述符（标准输入已关闭？）',
      EBUSY: '文件或设备正被占用',
      ETIMEDOUT: '读取超时（网络文件系统？）',
      ESTALE: '网络文件系统的文件句柄已失效',
      EOVERFLOW: '文件过大，无法读取',
    },
    unreadable: (file, reason, words) => `无法读取文件 ${file}：${words ? `${words}（${reason}）` : reason}`,
    isTerminal: (file) =>
      `${file} 是终端，不是文件；请给出文件名，或用管道传入报告，如 cat 报告.json | disclosure-report check -`,
    notUtf8: (file, utf16) =>
      utf16
        ? `文件 ${file} 是 UTF-16 编码（Excel 或记事本的"Unicode"），请另存为 UTF-8 编码后再试。`
        : `文件 ${file} 不是 UTF-8 编码（可能是 Excel 或记事本按 GBK/GB2312 保存的），请另存为 UTF-8 编码后再试。`,
    tooLarge: (file, limit) => `文件 ${file} 超过 ${limit} 字节的上限，未读取。`,
    tooLargeStream: (file, limit) => `${file} 的内容超过 ${limit} 字节的上限，读到上限即停止，未作校验。`,
    usageError: (detail) => `参数有误：${detail}（用 --help 查看用法）`,
    json: {
      reasons: {
        InvalidSymbol: '此处的字符不属于 JSON',
        InvalidNumberFormat: '数字格式有误',
        PropertyNameExpected: '此处应为带双引号的字段名',
        ValueExpected: '此处缺少值',
        ColonExpected: '字段名后缺少冒号 :',
        CommaExpected: '缺少逗号 ,',
        CloseBraceExpected: '缺少右花括号 }',
        CloseBracketExpected: '缺少右方括号 ]',
        EndOfFileExpected: 'JSON 已结束，其后还有内容',
        InvalidCommentToken: 'JSON 不允许注释（// 或 /* */），请删除',
        UnexpectedEndOfComment: '注释没有结束',
        UnexpectedEndOfString: '字符串缺少结尾的双引号',
        UnexpectedEndOfNumber: '数字不完整',
        InvalidUnicode: '\\u 转义有误',
        InvalidEscapeCharacter: '反斜杠转义有误',
        InvalidCharacter: '字符串中有控制字符（如换行或制表符），应写作 \\n、\\t',
      },
      trailingComma: '} 或 ] 前多了一个逗号，JSON 不允许结尾逗号',
      empty: '内容为空',
      unknown: '不是有效的 JSON',
      at: (line, column, reason) => `不是有效的 JSON：第 ${line} 行第 ${column} 列，${reason}。`,
    },

    checkHelp: (
      fileBytes,
      rules,
      langs,
    ) => `用法：disclosure-report check <报告.json> [--previous <上年报告.json>] [--json] [--lang ${langs}]
      disclosure-report check <文件夹|报告.json>… --summary csv|json [--lang ${langs}]

校验政府信息公开工作年度报告（2021 年格式，JSON）并核对表格的勾稽关系。文件名写作 - 时从标准输入读取。
任何文件、管道或设备最多读取 ${fileBytes} 字节。

选项：
  --previous <文件>  上年报告，用于跨年度核对
  --summary csv|json 每个文件一行（文件夹取其中的 .json 文件）：文件、机关、年度、格式有效、
                     错误数、警告数、首个问题；退出码取最差的文件
  --json             以 JSON 输出 {"valid", "checked", "issues", "findings"}
                     （报告无法读取、未进行核对时 "checked" 为 false）
  ${`--lang ${langs}`.padEnd(18)} 提示语言（默认 zh）
  -h, --help         显示本帮助

退出码：0 无错误（可有警告和提示），1 勾稽关系有错误，2 文件无法读取或不是有效的报告。

核对规则：
${rules}`,
    importHelp: (
      langs,
    ) => `导入 Word（.docx）、网页（.html/.htm，及单文件网页 .mht）、PDF、文本（.txt）格式的报告，转为报告 JSON：
  disclosure-report import <文件>… [-o <输出.json>|<文件夹>] [--json] [--lang ${langs}]
  不加 -o 时，标准输出只有报告 JSON；摘要（按标签、按位置放置及未放置的单元格，导入问题，
  勾稽关系核对）写到标准错误，加 --json 时为 JSON。导入多个文件须用 -o <文件夹>，
  每个文件输出一个同名 .json。从不猜测：无法确定的单元格留空并列出。
  退出码：0 每个单元格均按标签放置且报告有效，1 已导入但有需核对或未放置的单元格（均已列出），
  2 文件无法读取或其中没有报告。
`,
    renderHelp: (langs) => `      disclosure-report render <文件|文件夹>… [--lang ${langs}] [--bilingual] [--audit]
                               [--mode page|fragment|dsd] [-o 输出.html|文件夹]

render：生成无需 JavaScript 的报告 HTML。page（默认）为可打印的独立网页；fragment 用于粘贴到
网站内容管理系统的编辑器（只用行内样式）；dsd 为带声明式 Shadow DOM 的组件，可由脚本包激活。
输入为报告 JSON 或 import 能读取的文件（.docx、.html、.pdf、.txt）；文件夹取其中的 .json 文件。
退出码同 check。`,

    importIssueKind: {
      unreadable: '无法读取',
      unplaced: '未放置',
      confirm: '需核对',
      value: '数值有误',
      note: '提示',
      unplacedCell: '未放置',
    },
    import: {
      issuesHeading: '导入问题',
      noIssues: '导入问题：无。',
      toStdout: '标准输出',
      failed: '未导入',
      noReportFound: '文件中没有找到年度报告的表格（二、三、四），未导入。',
      placement: (byLabel, byPosition, unplaced) =>
        `按标签放置 ${byLabel} 个单元格，按位置放置 ${byPosition} 个（请核对），未放置 ${unplaced} 个。`,
      writtenTo: (target) => `报告已写入 ${target}`,
      cannotWrite: (target, reason) => `无法写入 ${target}：${reason}`,
      unexpectedFailure: (file, reason) => `导入 ${file} 时出错：${reason}`,
      severalWithoutFolder: '导入多个文件时须用 -o <文件夹> 指定输出文件夹',
      outputNotFolder: '-o 须是文件夹（导入多个文件时）',
    },

    render: {
      severalWithoutFolder: '多个文件需要用 -o 指定输出文件夹',
      outputNotFolder: '-o 指向的是文件，不是文件夹',
      nothingRendered: '未生成 HTML',
      toStdout: '标准输出',
      partlyInvalid: '报告有数据错误：错误处显示提示，其余照常显示。',
      renderedTo: (file, target) => `${file} → ${target}`,
    },

    batch: {
      columns: ['文件', '机关', '年度', '格式有效', '错误', '警告', '首个问题'],
      yes: '是',
      no: '否',
      progress: (done, total) => `已检查 ${done}/${total} 个文件`,
      noReportFiles: (paths) => `在 ${paths} 中没有找到报告文件（.json）。`,
    },
  },
};
