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

function paragraph({kind, text}) {
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
function cell({colSpan, cell: content, continues}) {
  const options = {
    columnSpan: colSpan > 1 ? colSpan : undefined,
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

function table(rows) {
  return new Table({
    width: {size: 100, type: WidthType.PERCENTAGE},
    rows: wordRows(rows).map((row) => new TableRow({children: row.map(cell)})),
  });
}

/** The .docx bytes of a report; `style` as in report-layout.mjs (variants change values or labels). */
export async function reportToDocx(report, style = plainStyle) {
  const children = documentBlocks(report, style).map((block) =>
    block.kind === 'table' ? table(block.rows) : paragraph(block),
  );
  const document = new Document({creator: 'disclosure-report tests', sections: [{children}]});
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
