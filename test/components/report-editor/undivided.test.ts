/**
 * <report-editor> on a report in the 2019 layout, whose （六）其他处理 is one undivided row (as
 * reports imported from older files often are): it is shown and edited as one row, downloaded in
 * that one shape, checked like any report, and split into the 2021 rows only when asked.
 */
import {expect, html} from '@open-wc/testing';
import '../../../src/editor/define.js';
import {broken, huaian2024} from '../../../src/examples/index.js';
import {cellLabelInSection} from '../../../src/model/cell-labels.js';
import {valueAt} from '../../../src/model/paths.js';
import {undividedGroups} from '../../../src/model/undivided.js';
import {validateReport} from '../../../src/model/validate.js';
import type {DisclosureReport} from '../../../src/model/types.js';
import type {ReportEditor} from '../../../src/editor/report-editor.js';
import {until} from '../../support/table-helpers.js';
import {
  captureDownload,
  cellInput,
  chooseFile,
  listedFindings,
  mountEditor,
  pasteAt,
  root,
  shownGrid,
  showBlock,
  tableTsv,
  text,
  typeInto,
} from '../../support/editor-helpers.js';

beforeEach(() => localStorage.clear());

const hasInput = (editor: ReportEditor, path: string) =>
  Boolean(root(editor).querySelector(`input[data-path="${CSS.escape(path)}"]`));

/** The applicant columns' keys of the one row, read from the report (181, 5, 0, 0, 1, 0, 187). */
const oneRow = (report: DisclosureReport) => report.requests.results.other as unknown as Record<string, number | null>;

async function downloaded(editor: ReportEditor): Promise<DisclosureReport> {
  const download = await captureDownload(() => editor.download());
  expect(download, 'a file was offered').to.exist;
  return download!.json as DisclosureReport;
}

describe('report-editor: （六）其他处理 undivided (the 2019 layout)', () => {
  it('shows （六） as one row of inputs, as the viewer does, named by its header chain', async () => {
    const report = broken.undividedOther();
    const editor = await mountEditor(html`<report-editor .report=${report}></report-editor>`);
    await showBlock(editor, 'requests');
    const path = 'requests.results.other.naturalPerson';
    expect(cellInput(editor, path).value).to.equal(String(oneRow(report).naturalPerson));
    expect(cellInput(editor, path).getAttribute('aria-label')).to.equal(cellLabelInSection(path)!.zh);
    expect(hasInput(editor, 'requests.results.other.noCorrection.naturalPerson'), 'no 2021 rows').to.equal(false);
    // The row header spans both levels of the row headers, as a leaf row of the tree does.
    const header = cellInput(editor, path).closest('tr')!.querySelector('th')!;
    expect(text(header)).to.equal('（六）其他处理');
    expect(shownGrid(editor)).to.have.length(23, 'the 25 rows of 2021 less two');
    expect(text(root(editor).querySelector('.layout-note'))).to.include('2019 年格式');
  });

  it('an edited cell is downloaded in the one shape, and the JSON validates', async () => {
    const report = broken.undividedOther();
    const editor = await mountEditor(html`<report-editor .report=${report}></report-editor>`);
    await showBlock(editor, 'requests');
    const totals = report.requests.results.total;
    await typeInto(editor, cellInput(editor, 'requests.results.other.commercial'), '6');
    await typeInto(editor, cellInput(editor, 'requests.results.other.total'), '188');
    await typeInto(editor, cellInput(editor, 'requests.results.total.commercial'), String(totals.commercial! + 1));
    await typeInto(editor, cellInput(editor, 'requests.results.total.total'), String(totals.total! + 1));
    const received = report.requests.newReceived;
    await typeInto(editor, cellInput(editor, 'requests.newReceived.commercial'), String(received.commercial! + 1));
    await typeInto(editor, cellInput(editor, 'requests.newReceived.total'), String(received.total! + 1));
    expect(listedFindings(editor), 'the column sums hold again').to.deep.equal([]);
    const json = await downloaded(editor);
    expect(Object.keys(oneRow(json)), 'one row, no 2021 keys mixed in').to.deep.equal(Object.keys(oneRow(report)));
    expect(oneRow(json)).to.deep.equal({...oneRow(report), commercial: 6, total: 188});
    expect(undividedGroups(json).map((node) => node.id)).to.deep.equal(['results.other']);
    const result = validateReport(json);
    expect(result.issues.filter((issue) => issue.severity === 'error')).to.deep.equal([]);
  });

  it('the checks run on the one row: a wrong part shows a finding at the total and goes when corrected', async () => {
    const report = broken.undividedOther();
    const editor = await mountEditor(html`<report-editor .report=${report}></report-editor>`);
    await showBlock(editor, 'requests');
    expect(listedFindings(editor)).to.deep.equal([]);
    const part = 'requests.results.other.naturalPerson';
    await typeInto(editor, cellInput(editor, part), String(oneRow(report).naturalPerson! + 1));
    const findings = editor.currentFindings.filter((finding) => finding.kind === 'violation');
    expect(findings.length, 'the row total and the column total no longer add up').to.be.greaterThan(0);
    expect(findings.every((finding) => finding.cells.includes(part))).to.equal(true);
    expect(cellInput(editor, part).closest('td')!.classList.contains('part')).to.equal(true);
    expect(listedFindings(editor)).to.have.length(findings.length);
    await typeInto(editor, cellInput(editor, part), String(oneRow(report).naturalPerson));
    expect(listedFindings(editor)).to.deep.equal([]);
  });

  it('a block of table 三 pasted in the 2019 layout fills the one row where the spreadsheet has it', async () => {
    const report = broken.undividedOther();
    const editor = await mountEditor(html`<report-editor .report=${report}></report-editor>`);
    await showBlock(editor, 'requests');
    const tsv = tableTsv(editor, report);
    const emptied = broken.undividedOther();
    emptied.requests = JSON.parse(
      JSON.stringify(report.requests, (_, value) => (typeof value === 'number' ? null : value)),
    );
    const blank = await mountEditor(html`<report-editor .report=${emptied}></report-editor>`);
    await showBlock(blank, 'requests');
    expect(cellInput(blank, 'requests.results.other.total').value).to.equal('');
    await pasteAt(blank, shownGrid(blank)[0]![0]!, {'text/plain': tsv});
    expect(text(root(blank).querySelector('.message'))).to.include('已填入 161 个单元格');
    expect((await downloaded(blank)).requests).to.deep.equal(report.requests);
  });

  it('splitting into the 2021 rows is an explicit step: blank rows, the one row kept in sight, undo brings it back', async () => {
    const report = broken.undividedOther();
    const editor = await mountEditor(html`<report-editor .report=${report}></report-editor>`);
    await showBlock(editor, 'requests');
    const split = [...root(editor).querySelectorAll<HTMLButtonElement>('.layout-note button')].find((b) =>
      text(b).includes('拆分'),
    )!;
    split.click();
    await editor.updateComplete;
    expect(hasInput(editor, 'requests.results.other.naturalPerson')).to.equal(false);
    for (const row of ['noCorrection', 'unpaidFee', 'other']) {
      expect(cellInput(editor, `requests.results.other.${row}.naturalPerson`).value, row).to.equal('');
    }
    expect(shownGrid(editor)).to.have.length(25);
    expect(text(root(editor).querySelector('.layout-note')))
      .to.include('自然人 181')
      .and.include('总计 187');
    // Until the rows are filled, the sums over them wait; nothing is guessed.
    const json = await downloaded(editor);
    expect(undividedGroups(json)).to.deep.equal([]);
    expect(valueAt(json, 'requests.results.other.other.naturalPerson')).to.equal(null);
    expect(validateReport(json).issues.filter((issue) => issue.severity === 'error')).to.deep.equal([]);
    await typeInto(editor, cellInput(editor, 'requests.results.other.noCorrection.naturalPerson'), '181');
    expect(valueAt(editor.value, 'requests.results.other.noCorrection.naturalPerson')).to.equal(181);
    editor.undo();
    editor.undo();
    await editor.updateComplete;
    expect(cellInput(editor, 'requests.results.other.naturalPerson').value).to.equal('181');
    expect(oneRow(editor.value)).to.deep.equal(oneRow(report));
  });

  it('a .docx in the 2019 layout opens with （六） as one row, and downloads in that shape', async () => {
    const editor = await mountEditor(html`<report-editor></report-editor>`);
    const bytes = await (await fetch('/test/fixtures/import/huaian-2024-undivided.docx')).arrayBuffer();
    await chooseFile(editor, new File([bytes], 'huaian-2024-undivided.docx'));
    await until(() => Boolean(root(editor).querySelector('.opened button')), 15_000, 'the opened file');
    const opened = root(editor).querySelector('.opened')!;
    // Every cell read, of 二's 10, 三's 23 × 7 with the one row and 四's 15 (200 in the 2021 layout).
    expect(text(opened)).to.include('已读出 186 / 186 个表格单元格');
    [...opened.querySelectorAll('button')].find((b) => text(b) === '替换当前内容')!.click();
    await editor.updateComplete;
    await showBlock(editor, 'requests');
    expect(hasInput(editor, 'requests.results.other.noCorrection.total')).to.equal(false);
    expect(cellInput(editor, 'requests.results.other.total').value).to.not.equal('');
    expect(listedFindings(editor)).to.deep.equal([]);
    const json = await downloaded(editor);
    expect(undividedGroups(json).map((node) => node.id)).to.deep.equal(['results.other']);
    expect(validateReport(json).issues.filter((issue) => issue.severity === 'error')).to.deep.equal([]);
  });

  it('a report in the 2021 layout offers no split and downloads its three rows', async () => {
    const editor = await mountEditor(html`<report-editor .report=${broken.blankCell()}></report-editor>`);
    await showBlock(editor, 'requests');
    expect(root(editor).querySelector('.layout-note')).to.equal(null);
    expect(hasInput(editor, 'requests.results.other.noCorrection.total')).to.equal(true);
  });
});

/** Table 三 as it is copied with its row labels (a Word or Excel table): each row's header cells, then its numbers. */
function labelledTsv(editor: ReportEditor, report: unknown): string {
  const value = (path: string) => {
    const found = valueAt(report, path);
    return found === null || found === undefined ? '' : String(found);
  };
  return [...root(editor).querySelectorAll('table.form-table tr')]
    .filter((row) => row.querySelector('input[data-path]'))
    .map((row) =>
      [
        ...[...row.querySelectorAll('th')].map(text),
        ...[...row.querySelectorAll<HTMLInputElement>('input[data-path]')].map((input) => value(input.dataset.path!)),
      ].join('\t'),
    )
    .join('\r\n');
}

/** An editor on show at table 三 of `report` with every number of the table blank. */
async function blankTable3(report: DisclosureReport): Promise<ReportEditor> {
  const emptied = structuredClone(report);
  emptied.requests = JSON.parse(JSON.stringify(report.requests, (_, v) => (typeof v === 'number' ? null : v)));
  const editor = await mountEditor(html`<report-editor .report=${emptied}></report-editor>`);
  await showBlock(editor, 'requests');
  return editor;
}

describe('report-editor: table 三 pasted from the other layout', () => {
  const source2021 = () => structuredClone(huaian2024);
  const source2019 = () => broken.undividedOther();
  const SIX_ROWS = ['noCorrection', 'unpaidFee', 'other'].map((row) => `requests.results.other.${row}`);
  const ONE_ROW = 'requests.results.other';
  const message = (editor: ReportEditor) => text(root(editor).querySelector('.message'));

  /** The table's cells on show: each has the source's number, except the rows the source does not have, which stay blank. */
  function expectPlaced(editor: ReportEditor, source: DisclosureReport, missingRows: readonly string[]) {
    const wrong: string[] = [];
    for (const path of shownGrid(editor).flat()) {
      const missing = missingRows.some(
        (row) => path.startsWith(`${row}.`) && path.split('.').length === row.split('.').length + 1,
      );
      const expected = missing ? null : valueAt(source, path);
      if (valueAt(editor.value, path) !== expected)
        wrong.push(`${path}: ${String(valueAt(editor.value, path))} ≠ ${String(expected)}`);
    }
    expect(wrong).to.deep.equal([]);
  }

  async function tsvOf(report: DisclosureReport, labelled: boolean): Promise<string> {
    const editor = await mountEditor(html`<report-editor .report=${report}></report-editor>`);
    await showBlock(editor, 'requests');
    const tsv = labelled ? labelledTsv(editor, report) : tableTsv(editor, report);
    editor.remove();
    return tsv;
  }

  for (const labelled of [true, false]) {
    const how = labelled ? 'with its row labels' : 'as numbers only';
    it(`25 rows of the 2021 layout, ${how}, into the 2019 layout: each row in its own row, （六）'s three rows left out and counted`, async () => {
      const source = source2021();
      const tsv = await tsvOf(source, labelled);
      const editor = await blankTable3(source2019());
      await pasteAt(editor, shownGrid(editor)[0]![0]!, {'text/plain': tsv});
      // 22 rows of both layouts × 7; the one row of （六） stays blank: its three rows are not summed into it.
      expectPlaced(editor, source, [ONE_ROW]);
      expect(valueAt(editor.value, `${ONE_ROW}.total`)).to.equal(null);
      expect(message(editor))
        .to.include('填入 154 个单元格')
        .and.include('3 行在本表中没有对应的行，共 21 个单元格未填入');
      expect(message(editor)).to.include('拆分');
      expect(message(editor)).to.include(labelled ? '按行标签' : '2021 年格式');
    });

    it(`23 rows of the 2019 layout, ${how}, into the 2021 layout: （六）'s one row left out and counted, 总计 and 结转 in their rows`, async () => {
      const source = source2019();
      const tsv = await tsvOf(source, labelled);
      const editor = await blankTable3(source2021());
      await pasteAt(editor, shownGrid(editor)[0]![0]!, {'text/plain': tsv});
      expectPlaced(editor, source, SIX_ROWS);
      expect(valueAt(editor.value, 'requests.results.total.total')).to.equal(
        valueAt(source, 'requests.results.total.total'),
      );
      expect(message(editor))
        .to.include('填入 154 个单元格')
        .and.include('1 行在本表中没有对应的行，共 7 个单元格未填入');
      expect(message(editor)).to.include(labelled ? '按行标签' : '2019 年格式');
    });
  }

  it('labelled rows are placed by their labels in any order, from any cell', async () => {
    const source = source2021();
    const rows = (await tsvOf(source, true)).split('\r\n');
    const editor = await blankTable3(source2021());
    await pasteAt(editor, 'requests.carriedForward.total', {'text/plain': [...rows].reverse().join('\r\n')});
    expectPlaced(editor, source, []);
    expect(message(editor)).to.equal('已按行标签填入 175 个单元格。');
  });
});
