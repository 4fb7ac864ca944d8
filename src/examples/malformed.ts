/**
 * Malformed report files, as data: each is the JSON text a portal might receive, the one issue
 * it must produce, and a cell that must keep its number despite the damage. Tests run them
 * through parseReport() and the JSON Schema; stories and fuzzing may start from them.
 *
 * Most are the 淮安 2024 report with one thing broken, written as text because some breakage
 * (1e400, a "__proto__" key) only exists in JSON text, not in a JavaScript object literal.
 */
import type {IssueCode} from '../model/validate.js';
import type {Message} from '../model/types.js';
import {huaian2024} from './huaian-2024.js';

export interface MalformedCase {
  id: string;
  label: Message;
  /** The file's content. */
  text: string;
  /** The issue the validator must report (among possibly others). */
  expected: {path: string; code: IssueCode};
  /** False when the issue is an error; unknown fields and dropped prototype keys do not invalidate. */
  valid: boolean;
  /** A cell path whose published number survives in the repaired report; absent when there is no report. */
  intact?: string;
}

type Json = Record<string, unknown>;

/** The 淮安 report as a plain object, changed by `edit`, as JSON text. */
function broken(edit: (report: Json) => void): string {
  const report = structuredClone(huaian2024) as unknown as Json;
  edit(report);
  return JSON.stringify(report, null, 2);
}

const at = (report: Json, ...keys: string[]): Json => keys.reduce((object, key) => object[key] as Json, report);

/** A JSON number that JavaScript cannot hold: JSON.parse turns it into Infinity. */
const TOO_BIG = '__1e400__';

/** JSON.stringify writes an own "__proto__" key as any other key; JSON.parse reads it back as one. */
function ownKey(object: Json, key: string, value: unknown): void {
  Object.defineProperty(object, key, {value, enumerable: true, configurable: true, writable: true});
}

export const malformedCases: readonly MalformedCase[] = [
  {
    id: 'not-json',
    label: {zh: '不是 JSON（文件被截断）', en: 'Not JSON (a truncated file)'},
    text: broken(() => {}).slice(0, 200),
    expected: {path: '', code: 'not-json'},
    valid: false,
  },
  {
    id: 'json-array',
    label: {zh: 'JSON 列表而非对象', en: 'A JSON array instead of an object'},
    text: `[${broken(() => {})}]`,
    expected: {path: '', code: 'not-object'},
    valid: false,
  },
  {
    id: 'missing-table',
    label: {zh: '缺少表三', en: 'Table III missing'},
    text: broken((report) => delete report.requests),
    expected: {path: 'requests', code: 'missing'},
    valid: false,
    intact: 'appeals.reconsideration.upheld',
  },
  {
    id: 'count-as-string',
    label: {zh: '数字写成文本 "12"', en: 'A count written as the text "12"'},
    text: broken((report) => (at(report, 'requests', 'newReceived').total = '12')),
    expected: {path: 'requests.newReceived.total', code: 'wrong-type'},
    valid: false,
    intact: 'requests.newReceived.naturalPerson',
  },
  {
    id: 'negative-count',
    label: {zh: '负数 -1', en: 'A negative count, -1'},
    text: broken((report) => (at(report, 'requests', 'carriedOver').naturalPerson = -1)),
    expected: {path: 'requests.carriedOver.naturalPerson', code: 'negative'},
    valid: false,
    intact: 'requests.carriedOver.total',
  },
  {
    id: 'fractional-count',
    label: {zh: '小数 1.5 作为件数', en: 'A fraction, 1.5, as a count'},
    text: broken((report) => (at(report, 'appeals', 'reconsideration').upheld = 1.5)),
    expected: {path: 'appeals.reconsideration.upheld', code: 'not-integer'},
    valid: false,
    intact: 'appeals.reconsideration.corrected',
  },
  {
    id: 'overflowing-count',
    label: {zh: '超出范围的数 1e400', en: 'A number out of range, 1e400'},
    text: broken((report) => (at(report, 'proactive').licensing = TOO_BIG)).replace(`"${TOO_BIG}"`, '1e400'),
    expected: {path: 'proactive.licensing', code: 'out-of-range'},
    valid: false,
    intact: 'proactive.penalties',
  },
  {
    id: 'huge-string',
    label: {zh: '超长段落（3 万字）', en: 'An oversized paragraph (30,000 characters)'},
    text: broken((report) => (report.problems = {paragraphs: ['正常的一段。', '长'.repeat(30_000)]})),
    expected: {path: 'problems.paragraphs[1]', code: 'too-large'},
    valid: false,
    intact: 'requests.results.total.total',
  },
  {
    id: 'proto-key',
    label: {zh: '"__proto__" 键', en: 'A "__proto__" key'},
    text: broken((report) => ownKey(at(report, 'requests', 'newReceived'), '__proto__', {polluted: 'yes', total: 999})),
    expected: {path: 'requests.newReceived.__proto__', code: 'forbidden-key'},
    valid: true,
    intact: 'requests.newReceived.total',
  },
  {
    id: 'constructor-key',
    label: {zh: '"constructor" 键', en: 'A "constructor" key'},
    text: broken((report) => ownKey(report, 'constructor', {prototype: {polluted: 'yes'}})),
    expected: {path: 'constructor', code: 'forbidden-key'},
    valid: true,
    intact: 'proactive.licensing',
  },
  {
    id: 'unknown-field',
    label: {zh: '未知字段（保留）', en: 'An unknown field (kept)'},
    text: broken((report) => (at(report, 'appeals').reviewedBy = '办公室')),
    expected: {path: 'appeals.reviewedBy', code: 'unknown-field'},
    valid: true,
    intact: 'appeals.litigationDirect.total',
  },
  {
    id: 'schema-version',
    label: {zh: '错误的 schemaVersion', en: 'A wrong schemaVersion'},
    text: broken((report) => (report.schemaVersion = 2)),
    expected: {path: 'schemaVersion', code: 'schema-version'},
    valid: false,
    intact: 'requests.newReceived.total',
  },
  {
    id: 'wrong-format',
    label: {zh: '旧格式标记 "2019"', en: 'The old format tag "2019"'},
    text: broken((report) => (report.format = '2019')),
    expected: {path: 'format', code: 'schema-version'},
    valid: false,
    intact: 'requests.newReceived.total',
  },
  {
    id: 'impossible-date',
    label: {zh: '不存在的日期 2025-02-30', en: 'A day that does not exist, 2025-02-30'},
    text: broken((report) => (report.publishedOn = '2025-02-30')),
    expected: {path: 'publishedOn', code: 'invalid-date'},
    valid: false,
    intact: 'proactive.fees',
  },
  {
    id: 'annotation-off-table',
    label: {zh: '注释指向不存在的单元格', en: 'A note on a cell that does not exist'},
    text: broken((report) => (report.annotations = {'requests.newReceived.sum': '含转办件'})),
    expected: {path: 'annotations.requests.newReceived.sum', code: 'unknown-cell'},
    valid: true,
    intact: 'requests.newReceived.total',
  },
  {
    id: 'table-as-list',
    label: {zh: '表四写成列表', en: 'Table IV written as a list'},
    text: broken((report) => (report.appeals = [1, 2, 3])),
    expected: {path: 'appeals', code: 'wrong-type'},
    valid: false,
    intact: 'requests.carriedForward.total',
  },
];
