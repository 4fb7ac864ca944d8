#!/usr/bin/env node
// Test-only: writes a report model as a .docx shaped like the official Word template (国办公开办函
// 〔2021〕30号's 模板): the title line, headings 一…六 in 黑体, the （一）…（五） sub-heads in 楷体, the
// narrative paragraphs, a units line above each table, and the three tables with the template's
// merges (gridSpan across, vMerge restart/continue down), blank cells empty. Made with the `docx`
// package (a devDependency; never shipped).
//
// By hand (after `npm run build:node`):
//   node test/support/write-docx.mjs <variant> out.docx     # variants: see import-variants.mjs
//   node test/support/write-docx.mjs                         # lists them
import {writeFileSync} from 'node:fs';
import {
  AlignmentType,
  BorderStyle,
  Document,
  LevelFormat,
  LevelSuffix,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  VerticalMergeType,
  WidthType,
} from 'docx';
import {documentBlocks, plainStyle, wordRows} from './report-layout.mjs';

// Fonts and sizes as offices set the template (half-points: 三号 = 32, 小四 = 24, 五号 = 21).
const FONTS = {
  title: {font: '方正小标宋简体', size: 44},
  heading: {font: '黑体', size: 32},
  subhead: {font: '楷体_GB2312', size: 32},
  paragraph: {font: '仿宋_GB2312', size: 32},
  units: {font: '仿宋_GB2312', size: 24},
  signature: {font: '仿宋_GB2312', size: 32},
  cell: {font: '宋体', size: 21},
};

const line = {style: BorderStyle.SINGLE, size: 4, color: '000000'};
const borders = {top: line, bottom: line, left: line, right: line};

const run = (text, kind) => new TextRun({text, ...FONTS[kind]});

// Word's automatic numbering for headings (一、…六、) and the sub-heads of 一 ((一)…(五)), for
// the `numbered` style: the numbers then live in numbering.xml, not in the paragraphs' text.
const HEADINGS = 'report-headings';
const NUMBERING = {
  config: [
    {
      reference: HEADINGS,
      levels: [
        {level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', suffix: LevelSuffix.NOTHING},
        {level: 1, format: LevelFormat.CHINESE_COUNTING, text: '（%2）', suffix: LevelSuffix.NOTHING},
      ],
    },
  ],
};
const TYPED_NUMBER = {heading: /^[一二三四五六七八九十]+、/u, subhead: /^（[一二三四五六七八九十]+）/u};

function paragraph({kind, text}, numbered) {
  if (numbered && TYPED_NUMBER[kind]?.test(text)) {
    return new Paragraph({
      numbering: {reference: HEADINGS, level: kind === 'heading' ? 0 : 1},
      children: [run(text.replace(TYPED_NUMBER[kind], ''), kind)],
    });
  }
  const alignment =
    kind === 'title'
      ? AlignmentType.CENTER
      : kind === 'units' || kind === 'signature'
        ? AlignmentType.RIGHT
        : AlignmentType.JUSTIFIED;
  const indent = kind === 'paragraph' || kind === 'heading' || kind === 'subhead' ? {firstLine: 640} : undefined;
  return new Paragraph({alignment, indent, children: [run(text, kind)]});
}

/** A cell of the layout, or Word's continuation cell for a position a vMerge covers. */
function cell({colSpan, cell: content, continues}, width) {
  const options = {
    columnSpan: colSpan > 1 ? colSpan : undefined,
    width: {size: width, type: WidthType.DXA},
    borders,
    verticalAlign: VerticalAlign.CENTER,
  };
  if (continues) {
    return new TableCell({...options, verticalMerge: VerticalMergeType.CONTINUE, children: [new Paragraph({})]});
  }
  const alignment = content.kind === 'label' || content.kind === 'note' ? AlignmentType.LEFT : AlignmentType.CENTER;
  return new TableCell({
    ...options,
    verticalMerge: content.rowSpan > 1 ? VerticalMergeType.RESTART : undefined,
    children: [new Paragraph({alignment, children: content.text ? [run(content.text, 'cell')] : []})],
  });
}

// Grid column widths in twips, summing to the text width of an A4 page with 2 cm margins, so
// that numbers as long as 3,985,758 (table 二) and 351 (table 四's narrow columns) do not wrap.
const PAGE_MARGIN = 1134;
const TEXT_WIDTH = 11906 - 2 * PAGE_MARGIN;
const COLUMN_WIDTHS = {
  proactive: [2838, 2266, 2266, 2268],
  requests: [900, 1300, 2608, ...Array(7).fill(690)],
  appeals: Array(15).fill(TEXT_WIDTH / 15),
};
const CELL_MARGINS = {left: 57, right: 57, top: 0, bottom: 0};

function table({table: id, rows}) {
  const widths = COLUMN_WIDTHS[id];
  return new Table({
    width: {size: TEXT_WIDTH, type: WidthType.DXA},
    columnWidths: widths,
    margins: CELL_MARGINS,
    rows: wordRows(rows).map(
      (row) =>
        new TableRow({
          children: row.map((placed) => {
            const width = widths.slice(placed.column, placed.column + placed.colSpan).reduce((a, b) => a + b, 0);
            return cell(placed, width);
          }),
        }),
    ),
  });
}

/**
 * The .docx bytes of a report; `style` as in report-layout.mjs (variants change values or labels),
 * and `style.numbered`: headings and sub-heads numbered by Word instead of typed.
 */
export async function reportToDocx(report, style = plainStyle) {
  const children = documentBlocks(report, style).map((block) =>
    block.kind === 'table' ? table(block) : paragraph(block, style.numbered),
  );
  const page = {margin: {top: 1440, bottom: 1440, left: PAGE_MARGIN, right: PAGE_MARGIN}};
  const document = new Document({
    creator: 'disclosure-report tests',
    numbering: NUMBERING,
    sections: [{properties: {page}, children}],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const {variants} = await import('./import-variants.mjs');
  const [id, out] = process.argv.slice(2);
  const variant = variants.find((candidate) => candidate.id === id);
  if (!variant || !out) {
    console.error('usage: node test/support/write-docx.mjs <variant> out.docx');
    for (const {id: name, about} of variants) console.error(`  ${name}: ${about}`);
    process.exit(2);
  }
  writeFileSync(out, await reportToDocx(variant.report, variant.style));
  console.log(`wrote ${out}`);
}
