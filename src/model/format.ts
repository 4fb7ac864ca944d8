/**
 * The 2021 annual-report format (国办公开办函〔2021〕30号) as data.
 *
 * This module is the only place where the format's sections, table structure and labels exist.
 * Renderers, arithmetic checks, the validator, the JSON Schema, stories and docs all read it.
 *
 * It holds structure and ids only: every label is `text(id)`, its words are in the locales'
 * catalogs (src/model/texts/zh.ts, en.ts), whose keys are `FormatTextId`, made from the trees below
 * (a row added to a tree is a text every catalog must then have). Chinese labels are spelled
 * exactly as the official Word template prints them (full-width brackets around （一）…（七）,
 * ASCII "1." numbering, curly quotes in “三安全一稳定”). English labels follow docs/glossary.md;
 * almost all are our own renderings, as no official English version of the format exists.
 */
import {text, type Label} from './texts/labels.js';
import type {
  AppealsTable,
  ApplicantKey,
  OutcomeKey,
  ProactiveTable,
  RequestResults,
  SectionId,
  TableId,
} from './types.js';

export type {Label};

/**
 * One header of a table: a column or a row, possibly grouping others.
 *
 * `id` is stable and unique within its table (element ids, finding paths and tests use it).
 * `key` is the JSON property this node stands for; a node without `key` only groups visually
 * (法人或其他组织 groups five applicant columns but is not a level of the JSON).
 */
export interface HeaderNode {
  readonly id: string;
  readonly key?: string;
  readonly label: Label;
  readonly children?: readonly HeaderNode[];
  /**
   * Real reports sometimes print this group as one undivided row (the 2019 layout of
   * （六）其他处理); the JSON may then hold one row of numbers in place of the children.
   */
  readonly mayBeUndivided?: boolean;
}

// ---------------------------------------------------------------------------------------------
// Sections

export interface SectionFormat {
  readonly id: SectionId;
  readonly heading: Label;
  /** Narrative sections hold text; table sections hold one of the three tables. */
  readonly kind: 'narrative' | 'table';
}

/** The six sections in official order. */
export const SECTIONS: readonly SectionFormat[] = (
  [
    ['overview', 'narrative'],
    ['proactive', 'table'],
    ['requests', 'table'],
    ['appeals', 'table'],
    ['problems', 'narrative'],
    ['otherMatters', 'narrative'],
  ] as const
).map(([id, kind]) => ({id, heading: text(`section.${id}`), kind}));

export function sectionFormat(id: SectionId): SectionFormat {
  return SECTIONS.find((section) => section.id === id)!;
}

const OVERVIEW_PART_NUMBERS = [1, 2, 3, 4, 5] as const;

/** The five sub-heads of 一、总体情况 that almost every report uses (wording varies per report). */
export const OVERVIEW_PARTS: readonly Label[] = OVERVIEW_PART_NUMBERS.map((part) => text(`overview.part${part}`));

/** Texts of the report as a whole. */
export const REPORT_LABELS = {
  /** Title pattern 「<机关名称><年份>年政府信息公开工作年度报告」, used when a report gives no title. */
  titleSuffix: text('report.titleSuffix'),
} as const;

// ---------------------------------------------------------------------------------------------
// Table 二: four stacked blocks keyed to Article 20 items (一)(五)(六)(八)

/** The blocks of table 二 by the item of Article 20 they report, its rows and its columns. */
type ProactiveItem = 'item1' | 'item5' | 'item6' | 'item8';
type ProactiveRowKey = Exclude<keyof ProactiveTable, 'notes'>;
type ProactiveColumnId = keyof ProactiveTable['rules'] | 'decisions' | 'amount';

/** One block of table 二: a title row, a header row, and one or more data rows. */
export interface ProactiveBlock {
  readonly id: string;
  /** 第二十条第（一）项 … printed across the whole table. */
  readonly label: Label;
  /** 信息内容: the header over the row labels. */
  readonly contentHeader: Label;
  /**
   * The block's data columns. A column without `key` means the row's value is the cell itself
   * (`proactive.licensing`), not an object of columns (`proactive.rules.issued`).
   */
  readonly columns: readonly {
    readonly id: string;
    readonly key?: keyof ProactiveTable['rules'];
    readonly label: Label;
  }[];
  readonly rows: readonly {
    readonly id: string;
    readonly key: ProactiveRowKey;
    readonly label: Label;
  }[];
  /** Money, not a count: a decimal is allowed. */
  readonly decimal?: boolean;
}

const CONTENT_HEADER = text('proactive.contentHeader');
const column = <K extends keyof ProactiveTable['rules']>(
  id: Exclude<ProactiveColumnId, keyof ProactiveTable['rules']> | K,
  key?: K,
) => ({
  id,
  ...(key ? {key} : {}),
  label: text(`proactive.column.${id}`),
});
const proactiveRow = (key: ProactiveRowKey) => ({
  id: key,
  key,
  label: text(`proactive.row.${key}`),
});
const DECISIONS_COLUMN = column('decisions');

export const PROACTIVE_BLOCKS: readonly ProactiveBlock[] = [
  {
    id: 'item1',
    label: text('proactive.item1'),
    contentHeader: CONTENT_HEADER,
    columns: [column('issued', 'issued'), column('repealed', 'repealed'), column('inForce', 'inForce')],
    rows: [proactiveRow('rules'), proactiveRow('normativeDocuments')],
  },
  {
    id: 'item5',
    label: text('proactive.item5'),
    contentHeader: CONTENT_HEADER,
    columns: [DECISIONS_COLUMN],
    rows: [proactiveRow('licensing')],
  },
  {
    id: 'item6',
    label: text('proactive.item6'),
    contentHeader: CONTENT_HEADER,
    columns: [DECISIONS_COLUMN],
    rows: [proactiveRow('penalties'), proactiveRow('coercion')],
  },
  {
    id: 'item8',
    label: text('proactive.item8'),
    contentHeader: CONTENT_HEADER,
    columns: [column('amount')],
    rows: [proactiveRow('fees')],
    decimal: true,
  },
];

// ---------------------------------------------------------------------------------------------
// Table 三: applicants (7 columns) × handling (25 rows)

type KeyedNode<K extends string> = HeaderNode & {readonly key: K};

const applicantColumn = (key: ApplicantKey): KeyedNode<ApplicantKey> => ({
  id: key,
  key,
  label: text(`requests.column.${key}`),
});

const NATURAL_PERSON = 'naturalPerson';
/** The five kinds of 法人或其他组织, in the format's order. */
const LEGAL_PERSON_KINDS = ['commercial', 'research', 'publicInterest', 'legalService', 'other'] as const;

/** The applicant columns whose sum is 总计 (`requests.rowTotal`); with 总计 they are `ApplicantKey`. */
export const APPLICANT_PARTS = [NATURAL_PERSON, ...LEGAL_PERSON_KINDS] as const;

/** Column tree of table 三: 申请人情况 › 自然人 | 法人或其他组织 › five kinds | 总计. */
export const REQUEST_COLUMNS: readonly HeaderNode[] = [
  {
    id: 'applicants',
    label: text('requests.column.applicants'),
    children: [
      applicantColumn(NATURAL_PERSON),
      {
        id: 'legalPersons',
        label: text('requests.column.legalPersons'),
        children: LEGAL_PERSON_KINDS.map(applicantColumn),
      },
      applicantColumn('total'),
    ],
  },
];

/** Rows of table 三 by key, each holding the rows under it (`null`: none), in reading order. */
type RowTree = {readonly [key: string]: RowTree | null};

/**
 * The rows of table 三. Each key is one level of `requests` in the JSON, and its row's id is its key
 * after the keys of the rows above it (`results.withheld.stateSecret`); its label is the text
 * `requests.row.<id>`. The report's types (types.ts) and the catalogs' ids are made from this tree,
 * so a row added here is a row of the JSON, of the schema and of every catalog.
 */
const REQUEST_ROW_TREE = {
  newReceived: null,
  carriedOver: null,
  results: {
    disclosed: null,
    partiallyDisclosed: null,
    withheld: {
      stateSecret: null,
      lawProhibited: null,
      securityStability: null,
      thirdParty: null,
      internalAffairs: null,
      processInfo: null,
      enforcementFile: null,
      administrativeQuery: null,
    },
    unableToProvide: {notHeld: null, needsCreation: null, unclearAfterCorrection: null},
    notProcessed: {petition: null, duplicate: null, publication: null, massiveRepeated: null, confirmOrReissue: null},
    other: {noCorrection: null, unpaidFee: null, other: null},
    total: null,
  } satisfies Record<keyof RequestResults, RowTree | null>,
  carriedForward: null,
} as const satisfies RowTree;

/**
 * Rows that real reports sometimes print as one undivided row (the 2019 layout of （六）其他处理);
 * the JSON may then hold one row of numbers in place of the rows under it.
 */
const MAY_BE_UNDIVIDED: ReadonlySet<string> = new Set<RequestRowId>(['results.other']);

type ResultRowTree = (typeof REQUEST_ROW_TREE)['results'];

/** The keys of the rows under a group of 三、本年度办理结果 (`'withheld'`: `'stateSecret' | …`). */
export type RowsUnder<Group extends keyof ResultRowTree> = keyof ResultRowTree[Group] & string;

/** Every row id of a row tree: each key, after the keys above it. */
type RowIds<Tree, Prefix extends string = ''> = {
  [Key in keyof Tree & string]: `${Prefix}${Key}` | RowIds<Tree[Key], `${Prefix}${Key}.`>;
}[keyof Tree & string];
type RequestRowId = RowIds<typeof REQUEST_ROW_TREE>;

const requestRows = (tree: RowTree, prefix = ''): HeaderNode[] =>
  Object.entries(tree).map(([key, under]) => {
    const id = prefix + key;
    return {
      id,
      key,
      label: text(`requests.row.${id}` as FormatTextId),
      ...(under ? {children: requestRows(under, `${id}.`)} : {}),
      ...(MAY_BE_UNDIVIDED.has(id) ? {mayBeUndivided: true} : {}),
    };
  });

/** Row tree of table 三. Every node's `key` is one level of `requests` in the JSON. */
export const REQUEST_ROWS: readonly HeaderNode[] = requestRows(REQUEST_ROW_TREE);

/**
 * The corner note of table 三. It is a rule of the table, not a header: renderers must not make
 * it a `<th>` (it describes no cells as a header would).
 */
export const REQUESTS_CORNER_NOTE: Label = text('requests.cornerNote');

// ---------------------------------------------------------------------------------------------
// Table 四: reconsideration and litigation (15 columns, one data row)

type AppealGroupKey = Exclude<keyof AppealsTable, 'notes'>;

/** The outcomes whose sum is 总计 in each appeal group (`appeals.total`); with 总计 they are `OutcomeKey`. */
export const OUTCOME_PARTS = ['upheld', 'corrected', 'other', 'pending'] as const;
const OUTCOMES: readonly OutcomeKey[] = [...OUTCOME_PARTS, 'total'];

const outcomeGroup = (key: AppealGroupKey): HeaderNode => ({
  id: key,
  key,
  label: text(`appeals.column.${key}`),
  children: OUTCOMES.map((outcome) => ({
    id: `${key}.${outcome}`,
    key: outcome,
    label: text(`appeals.outcome.${outcome}`),
  })),
});

/** Column tree of table 四: 行政复议 › five outcomes | 行政诉讼 › two groups › five outcomes each. */
export const APPEAL_COLUMNS: readonly HeaderNode[] = [
  outcomeGroup('reconsideration'),
  {
    id: 'litigation',
    label: text('appeals.column.litigation'),
    children: [outcomeGroup('litigationDirect'), outcomeGroup('litigationAfterReconsideration')],
  },
];

// ---------------------------------------------------------------------------------------------
// Units and captions

export const TABLE_UNITS = {
  proactive: text('unit.proactive'),
  requests: text('unit.requests'),
  appeals: text('unit.appeals'),
} as const satisfies Record<'proactive' | 'requests' | 'appeals', Label>;

// ---------------------------------------------------------------------------------------------
// Walking the trees

/** The leaves of a header tree, in reading order. */
export function leaves(nodes: readonly HeaderNode[]): HeaderNode[] {
  return nodes.flatMap((node) => (node.children ? leaves(node.children) : [node]));
}

/** Each leaf with the chain of its ancestors (root first, the leaf itself last). */
export function leafChains(nodes: readonly HeaderNode[], ancestors: readonly HeaderNode[] = []): HeaderNode[][] {
  return nodes.flatMap((node) => {
    const chain = [...ancestors, node];
    return node.children ? leafChains(node.children, chain) : [chain];
  });
}

/** The JSON keys a chain of headers stands for (grouping-only nodes contribute nothing). */
export function keysOf(chain: readonly HeaderNode[]): string[] {
  return chain.flatMap((node) => (node.key === undefined ? [] : [node.key]));
}

/** Depth of a header tree (a flat list is 1). */
export function depth(nodes: readonly HeaderNode[]): number {
  return Math.max(0, ...nodes.map((node) => 1 + (node.children ? depth(node.children) : 0)));
}

/** The `requests.results` row groups, in order, for checks and renderers. */
export const RESULT_ROWS: HeaderNode = REQUEST_ROWS.find((node) => node.key === 'results')!;

/**
 * Header of the single data column when table 四 is shown transposed (15 rows, one column) on
 * narrow screens. The printed format has no such header because its data row has none.
 */
export const APPEALS_TRANSPOSED_VALUE: Label = text('appeals.transposedValue');

// ---------------------------------------------------------------------------------------------
// The texts' ids

/**
 * The id of every fixed text of the format: the keys of each locale's catalog (`FormatTexts`),
 * made from the trees above, so a row added to a tree is a text a catalog without it fails to
 * compile for, and `text()` takes no id the format does not have.
 */
export type FormatTextId =
  | `section.${SectionId}`
  | `overview.part${(typeof OVERVIEW_PART_NUMBERS)[number]}`
  | 'report.titleSuffix'
  | `proactive.${ProactiveItem | 'contentHeader'}`
  | `proactive.column.${ProactiveColumnId}`
  | `proactive.row.${ProactiveRowKey}`
  | `requests.column.${ApplicantKey | 'applicants' | 'legalPersons'}`
  | `requests.row.${RequestRowId}`
  | 'requests.cornerNote'
  | `appeals.column.${AppealGroupKey | 'litigation'}`
  | `appeals.outcome.${OutcomeKey}`
  | 'appeals.transposedValue'
  | `unit.${TableId}`;

/** A locale's wording of every fixed text of the format. */
export type FormatTexts = Readonly<Record<FormatTextId, string>>;
