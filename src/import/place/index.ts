/**
 * From a SourceDocument (what any reader gives) to the report: narrative and metadata
 * (narrative.ts), then the three tables (tables.ts), onto a report whose every cell starts blank.
 */
import {skeleton} from '../../model/repair.js';
import {ReportShape} from '../../model/schema.js';
import type {DisclosureReport} from '../../model/types.js';
import {UNDIVIDABLE} from '../../model/undivided.js';
import type {SourceDocument} from '../source.js';
import type {CellProvenance, ImportIssue} from '../types.js';
import {readNarrative} from './narrative.js';
import {placeTables} from './tables.js';
import type {LocatedTable} from './tables.js';

export interface Placed {
  report: DisclosureReport;
  issues: ImportIssue[];
  provenance: Record<string, CellProvenance>;
}

export function placeDocument(document: SourceDocument): Placed {
  const narrative = readNarrative(document.blocks);
  const located: LocatedTable[] = [];
  document.blocks.forEach((block, i) => {
    if (block.kind !== 'table') return;
    const section = narrative.sectionOf[i];
    located.push({
      table: block.table,
      followsTable: document.blocks[i - 1]?.kind === 'table',
      ...(section ? {section} : {}),
    });
  });
  const tables = placeTables(located);

  const report = skeleton(ReportShape) as DisclosureReport;
  if (narrative.year !== undefined) report.year = narrative.year;
  if (narrative.agency) report.agency = narrative.agency;
  if (narrative.title) report.title = narrative.title;
  if (narrative.publishedOn) report.publishedOn = narrative.publishedOn;
  if (narrative.preamble.length) report.preamble = narrative.preamble;
  report.overview = narrative.sections.overview ?? {};
  report.problems = narrative.sections.problems ?? {};
  report.otherMatters = narrative.sections.otherMatters ?? {};
  // Table 三 in the 2019 layout: each group the format lets be printed undivided is one blank row
  // (the group's undivided reading), which the placed cells then fill.
  if (tables.undivided) {
    for (const group of UNDIVIDABLE) setAt(report, group.keys.join('.'), skeleton(group.options[1]!));
  }
  const provenance: Record<string, CellProvenance> = {};
  for (const [path, cell] of tables.cells) {
    setAt(report, path, cell.value);
    provenance[path] = {origin: cell.origin, placedBy: cell.placedBy};
  }
  if (Object.keys(tables.annotations).length) report.annotations = tables.annotations;
  for (const id of ['proactive', 'requests', 'appeals'] as const) {
    const notes = [...(tables.notes[id] ?? []), ...(narrative.tableNotes[id] ?? [])];
    if (notes.length) report[id].notes = notes;
  }
  return {report, issues: [...narrative.issues, ...tables.issues], provenance};
}

/** Sets a cell the skeleton already has (paths come from the format, never from the file). */
function setAt(report: DisclosureReport, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = report as unknown as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[keys[keys.length - 1]!] = value;
}
