/**
 * The format's arithmetic cross-checks (勾稽关系), as named rules. Findings, never exceptions.
 *
 * Every rule is an equation "checked cell = ± term ± term …" over cells found by walking the
 * format's header trees (format.ts); the rules never spell out a label or a list of keys.
 * A cell that is blank (null) or that the validator marked invalid is never taken as 0: the
 * equation is reported as incomplete instead.
 */
import {
  APPEAL_COLUMNS,
  APPLICANT_PARTS,
  OUTCOME_PARTS,
  PROACTIVE_BLOCKS,
  REQUEST_COLUMNS,
  REQUEST_ROWS,
  keysOf,
  leafChains,
  sectionFormat,
  type HeaderNode,
  type Label,
} from './format.js';
import {cellRef, isUnder, valueAtKeys, type CellRef} from './paths.js';
import {joined} from './cell-labels.js';
import {undividedGroups} from './undivided.js';
import {group} from './messages.js';
import {perLocale, type LocaleDefinition} from './texts/locales.js';
import type {CheckTexts} from './texts/catalog.js';
import type {DisclosureReport, Message, TableId} from './types.js';
import {last, secondToLast} from './compat.js';

export type RuleId =
  | 'requests.balance'
  | 'requests.resultsSum'
  | 'requests.rowTotal'
  | 'appeals.total'
  | 'requests.carryOver'
  | 'proactive.inForce';

/**
 * error: the published numbers contradict the format; warning: they probably should agree but the
 * format does not promise it; info: the rule could not be evaluated (a blank or invalid cell).
 */
export type FindingSeverity = 'error' | 'warning' | 'info';

export interface Finding {
  rule: RuleId;
  severity: FindingSeverity;
  /** "violation" when the numbers disagree; "incomplete" when a needed cell is blank or invalid. */
  kind: 'violation' | 'incomplete';
  /** Every cell involved, as paths (the checked cell first). Previous-year cells are prefixed "previous:". */
  cells: string[];
  /** The value the rule expects (e.g. the sum of the parts); null when incomplete. */
  expected: number | null;
  /** The published value of the checked cell; null when blank or invalid. */
  actual: number | null;
  message: Message;
}

export interface CheckOptions {
  /** Last year's report, for requests.carryOver and proactive.inForce. */
  previous?: DisclosureReport;
  /** Paths the validator marked invalid (a rule that needs one is incomplete, not violated). */
  invalid?: ReadonlySet<string>;
  /** Paths the validator marked invalid in last year's report. */
  previousInvalid?: ReadonlySet<string>;
}

/** Prefix of previous-year cell paths in `Finding.cells`. */
export const PREVIOUS_PREFIX = 'previous:';

// ---------------------------------------------------------------------------------------------
// Cells and equations

/** A cell as a rule sees it: where it is, how a message names it, and its value if usable. */
interface Cell {
  path: string;
  /** Short name, read together with the equation's scope (built only when a message needs it). */
  name: () => Message;
  value: number | null;
  problem?: 'blank' | 'invalid';
}

interface Equation {
  rule: RuleId;
  severity: Exclude<FindingSeverity, 'info'>;
  /** The table and the row or column the equation lives in (built only when a message needs it). */
  scope: () => Message;
  checked: Cell;
  terms: {cell: Cell; sign: 1 | -1}[];
  /** Words for the right-hand side when naming every term would be too long. */
  summary?: Message;
}

interface Source {
  report: unknown;
  invalid: ReadonlySet<string> | undefined;
  prefix: string;
}

/**
 * How the checks take a cell's value: the number itself, or why it cannot take part in a sum.
 * `markedInvalid`: the validator marked the cell (or a path above it) invalid.
 */
export function judgeCell(value: unknown, markedInvalid: boolean): number | 'blank' | 'invalid' {
  if (markedInvalid) return 'invalid';
  if (value === null || value === undefined) return 'blank';
  // Unvalidated input can hold anything; only a real count takes part in a sum.
  return typeof value === 'number' && Number.isFinite(value) ? value : 'invalid';
}

function readCell(source: Source, ref: CellRef, name: () => Message): Cell {
  const path = source.prefix + ref.path;
  const marked = isUnder(ref.path, source.invalid);
  const judged = judgeCell(marked ? undefined : valueAtKeys(source.report, ref.keys), marked);
  return typeof judged === 'number' ? {path, name, value: judged} : {path, name, value: null, problem: judged};
}

/**
 * The CellRef where a row chain meets a column chain. Rules see the same chain objects on every
 * run (module constants, and the cached row lists of requestRows), so each path is built once.
 */
const cellRefs = new WeakMap<readonly HeaderNode[], WeakMap<readonly HeaderNode[], CellRef>>();
function chainCell(table: TableId, row: readonly HeaderNode[], column: readonly HeaderNode[]): CellRef {
  let byColumn = cellRefs.get(row);
  if (!byColumn) cellRefs.set(row, (byColumn = new WeakMap()));
  let ref = byColumn.get(column);
  if (!ref) byColumn.set(column, (ref = cellRef([table, ...keysOf(row), ...keysOf(column)])));
  return ref;
}

/** A finding's text in every locale, from that locale's check templates and its key in labels. */
const inEach = (make: (checks: CheckTexts, key: string) => string): Message =>
  perLocale(({texts, key}: LocaleDefinition) => make(texts.checks, key)) as Message;

/** A text of a label or a message in a locale (the source text where the locale has none). */
const textIn = (text: Label | Message, key: string): string => text[key] ?? text.zh;

const quote = (label: Label | Message): Message => inEach((checks, key) => checks.quote(textIn(label, key)));

const joinLabels = (labels: readonly Label[]): Message => quote(joined(labels));

function tableScope(table: TableId, where: Message): Message {
  const heading = sectionFormat(table).heading;
  return inEach((checks, key) => checks.scoped(textIn(heading, key), textIn(where, key)));
}

/** The finding for an equation, or null when it holds. */
function evaluate(eq: Equation): Finding | null {
  const cells = [eq.checked, ...eq.terms.map((term) => term.cell)];
  const paths = cells.map((cell) => cell.path);
  const unusable = cells.filter((cell) => cell.problem);
  if (unusable.length > 0) {
    return {
      rule: eq.rule,
      severity: 'info',
      kind: 'incomplete',
      cells: paths,
      expected: null,
      actual: eq.checked.value,
      message: incompleteMessage(eq, unusable),
    };
  }
  const expected = eq.terms.reduce((sum, term) => sum + term.sign * term.cell.value!, 0);
  const actual = eq.checked.value!;
  if (expected === actual) return null;
  return {
    rule: eq.rule,
    severity: eq.severity,
    kind: 'violation',
    cells: paths,
    expected,
    actual,
    message: violationMessage(eq, expected, actual),
  };
}

function termsText(eq: Equation, checks: CheckTexts, key: string): string {
  if (eq.summary) return textIn(eq.summary, key);
  return eq.terms
    .map(({cell, sign}, i) => {
      const operator = sign < 0 ? (i === 0 ? '−' : ' − ') : i === 0 ? '' : ' + ';
      return `${operator}${checks.term(textIn(cell.name(), key), group(cell.value!))}`;
    })
    .join('');
}

function violationMessage(eq: Equation, expected: number, actual: number): Message {
  const name = eq.checked.name();
  const scope = eq.scope();
  return inEach((checks, key) =>
    checks.violation(textIn(scope, key), textIn(name, key), group(actual), termsText(eq, checks, key), group(expected)),
  );
}

function incompleteMessage(eq: Equation, unusable: Cell[]): Message {
  const scope = eq.scope();
  const name = eq.checked.name();
  return inEach((checks, key) => {
    const list = checks.unusableList(
      unusable.map((cell) => checks.unusable(textIn(cell.name(), key), cell.problem === 'blank' ? 'blank' : 'invalid')),
    );
    return checks.incomplete(textIn(scope, key), textIn(name, key), list);
  });
}

// ---------------------------------------------------------------------------------------------
// Table 三: rows and columns from the format

const COLUMN_CHAINS = leafChains(REQUEST_COLUMNS);
const lastKey = (chain: readonly HeaderNode[]) => last(keysOf(chain));
const isPart = (key: string | undefined, parts: readonly string[]) => key !== undefined && parts.includes(key);
const APPLICANT_PART_COLUMNS = COLUMN_CHAINS.filter((chain) => isPart(lastKey(chain), APPLICANT_PARTS));
const APPLICANT_TOTAL_COLUMN = COLUMN_CHAINS.find((chain) => !isPart(lastKey(chain), APPLICANT_PARTS))!;

/** A row named for messages: a sub-row keeps its group's label, the 三、 heading above them is implied. */
function rowName(chain: readonly HeaderNode[]): Message {
  return joinLabels((chain.length > 1 ? chain.slice(1) : chain).map((node) => node.label));
}

/** The data rows of table 三 with the given groups printed undivided (25, or 23 with an undivided （六）). */
function requestRowChains(
  undivided: ReadonlySet<HeaderNode>,
  nodes = REQUEST_ROWS,
  ancestors: HeaderNode[] = [],
): HeaderNode[][] {
  return nodes.flatMap((node) => {
    const chain = [...ancestors, node];
    return node.children && !undivided.has(node) ? requestRowChains(undivided, node.children, chain) : [chain];
  });
}

const rowKeys = (chain: readonly HeaderNode[]) => keysOf(chain).join('.');
/** The rows the rules name, by their JSON keys (keys, not labels: labels live in format.ts). */
const ROW = {
  newReceived: 'newReceived',
  carriedOver: 'carriedOver',
  results: 'results',
  resultsTotal: 'results.total',
  carriedForward: 'carriedForward',
} as const;

function rowsWith(undivided: ReadonlySet<HeaderNode>) {
  const chains = requestRowChains(undivided);
  const find = (keys: string) => chains.find((chain) => rowKeys(chain) === keys)!;
  return {
    all: chains,
    newReceived: find(ROW.newReceived),
    carriedOver: find(ROW.carriedOver),
    resultsTotal: find(ROW.resultsTotal),
    carriedForward: find(ROW.carriedForward),
    resultParts: chains.filter((chain) => keysOf(chain)[0] === ROW.results && rowKeys(chain) !== ROW.resultsTotal),
  };
}

/**
 * The rows of table 三 as this report prints them. Only a few variants exist (which groups are
 * undivided), each built once: the same chain objects on every run let chainCell reuse its paths.
 */
const rowVariants = new Map<string, ReturnType<typeof rowsWith>>();
function requestRows(report: unknown) {
  // （六）其他处理 may be published as one undivided row: the group itself is then the row.
  const undivided = undividedGroups(report);
  const key = undivided.map((node) => node.id).join(' ');
  let rows = rowVariants.get(key);
  if (!rows) rowVariants.set(key, (rows = rowsWith(new Set(undivided))));
  return rows;
}

const columnScope = (column: readonly HeaderNode[]) =>
  tableScope(
    'requests',
    inEach((checks, key) => checks.column(textIn(quote(last(column)!.label), key))),
  );
const rowScope = (row: readonly HeaderNode[]) =>
  tableScope(
    'requests',
    inEach((checks, key) => checks.row(textIn(rowName(row), key))),
  );

function requestCell(
  source: Source,
  row: readonly HeaderNode[],
  column: readonly HeaderNode[],
  name: () => Message,
): Cell {
  return readCell(source, chainCell('requests', row, column), name);
}

// ---------------------------------------------------------------------------------------------
// The rules

interface Context {
  current: Source;
  previous?: Source;
}

type RuleRun = (context: Context) => Equation[];

/** 一 + 二 = （七）总计 + 四, per column; written as 四 = 一 + 二 − （七） because 四 is the balancing item. */
const balance: RuleRun = ({current}) => {
  const rows = requestRows(current.report);
  return COLUMN_CHAINS.map((column) => {
    const cell = (row: HeaderNode[]) => requestCell(current, row, column, () => rowName(row));
    return {
      rule: 'requests.balance',
      severity: 'error',
      scope: () => columnScope(column),
      checked: cell(rows.carriedForward),
      terms: [
        {cell: cell(rows.newReceived), sign: 1},
        {cell: cell(rows.carriedOver), sign: 1},
        {cell: cell(rows.resultsTotal), sign: -1},
      ],
    };
  });
};

/** （七）总计 = the sum of the result rows, per column. */
const resultsSum: RuleRun = ({current}) => {
  const rows = requestRows(current.report);
  const results = REQUEST_ROWS.find((node) => node.key === ROW.results)!;
  return COLUMN_CHAINS.map((column) => {
    const terms = rows.resultParts.map((row) => ({
      cell: requestCell(current, row, column, () => rowName(row)),
      sign: 1 as const,
    }));
    const count = terms.length;
    return {
      rule: 'requests.resultsSum',
      severity: 'error',
      scope: () => columnScope(column),
      checked: requestCell(current, rows.resultsTotal, column, () => rowName(rows.resultsTotal)),
      terms,
      summary: inEach((checks, key) => checks.rowsUnder(count, textIn(quote(results.label), key))),
    };
  });
};

/** 总计 = 自然人 + the five 法人或其他组织 columns, per row. */
const rowTotal: RuleRun = ({current}) =>
  requestRows(current.report).all.map((row) => {
    const cell = (column: HeaderNode[]) => requestCell(current, row, column, () => quote(last(column)!.label));
    return {
      rule: 'requests.rowTotal',
      severity: 'error',
      scope: () => rowScope(row),
      checked: cell(APPLICANT_TOTAL_COLUMN),
      terms: APPLICANT_PART_COLUMNS.map((column) => ({cell: cell(column), sign: 1 as const})),
    };
  });

/** Table 四 has one row, which adds nothing to a path. */
const APPEALS_ROW: readonly HeaderNode[] = [];
const APPEAL_CHAINS = leafChains(APPEAL_COLUMNS);
const APPEAL_GROUPS = [...new Set(APPEAL_CHAINS.map((chain) => secondToLast(chain)!))].map((group) =>
  APPEAL_CHAINS.filter((chain) => secondToLast(chain) === group),
);

/** 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结, for each group of table 四. */
const appealsTotal: RuleRun = ({current}) => {
  return APPEAL_GROUPS.map((inGroup) => {
    const cell = (column: HeaderNode[]) =>
      readCell(current, chainCell('appeals', APPEALS_ROW, column), () => quote(last(column)!.label));
    return {
      rule: 'appeals.total',
      severity: 'error',
      scope: () => tableScope('appeals', joinLabels(inGroup[0]!.slice(0, -1).map((node) => node.label))),
      checked: cell(inGroup.find((chain) => !isPart(lastKey(chain), OUTCOME_PARTS))!),
      terms: inGroup
        .filter((chain) => isPart(lastKey(chain), OUTCOME_PARTS))
        .map((column) => ({cell: cell(column), sign: 1})),
    };
  });
};

const lastYears = (name: Message): Message => inEach((checks, key) => checks.lastYears(textIn(name, key)));

/** This year's 二 = last year's 四, per column. */
const carryOver: RuleRun = ({current, previous}) => {
  if (!previous) return [];
  const rows = requestRows(current.report);
  const lastRows = requestRows(previous.report);
  return COLUMN_CHAINS.map((column) => ({
    rule: 'requests.carryOver',
    severity: 'error',
    scope: () => columnScope(column),
    checked: requestCell(current, rows.carriedOver, column, () => rowName(rows.carriedOver)),
    terms: [
      {
        cell: requestCell(previous, lastRows.carriedForward, column, () => lastYears(rowName(lastRows.carriedForward))),
        sign: 1,
      },
    ],
  }));
};

/**
 * 现行有效 = last year's 现行有效 + 制发 − 废止, for 规章 and 行政规范性文件. Only a warning: documents
 * can also lapse or be transferred without a 废止 in the year.
 */
const inForce: RuleRun = ({current, previous}) => {
  if (!previous) return [];
  const block = PROACTIVE_BLOCKS.find((candidate) => candidate.columns.some((column) => column.key === 'inForce'))!;
  const column = (key: 'issued' | 'repealed' | 'inForce') => block.columns.find((c) => c.key === key)!;
  return block.rows.map((row) => {
    const cell = (source: Source, key: 'issued' | 'repealed' | 'inForce', name = () => quote(column(key).label)) =>
      readCell(source, cellRef(['proactive', row.key, key]), name);
    return {
      rule: 'proactive.inForce',
      severity: 'warning',
      scope: () => tableScope('proactive', quote(row.label)),
      checked: cell(current, 'inForce'),
      terms: [
        {cell: cell(previous, 'inForce', () => lastYears(quote(column('inForce').label))), sign: 1},
        {cell: cell(current, 'issued'), sign: 1},
        {cell: cell(current, 'repealed'), sign: -1},
      ],
    };
  });
};

export interface Rule {
  id: RuleId;
  /** True when the rule needs last year's report (`CheckOptions.previous`). */
  needsPrevious: boolean;
  run: RuleRun;
}

/** Every rule, in the order findings are reported. */
export const RULES: readonly Rule[] = [
  {
    id: 'requests.balance',
    needsPrevious: false,
    run: balance,
  },
  {
    id: 'requests.resultsSum',
    needsPrevious: false,
    run: resultsSum,
  },
  {
    id: 'requests.rowTotal',
    needsPrevious: false,
    run: rowTotal,
  },
  {
    id: 'appeals.total',
    needsPrevious: false,
    run: appealsTotal,
  },
  {
    id: 'requests.carryOver',
    needsPrevious: true,
    run: carryOver,
  },
  {
    id: 'proactive.inForce',
    needsPrevious: true,
    run: inForce,
  },
];

/**
 * Run every rule. Returns the violations and the incomplete notes; equations that hold are not
 * reported. Never throws: a report whose shape is broken gives incomplete notes.
 */
export function checkReport(report: DisclosureReport, options: CheckOptions = {}): Finding[] {
  const context: Context = {
    current: {report, invalid: options.invalid, prefix: ''},
    ...(options.previous
      ? {previous: {report: options.previous, invalid: options.previousInvalid, prefix: PREVIOUS_PREFIX}}
      : {}),
  };
  return RULES.flatMap((rule) => rule.run(context).flatMap((equation) => evaluate(equation) ?? []));
}
