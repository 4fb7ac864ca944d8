// fast-check arbitraries of broken reports, shared by the Node fuzz test (model) and the browser
// fuzz test (elements): a valid example report with a few random paths deleted, replaced,
// retyped or given hostile keys. Plain JavaScript (with report-mutations.d.ts) so Node can import
// it without a build step.
import fc from 'fast-check';

/** Keys that reach a prototype when assigned carelessly. */
export const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype'];

/** Every path (list of keys) to a value inside `value`, the root excluded. */
export function pathsOf(value, prefix = [], out = []) {
  if (value === null || typeof value !== 'object') return out;
  for (const key of Object.keys(value)) {
    const path = [...prefix, Array.isArray(value) ? Number(key) : key];
    out.push(path);
    pathsOf(value[key], path, out);
  }
  return out;
}

/** Define an own enumerable property: `object[key] = v` with key "__proto__" would set the prototype instead. */
export function defineOwn(object, key, value) {
  Object.defineProperty(object, key, {value, enumerable: true, configurable: true, writable: true});
}

function deep(levels) {
  let value = 0;
  for (let i = 0; i < levels; i++) value = [value];
  return value;
}

/** Values that break something somewhere: wrong types, bad numbers, long strings, prototype keys. */
export function hostileJson(textLength) {
  const protoObject = fc.constantFrom(...PROTOTYPE_KEYS).chain((key) =>
    fc.jsonValue({maxDepth: 2}).map((inner) => {
      const object = {};
      defineOwn(object, key, inner === null || typeof inner !== 'object' ? {polluted: inner ?? true} : inner);
      return object;
    }),
  );
  return fc.oneof(
    fc.constantFrom(
      -1,
      1.5,
      0.1,
      -0.5,
      2 ** 53,
      1e308,
      -1e308,
      0,
      '12',
      '',
      ' ',
      '0',
      'null',
      true,
      false,
      null,
      [],
      {},
    ),
    fc.integer(),
    fc.double({noNaN: true, noDefaultInfinity: true}),
    fc.string({maxLength: 40}),
    fc.string({unit: 'grapheme', maxLength: 20}),
    fc.constant('长'.repeat(textLength + 1)),
    fc.constant({zh: 'x'.repeat(textLength + 1), en: 1}),
    fc.constant({zh: 1, en: 'x'}),
    fc.constant(Array.from({length: 600}, (_, i) => `第${i}段`)),
    fc.constant(deep(40)),
    protoObject,
    fc.jsonValue({maxDepth: 3}),
  );
}

/** Values only code (never JSON) can make: NaN, Infinity, -0, undefined, bigint, a function. */
export const hostileValue = fc.oneof(
  fc.constantFrom(NaN, Infinity, -Infinity, -0, undefined, 10n, () => 1, Symbol('s'), new Date(0), /re/, new Map()),
);

/**
 * A mutation of one of `bases`: 1–4 edits, each at a random existing path.
 * `json` false adds non-JSON values (NaN, Infinity, undefined…) to the hostile ones.
 */
export function mutatedReport(bases, {json = true, textLength = 20000} = {}) {
  const value = json ? hostileJson(textLength) : fc.oneof(hostileJson(textLength), hostileValue);
  const edit = fc.record({
    kind: fc.constantFrom('delete', 'replace', 'replace', 'retype', 'add-key', 'proto-key'),
    at: fc.nat(),
    value,
    key: fc.oneof(fc.constantFrom(...PROTOTYPE_KEYS), fc.string({maxLength: 8})),
  });
  return fc
    .record({base: fc.nat({max: bases.length - 1}), edits: fc.array(edit, {minLength: 1, maxLength: 4})})
    .map(({base, edits}) => {
      const report = structuredClone(bases[base]);
      for (const e of edits) apply(report, e);
      return report;
    });
}

/** A fresh copy of arrays and plain objects: generated constants are shared between cases and must not be edited in place. */
function fresh(value) {
  if (Array.isArray(value)) return value.map(fresh);
  if (!isPlain(value)) return value;
  const copy = {};
  for (const key of Object.keys(value)) defineOwn(copy, key, fresh(value[key]));
  return copy;
}

const isPlain = (value) =>
  value !== null && typeof value === 'object' && [Object.prototype, null].includes(Object.getPrototypeOf(value));

function apply(report, {kind, at, value: shared, key}) {
  const value = fresh(shared);
  const paths = pathsOf(report);
  if (paths.length === 0) return;
  const path = paths[at % paths.length];
  const parent = path.slice(0, -1).reduce((object, step) => object[step], report);
  const last = path[path.length - 1];
  if (parent === null || typeof parent !== 'object') return;
  const target = parent[last];
  switch (kind) {
    case 'delete':
      if (Array.isArray(parent)) parent.splice(last, 1);
      else delete parent[last];
      return;
    case 'replace':
      defineOwn(parent, last, value);
      return;
    case 'retype':
      // The same content in the wrong clothes: a number as text, a value wrapped in a list, an object as a list.
      defineOwn(
        parent,
        last,
        typeof target === 'number'
          ? String(target)
          : target !== null && typeof target === 'object'
            ? Object.values(target)
            : [target],
      );
      return;
    case 'add-key':
    case 'proto-key': {
      const holder = isPlain(target) ? target : parent;
      if (!isPlain(holder)) return;
      defineOwn(holder, kind === 'proto-key' ? PROTOTYPE_KEYS[at % 3] : key, value);
    }
  }
}

/** JSON text of a report with some numbers written as 1e400 (JSON.parse gives Infinity). */
export function withHugeNumbers(report, every = 7) {
  let n = 0;
  return JSON.stringify(report).replace(/(?<=[:[,])\d+(?=[,}\]])/g, (digits) => (n++ % every === 0 ? '1e400' : digits));
}
