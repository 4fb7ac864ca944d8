// What an import of a Chinese-only file can give back of an example report: every Text reduced
// to its Chinese, and the cell paths of its three tables (as the report holds them: an undivided
// （六） row is seven cells, a divided one twenty-one).
import {CELL_LABELS} from '../../dist/node/model/cell-labels.js';
import {valueAt} from '../../dist/node/model/paths.js';

export const chinese = (value) =>
  Array.isArray(value)
    ? value.map(chinese)
    : value && typeof value === 'object'
      ? typeof value.zh === 'string'
        ? value.zh
        : Object.fromEntries(Object.entries(value).map(([key, item]) => [key, chinese(item)]))
      : value;

/** The cell paths of tables 二, 三 and 四 that hold a number or null in this report. */
export const tableCellPaths = (report) =>
  [...CELL_LABELS.keys()].filter((path) => {
    const value = valueAt(report, path);
    return value === null || typeof value === 'number';
  });
