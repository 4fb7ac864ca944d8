/**
 * The validator's walk: the report's shape (schema.ts) and a sanitized input side by side. Each
 * leaf is checked for type and range; each object for its entries. What passes is kept; what is
 * refused becomes null (a cell), a skeleton (a table), or disappears (a text), each with an issue
 * and its path in `invalid`, so whatever is valid still shows.
 */
import {CELL_LABELS} from './cell-labels.js';
import {amount, issueMessage, valueMessage, type Expectation} from './messages.js';
import {joinIndex, joinKey} from './sanitize.js';
import {FORMAT, SCHEMA_VERSION, isRealDate, withinTextLength} from './schema.js';
import type {LeafRole, Shape} from './schema.js';
import type {IssueCode, ReportIssue} from './validate.js';
import {LIMITS} from './limits.js';
import {hasOwn} from './compat.js';

/** How a refused value is replaced: a required slot keeps a placeholder, an optional or list slot loses it. */
type Slot = 'required' | 'optional' | 'item';

export interface RepairContext {
  issue(issue: ReportIssue): void;
  invalid: Set<string>;
}

type Plain = Record<string, unknown>;
const isPlain = (value: unknown): value is Plain =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const own = (object: Plain, key: string): unknown => (hasOwn(object, key) ? object[key] : undefined);

const isNumber = (value: unknown): value is number => typeof value === 'number' && !Number.isNaN(value);
const isText = (value: unknown): boolean => typeof value === 'string' && withinTextLength(value);

/**
 * Why a leaf's value is refused, or undefined when it is accepted. The checks run in the order
 * the codes are most useful in: type first, then whole number, then range.
 */
export function leafProblem(role: LeafRole, value: unknown): IssueCode | undefined {
  if (value === undefined) return 'missing';
  switch (role) {
    case 'count':
    case 'fees':
      if (value === null) return undefined;
      if (!isNumber(value)) return 'wrong-type';
      if (!Number.isFinite(value)) return 'out-of-range';
      if (role === 'count' && !Number.isInteger(value)) return 'not-integer';
      if (value < 0) return 'negative';
      return value > Number.MAX_SAFE_INTEGER ? 'out-of-range' : undefined;
    case 'year':
      if (!isNumber(value)) return 'wrong-type';
      if (!Number.isInteger(value)) return 'not-integer';
      return value < LIMITS.minYear || value > LIMITS.maxYear ? 'out-of-range' : undefined;
    case 'date':
      if (typeof value !== 'string') return 'wrong-type';
      // The calendar, not REAL_DATE_PATTERN (the JSON Schema's): the two agree on every day
      // (schema-agreement.test.mjs), and the pattern stays out of the browser bundle.
      return isRealDate(value) ? undefined : 'invalid-date';
    case 'schemaVersion':
      return value === SCHEMA_VERSION ? undefined : 'schema-version';
    case 'format':
      return value === FORMAT ? undefined : 'schema-version';
    case 'text': {
      if (typeof value === 'string') return isText(value) ? undefined : 'too-large';
      // The object form: zh, and optionally en, both strings; other keys are reported as unknown.
      const zh = isPlain(value) ? own(value, 'zh') : undefined;
      const en = isPlain(value) ? own(value, 'en') : undefined;
      if (typeof zh !== 'string' || (en !== undefined && typeof en !== 'string')) return 'wrong-type';
      return isText(zh) && (en === undefined || isText(en)) ? undefined : 'too-large';
    }
  }
}

/** A leaf's placeholder: blank for a cell, empty for a required text. */
function placeholder(role: LeafRole, slot: Slot): unknown {
  switch (role) {
    case 'count':
    case 'fees':
      return null;
    case 'text':
      return slot === 'required' ? '' : undefined;
    case 'year':
      return null; // JSON-safe (NaN is not JSON); `invalid` says it is unusable
    case 'schemaVersion':
      return SCHEMA_VERSION;
    case 'format':
      return FORMAT;
    case 'date':
      return undefined;
  }
}

/** The shape of a part with nothing readable in it: every cell blank, every required text empty. */
export function skeleton(shape: Shape): unknown {
  switch (shape.kind) {
    case 'leaf':
      return placeholder(shape.role, 'required');
    case 'optional':
      return undefined;
    case 'either':
      return skeleton(shape.options[0]!);
    case 'list':
      return [];
    case 'record':
      return {};
    case 'object':
      return Object.fromEntries(
        Object.entries(shape.entries).flatMap(([key, entry]) => {
          const value = skeleton(entry);
          return value === undefined ? [] : [[key, value]];
        }),
      );
  }
}

export function repair(
  shape: Shape,
  value: unknown,
  path: string,
  ctx: RepairContext,
  slot: Slot = 'required',
): unknown {
  const refuse = (code: IssueCode, expected: Expectation, fallback: unknown): unknown => {
    ctx.issue({path, code, severity: 'error', message: valueMessage(path, expected, value)});
    ctx.invalid.add(path);
    return fallback;
  };
  const missingOr = (code: IssueCode): IssueCode => (value === undefined ? 'missing' : code);

  switch (shape.kind) {
    case 'leaf': {
      const problem = leafProblem(shape.role, value);
      if (problem) return refuse(problem, shape.role, placeholder(shape.role, slot));
      if (shape.role === 'text' && isPlain(value)) reportUnknown(value, TEXT_KEYS, path, ctx);
      return value;
    }

    case 'optional':
      return value === undefined ? undefined : repair(shape.shape, value, path, ctx, 'optional');

    case 'list': {
      if (!Array.isArray(value)) return refuse(missingOr('wrong-type'), 'list', slot === 'required' ? [] : undefined);
      if (value.length > shape.max) tooMany(path, value.length, shape.max, ctx);
      return value
        .slice(0, shape.max)
        .map((item, i) => repair(shape.item, item, joinIndex(path, i), ctx, 'item'))
        .filter((item) => item !== undefined);
    }

    case 'either': {
      if (!isPlain(value)) return refuse(missingOr('wrong-type'), 'object', skeleton(shape));
      return repair(pickOption(shape.options, value), value, path, ctx, slot);
    }

    case 'record': {
      if (!isPlain(value)) return refuse('wrong-type', 'object', slot === 'required' ? {} : undefined);
      const entries = Object.entries(value);
      if (entries.length > shape.max) tooMany(path, entries.length, shape.max, ctx);
      const kept = entries.slice(0, shape.max).flatMap(([key, item]): [string, unknown][] => {
        const itemPath = joinKey(path, key);
        const text = repair(shape.value, item, itemPath, ctx, 'item');
        if (text === undefined) return [];
        if (!CELL_LABELS.has(key)) {
          ctx.issue({
            path: itemPath,
            code: 'unknown-cell',
            severity: 'warning',
            message: issueMessage('unknown-cell', itemPath, key),
          });
        }
        return [[key, text]];
      });
      return Object.fromEntries(kept);
    }

    case 'object': {
      if (!isPlain(value)) {
        return refuse(
          missingOr('wrong-type'),
          path ? 'object' : 'report',
          slot === 'item' ? undefined : skeleton(shape),
        );
      }
      const known = Object.entries(shape.entries).flatMap(([key, entry]): [string, unknown][] => {
        const repaired = repair(entry, own(value, key), joinKey(path, key), ctx);
        return repaired === undefined ? [] : [[key, repaired]];
      });
      return Object.fromEntries([...known, ...reportUnknown(value, new Set(Object.keys(shape.entries)), path, ctx)]);
    }
  }
}

const TEXT_KEYS: ReadonlySet<string> = new Set(['zh', 'en']);

/** Unknown fields stay in the report (a newer writer may know them) and are listed as information. */
function reportUnknown(
  value: Plain,
  known: ReadonlySet<string>,
  path: string,
  ctx: RepairContext,
): [string, unknown][] {
  const unknown = Object.entries(value).filter(([key]) => !known.has(key));
  for (const [key] of unknown) {
    const keyPath = joinKey(path, key);
    ctx.issue({
      path: keyPath,
      code: 'unknown-field',
      severity: 'info',
      message: issueMessage('unknown-field', keyPath),
    });
  }
  return unknown;
}

function tooMany(path: string, count: number, max: number, ctx: RepairContext): void {
  ctx.issue({
    path,
    code: 'too-large',
    severity: 'error',
    message: issueMessage('too-large', path, amount(count, max, 'items')),
  });
  ctx.invalid.add(path);
}

/** Whether the value fits the shape with no error (unknown fields are allowed, as the JSON Schema allows them). */
export function fits(shape: Shape, value: unknown): boolean {
  let fit = true;
  const quiet: RepairContext = {
    issue: (issue) => (fit &&= issue.severity !== 'error'),
    invalid: new Set(),
  };
  repair(shape, value, '', quiet);
  return fit;
}

/**
 * The option of an `either` to read an object as (（六）其他处理: three rows, or one undivided
 * row): the first it fits, else the one sharing most keys with it, so the issues point into the
 * variant the editor meant. undivided.ts asks the same question for renderers and checks.
 */
export function pickOption(options: readonly Shape[], value: Plain): Shape {
  const fitting = options.find((option) => fits(option, value));
  if (fitting) return fitting;
  const keys = Object.keys(value);
  const overlap = (option: Shape) =>
    option.kind === 'object' ? keys.filter((key) => hasOwn(option.entries, key)).length : 0;
  return options.reduce((best, option) => (overlap(option) > overlap(best) ? option : best));
}
