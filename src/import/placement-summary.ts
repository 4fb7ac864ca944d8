/**
 * How an import went, cell by cell, as the CLI's summary and the demo's drop zone both show it:
 * which table cells were placed by label, which by position (to confirm), and which were not
 * placed at all (left blank). One place, so the two never count differently.
 */
import {CELL_LABELS} from '../model/cell-labels.js';
import {valueAt} from '../model/paths.js';
import type {CellPath, ImportResult} from './types.js';

export interface PlacementSummary {
  byLabel: CellPath[];
  byPosition: CellPath[];
  /** Cells the report has (its （六） row divided or not) that no source cell filled: left null. */
  unplaced: CellPath[];
}

export function placementSummary(result: Pick<ImportResult, 'report' | 'provenance'>): PlacementSummary {
  const summary: PlacementSummary = {byLabel: [], byPosition: [], unplaced: []};
  for (const path of CELL_LABELS.keys()) {
    // A path of the other shape of （六） is absent, or (`requests.results.other.other`) names a row.
    const value = valueAt(result.report, path);
    if (value !== null && typeof value !== 'number') continue;
    const placedBy = result.provenance[path]?.placedBy;
    if (placedBy === 'label') summary.byLabel.push(path);
    else if (placedBy === 'position') summary.byPosition.push(path);
    else summary.unplaced.push(path);
  }
  return summary;
}
