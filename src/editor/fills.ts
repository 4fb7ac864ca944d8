/**
 * Values the editor offers to fill in, on request, from rules of the format: a total from its
 * parts, and this year's carried-over row and in-force stocks from last year's report.
 *
 * The sums are not written out here: they are the model's own rules (checks.ts). A rule's finding
 * carries the value it expects for its checked cell, so each candidate cell is set to a value no
 * rule can expect (−1) in a copy of the report, and the finding then says what belongs there. A
 * candidate whose parts are blank or invalid gets no value: nothing is filled by guessing.
 */
import {checkReport, type Finding, type RuleId} from '../model/checks.js';
import {valueAt} from '../model/paths.js';
import type {DisclosureReport} from '../model/types.js';

/** The rules whose checked cell is a total of other cells of the same report. */
export const TOTAL_RULES: ReadonlySet<RuleId> = new Set<RuleId>([
  'requests.rowTotal',
  'requests.resultsSum',
  'appeals.total',
]);
/** The rules that take a cell of this year from last year's report. */
export const PREVIOUS_RULES: ReadonlySet<RuleId> = new Set<RuleId>(['requests.carryOver', 'proactive.inForce']);

const SENTINEL = -1;

function setAt(report: unknown, path: string, value: number): void {
  const keys = path.split('.');
  const parent = valueAt(report, keys.slice(0, -1).join('.')) as Record<string, unknown>;
  parent[keys[keys.length - 1]!] = value;
}

export interface Fill {
  readonly path: string;
  readonly value: number;
}

/**
 * What each checked cell of `rules` would hold if its rule held, for the checked cells in `only`
 * (all of them when not given). Cells two rules disagree on are left out, and so is a total whose
 * parts are candidates too: filling them first and asking again settles it (`fillAll` does).
 */
export function proposedFills(
  report: DisclosureReport,
  rules: ReadonlySet<RuleId>,
  options: {
    invalid: ReadonlySet<string>;
    previous?: DisclosureReport;
    previousInvalid?: ReadonlySet<string>;
    only?: ReadonlySet<string>;
  },
): Fill[] {
  const {invalid, previous, previousInvalid, only} = options;
  const findings = checkReport(report, {invalid, previous, previousInvalid});
  const candidates = new Set(
    findings.filter((f) => rules.has(f.rule) && (!only || only.has(f.cells[0]!))).map((f) => f.cells[0]!),
  );
  if (candidates.size === 0) return [];
  const trial = JSON.parse(JSON.stringify(report)) as DisclosureReport;
  for (const path of candidates) setAt(trial, path, SENTINEL);
  const stillInvalid = new Set([...invalid].filter((path) => !candidates.has(path)));
  const expected = new Map<string, number | 'conflict'>();
  const record = (finding: Finding) => {
    const path = finding.cells[0]!;
    if (!candidates.has(path) || !rules.has(finding.rule) || finding.kind !== 'violation') return;
    // A part that is itself a candidate holds the stand-in value: this sum says nothing yet.
    if (finding.cells.slice(1).some((cell) => candidates.has(cell))) return;
    if (finding.expected === null || finding.expected < 0) return;
    const seen = expected.get(path);
    expected.set(path, seen === undefined || seen === finding.expected ? finding.expected : 'conflict');
  };
  checkReport(trial, {invalid: stillInvalid, previous, previousInvalid}).forEach(record);
  return [...expected].flatMap(([path, value]) => (value === 'conflict' ? [] : [{path, value}]));
}
