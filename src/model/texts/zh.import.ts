/** The import's words in Chinese (ids in import-catalog.ts). */
import type {ImportTexts} from './import-catalog.js';

export const zhImport: ImportTexts = {
  origin: {
    page: (page) => `第 ${page} 页`,
    table: (table) => `表 ${table}`,
    row: (row) => `第 ${row} 行`,
    line: (line) => `第 ${line} 行`,
    cell: (cell) => `第 ${cell} 格`,
    next: (before, part) => `${before}${part}`,
  },
  located: (name, where, what) => {
    const head = name + (where && `（${where}）`);
    return head ? `${head}：${what}` : what;
  },
  file: {
    tooLarge: (megabytes, limit) => `文件大小 ${megabytes} MB，超过导入上限 ${limit} MB，未读取`,
    doc: '这是旧版 Word 文件（.doc），无法直接读取：请在 Word 或 WPS 中“另存为” .docx 后再导入',
    rtf: '这是 RTF 文件，无法直接读取：请在 Word 或 WPS 中“另存为” .docx 后再导入',
    wps: '这是 WPS 文字文件（.wps），无法直接读取：请在 WPS 中“另存为” .docx 后再导入',
    spreadsheet:
      '这是电子表格（Excel 或 WPS 表格），不能作为年度报告导入：请导入报告本身的 Word 文件（.docx）、网页或带文字的 PDF',
    odt: '这是 OpenDocument 文本（.odt），无法直接读取：请在 WPS、Word 或 LibreOffice 中“另存为” .docx 后再导入',
    ofd: '这是 OFD 版式文件，无法读取：请导入同一报告的 Word 文件（.docx）、网页或带文字的 PDF（OFD 阅读器可导出 PDF）',
    zip: '这是一个压缩包，不是 Word 文档（.docx），无法读取：请先解压，再导入其中的报告文件（.docx、网页或带文字的 PDF）',
    image: '这是一张图片，无法从中读取文字：请导入报告的 Word 文件（.docx）、网页或带文字的 PDF',
    mhtNoPage: '这个单文件网页（.mht）中没有网页正文，无法读取：请在浏览器中打开后另存为网页（.html）再导入',
    noData: '没有可导入的内容：请给出文件的字节（Uint8Array、ArrayBuffer）或文本',
    noReader: (format) => `暂不支持读取 .${format} 文件`,
    readFailed: (error) => `读取文件时出错（${error}），未导入`,
    noReport: '文件中未找到年度报告：既没有标题行，也没有报告的表格',
  },
  reader: {
    fileTooLarge: (megabytes, limit) => `文件过大（${megabytes} MB），超过 ${limit} MB 的上限，未读取。`,
    tooManyBlocks: (limit) => `文档段落和表格超过 ${limit} 个，其后的内容未读取。`,
    tableTooLarge: (table, limit) => `第 ${table} 个表格超过 ${limit} 个单元格，其后的单元格未读取。`,
    textTooLarge: '文本超过导入上限，未读取',
    textTableTooLarge: (line, limit) => `第 ${line} 行起的表格超过 ${limit} 个单元格，其余部分未读取`,
    htmlTooDeep: (depth) => `网页元素嵌套超过 ${depth} 层，其后的内容未读取。`,
    docxNotAZip:
      '该文件不是有效的 .docx 文件（无法作为 zip 压缩包读取）。若是旧版 Word 文档（.doc），请在 Word 或 WPS 中另存为 .docx 后再导入。',
    docxTooLargeUnzipped: (name, entry, total) =>
      `.docx 文件中的 ${name} 解压后超过 ${entry} MB（总上限 ${total} MB），可能是“压缩炸弹”，未读取。`,
    docxDamaged: (name) => `.docx 文件已损坏：无法解压其中的 ${name}。`,
    docxNoDocument: '该文件不是 Word 文档：压缩包中没有 word/document.xml。',
    docxMalformed: '.docx 文件已损坏：其正文 XML 不完整或格式错误。',
    docxAutoNumbering: (section, part) =>
      `文档中有 Word 自动编号的段落（如“${section}”“${part}”由 Word 生成），其中部分编号无法还原，这些段落未带编号。`,
    pdfTooLarge: (megabytes) => `PDF 文件超过 ${megabytes} MB，不予读取。`,
    pdfNotPdf: '这不是 PDF 文件（文件开头没有 %PDF）。',
    pdfEncrypted: 'PDF 文件设有打开密码，无法读取。请导出一份不加密的 PDF。',
    pdfUnreadable: 'PDF 文件已损坏或不完整，无法读取。',
    pdfPagesOverCap: (pages, limit) => `PDF 共 ${pages} 页，只读取了前 ${limit} 页。`,
    pdfPageUnreadable: (page) => `第 ${page} 页已损坏，未能读取。`,
    pdfNoPages: 'PDF 中没有能读取的页面。',
    pdfScanned: 'PDF 中没有文字，可能是扫描件（图片）。请使用带文字的 PDF、Word 文件或网页。',
    pdfNoTextWithoutCMaps:
      'PDF 中没有读出文字：可能是扫描件，或其中文字体未嵌入（此处缺少 pdf.js 的字符映射文件 cmaps）。请改用 Word 文件或网页。',
    pdfPageDrawing: (page) => `第 ${page} 页的线条过多，按纯文字读取，表格可能未能识别。`,
    pdfBlocksOverCap: (limit) => `PDF 中的段落和表格超过 ${limit} 个，其余部分未读取。`,
  },
  place: {
    tooManyRows: (limit) => `此表超过 ${limit} 行，其余行未读取`,
    tooManyTables: (found, limit) => `文件中有 ${found} 个表格，只读取了前 ${limit} 个`,
    tableMissing: '文件中未找到此表，其单元格均为空白',
    tableRepeated: '文件中此表出现了不止一次（可能是另一年度的报告），只导入第一次出现的表，此表未导入',
    format2019: (header) =>
      `此表为 2019 年试行格式（如${header}列），其各列与 2021 年格式含义不同，未导入，请按 2021 年格式填写`,
    undividedRow: (row) => `${row}印为一行（2019 年格式），按一行导入`,
    rowMissing: '文件中未找到此行，其单元格均为空白',
    rowUnmatched: (label) => `行 ${label} 的数值对应不到表格的任何一行，未导入`,
    titleMissing: (title) => `未找到${title}标题行，机关名称和年度未能读出`,
    sectionMissing: '未找到此部分的标题，正文为空',
    rowAmbiguous: (values, columns) => `此行有 ${values} 个数值，本表该行有 ${columns} 列，无法确定各值所属列，留空`,
    tableAmbiguous: (values, columns) => `表中有 ${values} 个数值，本表有 ${columns} 列，无法确定各值所属列，留空`,
    columnMissing: '表头中没有此列，留空',
    columnsUnclear:
      '表头不能说明此行各数值所属的列（有数值不在任何列标题下，或两个数值在同一标题下；或复制的文本中表头顺序与格式不同），留空',
    cellMissing: '源文件此行在这一列没有数值，留空',
    dataRowMissing: '文件中未找到此表的数据行，留空',
    remark: (value, remark) => `取数值 ${value}，括号内的说明 ${remark} 作为该单元格的注释`,
    dashAsBlank: (text) => `${text} 按空白（null）导入，不当作 0`,
    noneAsZero: (word) => `${word}按 0 导入`,
    placedByPosition: (label) => `行标签 ${label} 无法识别，按其在表中的位置放入此格，请核对`,
    placedByPositionWithoutHeaders: '表头无法识别，按数值在表中的位置放入此格，请核对',
    notWhole: (text) => `${text} 不是整数，件数应为整数；留空`,
    yuan: (text) => `${text} 以元为单位，本格单位为万元；未换算，留空`,
    notANumber: (text) => `${text} 不是数字；留空`,
  },
};
