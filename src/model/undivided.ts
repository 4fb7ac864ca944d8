/**
 * Whether a report prints a group of table 三 undivided: （六）其他处理 as the one row of the 2019
 * layout (seven applicant columns where the 2021 format has three rows). The one place this is
 * decided: the validator reads the group by it (repair.ts, pickOption), the checks sum by it and
 * the table lays its rows out by it, so the three can never disagree.
 */
import {REQUEST_ROWS, keysOf, type HeaderNode} from './format.js';
import {valueAtKeys} from './paths.js';
import {pickOption} from './repair.js';
import {ReportShape, type Shape} from './schema.js';

/** A group the format allows to be printed undivided (HeaderNode.mayBeUndivided). */
export interface UndividableGroup {
  readonly node: HeaderNode;
  /** Its path in the report, as keys: ['requests', 'results', 'other']. */
  readonly keys: readonly string[];
  /** Its two readings: divided (the format's rows) first, then one undivided row. */
  readonly options: readonly Shape[];
}

/** The shape at a path of keys (an optional entry counts as its inner shape). */
function shapeAt(keys: readonly string[]): Shape | undefined {
  let shape: Shape | undefined = ReportShape;
  for (const key of keys) {
    shape = shape?.kind === 'object' ? shape.entries[key] : undefined;
    if (shape?.kind === 'optional') shape = shape.shape;
  }
  return shape;
}

function undividable(nodes: readonly HeaderNode[], ancestors: readonly HeaderNode[] = []): UndividableGroup[] {
  return nodes.flatMap((node) => {
    const chain = [...ancestors, node];
    const below = node.children ? undividable(node.children, chain) : [];
    if (!node.mayBeUndivided) return below;
    const keys = ['requests', ...keysOf(chain)];
    const shape = shapeAt(keys);
    return shape?.kind === 'either' ? [{node, keys, options: shape.options}, ...below] : below;
  });
}

/** Every group of table 三 that may be printed undivided (today only （六）其他处理). */
export const UNDIVIDABLE: readonly UndividableGroup[] = undividable(REQUEST_ROWS);

/** Whether this report prints the group as one undivided row. */
export function isUndivided(group: UndividableGroup, report: unknown): boolean {
  const value = valueAtKeys(report, group.keys);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  return pickOption(group.options, value as Record<string, unknown>) !== group.options[0];
}

/** The groups this report prints undivided (empty for a report in the 2021 layout). */
export function undividedGroups(report: unknown): HeaderNode[] {
  return UNDIVIDABLE.filter((group) => isUndivided(group, report)).map((group) => group.node);
}
