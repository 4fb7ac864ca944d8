/**
 * The 2021 annual-report format (国办公开办函〔2021〕30号) as data.
 *
 * This module is the only place where the format's sections, table structure and labels exist.
 * Renderers, arithmetic checks, the validator, the JSON Schema, stories and docs all read it.
 *
 * Chinese labels are spelled exactly as the official Word template prints them (full-width
 * brackets around （一）…（七）, ASCII "1." numbering, curly quotes in “三安全一稳定”). English
 * labels follow docs/glossary.md; almost all are our own renderings, as no official English
 * version of the format exists.
 */
import type {AppealsTable, ApplicantKey, OutcomeKey, ProactiveTable, RequestResults, SectionId} from './types.js';

/** A fixed text of the format in both languages. */
export interface Label {
  readonly zh: string;
  readonly en: string;
}

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
export const SECTIONS: readonly SectionFormat[] = [
  {id: 'overview', heading: {zh: '一、总体情况', en: 'I. Overview'}, kind: 'narrative'},
  {
    id: 'proactive',
    heading: {zh: '二、主动公开政府信息情况', en: 'II. Proactive Disclosure of Government Information'},
    kind: 'table',
  },
  {
    id: 'requests',
    heading: {
      zh: '三、收到和处理政府信息公开申请情况',
      en: 'III. Receipt and Handling of Applications for Government Information Disclosure',
    },
    kind: 'table',
  },
  {
    id: 'appeals',
    heading: {
      zh: '四、政府信息公开行政复议、行政诉讼情况',
      en: 'IV. Administrative Reconsideration and Administrative Litigation Concerning Government Information Disclosure',
    },
    kind: 'table',
  },
  {
    id: 'problems',
    heading: {zh: '五、存在的主要问题及改进情况', en: 'V. Main Problems and Improvements'},
    kind: 'narrative',
  },
  {id: 'otherMatters', heading: {zh: '六、其他需要报告的事项', en: 'VI. Other Matters to Report'}, kind: 'narrative'},
];

export function sectionFormat(id: SectionId): SectionFormat {
  return SECTIONS.find((section) => section.id === id)!;
}

/** The five sub-heads of 一、总体情况 that almost every report uses (wording varies per report). */
export const OVERVIEW_PARTS: readonly Label[] = [
  {zh: '（一）主动公开', en: '(1) Proactive disclosure'},
  {zh: '（二）依申请公开', en: '(2) Disclosure upon application'},
  {zh: '（三）政府信息管理', en: '(3) Management of government information'},
  {zh: '（四）政府信息公开平台建设', en: '(4) Development of disclosure platforms'},
  {zh: '（五）监督保障', en: '(5) Oversight and safeguards'},
];

/** Texts of the report as a whole. */
export const REPORT_LABELS = {
  /** Title pattern 「<机关名称><年份>年政府信息公开工作年度报告」, used when a report gives no title. */
  titleSuffix: {zh: '年政府信息公开工作年度报告', en: 'Annual Report on Government Information Disclosure'},
} as const;

// ---------------------------------------------------------------------------------------------
// Table 二: four stacked blocks keyed to Article 20 items (一)(五)(六)(八)

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
    readonly key: Exclude<keyof ProactiveTable, 'notes'>;
    readonly label: Label;
  }[];
  /** Money, not a count: a decimal is allowed. */
  readonly decimal?: boolean;
}

const CONTENT_HEADER: Label = {zh: '信息内容', en: 'Information category'};
const DECISIONS_COLUMN = {id: 'decisions', label: {zh: '本年处理决定数量', en: 'Decisions made this year'}} as const;

export const PROACTIVE_BLOCKS: readonly ProactiveBlock[] = [
  {
    id: 'item1',
    label: {zh: '第二十条第（一）项', en: 'Article 20, item (1)'},
    contentHeader: CONTENT_HEADER,
    columns: [
      {id: 'issued', key: 'issued', label: {zh: '本年制发件数', en: 'Issued this year'}},
      {id: 'repealed', key: 'repealed', label: {zh: '本年废止件数', en: 'Repealed this year'}},
      {id: 'inForce', key: 'inForce', label: {zh: '现行有效件数', en: 'Currently in force'}},
    ],
    rows: [
      {id: 'rules', key: 'rules', label: {zh: '规章', en: 'Government rules'}},
      {
        id: 'normativeDocuments',
        key: 'normativeDocuments',
        label: {zh: '行政规范性文件', en: 'Administrative normative documents'},
      },
    ],
  },
  {
    id: 'item5',
    label: {zh: '第二十条第（五）项', en: 'Article 20, item (5)'},
    contentHeader: CONTENT_HEADER,
    columns: [DECISIONS_COLUMN],
    rows: [{id: 'licensing', key: 'licensing', label: {zh: '行政许可', en: 'Administrative licensing'}}],
  },
  {
    id: 'item6',
    label: {zh: '第二十条第（六）项', en: 'Article 20, item (6)'},
    contentHeader: CONTENT_HEADER,
    columns: [DECISIONS_COLUMN],
    rows: [
      {id: 'penalties', key: 'penalties', label: {zh: '行政处罚', en: 'Administrative penalties'}},
      {id: 'coercion', key: 'coercion', label: {zh: '行政强制', en: 'Administrative coercive measures'}},
    ],
  },
  {
    id: 'item8',
    label: {zh: '第二十条第（八）项', en: 'Article 20, item (8)'},
    contentHeader: CONTENT_HEADER,
    columns: [
      {id: 'amount', label: {zh: '本年收费金额（单位：万元）', en: 'Fees collected this year (unit: 10,000 yuan)'}},
    ],
    rows: [{id: 'fees', key: 'fees', label: {zh: '行政事业性收费', en: 'Administrative and institutional fees'}}],
    decimal: true,
  },
];

// ---------------------------------------------------------------------------------------------
// Table 三: applicants (7 columns) × handling (25 rows)

type KeyedNode<K extends string> = HeaderNode & {readonly key: K};

const applicantColumn = (key: ApplicantKey, zh: string, en: string): KeyedNode<ApplicantKey> => ({
  id: key,
  key,
  label: {zh, en},
});

/** Column tree of table 三: 申请人情况 › 自然人 | 法人或其他组织 › five kinds | 总计. */
export const REQUEST_COLUMNS: readonly HeaderNode[] = [
  {
    id: 'applicants',
    label: {zh: '申请人情况', en: 'Applicants'},
    children: [
      applicantColumn('naturalPerson', '自然人', 'Natural persons'),
      {
        id: 'legalPersons',
        label: {zh: '法人或其他组织', en: 'Legal persons or other organizations'},
        children: [
          applicantColumn('commercial', '商业企业', 'Commercial enterprises'),
          applicantColumn('research', '科研机构', 'Research institutions'),
          applicantColumn('publicInterest', '社会公益组织', 'Public-interest organizations'),
          applicantColumn('legalService', '法律服务机构', 'Legal service providers'),
          applicantColumn('other', '其他', 'Others'),
        ],
      },
      applicantColumn('total', '总计', 'Total'),
    ],
  },
];

/** The applicant columns whose sum is 总计 (`requests.rowTotal`). */
export const APPLICANT_PARTS: readonly Exclude<ApplicantKey, 'total'>[] = [
  'naturalPerson',
  'commercial',
  'research',
  'publicInterest',
  'legalService',
  'other',
];

type ResultGroupKey = keyof RequestResults;

/**
 * A row of table 三. Its id is its key after the keys of the rows above it
 * (`results.withheld.stateSecret`), so neither is written twice.
 */
const row = (key: string, zh: string, en: string, children?: readonly HeaderNode[]): HeaderNode => ({
  id: key,
  key,
  label: {zh, en},
  ...(children ? {children: children.map((child) => prefixed(key, child))} : {}),
});
/** The node and its descendants with `prefix.` before their ids. */
const prefixed = (prefix: string, node: HeaderNode): HeaderNode => ({
  ...node,
  id: `${prefix}.${node.id}`,
  ...(node.children ? {children: node.children.map((child) => prefixed(prefix, child))} : {}),
});

/** A row group of 三、本年度办理结果, whose key must be one of `RequestResults`. */
const resultRow: (key: ResultGroupKey, zh: string, en: string, children?: readonly HeaderNode[]) => HeaderNode = row;

/** Row tree of table 三. Every node's `key` is one level of `requests` in the JSON. */
export const REQUEST_ROWS: readonly HeaderNode[] = [
  row('newReceived', '一、本年新收政府信息公开申请数量', '1. New applications received this year'),
  row('carriedOver', '二、上年结转政府信息公开申请数量', '2. Applications carried over from last year'),
  row('results', '三、本年度办理结果', '3. Outcomes this year', [
    resultRow('disclosed', '（一）予以公开', '(1) Disclosed'),
    resultRow(
      'partiallyDisclosed',
      '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
      '(2) Partially disclosed (applications handled by separating disclosable parts are counted here only)',
    ),
    resultRow('withheld', '（三）不予公开', '(3) Withheld', [
      row('stateSecret', '1.属于国家秘密', '1. State secrets'),
      row(
        'lawProhibited',
        '2.其他法律行政法规禁止公开',
        '2. Disclosure prohibited by other laws or administrative regulations',
      ),
      row(
        'securityStability',
        '3.危及“三安全一稳定”',
        '3. Would endanger the "three securities and one stability" (national, public and economic security; social stability)',
      ),
      row('thirdParty', '4.保护第三方合法权益', "4. Protection of third parties' lawful rights and interests"),
      row(
        'internalAffairs',
        '5.属于三类内部事务信息',
        '5. Internal-affairs information (personnel, logistics, internal workflow)',
      ),
      row(
        'processInfo',
        '6.属于四类过程性信息',
        '6. Process information (discussion records, drafts, consultation letters, requests for instructions)',
      ),
      row('enforcementFile', '7.属于行政执法案卷', '7. Administrative law-enforcement case files'),
      row('administrativeQuery', '8.属于行政查询事项', '8. Matters subject to administrative inquiry procedures'),
    ]),
    resultRow('unableToProvide', '（四）无法提供', '(4) Unable to provide', [
      row('notHeld', '1.本机关不掌握相关政府信息', '1. Information not held by this agency'),
      row('needsCreation', '2.没有现成信息需要另行制作', '2. No existing information; would have to be newly created'),
      row('unclearAfterCorrection', '3.补正后申请内容仍不明确', '3. Request still unclear after correction'),
    ]),
    resultRow('notProcessed', '（五）不予处理', '(5) Not processed', [
      row('petition', '1.信访举报投诉类申请', '1. Petitions, reports or complaints filed as applications'),
      row('duplicate', '2.重复申请', '2. Repeated applications'),
      row('publication', '3.要求提供公开出版物', '3. Requests for published materials'),
      row(
        'massiveRepeated',
        '4.无正当理由大量反复申请',
        '4. Large numbers of repeated applications without justification',
      ),
      row(
        'confirmOrReissue',
        '5.要求行政机关确认或重新出具已获取信息',
        '5. Requests to confirm or re-issue information already obtained',
      ),
    ]),
    {
      ...resultRow('other', '（六）其他处理', '(6) Other handling', [
        row(
          'noCorrection',
          '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
          '1. Applicant failed without justification to correct the application in time; processing ended',
        ),
        row(
          'unpaidFee',
          '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
          '2. Applicant did not pay the fee by the notified deadline; processing ended',
        ),
        row('other', '3.其他', '3. Other'),
      ]),
      mayBeUndivided: true,
    },
    resultRow('total', '（七）总计', '(7) Total'),
  ]),
  row('carriedForward', '四、结转下年度继续办理', '4. Carried forward to next year'),
];

/**
 * The corner note of table 三. It is a rule of the table, not a header: renderers must not make
 * it a `<th>` (it describes no cells as a header would).
 */
export const REQUESTS_CORNER_NOTE: Label = {
  zh: '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
  en: '(Check for every column: item 1 + item 2 = item 3 + item 4)',
};

// ---------------------------------------------------------------------------------------------
// Table 四: reconsideration and litigation (15 columns, one data row)

type AppealGroupKey = Exclude<keyof AppealsTable, 'notes'>;

const OUTCOME_LABELS: readonly {readonly key: OutcomeKey; readonly label: Label}[] = [
  {key: 'upheld', label: {zh: '结果维持', en: 'Upheld'}},
  {key: 'corrected', label: {zh: '结果纠正', en: 'Corrected'}},
  {key: 'other', label: {zh: '其他结果', en: 'Other outcomes'}},
  {key: 'pending', label: {zh: '尚未审结', en: 'Pending'}},
  {key: 'total', label: {zh: '总计', en: 'Total'}},
];

const outcomeGroup = (key: AppealGroupKey, zh: string, en: string): HeaderNode => ({
  id: key,
  key,
  label: {zh, en},
  children: OUTCOME_LABELS.map(({key: outcome, label}) => ({id: `${key}.${outcome}`, key: outcome, label})),
});

/** Column tree of table 四: 行政复议 › five outcomes | 行政诉讼 › two groups › five outcomes each. */
export const APPEAL_COLUMNS: readonly HeaderNode[] = [
  outcomeGroup('reconsideration', '行政复议', 'Administrative reconsideration'),
  {
    id: 'litigation',
    label: {zh: '行政诉讼', en: 'Administrative litigation'},
    children: [
      outcomeGroup('litigationDirect', '未经复议直接起诉', 'Suits filed directly (without reconsideration)'),
      outcomeGroup('litigationAfterReconsideration', '复议后起诉', 'Suits filed after reconsideration'),
    ],
  },
];

/** The outcomes whose sum is 总计 in each appeal group (`appeals.total`). */
export const OUTCOME_PARTS: readonly Exclude<OutcomeKey, 'total'>[] = ['upheld', 'corrected', 'other', 'pending'];

// ---------------------------------------------------------------------------------------------
// Units and captions

export const TABLE_UNITS = {
  proactive: {zh: '单位：件（收费金额单位：万元）', en: 'Unit: items (fees: 10,000 yuan)'},
  requests: {zh: '单位：件', en: 'Unit: applications'},
  appeals: {zh: '单位：件', en: 'Unit: cases'},
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
export const APPEALS_TRANSPOSED_VALUE: Label = {zh: '数量', en: 'Number of cases'};
