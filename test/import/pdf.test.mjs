// The PDF reader (src/import/read-pdf.ts) on the committed PDF fixtures (scripts/make-pdf-fixtures.mjs):
// the example reports printed by Chromium from our own bundle (with a running title and page
// numbers) and converted from the test .docx by LibreOffice. What the reader rebuilds must be the
// report as it was laid out, written independently by test/support/report-layout.mjs: every
// paragraph joined whole, every table cell with its text and spans, tables cut by page breaks
// joined, page furniture gone. Hostile files end in a zh/en refusal or problem, never a hang.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {readPdf} from '../../dist/node/import/read-pdf.js';
import {ImportRefusal} from '../../dist/node/import/source.js';
import {IMPORT_LIMITS} from '../../dist/node/import/limits.js';
import {huaian2024, xiguan2024} from '../../dist/node/examples/index.js';
import {documentBlocks, plainStyle} from '../support/report-layout.mjs';
import {writePdf} from '../support/write-pdf.mjs';

const fixture = (name) => new Uint8Array(readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url)));
// Only a guard against a hang: every read here takes a second or two even on a busy machine.
const HANG_GUARD = {timeout: 120_000};

// The viewer prints numbers grouped (3,985,758); the .docx has them as typed (3985758).
const groupedStyle = {
  ...plainStyle,
  value: (path, value) => (typeof value === 'number' ? value.toLocaleString('en-US') : plainStyle.value(path, value)),
};

const FIXTURES = [
  {file: 'xiguan-2024.chromium.pdf', report: xiguan2024, style: groupedStyle},
  {file: 'huaian-2024.chromium.pdf', report: huaian2024, style: groupedStyle},
  {file: 'xiguan-2024.libreoffice.pdf', report: xiguan2024, style: plainStyle},
  {file: 'huaian-2024.libreoffice.pdf', report: huaian2024, style: plainStyle},
];

const simplify = (blocks) =>
  blocks.map((block) =>
    block.kind === 'table'
      ? {
          table: (block.rows ?? block.table.rows).map((row) =>
            row.map(({text, rowSpan, colSpan}) => ({text, rowSpan, colSpan})),
          ),
        }
      : {paragraph: block.text},
  );

const tablesOf = (document) => document.blocks.filter((block) => block.kind === 'table').map((block) => block.table);

for (const {file, report, style} of FIXTURES) {
  test(
    `${file} reads back as laid out: every paragraph whole, every cell with its spans, in order`,
    HANG_GUARD,
    async () => {
      const document = await readPdf(fixture(file));
      assert.deepEqual(document.problems, []);
      assert.deepEqual(simplify(document.blocks), simplify(documentBlocks(report, style)));
      for (const table of tablesOf(document)) assert.equal(table.structured, true, 'ruled tables give real cells');
    },
  );
}

test('Chromium print: the running title and the page numbers are gone, the title stays once', HANG_GUARD, async () => {
  for (const file of ['xiguan-2024.chromium.pdf', 'huaian-2024.chromium.pdf']) {
    const document = await readPdf(fixture(file));
    const paragraphs = document.blocks.filter((block) => block.kind === 'paragraph').map((block) => block.text);
    const title = file.startsWith('xiguan') ? xiguan2024.title.zh : huaian2024.title.zh;
    // The PDF has it at the head of every page (3 or 4) and once more as the report's own title.
    assert.equal(paragraphs.filter((text) => text === title).length, 1, file);
    const furniture = paragraphs.filter((text) => /^(第\s*\d+\s*页|-\s*\d+\s*-|\d+)$/.test(text));
    assert.deepEqual(furniture, [], file);
    assert.equal(document.blocks[0].origin.page, 1);
  }
});

test(
  'a table cut by page breaks is one table: the repeated head dropped, the cut （三）不予公开 one cell of 8 rows',
  HANG_GUARD,
  async () => {
    const document = await readPdf(fixture('huaian-2024.chromium.pdf'));
    const requests = tablesOf(document)[1];
    assert.equal(requests.rows.length, 28, 'three head rows and 25 rows of numbers, the head not repeated');
    const withheld = requests.rows.flat().find((cell) => cell.text === '（三）不予公开');
    assert.equal(withheld.rowSpan, 8);
    assert.equal(withheld.origin.page, 1);
    // 6.属于四类过程性信息 and its numbers are printed on page 2; they say so.
    const row = requests.rows.find((cells) => cells.some((cell) => cell.text === '6.属于四类过程性信息'));
    assert.deepEqual(
      row.map((cell) => cell.text),
      ['6.属于四类过程性信息', '12', '0', '0', '0', '0', '0', '12'],
    );
    assert.ok(row.every((cell) => cell.origin.page === 2 && cell.origin.table === 1));
    assert.equal(requests.rows.flat().filter((cell) => cell.text === '申请人情况').length, 1);
  },
);

test(
  'LibreOffice: a row-spanning label whose text the page break split (（五）不予 | 处理) is one cell again',
  HANG_GUARD,
  async () => {
    const document = await readPdf(fixture('xiguan-2024.libreoffice.pdf'));
    const requests = tablesOf(document)[1];
    const cell = requests.rows.flat().find((candidate) => candidate.text.startsWith('（五）'));
    assert.deepEqual([cell.text, cell.rowSpan], ['（五）不予处理', 5]);
    assert.ok(!requests.rows.flat().some((candidate) => candidate.text === '处理'));
  },
);

test(
  'paragraphs: lines joined without spaces in Chinese, across a page break, with page and line of their start',
  HANG_GUARD,
  async () => {
    const document = await readPdf(fixture('xiguan-2024.libreoffice.pdf'));
    const paragraph = document.blocks.find(
      (block) => block.kind === 'paragraph' && block.text.startsWith('西关街道不断深化'),
    );
    // Printed over the foot of page 1 and the head of page 2.
    assert.equal(paragraph.text, xiguan2024.overview.parts[4].paragraphs[0].zh);
    assert.equal(paragraph.origin.page, 1);
    assert.ok(paragraph.origin.line > 20, `line ${paragraph.origin.line} of page 1`);
    // The wrapped title (two centred lines) is one paragraph.
    assert.equal(document.blocks[0].text, xiguan2024.title.zh);
  },
);

test('the caller keeps its bytes: the buffer is not taken over by pdf.js', HANG_GUARD, async () => {
  const bytes = fixture('huaian-2024.libreoffice.pdf');
  const length = bytes.length;
  await readPdf(bytes);
  assert.equal(bytes.length, length);
  assert.equal(new TextDecoder().decode(bytes.subarray(0, 5)), '%PDF-');
});

test(
  'a table printed without rules is rebuilt from the text: one row per row of numbers, wrapped labels gathered in',
  HANG_GUARD,
  async () => {
    const document = await readPdf(fixture('huaian-2024.unruled.pdf'));
    assert.deepEqual(document.problems, []);
    const tables = tablesOf(document);
    assert.ok(tables.length >= 3);
    assert.ok(tables.every((table) => table.structured === false));
    const rows = tables.flatMap((table) => table.rows.map((row) => row.map((cell) => cell.text)));
    // Printed as 「2.其他法律」「行政法规禁 30 1 0 0 0 0 31」「止公开」: three lines, one row.
    assert.deepEqual(
      rows.find((row) => row[0].startsWith('2.其他法律')),
      ['2.其他法律行政法规禁止公开', '30', '1', '0', '0', '0', '0', '31'],
    );
    // Eight lines around its numbers, beside the group label （六）其他处理 and before 3.其他.
    assert.deepEqual(
      rows.find((row) => row.includes('6') && row.some((text) => text.startsWith('2.申请人'))),
      [
        '（六）其他处理',
        '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
        '6',
        '0',
        '0',
        '0',
        '0',
        '0',
        '6',
      ],
    );
    assert.deepEqual(
      rows.find((row) => row[0] === '3.其他'),
      ['3.其他', '108', '2', '0', '0', '0', '0', '110'],
    );
    // Table 四's fifteen numbers on one line are a row of their own.
    assert.deepEqual(
      rows.find((row) => row[0] === '72'),
      ['72', '64', '178', '37', '351', '13', '4', '8', '1', '26', '12', '1', '1', '6', '20'],
    );
    // Headings and unit lines beside the tables stay paragraphs.
    const paragraphs = document.blocks.filter((block) => block.kind === 'paragraph').map((block) => block.text);
    for (const text of ['三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '单位：件'])
      assert.ok(paragraphs.includes(text), text);
    // Each row says where it was printed.
    const origin = tables[0].rows[0][0].origin;
    assert.equal(origin.page, 1);
    assert.equal(typeof origin.line, 'number');
  },
);

test('Chinese in a font the PDF does not embed is read through pdf.js’s character maps', HANG_GUARD, async () => {
  const pdf = writePdf([{lines: [{text: '一、总体情况', chinese: true, size: 16}]}]);
  const document = await readPdf(pdf);
  assert.deepEqual(
    document.blocks.map((block) => block.text),
    ['一、总体情况'],
  );
  // Where the maps cannot be had, no text comes, and the reader refuses instead of importing nothing.
  assert.equal(await refusal(pdf, {cMapUrl: '/nonexistent/cmaps/'}), 'pdf-no-text');
});

// Hostile and damaged files: each ends with a message in both languages.

async function refusal(bytes, options) {
  try {
    await readPdf(bytes, options);
  } catch (error) {
    assert.ok(error instanceof ImportRefusal, `an ImportRefusal, not ${error}`);
    assert.match(error.problem.message.zh, /PDF/);
    assert.match(error.problem.message.en, /PDF/);
    return error.problem.code;
  }
  assert.fail('read without a refusal');
}

test('a truncated PDF is refused as damaged, at every cut', HANG_GUARD, async () => {
  for (const file of ['huaian-2024.chromium.pdf', 'huaian-2024.libreoffice.pdf']) {
    const whole = fixture(file);
    for (const share of [0.02, 0.3, 0.6, 0.95]) {
      const cut = whole.slice(0, Math.floor(whole.length * share));
      let outcome;
      try {
        const document = await readPdf(cut);
        // pdf.js may rebuild what survives: then the missing pages are listed, never silently lost.
        outcome = document.problems.length ? 'problems' : 'read';
      } catch (error) {
        assert.ok(error instanceof ImportRefusal, `${file} cut at ${share}: ${error}`);
        outcome = error.problem.code;
      }
      assert.notEqual(outcome, 'read', `${file} cut at ${share} must not read as if whole`);
    }
  }
});

test('garbage after a PDF header, and a file that is not a PDF at all, are refused', HANG_GUARD, async () => {
  const noise = new Uint8Array(64 * 1024).map((_, i) => (i * 7919) % 251);
  assert.equal(await refusal(new Uint8Array([...new TextEncoder().encode('%PDF-1.7\n'), ...noise])), 'pdf-unreadable');
  assert.equal(await refusal(new TextEncoder().encode('一、总体情况\n本年度……')), 'pdf-not-pdf');
  assert.equal(await refusal(new Uint8Array(0)), 'pdf-not-pdf');
});

test('a PDF over the size cap is refused before it is parsed', HANG_GUARD, async () => {
  const big = new Uint8Array(IMPORT_LIMITS.fileBytes + 1);
  big.set(new TextEncoder().encode('%PDF-1.7\n'));
  assert.equal(await refusal(big), 'pdf-too-large');
});

test(`a PDF of 150 pages is read up to the cap (${IMPORT_LIMITS.pdfPages} pages) and says so`, HANG_GUARD, async () => {
  const pages = Array.from({length: 150}, (_, i) => ({
    lines: [
      {text: `Body of page ${i + 1}.`, y: 700},
      {text: `Another paragraph on page ${i + 1}, much longer than the first one.`, x: 100, y: 650},
    ],
  }));
  const document = await readPdf(writePdf(pages));
  assert.deepEqual(
    document.problems.map((problem) => problem.code),
    ['pdf-pages-over-cap'],
  );
  assert.match(document.problems[0].message.zh, /150 页.*100 页/);
  assert.match(document.problems[0].message.en, /150 pages.*first 100/);
  const text = document.blocks.map((block) => block.text).join('\n');
  assert.match(text, /page 100,/);
  assert.doesNotMatch(text, /page 101/);
});

test('a PDF with pages but no text (a scan) is refused with a hint', HANG_GUARD, async () => {
  const scan = writePdf([{boxes: [[50, 50, 495, 742]]}, {boxes: [[60, 60, 400, 400]]}]);
  try {
    await readPdf(scan);
    assert.fail('read');
  } catch (error) {
    assert.equal(error.problem.code, 'pdf-no-text');
    assert.match(error.problem.message.zh, /扫描件/);
    assert.match(error.problem.message.en, /scan/);
  }
});

test(
  'a PDF that needs a password to open is refused; one with only an owner password is read',
  HANG_GUARD,
  async () => {
    assert.equal(await refusal(fixture('password.pdf')), 'pdf-encrypted');
    const document = await readPdf(fixture('owner-password.pdf'));
    assert.deepEqual(
      document.blocks.map((block) => block.text),
      ['Annual report on government information disclosure'],
    );
  },
);

test(
  'page numbers at the foot are dropped in every common form, repeated headers too, body text stays',
  HANG_GUARD,
  async () => {
    const forms = ['- N -', '第 N 页', '第N页 共3页', 'N/3', 'N', 'Page N of 3'];
    for (const form of forms) {
      const pages = [1, 2, 3].map((n) => ({
        lines: [
          {text: 'Xiguan Subdistrict Office annual report', x: 200, y: 810, size: 9},
          {text: `Paragraph on page ${n}.`, y: 700},
          {text: form.replace('N', String(n)), x: 290, y: 30, size: 9},
        ],
      }));
      const document = await readPdf(writePdf(pages));
      assert.deepEqual(
        document.blocks.map((block) => block.text),
        ['Paragraph on page 1.', 'Paragraph on page 2.', 'Paragraph on page 3.'],
        form,
      );
    }
  },
);
