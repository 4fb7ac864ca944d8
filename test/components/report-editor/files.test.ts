/**
 * <report-editor>: files in and out, the English interface, and axe on every block and state at
 * 1280 and 360 px.
 */
import {expect, html} from '@open-wc/testing';
import {strFromU8, strToU8, unzipSync, zipSync} from 'fflate';
import '../../../src/editor/define.js';
import {broken, huaian2024} from '../../../src/examples/index.js';
import {valueAt} from '../../../src/model/paths.js';
import {EDITOR_BLOCKS, type ReportEditor} from '../../../src/editor/report-editor.js';
import {allUpdated} from '../../support/report-helpers.js';
import {axeViolations, describeViolations, until} from '../../support/table-helpers.js';
import {
  captureDownload,
  cellInput,
  chooseFile,
  mountEditor,
  root,
  showBlock,
  text,
  typeInto,
} from '../../support/editor-helpers.js';

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value));

beforeEach(() => localStorage.clear());

/** The 淮安 Word fixture with two row labels made unreadable, as a bad scan or font gives them. */
async function docxWithGarbledRows(): Promise<File> {
  const bytes = new Uint8Array(await (await fetch('/test/fixtures/import/huaian-2024.docx')).arrayBuffer());
  const files = unzipSync(bytes);
  const xml = strFromU8(files['word/document.xml']!);
  expect(xml).to.include('1.属于国家秘密');
  files['word/document.xml'] = strToU8(xml.replace('1.属于国家秘密', '▯▯▯▯').replace('2.重复申请', '重▯▯▯'));
  return new File([zipSync(files)], 'huaian-2024.docx', {
    type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  });
}

async function openedPreview(editor: ReportEditor): Promise<HTMLElement> {
  await until(() => Boolean(root(editor).querySelector('.opened')), 15_000, 'the preview of the opened file');
  return root(editor).querySelector<HTMLElement>('.opened')!;
}

const button = (scope: ParentNode, words: string) =>
  [...scope.querySelectorAll<HTMLButtonElement>('button')].find((b) => text(b) === words)!;

describe('report-editor: opening files', () => {
  it('a .docx is previewed, replaces the work only when confirmed, and marks the cells it placed by position', async () => {
    const editor = await mountEditor(html`<report-editor></report-editor>`);
    await chooseFile(editor, await docxWithGarbledRows());
    const preview = await openedPreview(editor);
    expect(text(preview)).to.include('14 个单元格按位置放入');
    expect(valueAt(editor.value, 'requests.newReceived.total'), 'nothing replaced before confirming').to.equal(null);
    button(preview, '替换当前内容').click();
    await editor.updateComplete;
    expect(valueAt(editor.value, 'requests.newReceived.total')).to.equal(huaian2024.requests.newReceived.total);
    await showBlock(editor, 'requests');
    const placed = cellInput(editor, 'requests.results.withheld.stateSecret.naturalPerson');
    expect(placed.closest('td')!.classList.contains('confirm')).to.equal(true);
    const note = root(editor).getElementById(placed.getAttribute('aria-describedby')!.split(' ').at(-1)!);
    expect(text(note)).to.equal('请核对：按位置放入');
    const byLabel = cellInput(editor, 'requests.results.withheld.lawProhibited.naturalPerson');
    expect(byLabel.closest('td')!.classList.contains('confirm')).to.equal(false);
    // Correcting the cell settles it.
    await typeInto(editor, placed, '3');
    expect(
      cellInput(editor, 'requests.results.withheld.stateSecret.naturalPerson')
        .closest('td')!
        .classList.contains('confirm'),
    ).to.equal(false);
  });

  it('a .json file is previewed; confirming replaces the work as one step that undo takes back', async () => {
    const editor = await mountEditor(html`<report-editor></report-editor>`);
    await showBlock(editor, 'appeals');
    await typeInto(editor, cellInput(editor, 'appeals.reconsideration.upheld'), '5');
    const file = new File([JSON.stringify(huaian2024)], '淮安.json', {type: 'application/json'});
    await chooseFile(editor, file);
    const preview = await openedPreview(editor);
    expect(text(preview)).to.include('淮安市人民政府').and.include('2024');
    button(preview, '替换当前内容').click();
    await editor.updateComplete;
    expect(valueAt(editor.value, 'appeals.reconsideration.upheld')).to.equal(huaian2024.appeals.reconsideration.upheld);
    editor.undo();
    await editor.updateComplete;
    expect(valueAt(editor.value, 'appeals.reconsideration.upheld')).to.equal(5);
  });

  it('the picker offers Word, web pages, PDF and text, and a .wps picked there is told to be saved as .docx', async () => {
    const editor = await mountEditor(html`<report-editor .report=${clone(huaian2024)}></report-editor>`);
    const offered = root(editor).querySelector<HTMLInputElement>('input[type="file"]')!.accept.split(',');
    for (const kind of ['.json', '.docx', '.html', '.mht', '.pdf', '.txt', '.doc', '.wps'])
      expect(offered).to.include(kind);
    await chooseFile(editor, new File([new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])], '年报.wps'));
    const preview = await openedPreview(editor);
    expect(text(preview)).to.include('WPS');
    expect(text(preview)).to.include('.docx');
    // Compared as a boolean: chai describing a button of the editor's shadow tree does not finish.
    expect(button(preview, '替换当前内容') === undefined, 'no button to replace the work').to.equal(true);
    expect(valueAt(editor.value, 'requests.newReceived.total')).to.equal(huaian2024.requests.newReceived.total);
  });

  it('a file that is not a report says so and leaves the work as it was', async () => {
    const editor = await mountEditor(html`<report-editor .report=${clone(huaian2024)}></report-editor>`);
    await chooseFile(editor, new File(['{"not": "a report'], 'broken.json', {type: 'application/json'}));
    const preview = await openedPreview(editor);
    expect(text(preview)).to.match(/JSON/);
    expect(button(preview, '替换当前内容')).to.equal(undefined);
    expect(valueAt(editor.value, 'requests.newReceived.total')).to.equal(huaian2024.requests.newReceived.total);
  });

  it('a report with an invalid entry is not downloaded, and says which cell', async () => {
    const editor = await mountEditor(html`<report-editor .report=${clone(huaian2024)}></report-editor>`);
    await showBlock(editor, 'appeals');
    await typeInto(editor, cellInput(editor, 'appeals.reconsideration.upheld'), 'abc');
    const download = await captureDownload(() => editor.download());
    expect(download).to.equal(undefined);
    const alert = root(editor).querySelector('.message[role="alert"]');
    expect(text(alert)).to.include('无法下载').and.include('行政复议 › 结果维持');
  });

  it('the embed snippet holds the report inline, with "<" escaped so report text cannot end the script', async () => {
    const report = clone(huaian2024);
    report.problems.paragraphs = ['</script><b>x</b>'];
    const editor = await mountEditor(html`<report-editor .report=${report}></report-editor>`);
    const snippet = root(editor).querySelector<HTMLTextAreaElement>('#embed-code')!.value;
    expect(snippet).to.include('<disclosure-report').and.include('disclosure-report.iife.js');
    expect(snippet).not.to.include('</script><b>');
    const json = snippet.match(/<script type="application\/json">(.*)<\/script>/)![1]!;
    expect(JSON.parse(json)).to.deep.equal(report);
  });

  it('src loads the report to start from, like the viewer tags', async () => {
    const url = URL.createObjectURL(new Blob([JSON.stringify(huaian2024)], {type: 'application/json'}));
    const editor = await mountEditor(html`<report-editor src=${url}></report-editor>`);
    await until(() => valueAt(editor.value, 'requests.newReceived.total') !== null, 15_000, 'the src report');
    expect(valueAt(editor.value, 'proactive.fees')).to.equal(huaian2024.proactive.fees);
  });
});

describe('report-editor: English interface', () => {
  it('speaks English under lang="en": labels, problems and findings', async () => {
    const editor = await mountEditor(
      html`<report-editor lang="en" .report=${broken.reconsiderationTotalOff()}></report-editor>`,
    );
    await showBlock(editor, 'appeals');
    expect(cellInput(editor, 'appeals.reconsideration.total').getAttribute('aria-label')).to.equal(
      'Administrative reconsideration › Total',
    );
    expect(text(root(editor).querySelector('.findings h2'))).to.match(/^Findings/);
    await typeInto(editor, cellInput(editor, 'appeals.reconsideration.upheld'), 'x');
    expect(text(root(editor).querySelector('.problem'))).to.include('Not a number');
    expect(text(root(editor).querySelector('nav')))
      .to.include('Report details')
      .and.include('Preview');
  });
});

describe('report-editor: axe clean in every block and state', () => {
  for (const width of [1280, 360]) {
    it(`${width} px: every block of a report with findings, an invalid entry and a draft on offer`, async () => {
      localStorage.clear();
      const first = await mountEditor(
        html`<report-editor .report=${broken.reconsiderationTotalOff()}></report-editor>`,
        width,
      );
      await showBlock(first, 'appeals');
      await typeInto(first, cellInput(first, 'appeals.litigationDirect.upheld'), '1.5');
      first.remove();
      const editor = await mountEditor(
        html`<report-editor .report=${broken.reconsiderationTotalOff()}></report-editor>`,
        width,
      );
      expect(root(editor).querySelector('.offer'), 'the draft is offered').to.exist;
      button(root(editor), '恢复草稿').click();
      for (const block of EDITOR_BLOCKS) {
        await showBlock(editor, block);
        if (block === 'preview') {
          await until(() => Boolean(root(editor).querySelector('disclosure-report')), 15_000, 'preview');
          // The viewer fits its tables to the width it is given: wait until it has.
          await allUpdated(root(editor).querySelector('disclosure-report')!);
        }
        const violations = await axeViolations(editor);
        expect(violations, `${block}: ${describeViolations(violations)}`).to.deep.equal([]);
      }
    });
  }

  for (const width of [1280, 360]) {
    it(`${width} px: （六） as one row and split, a .docx's cells to confirm, English, the bilingual preview`, async () => {
      const expectClean = async (editor: ReportEditor, state: string) => {
        const violations = await axeViolations(editor);
        expect(violations, `${state}: ${describeViolations(violations)}`).to.deep.equal([]);
      };
      const undivided = await mountEditor(
        html`<report-editor .report=${broken.undividedOther()} block="requests"></report-editor>`,
        width,
      );
      expect(root(undivided).querySelector('.layout-note button')).to.exist;
      await expectClean(undivided, 'one row');
      undivided.splitOther();
      await undivided.updateComplete;
      expect(text(root(undivided).querySelector('.layout-note'))).to.include('自然人 181');
      await expectClean(undivided, 'split');
      undivided.remove();

      const english = await mountEditor(
        html`<report-editor lang="en" .report=${broken.undividedOther()} block="requests"></report-editor>`,
        width,
      );
      await typeInto(english, cellInput(english, 'requests.results.other.naturalPerson'), '1,000');
      expect(english.currentFindings.some((f) => f.kind === 'violation')).to.equal(true);
      await expectClean(english, 'English, with findings');
      english.remove();

      const imported = await mountEditor(html`<report-editor></report-editor>`, width);
      await chooseFile(imported, await docxWithGarbledRows());
      button(await openedPreview(imported), '替换当前内容').click();
      await showBlock(imported, 'requests');
      expect(root(imported).querySelector('td.confirm'), 'cells to confirm are marked').to.exist;
      await expectClean(imported, '.docx cells to confirm');
      await showBlock(imported, 'preview');
      await until(() => Boolean(root(imported).querySelector('input[name="preview-lang"]')), 15_000, 'preview');
      root(imported).querySelectorAll<HTMLInputElement>('input[name="preview-lang"]')[2]!.click();
      await imported.updateComplete;
      const preview = root(imported).querySelector('disclosure-report')!;
      expect(preview.hasAttribute('bilingual')).to.equal(true);
      await allUpdated(preview);
      await expectClean(imported, 'bilingual preview');
    });
  }

  it('360 px: a blank report, and the preview of an opened file', async () => {
    const editor = await mountEditor(html`<report-editor></report-editor>`, 360);
    await showBlock(editor, 'requests');
    let violations = await axeViolations(editor);
    expect(violations, describeViolations(violations)).to.deep.equal([]);
    await chooseFile(editor, new File([JSON.stringify(huaian2024)], 'h.json', {type: 'application/json'}));
    await openedPreview(editor);
    violations = await axeViolations(editor);
    expect(violations, describeViolations(violations)).to.deep.equal([]);
  });
});
