/**
 * A safe, plain copy of an untrusted value before anything else reads it.
 *
 * JSON.parse never yields getters or cycles, but validateReport() also takes objects built by
 * hand or by other code: a getter may throw, a Proxy may throw on any access, an object may
 * contain itself. Reading each property exactly once, here, inside try/catch, keeps every later
 * step (the validator's walk, the checks, the renderers) free of those surprises.
 *
 * Keys that could reach a prototype (`__proto__`, `constructor`, `prototype`) are dropped, and
 * copies are made with Object.fromEntries, which defines own properties and never calls the
 * `__proto__` setter.
 */
import {LIMITS} from './limits.js';
import {amount, issueMessage} from './messages.js';
import type {Message} from './types.js';
import type {ReportIssue} from './validate.js';

export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Entries read from one object or array; beyond this the rest is ignored (far above any real list). */
const MAX_ENTRIES = 100_000;

export const joinKey = (path: string, key: string): string => (path ? `${path}.${key}` : key);
export const joinIndex = (path: string, index: number): string => `${path}[${index}]`;

export interface Sanitized {
  value: unknown;
  issues: ReportIssue[];
}

export function sanitize(input: unknown): Sanitized {
  const issues: ReportIssue[] = [];
  const ancestors = new Set<object>();

  const report = (
    path: string,
    code: ReportIssue['code'],
    severity: ReportIssue['severity'],
    detail?: string | Message,
  ) => {
    issues.push({path, code, severity, message: issueMessage(code, path, detail)});
    return undefined;
  };

  function copy(value: unknown, path: string, depth: number): unknown {
    if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return value;
    if (typeof value === 'function') return value;
    if (ancestors.has(value)) return report(path, 'cyclic', 'error');
    if (depth > LIMITS.depth) return report(path, 'too-deep', 'warning');
    ancestors.add(value);
    try {
      return Array.isArray(value) ? copyArray(value, path, depth) : copyObject(value, path, depth);
    } catch (error) {
      return report(path, 'unreadable', 'error', errorText(error));
    } finally {
      ancestors.delete(value);
    }
  }

  function copyArray(array: readonly unknown[], path: string, depth: number): unknown[] {
    const length = array.length;
    if (length > MAX_ENTRIES) report(path, 'too-large', 'warning', amount(length, MAX_ENTRIES, 'items'));
    const out: unknown[] = [];
    for (let i = 0; i < Math.min(length, MAX_ENTRIES); i++) out.push(read(array, i, joinIndex(path, i), depth));
    return out;
  }

  function copyObject(object: object, path: string, depth: number): Record<string, unknown> {
    const keys = Object.keys(object);
    if (keys.length > MAX_ENTRIES) report(path, 'too-large', 'warning', amount(keys.length, MAX_ENTRIES, 'items'));
    const entries: [string, unknown][] = [];
    for (const key of keys.slice(0, MAX_ENTRIES)) {
      const keyPath = joinKey(path, key);
      if (FORBIDDEN_KEYS.has(key)) {
        report(keyPath, 'forbidden-key', 'warning', key);
        continue;
      }
      const value = read(object, key, keyPath, depth);
      if (value !== undefined) entries.push([key, value]);
    }
    return Object.fromEntries(entries);
  }

  /** One property read; a throwing getter costs that value, not the report. */
  function read(container: object, key: string | number, path: string, depth: number): unknown {
    let value: unknown;
    try {
      value = (container as Record<string | number, unknown>)[key];
    } catch (error) {
      return report(path, 'unreadable', 'error', errorText(error));
    }
    return copy(value, path, depth + 1);
  }

  return {value: copy(input, '', 0), issues};
}

function errorText(error: unknown): string {
  try {
    return error instanceof Error ? error.message.slice(0, 200) : String(error).slice(0, 200);
  } catch {
    return '';
  }
}
