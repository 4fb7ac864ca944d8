// The demo's "try your own report" drop zone. A file chosen or dropped is read in the page by
// importReport() (nothing is uploaded) and shown in <disclosure-report audit>, with the cells to
// confirm or left blank (each a link to its cell), the import's issues in the page's language and
// the report JSON to download. The import code loads on the first file only, pdf.js on the first PDF
// (its reader runs pdf.js's worker code in the page, so the demo serves no worker file).
import type {ImportIssue, ImportResult} from '../src/import/types.js';
import {IMPORT_FILE_TYPES} from '../src/import/file-types.js';
import {IMPORT_LIMITS} from '../src/import/limits.js';
import type {PlacementSummary} from '../src/import/placement-summary.js';
import {pathLabel} from '../src/model/cell-labels.js';
import type {DisclosureReport, BuiltInKey, Message} from '../src/model/types.js';

type Lang = BuiltInKey;

const TEXT = {
  reading: {zh: '正在读取 {name}……', en: 'Reading {name}…'},
  imported: {
    zh: '已导入 {name}：按标签放置 {label} 个单元格，按位置放置 {position} 个，未放置 {unplaced} 个。',
    en: 'Imported {name}: {label} cells placed by label, {position} by position, {unplaced} not placed.',
  },
  shown: {zh: '已显示 {name}。', en: 'Showing {name}.'},
  failed: {zh: '未能导入 {name}：', en: 'Could not import {name}: '},
  noReport: {
    zh: '文件中没有找到年度报告的表格。',
    en: 'No table of an annual report was found in the file.',
  },
  notJson: {zh: '这不是有效的 JSON 文件。', en: 'This is not a valid JSON file.'},
  tooLarge: {zh: '文件超过 {limit} MB 的上限。', en: 'The file is larger than the limit of {limit} MB.'},
  cellsHeading: {zh: '需核对或未放置的单元格', en: 'Cells to confirm or not placed'},
  noCells: {zh: '每个单元格都按标签放置。', en: 'Every cell was placed by label.'},
  byPosition: {zh: '按位置放置，请核对', en: 'placed by position: please confirm'},
  unplaced: {zh: '未放置，留空', en: 'not placed, left blank'},
  issuesHeading: {zh: '导入问题', en: 'Import issues'},
  noIssues: {zh: '没有问题。', en: 'No issues.'},
  download: {zh: '下载报告 JSON（{file}）', en: 'Download the report JSON ({file})'},
} satisfies Record<string, Message>;

const KIND: Record<ImportIssue['kind'], Message> = {
  unreadable: {zh: '无法读取', en: 'Unreadable'},
  unplaced: {zh: '未放置', en: 'Not placed'},
  confirm: {zh: '需核对', en: 'To confirm'},
  value: {zh: '数值有误', en: 'Bad value'},
  note: {zh: '提示', en: 'Note'},
};

const fill = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));

/** What the last file gave, kept so a language switch can show it again. */
type Shown =
  | {kind: 'failed'; name: string; reason: Message}
  | {kind: 'report'; name: string; report: DisclosureReport; result?: ImportResult; cells?: PlacementSummary};

export function setUpDropZone(section: HTMLElement): void {
  const input = section.querySelector<HTMLInputElement>('#import-file')!;
  input.accept = `${IMPORT_FILE_TYPES},.json`;
  const area = section.querySelector<HTMLElement>('#drop-area')!;
  const status = section.querySelector<HTMLElement>('#import-status')!;
  const problem = section.querySelector<HTMLElement>('#import-problem')!;
  const result = section.querySelector<HTMLElement>('#import-result')!;
  const imported = section.querySelector('disclosure-report')!;
  let shown: Shown | undefined;
  let downloadUrl: string | undefined;
  let run = 0;

  const lang = (): Lang => (section.closest('[lang]')?.getAttribute('lang')?.startsWith('en') ? 'en' : 'zh');

  async function take(file: File): Promise<void> {
    const mine = ++run; // a second file dropped while the first is read wins
    problem.hidden = true;
    status.textContent = fill(TEXT.reading[lang()], {name: file.name});
    const next = await importFile(file).catch((error: unknown): Shown => ({
      kind: 'failed',
      name: file.name,
      reason: reasonOf(error),
    }));
    if (mine !== run) return;
    shown = next;
    render();
  }

  function render(): void {
    if (!shown) return;
    const words = lang();
    if (shown.kind === 'failed') {
      // The last report shown (or the page without one) stays: a failure never blanks anything.
      status.textContent = '';
      problem.textContent = fill(TEXT.failed[words], {name: shown.name}) + shown.reason[words];
      problem.hidden = false;
      return;
    }
    problem.hidden = true;
    for (const heading of section.querySelectorAll<HTMLElement>('[data-text]')) {
      heading.textContent = TEXT[heading.dataset.text as 'cellsHeading' | 'issuesHeading'][words];
    }
    imported.report = shown.report;
    result.hidden = false;
    // A report JSON is shown as it is: nothing was placed, so there is nothing to confirm.
    section.querySelector<HTMLElement>('.import-lists')!.hidden = !shown.cells;
    renderCells(words);
    renderIssues(words);
    renderDownload(words);
  }

  function renderCells(words: Lang): void {
    const list = section.querySelector<HTMLElement>('#import-cells')!;
    const summary = shown?.kind === 'report' ? shown.cells : undefined;
    const cells = summary
      ? [
          ...summary.byPosition.map((path) => [path, TEXT.byPosition] as const),
          ...summary.unplaced.map((path) => [path, TEXT.unplaced] as const),
        ]
      : [];
    status.textContent =
      summary && shown
        ? fill(TEXT.imported[words], {
            name: shown.name,
            label: summary.byLabel.length,
            position: summary.byPosition.length,
            unplaced: summary.unplaced.length,
          })
        : fill(TEXT.shown[words], {name: shown?.name ?? ''});
    list.replaceChildren(
      ...(cells.length
        ? cells.map(([path, why]) => {
            const link = Object.assign(document.createElement('a'), {href: `#${path}`});
            link.textContent = pathLabel(path)?.[words] ?? path;
            link.addEventListener('click', (event) => {
              event.preventDefault();
              imported.revealCell(path);
            });
            const item = document.createElement('li');
            item.append(link, `（${why[words]}）`);
            return item;
          })
        : [Object.assign(document.createElement('li'), {textContent: TEXT.noCells[words]})]),
    );
  }

  function renderIssues(words: Lang): void {
    const list = section.querySelector<HTMLElement>('#import-issues')!;
    const issues = shown?.kind === 'report' ? (shown.result?.issues ?? []) : [];
    list.replaceChildren(
      ...(issues.length
        ? issues.map((issue) => {
            const item = document.createElement('li');
            item.textContent = `${KIND[issue.kind][words]}${words === 'zh' ? '：' : ': '}${issue.message[words]}`;
            return item;
          })
        : [Object.assign(document.createElement('li'), {textContent: TEXT.noIssues[words]})]),
    );
  }

  function renderDownload(words: Lang): void {
    if (shown?.kind !== 'report') return;
    const link = section.querySelector<HTMLAnchorElement>('#import-download')!;
    if (downloadUrl) URL.revokeObjectURL(downloadUrl);
    const json = JSON.stringify(shown.report, null, 2) + '\n';
    downloadUrl = URL.createObjectURL(new Blob([json], {type: 'application/json'}));
    link.href = downloadUrl;
    link.download = downloadName(shown.report);
    link.textContent = fill(TEXT.download[words], {file: link.download});
  }

  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (file) void take(file);
  });
  area.addEventListener('dragover', (event) => {
    event.preventDefault(); // without this the browser opens the file instead of dropping it here
    area.classList.add('over');
  });
  area.addEventListener('dragleave', () => area.classList.remove('over'));
  area.addEventListener('drop', (event) => {
    event.preventDefault();
    area.classList.remove('over');
    const file = event.dataTransfer?.files[0];
    if (file) void take(file);
  });
  // The demo's language buttons set lang on the section: the lists follow.
  new MutationObserver(render).observe(section, {attributes: true, attributeFilter: ['lang']});
}

/** Loaded with the first file: the viewer page never pays for the import. */
let importModules: Promise<
  [typeof import('../src/import/index.js'), typeof import('../src/import/placement-summary.js')]
>;

async function importFile(file: File): Promise<Shown> {
  if (file.size > IMPORT_LIMITS.fileBytes) {
    const limit = IMPORT_LIMITS.fileBytes / 1024 / 1024;
    return {
      kind: 'failed',
      name: file.name,
      reason: {zh: fill(TEXT.tooLarge.zh, {limit}), en: fill(TEXT.tooLarge.en, {limit})},
    };
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (/\.json$/i.test(file.name)) {
    // A report file already: the element validates it and shows what is wrong in place.
    try {
      return {kind: 'report', name: file.name, report: JSON.parse(new TextDecoder().decode(bytes)) as DisclosureReport};
    } catch {
      return {kind: 'failed', name: file.name, reason: TEXT.notJson};
    }
  }
  importModules ??= Promise.all([import('../src/import/index.js'), import('../src/import/placement-summary.js')]);
  const [{importReport}, {placementSummary}] = await importModules;
  const result = await importReport(
    {data: bytes, name: file.name, type: file.type},
    {cMapUrl: new URL('cmaps/', document.baseURI).href},
  );
  const cells = placementSummary(result);
  if (cells.byLabel.length + cells.byPosition.length === 0) {
    const unreadable = result.issues.find((issue) => issue.kind === 'unreadable');
    return {kind: 'failed', name: file.name, reason: unreadable?.message ?? TEXT.noReport};
  }
  return {kind: 'report', name: file.name, report: result.report, result, cells};
}

/** A refusal's own words (ImportRefusal carries them), or the error's text in both languages. */
function reasonOf(error: unknown): Message {
  const problem = (error as {problem?: {message?: Message}})?.problem?.message;
  if (problem) return problem;
  const text = String((error as Error)?.message ?? error);
  return {zh: text, en: text};
}

/** 「淮安市人民政府-2024.json」: the agency and year, without characters file systems refuse. */
function downloadName(report: DisclosureReport): string {
  const agency = typeof report.agency === 'string' ? report.agency : report.agency?.zh;
  const safe = (agency ?? '')
    // eslint-disable-next-line no-control-regex -- control characters are what file names must not hold
    .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]/g, '')
    .trim()
    .slice(0, 60);
  return `${safe || 'report'}-${report.year}.json`;
}
