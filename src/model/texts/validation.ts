/**
 * The validator's fixed texts, one catalog per locale (zh.ts, en.ts), keyed by id. The interface
 * is the list of ids: a catalog that misses one, or words one with the wrong parameters, does not
 * compile. messages.ts composes every issue message from these templates and the format's labels;
 * no wording of a validation message lives anywhere else.
 *
 * Templates take their values already formatted (numbers grouped, paths and labels as text), so a
 * catalog only orders words around them.
 */
import type {IssueCode} from '../validate.js';
import type {LeafRole} from '../schema.js';

/** What a value should be, for "expected …" in messages. */
export type Expectation = LeafRole | 'object' | 'list' | 'report';

/** The issues whose message is a sentence of its own (the rest say "expected …, got …"). */
export type StructuralCode = Extract<
  IssueCode,
  'not-json' | 'too-large' | 'too-deep' | 'cyclic' | 'unreadable' | 'forbidden-key' | 'unknown-field' | 'unknown-cell'
>;

export interface ValidationTexts {
  /** What a value should be. `textLength` and the years are the limits, formatted. */
  expected: Record<Expectation, string>;
  /** What was found instead. */
  found: {
    missing: string;
    text: (shown: string) => string;
    longText: (shown: string, characters: string) => string;
    beyondRange: (value: string) => string;
    boolean: (value: string) => string;
    list: (items: number) => string;
    object: string;
  };
  /** Where: the report as a whole, or a path followed by the format's header chain. */
  theReport: string;
  named: (path: string, label: string) => string;
  /** "<where>: missing; expected <what>". */
  missing: (where: string, expected: string) => string;
  /** "<where>: expected <what>, got <found>". */
  wrong: (where: string, expected: string, found: string) => string;
  /** "<where>: <sentence>"; `detail` is a key, an amount or an error text. */
  structural: Record<StructuralCode, (detail: string) => string>;
  at: (where: string, sentence: string) => string;
  /** "12,345 bytes (limit 2,097,152)". */
  amount: (count: string, limit: string, unit: 'bytes' | 'items') => string;
  /** The last line of a list cut at LIMITS.issues. */
  moreIssues: (count: number) => string;
}
