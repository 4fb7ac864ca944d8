/**
 * Opening a file in the editor: report JSON is validated; any other file goes to importReport,
 * which is loaded only then (a dynamic import: the import's readers and their libraries stay out
 * of the editor's first load). The result is shown to the person before it replaces their work.
 */
import {parseReport, validateReport} from '../model/validate.js';
import type {ImportResult} from '../import/types.js';
import type {DisclosureReport, Message} from '../model/types.js';
import {undividedGroups} from '../model/undivided.js';
import {INPUTS, formLayout} from './form-tables.js';

export interface OpenedFile {
  readonly name: string;
  /** The report read, or undefined when nothing usable came out of the file. */
  readonly report?: DisclosureReport;
  /** Table cells to look at: placed by position, or left blank because nothing could be placed there. */
  readonly toConfirm: ReadonlyMap<string, 'position' | 'unplaced'>;
  readonly filledCells: number;
  /** The cells of the report's tables (fewer when （六）其他处理 is one undivided row). */
  readonly cells: number;
  /** What went wrong or needs a look, in both languages (errors first). */
  readonly issues: readonly Message[];
}

const isJson = (file: File) => /\.json$/i.test(file.name) || file.type === 'application/json';

const inputsOf = (report: DisclosureReport) => formLayout(undividedGroups(report).length > 0).inputs;

function filled(report: DisclosureReport): number {
  let count = 0;
  for (const path of inputsOf(report).keys()) {
    const value = path
      .split('.')
      .reduce<unknown>((node, key) => (node as Record<string, unknown> | null)?.[key], report);
    if (typeof value === 'number') count++;
  }
  return count;
}

/** What the preview shows of a file read: how many of its report's cells it filled. */
function opened(
  name: string,
  report: DisclosureReport | undefined,
  toConfirm: OpenedFile['toConfirm'],
  issues: readonly Message[],
): OpenedFile {
  return {
    name,
    report,
    toConfirm,
    filledCells: report ? filled(report) : 0,
    cells: report ? inputsOf(report).size : 0,
    issues,
  };
}

/** Whether the import took anything from the file: a cell's value, the agency, the year or a text. */
function readSomething({report, provenance}: ImportResult): boolean {
  const texts = [report.overview, report.problems, report.otherMatters];
  return (
    Object.keys(provenance).length > 0 ||
    Boolean(report.agency) ||
    report.year !== null ||
    texts.some((narrative) => Object.keys(narrative ?? {}).length > 0)
  );
}

export async function openReportFile(file: File): Promise<OpenedFile> {
  if (isJson(file)) {
    const result = parseReport(await file.text());
    const errors = result.issues.filter((issue) => issue.severity === 'error');
    const report = result.report ?? undefined;
    // A cell the file held but that is not a count is blank now: it needs a look.
    const toConfirm = new Map(
      [...result.invalid].filter((path) => INPUTS.has(path)).map((path) => [path, 'unplaced' as const]),
    );
    return opened(
      file.name,
      report,
      toConfirm,
      errors.map((issue) => issue.message),
    );
  }
  const {importReport} = await import('../import/index.js');
  const imported = await importReport({
    data: new Uint8Array(await file.arrayBuffer()),
    name: file.name,
    type: file.type,
  });
  const validated = validateReport(imported.report);
  // A file the import could not read gives a report of blank cells: shown with its reason, never
  // offered to replace the person's work.
  const report = readSomething(imported) ? (validated.report ?? undefined) : undefined;
  const toConfirm = new Map<string, 'position' | 'unplaced'>();
  for (const [path, provenance] of Object.entries(imported.provenance)) {
    if (provenance.placedBy === 'position' && INPUTS.has(path)) toConfirm.set(path, 'position');
  }
  for (const issue of imported.issues) {
    if (issue.kind === 'unplaced' && issue.path && INPUTS.has(issue.path)) toConfirm.set(issue.path, 'unplaced');
  }
  const order = ['unreadable', 'unplaced', 'value', 'confirm', 'note'];
  const issues = [...imported.issues]
    .filter((issue) => issue.kind !== 'note')
    .sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind))
    .map((issue) => issue.message);

  return opened(file.name, report, toConfirm, issues);
}
