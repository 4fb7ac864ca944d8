/**
 * <report-editor> end to end, as an office fills in its report: pasting each table from a
 * spreadsheet, typing the rest, seeing a broken rule at its cell and in the list, undoing a paste,
 * getting work back after a reload, and downloading a file equal to the report it typed.
 */
import {expect, html} from '@open-wc/testing';
import '../../../src/editor/define.js';
import {huaian2024} from '../../../src/examples/index.js';
import {cellLabelInSection} from '../../../src/model/cell-labels.js';
import {valueAt} from '../../../src/model/paths.js';
import type {DisclosureReport} from '../../../src/model/types.js';
import type {ReportEditor} from '../../../src/editor/report-editor.js';
import {
  captureDownload,
  cellInput,
  field,
  listedFindings,
  mountEditor,
  pasteAt,
  press,
  root,
  showBlock,
  text,
  typeInto,
} from '../../support/editor-helpers.js';
import {mount, until} from '../../support/table-helpers.js';
import '../../../src/components/disclosure-table/define.js';
import '../../../src/components/appeal-litigation-grid/define.js';

/**
 * A table's numbers as a person copies them from the viewer's table on a web page: the value
 * cells of each printed row, tab-separated. The order comes from the viewer's layout, not the
 * editor's, so a form whose rows or columns were out of the printed order would misplace them.
 */
async function viewerTsv(table: 'proactive' | 'requests' | 'appeals', report: DisclosureReport): Promise<string> {
  const viewer = await mount<HTMLElement>(
    table === 'appeals'
      ? html`<appeal-litigation-grid .report=${report}></appeal-litigation-grid>`
      : html`<disclosure-table table=${table} .report=${report}></disclosure-table>`,
  );
  const rows = [...viewer.shadowRoot!.querySelectorAll('tr')]
    .map((row) => [...row.querySelectorAll('td[data-path]')].map((cell) => text(cell)))
    .filter((cells) => cells.length > 0);
  viewer.remove();
  return rows.map((cells) => cells.join('\t')).join('\r\n');
}

/** Every element matching `selector` within the editor, through the shadow roots of the preview. */
function deepAll(editor: ReportEditor, selector: string): Element[] {
  const found: Element[] = [];
  const walk = (node: ParentNode) => {
    for (const element of node.querySelectorAll('*')) {
      if (element.matches(selector)) found.push(element);
      if (element.shadowRoot) walk(element.shadowRoot);
    }
  };
  walk(root(editor));
  return found;
}

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value));

beforeEach(() => localStorage.clear());

async function typeTexts(editor: ReportEditor, report: DisclosureReport): Promise<void> {
  const zh = (t: unknown) => (typeof t === 'string' ? t : (t as {zh: string}).zh);
  const en = (t: unknown) => (typeof t === 'string' ? '' : ((t as {en?: string}).en ?? ''));
  await showBlock(editor, 'info');
  await typeInto(editor, field(editor, 'agency.zh'), zh(report.agency));
  await typeInto(editor, field(editor, 'agency.en'), en(report.agency));
  await typeInto(editor, field(editor, 'year'), String(report.year));
  await typeInto(editor, field(editor, 'title.zh'), zh(report.title));
  await typeInto(editor, field(editor, 'title.en'), en(report.title));
  for (const section of ['overview', 'problems', 'otherMatters'] as const) {
    await showBlock(editor, section);
    const paragraphs = report[section].paragraphs ?? [];
    // Paragraphs apart by a blank line, as in any text editor.
    await typeInto(editor, field(editor, `${section}.paragraphs.zh`), paragraphs.map(zh).join('\n\n'));
    await typeInto(editor, field(editor, `${section}.paragraphs.en`), paragraphs.map(en).join('\n\n'));
  }
}

describe('report-editor: filling in a report', () => {
  it('the 淮安 report, pasted table by table from TSV and typed, downloads as JSON equal to the example', async () => {
    const editor = await mountEditor(html`<report-editor></report-editor>`);
    for (const table of ['proactive', 'requests', 'appeals'] as const) {
      await showBlock(editor, table);
      const first = root(editor).querySelector<HTMLInputElement>('input[data-path]')!.dataset.path!;
      // The numbers as the viewer prints the table (its own layout code), copied row by row.
      await pasteAt(editor, first, {'text/plain': await viewerTsv(table, huaian2024)});
      expect(text(root(editor).querySelector('.message'))).to.match(/已填入 \d+ 个单元格/);
    }
    await typeTexts(editor, huaian2024);
    const download = await captureDownload(() => editor.download());
    expect(download, 'a file was offered').to.exist;
    expect(download!.name).to.equal('淮安市人民政府-2024.json');
    expect(download!.json).to.deep.equal(clone(huaian2024));
    expect(listedFindings(editor)).to.deep.equal([]);
  });

  it('a line break typed within a paragraph is kept: in the file, back in the form, and in the preview as text', async () => {
    const editor = await mountEditor(html`<report-editor .report=${clone(huaian2024)}></report-editor>`);
    await showBlock(editor, 'problems');
    const typed = '一是公开内容不够全面；\n二是解读形式较为单一。\n\n下一步，我们将<b>改进</b>。';
    await typeInto(editor, field(editor, 'problems.paragraphs.zh'), typed);
    await typeInto(editor, field(editor, 'problems.paragraphs.en'), 'First line;\nsecond line.');
    const json = (await captureDownload(() => editor.download()))!.json as DisclosureReport;
    expect(json.problems.paragraphs).to.deep.equal([
      {zh: '一是公开内容不够全面；\n二是解读形式较为单一。', en: 'First line;\nsecond line.'},
      '下一步，我们将<b>改进</b>。',
    ]);
    // The file opened again shows the text area as it was typed.
    const again = await mountEditor(html`<report-editor .report=${json}></report-editor>`);
    await showBlock(again, 'problems');
    expect(field(again, 'problems.paragraphs.zh').value).to.equal(typed);
    // The preview shows the second line under the first, and the markup as the characters typed.
    await showBlock(editor, 'preview');
    const paragraphIn = () => deepAll(editor, 'p.para').find((p) => p.textContent?.includes('一是公开内容不够全面'));
    await until(() => Boolean(paragraphIn()), 15_000, 'the paragraph in the preview');
    const paragraph = paragraphIn()!;
    expect(paragraph.querySelector('*'), 'text, no elements').to.equal(null);
    const lineTop = (part: string) => {
      const node = [...paragraph.childNodes].find(
        (child): child is Text => child instanceof Text && child.data.includes(part),
      )!;
      const range = document.createRange();
      const start = node.data.indexOf(part);
      range.setStart(node, start);
      range.setEnd(node, start + part.length);
      return range.getClientRects()[0]!.top;
    };
    expect(lineTop('二是'), 'the second line starts below the first').to.be.greaterThan(lineTop('一是'));
    const next = deepAll(editor, 'p.para').find((p) => p.textContent?.includes('下一步'));
    expect(next!.textContent).to.equal('下一步，我们将<b>改进</b>。');
  });

  it('each input is named by its full header chain, and the fee takes decimals', async () => {
    const editor = await mountEditor(html`<report-editor></report-editor>`);
    await showBlock(editor, 'requests');
    const path = 'requests.results.withheld.stateSecret.commercial';
    const input = cellInput(editor, path);
    expect(input.getAttribute('aria-label')).to.equal(cellLabelInSection(path)!.zh);
    expect(input.getAttribute('aria-label'))
      .to.include('（三）不予公开')
      .and.include('法人或其他组织')
      .and.include('商业企业');
    expect(input.inputMode).to.equal('numeric');
    await showBlock(editor, 'proactive');
    expect(cellInput(editor, 'proactive.fees').inputMode).to.equal('decimal');
  });

  it('full-width digits and "1,363" / "1，363" are read and normalized; an invalid entry stays, marked and explained', async () => {
    const editor = await mountEditor(html`<report-editor></report-editor>`);
    await showBlock(editor, 'requests');
    const path = 'requests.newReceived.naturalPerson';
    for (const typed of ['１３６３', '1,363', '1，363', '１，３６３']) {
      await typeInto(editor, cellInput(editor, path), typed);
      expect(valueAt(editor.value, path), typed).to.equal(1363);
      expect(cellInput(editor, path).value, typed).to.equal('1363');
    }
    await typeInto(editor, cellInput(editor, path), '13六3');
    const input = cellInput(editor, path);
    expect(input.value).to.equal('13六3');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    const problem = root(editor).getElementById(input.getAttribute('aria-describedby')!.split(' ')[0]!);
    expect(text(problem)).to.include('不是数字');
    expect(valueAt(editor.value, path), 'an invalid entry is never a number').to.equal(null);
    await typeInto(editor, cellInput(editor, path), '1.5');
    expect(text(root(editor).querySelector('.problem'))).to.include('整数');
  });

  it('blank and 0 stay different, on screen and in the file, both ways', async () => {
    const report = clone(huaian2024);
    report.appeals.reconsideration.pending = null;
    report.appeals.reconsideration.other = 0;
    const editor = await mountEditor(html`<report-editor .report=${report}></report-editor>`);
    await showBlock(editor, 'appeals');
    const blank = cellInput(editor, 'appeals.reconsideration.pending');
    const zero = cellInput(editor, 'appeals.reconsideration.other');
    expect(blank.value).to.equal('');
    expect(blank.placeholder).to.equal('空');
    expect(blank.closest('td')!.classList.contains('blank')).to.equal(true);
    expect(zero.value).to.equal('0');
    expect(zero.closest('td')!.classList.contains('blank')).to.equal(false);
    // Emptying a cell makes it blank; typing 0 makes it 0.
    await typeInto(editor, cellInput(editor, 'appeals.litigationDirect.upheld'), '');
    await typeInto(editor, cellInput(editor, 'appeals.litigationDirect.corrected'), '0');
    const download = await captureDownload(() => editor.download());
    const json = download!.json as DisclosureReport;
    expect(json.appeals.reconsideration.pending).to.equal(null);
    expect(json.appeals.reconsideration.other).to.equal(0);
    expect(json.appeals.litigationDirect.upheld).to.equal(null);
    expect(json.appeals.litigationDirect.corrected).to.equal(0);
    // The downloaded file opened again: the blank cells are blank and the zeros 0.
    const again = await mountEditor(html`<report-editor .report=${json}></report-editor>`);
    await showBlock(again, 'appeals');
    for (const [path, shown] of [
      ['appeals.reconsideration.pending', ''],
      ['appeals.reconsideration.other', '0'],
      ['appeals.litigationDirect.upheld', ''],
      ['appeals.litigationDirect.corrected', '0'],
    ] as const) {
      expect(cellInput(again, path).value, path).to.equal(shown);
      expect(cellInput(again, path).closest('td')!.classList.contains('blank'), path).to.equal(shown === '');
    }
  });
});

describe('report-editor: the placeholders reports print for nothing', () => {
  // The import's rule (src/import/place/values.ts, docs/import.md): a dash or slash is blank, 「无」 is 0.
  const DASHES = ['—', '–', '-', '－', '/', '／', '——'];

  it('a dash or slash typed in a cell makes it blank, not invalid; 「无」 makes it 0, as the import reads them', async () => {
    const editor = await mountEditor(html`<report-editor .report=${clone(huaian2024)}></report-editor>`);
    await showBlock(editor, 'appeals');
    const path = 'appeals.reconsideration.pending';
    for (const dash of DASHES) {
      await typeInto(editor, cellInput(editor, path), '5');
      await typeInto(editor, cellInput(editor, path), dash);
      const input = cellInput(editor, path);
      expect(input.getAttribute('aria-invalid'), dash).to.equal('false');
      expect(input.value, `${dash}: shown blank once left`).to.equal('');
      expect(input.closest('td')!.classList.contains('blank'), dash).to.equal(true);
      expect(valueAt(editor.value, path), dash).to.equal(null);
    }
    await typeInto(editor, cellInput(editor, path), '无');
    expect(cellInput(editor, path).value).to.equal('0');
    expect(valueAt(editor.value, path)).to.equal(0);
    // A mistyped word stays what it is: invalid, never blank or 0.
    await typeInto(editor, cellInput(editor, path), '—5');
    expect(cellInput(editor, path).getAttribute('aria-invalid')).to.equal('true');
  });

  it('a pasted row with dashes fills those cells blank and counts them filled', async () => {
    const editor = await mountEditor(html`<report-editor .report=${clone(huaian2024)}></report-editor>`);
    await showBlock(editor, 'requests');
    await pasteAt(editor, 'requests.newReceived.naturalPerson', {'text/plain': `${DASHES.join('\t')}\r\n`});
    const row = ['naturalPerson', 'commercial', 'research', 'publicInterest', 'legalService', 'other', 'total'];
    expect(row.map((key) => valueAt(editor.value, `requests.newReceived.${key}`))).to.deep.equal(row.map(() => null));
    expect(root(editor).querySelectorAll('input[aria-invalid="true"]')).to.have.length(0);
    expect(text(root(editor).querySelector('.message'))).to.include('已填入 7 个单元格');
  });
});

describe('report-editor: live checks', () => {
  it('a wrong total shows its finding at the cell and in the list, and both go when it is corrected', async () => {
    const editor = await mountEditor(html`<report-editor .report=${clone(huaian2024)}></report-editor>`);
    await showBlock(editor, 'appeals');
    const path = 'appeals.reconsideration.total';
    await typeInto(editor, cellInput(editor, path), '999');
    const cell = cellInput(editor, path).closest('td')!;
    expect(cell.classList.contains('checked')).to.equal(true);
    expect(text(cell.querySelector('.finding-mark'))).to.include('核查1');
    const [finding] = editor.currentFindings.filter((f) => f.kind === 'violation');
    expect(listedFindings(editor)).to.have.length(1);
    expect(listedFindings(editor)[0]).to.include(finding!.message.zh);
    cell.querySelector<HTMLAnchorElement>('.finding-mark')!.click();
    expect(root(editor).activeElement!.id, 'the mark leads to its finding').to.equal('finding-1');
    await typeInto(editor, cellInput(editor, path), String(huaian2024.appeals.reconsideration.total));
    expect(cellInput(editor, path).closest('td')!.classList.contains('checked')).to.equal(false);
    expect(listedFindings(editor)).to.deep.equal([]);
    expect(text(root(editor).querySelector('#findings-live'))).to.equal('未发现数据不一致。');
  });

  it('a total is filled from its parts only on request, one total or all of them', async () => {
    const report = clone(huaian2024);
    report.appeals.reconsideration.total = null;
    report.requests.newReceived.total = 5;
    report.requests.results.total.total = null;
    const editor = await mountEditor(html`<report-editor .report=${report}></report-editor>`);
    expect(valueAt(editor.value, 'appeals.reconsideration.total'), 'never filled silently').to.equal(null);
    const fill = [...root(editor).querySelectorAll<HTMLButtonElement>('.findings button')].find((b) =>
      text(b).includes(`填入各项之和 ${huaian2024.requests.newReceived.total}`),
    );
    fill!.click();
    await editor.updateComplete;
    expect(valueAt(editor.value, 'requests.newReceived.total')).to.equal(huaian2024.requests.newReceived.total);
    editor.fillAllTotals();
    await editor.updateComplete;
    expect(valueAt(editor.value, 'appeals.reconsideration.total')).to.equal(huaian2024.appeals.reconsideration.total);
    expect(valueAt(editor.value, 'requests.results.total.total')).to.equal(huaian2024.requests.results.total.total);
    expect(text(root(editor).querySelector('.message'))).to.include('已填入 2 个单元格');
  });

  it("with last year's report, the carried-over row and in-force stocks are prefilled on request", async () => {
    const previous = clone(huaian2024);
    previous.year = 2023;
    const report = clone(huaian2024);
    for (const key of Object.keys(report.requests.carriedOver) as (keyof typeof report.requests.carriedOver)[]) {
      report.requests.carriedOver[key] = null;
    }
    report.proactive.rules.inForce = null;
    const editor = await mountEditor(html`<report-editor .report=${report} .previous=${previous}></report-editor>`);
    expect(valueAt(editor.value, 'requests.carriedOver.total')).to.equal(null);
    const prefill = [...root(editor).querySelectorAll<HTMLButtonElement>('button')].find(
      (b) => text(b) === '从上年报告预填',
    )!;
    prefill.click();
    await editor.updateComplete;
    for (const [key, value] of Object.entries(previous.requests.carriedForward)) {
      expect(valueAt(editor.value, `requests.carriedOver.${key}`), key).to.equal(value);
    }
    const {issued, repealed, inForce} = previous.proactive.rules;
    expect(valueAt(editor.value, 'proactive.rules.inForce')).to.equal(inForce! + issued! - repealed!);
    expect(text(root(editor).querySelector('.message'))).to.include('已从上年报告填入 8 个单元格');
  });
});

describe('report-editor: previous as a URL', () => {
  it('previous="<url>" loads last year\'s report: the cross-year check runs and the prefill is offered', async () => {
    const previous = clone(huaian2024);
    previous.year = 2023;
    const url = URL.createObjectURL(new Blob([JSON.stringify(previous)], {type: 'application/json'}));
    const report = clone(huaian2024);
    report.requests.carriedOver.naturalPerson = null;
    report.requests.carriedOver.total = null;
    const editor = await mountEditor(html`<report-editor .report=${report} previous=${url}></report-editor>`);
    const prefill = () =>
      [...root(editor).querySelectorAll<HTMLButtonElement>('button')].find((b) => text(b) === '从上年报告预填');
    await until(() => Boolean(prefill()), 15_000, "last year's report");
    prefill()!.click();
    await editor.updateComplete;
    expect(valueAt(editor.value, 'requests.carriedOver.naturalPerson')).to.equal(
      previous.requests.carriedForward.naturalPerson,
    );
    expect(valueAt(editor.value, 'requests.carriedOver.total')).to.equal(previous.requests.carriedForward.total);
    // A wrong carried-over number is now a finding of the cross-year check.
    await showBlock(editor, 'requests');
    await typeInto(editor, cellInput(editor, 'requests.carriedOver.naturalPerson'), '999');
    expect(editor.currentFindings.some((f) => f.rule === 'requests.carryOver' && f.kind === 'violation')).to.equal(
      true,
    );
    URL.revokeObjectURL(url);
  });
});

describe('report-editor: keyboard, paste, undo', () => {
  it('arrows, Enter and Escape move and restore like a spreadsheet', async () => {
    const editor = await mountEditor(html`<report-editor></report-editor>`);
    await showBlock(editor, 'requests');
    const start = cellInput(editor, 'requests.newReceived.naturalPerson');
    start.focus();
    await press(editor, 'ArrowRight');
    expect((root(editor).activeElement as HTMLInputElement).dataset.path).to.equal('requests.newReceived.commercial');
    await press(editor, 'ArrowDown');
    expect((root(editor).activeElement as HTMLInputElement).dataset.path).to.equal('requests.carriedOver.commercial');
    await press(editor, 'Enter');
    expect((root(editor).activeElement as HTMLInputElement).dataset.path).to.equal(
      'requests.results.disclosed.commercial',
    );
    await press(editor, 'ArrowUp');
    await press(editor, 'ArrowLeft');
    expect((root(editor).activeElement as HTMLInputElement).dataset.path).to.equal(
      'requests.carriedOver.naturalPerson',
    );
    const input = root(editor).activeElement as HTMLInputElement;
    input.value = '12';
    input.dispatchEvent(new InputEvent('input', {bubbles: true, composed: true}));
    await press(editor, 'Escape');
    expect(cellInput(editor, 'requests.carriedOver.naturalPerson').value).to.equal('');
  });

  it('an HTML table pasted at a cell fills right and down and says how many; undo and redo take it back and forth as one step', async () => {
    const editor = await mountEditor(html`<report-editor></report-editor>`);
    await showBlock(editor, 'requests');
    const markup = '<table><tr><td>1</td><td>2</td></tr><tr><td>３</td><td>4,000</td></tr></table>';
    await pasteAt(editor, 'requests.newReceived.legalService', {'text/html': markup, 'text/plain': '1\t2\n3\t4000'});
    const at = (path: string) => valueAt(editor.value, path);
    expect([at('requests.newReceived.legalService'), at('requests.newReceived.other')]).to.deep.equal([1, 2]);
    expect([at('requests.carriedOver.legalService'), at('requests.carriedOver.other')]).to.deep.equal([3, 4000]);
    expect(text(root(editor).querySelector('.message'))).to.equal('已填入 4 个单元格。');
    editor.undo();
    await editor.updateComplete;
    expect([at('requests.newReceived.legalService'), at('requests.carriedOver.other')]).to.deep.equal([null, null]);
    expect(cellInput(editor, 'requests.carriedOver.other').value).to.equal('');
    await press(editor, 'y', {ctrlKey: true});
    expect([at('requests.newReceived.legalService'), at('requests.carriedOver.other')]).to.deep.equal([1, 4000]);
    expect(cellInput(editor, 'requests.carriedOver.other').value).to.equal('4000');
  });

  it('report-change follows each edit; report-save fires only on an explicit save', async () => {
    const editor = await mountEditor(html`<report-editor></report-editor>`);
    const changes: DisclosureReport[] = [];
    let saves = 0;
    editor.addEventListener('report-change', (event) => changes.push(event.detail.report));
    editor.addEventListener('report-save', () => saves++);
    await showBlock(editor, 'appeals');
    await typeInto(editor, cellInput(editor, 'appeals.reconsideration.upheld'), '7');
    expect(changes.at(-1)!.appeals.reconsideration.upheld).to.equal(7);
    expect(saves).to.equal(0);
    expect(editor.dirty).to.equal(true);
    await press(editor, 's', {ctrlKey: true});
    expect(saves).to.equal(1);
    expect(editor.dirty).to.equal(false);
  });
});

describe('report-editor: nothing lost', () => {
  it('after a reload, an unsaved edit is offered back and restored', async () => {
    const first = await mountEditor(html`<report-editor .report=${clone(huaian2024)}></report-editor>`);
    await showBlock(first, 'appeals');
    await typeInto(first, cellInput(first, 'appeals.reconsideration.upheld'), '4242');
    first.remove(); // the tab is closed; nothing was saved explicitly
    const second = await mountEditor(html`<report-editor .report=${clone(huaian2024)}></report-editor>`);
    expect(valueAt(second.value, 'appeals.reconsideration.upheld')).to.equal(huaian2024.appeals.reconsideration.upheld);
    const restore = [...root(second).querySelectorAll<HTMLButtonElement>('.offer button')].find(
      (b) => text(b) === '恢复草稿',
    )!;
    restore.click();
    await second.updateComplete;
    expect(valueAt(second.value, 'appeals.reconsideration.upheld')).to.equal(4242);
  });

  it('after a crash (no unload, the element never removed), the edit typed a moment before is offered back', async () => {
    const first = await mountEditor(html`<report-editor .report=${clone(huaian2024)}></report-editor>`);
    await showBlock(first, 'problems');
    await typeInto(first, field(first, 'problems.paragraphs.zh'), '第一行\n第二行');
    await new Promise((resolve) => setTimeout(resolve, 0)); // the edit is on screen; then the tab dies
    const second = await mountEditor(html`<report-editor .report=${clone(huaian2024)}></report-editor>`);
    const restore = [...root(second).querySelectorAll<HTMLButtonElement>('.offer button')].find(
      (b) => text(b) === '恢复草稿',
    );
    expect(restore, 'the draft is offered').to.exist;
    restore!.click();
    await second.updateComplete;
    const [paragraph] = second.value.problems.paragraphs!;
    expect(typeof paragraph === 'string' ? paragraph : paragraph!.zh).to.equal('第一行\n第二行');
    first.remove();
  });

  it('leaving with unsaved changes is warned about', async () => {
    const editor = await mountEditor(html`<report-editor></report-editor>`);
    const before = () => {
      const event = new Event('beforeunload', {cancelable: true});
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(before(), 'nothing to lose yet').to.equal(false);
    await showBlock(editor, 'appeals');
    await typeInto(editor, cellInput(editor, 'appeals.reconsideration.upheld'), '1');
    expect(before()).to.equal(true);
    editor.save();
    expect(before()).to.equal(false);
  });
});
