/**
 * Small builders for the example reports, so their tables read like the published ones:
 * one call per printed row, numbers in the order the format prints its columns.
 */
import {APPEAL_COLUMNS, REQUEST_COLUMNS, keysOf, leafChains} from '../model/format.js';
import type {Applicants, Count, DocumentCounts, Outcome} from '../model/types.js';

type Seven = [Count, Count, Count, Count, Count, Count, Count];
type Five = [Count, Count, Count, Count, Count];

// Column order comes from the format, so a row is written exactly as it is printed.
const APPLICANT_ORDER = leafChains(REQUEST_COLUMNS).map((chain) => keysOf(chain).at(-1)!);
const OUTCOME_ORDER = leafChains(APPEAL_COLUMNS.slice(0, 1)).map((chain) => keysOf(chain).at(-1)!);

/** One row of table 三: 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计. */
export function applicants(...values: Seven): Applicants {
  return Object.fromEntries(APPLICANT_ORDER.map((key, i) => [key, values[i]])) as Applicants;
}

/** One group of table 四: 结果维持, 结果纠正, 其他结果, 尚未审结, 总计. */
export function outcome(...values: Five): Outcome {
  return Object.fromEntries(OUTCOME_ORDER.map((key, i) => [key, values[i]])) as Outcome;
}

/** 本年制发件数, 本年废止件数, 现行有效件数. */
export function documents(issued: Count, repealed: Count, inForce: Count): DocumentCounts {
  return {issued, repealed, inForce};
}

/** A row of table 三 with every cell 0 (the seed report publishes nothing else). */
export const zeroRow = (): Applicants => applicants(0, 0, 0, 0, 0, 0, 0);
