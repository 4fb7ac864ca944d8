/**
 * Walks the valibot report schema and a sanitized input side by side and builds the usable
 * report: what valibot accepts is kept, what it refuses becomes null (a cell), a skeleton (a
 * table), or disappears (a text), each with an issue and its path in `invalid`.
 *
 * Valibot checks every value (safeParse per leaf); this walk only decides what to do with a
 * refusal. Validating leaf by leaf instead of the whole report at once gives each refusal a
 * place to be repaired in, and the agreement test shows the verdict equals a whole-report
 * safeParse and the JSON Schema.
 */
import * as v from 'valibot';
import {CELL_LABELS} from './cell-labels.js';
import {amount, issueMessage, valueMessage, type Expectation} from './messages.js';
import {joinIndex, joinKey} from './sanitize.js';
import {LEAF_ROLES, type LeafRole} from './schema.js';
import type {IssueCode, ReportIssue} from './validate.js';
import {hasOwn} from './compat.js';

/** The parts of a valibot schema object the walk reads (all public properties of valibot 1). */
interface Node {
  readonly type: string;
  readonly entries?: Readonly<Record<string, Node>>;
  readonly wrapped?: Node;
  readonly item?: Node;
  readonly options?: readonly Node[];
  readonly value?: Node;
  readonly pipe?: readonly {readonly type: string; readonly requirement?: unknown}[];
}

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

function roleOf(schema: Node): LeafRole | undefined {
  const self = LEAF_ROLES.get(schema as unknown as v.GenericSchema);
  return self ?? (schema.pipe ? LEAF_ROLES.get(schema.pipe[0] as unknown as v.GenericSchema) : undefined);
}

function limitOf(schema: Node, type: 'max_length' | 'max_entries'): number {
  const action = schema.pipe?.find((item) => item.type === type);
  return typeof action?.requirement === 'number' ? action.requirement : Infinity;
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
      return 1;
    case 'format':
      return '2021';
    case 'date':
      return undefined;
  }
}

/** The shape of a part with nothing readable in it: every cell blank, every required text empty. */
export function skeleton(schema: Node): unknown {
  const role = roleOf(schema);
  if (role) return placeholder(role, 'required');
  switch (schema.type) {
    case 'optional':
      return undefined;
    case 'union':
      return skeleton(schema.options![0]!);
    case 'array':
      return [];
    case 'record':
      return {};
    default:
      return Object.fromEntries(
        Object.entries(schema.entries ?? {}).flatMap(([key, entry]) => {
          const value = skeleton(entry);
          return value === undefined ? [] : [[key, value]];
        }),
      );
  }
}

/** Our code for valibot's first complaint about a leaf. */
function leafCode(role: LeafRole, value: unknown, type: string | undefined): IssueCode {
  if (value === undefined) return 'missing';
  if (role === 'schemaVersion' || role === 'format') return 'schema-version';
  if (role === 'date') return typeof value === 'string' ? 'invalid-date' : 'wrong-type';
  if (role === 'text' && type === 'check') return 'too-large'; // the only check of a text is its length
  switch (type) {
    case 'finite':
    case 'max_value':
      return 'out-of-range';
    case 'integer':
      return 'not-integer';
    case 'min_value':
      return role === 'year' ? 'out-of-range' : 'negative';
    case 'max_length':
      return 'too-large';
    default:
      return 'wrong-type';
  }
}

export function repair(
  schema: Node,
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

  const role = roleOf(schema);
  if (role) {
    const result = v.safeParse(schema as unknown as v.GenericSchema, value, {abortPipeEarly: true});
    if (!result.success) return refuse(leafCode(role, value, result.issues[0]?.type), role, placeholder(role, slot));
    if (role === 'text' && isPlain(value)) reportUnknown(value, new Set(['zh', 'en']), path, ctx);
    return value;
  }

  switch (schema.type) {
    case 'optional':
      return value === undefined ? undefined : repair(schema.wrapped!, value, path, ctx, 'optional');

    case 'array': {
      if (!Array.isArray(value))
        return refuse(value === undefined ? 'missing' : 'wrong-type', 'list', slot === 'required' ? [] : undefined);
      const max = limitOf(schema, 'max_length');
      if (value.length > max) tooMany(path, value.length, max, ctx);
      return value
        .slice(0, max)
        .map((item, i) => repair(schema.item!, item, joinIndex(path, i), ctx, 'item'))
        .filter((item) => item !== undefined);
    }

    case 'union': {
      if (!isPlain(value)) return refuse(value === undefined ? 'missing' : 'wrong-type', 'object', skeleton(schema));
      return repair(pickOption(schema.options!, value), value, path, ctx, slot);
    }

    case 'record': {
      if (!isPlain(value)) return refuse('wrong-type', 'object', slot === 'required' ? {} : undefined);
      const entries = Object.entries(value);
      const max = limitOf(schema, 'max_entries');
      if (entries.length > max) tooMany(path, entries.length, max, ctx);
      const kept = entries.slice(0, max).flatMap(([key, item]): [string, unknown][] => {
        const itemPath = joinKey(path, key);
        const text = repair(schema.value!, item, itemPath, ctx, 'item');
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

    default: {
      const entries = schema.entries ?? {};
      if (!isPlain(value)) {
        return refuse(
          value === undefined ? 'missing' : 'wrong-type',
          path ? 'object' : 'report',
          slot === 'item' ? undefined : skeleton(schema),
        );
      }
      const known = Object.entries(entries).flatMap(([key, entry]): [string, unknown][] => {
        const repaired = repair(entry, own(value, key), joinKey(path, key), ctx);
        return repaired === undefined ? [] : [[key, repaired]];
      });
      return Object.fromEntries([...known, ...reportUnknown(value, new Set(Object.keys(entries)), path, ctx)]);
    }
  }
}

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

/**
 * The union member to read an object as (（六）其他处理: three rows, or one undivided row): the
 * first that valibot accepts, else the one sharing most keys with the value, so the issues
 * point into the variant the editor meant.
 */
function pickOption(options: readonly Node[], value: Plain): Node {
  const accepted = options.find((option) => v.is(option as unknown as v.GenericSchema, value));
  if (accepted) return accepted;
  const keys = Object.keys(value);
  const overlap = (option: Node) => keys.filter((key) => hasOwn(option.entries ?? {}, key)).length;
  return options.reduce((best, option) => (overlap(option) > overlap(best) ? option : best));
}
