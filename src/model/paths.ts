/**
 * Cell paths: the dot paths that name a cell in findings, validation issues and annotations
 * ("requests.results.withheld.stateSecret.total"), and reading values at them.
 */
/**
 * A cell's path and the same path as keys. The format is fixed, so callers that read the same
 * cells on every render or check keep these instead of joining and splitting paths each time.
 */
export interface CellRef {
  readonly path: string;
  readonly keys: readonly string[];
}

/** A CellRef from the keys of a path. */
export function cellRef(keys: readonly string[]): CellRef {
  return {path: keys.join('.'), keys};
}

/**
 * The value at a dot path, or undefined when any step is missing or not a plain own property.
 * Own properties only, so "constructor" or "__proto__" in a path never reaches a prototype.
 */
export function valueAt(root: unknown, path: string): unknown {
  return valueAtKeys(root, path.split('.'));
}

/** `valueAt` for a path already split into its keys (see CellRef). */
export function valueAtKeys(root: unknown, keys: readonly string[]): unknown {
  let value: unknown = root;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    if (value === null || typeof value !== 'object' || !Object.prototype.hasOwnProperty.call(value, key)) {
      return undefined;
    }
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** True when `path` is `id` or lies inside it: "requests.newReceived.total" lies under "requests" (not under "request"). */
export function liesUnder(path: string, id: string): boolean {
  return path === id || path.startsWith(`${id}.`);
}

/** True when the path or one of its ancestors is in the set (an invalid table invalidates its cells). */
export function isUnder(path: string, paths: ReadonlySet<string> | undefined): boolean {
  if (!paths || paths.size === 0) return false;
  for (let end = path.length; end > 0; end = path.lastIndexOf('.', end - 1)) {
    if (paths.has(path.slice(0, end))) return true;
  }
  return false;
}
