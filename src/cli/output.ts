/** What `check` prints: plain text for people, JSON for programs. */
import type {Finding, FindingSeverity} from '../model/checks.js';
import type {CliIssue} from './load.js';
import {SEVERITY, TEXT, issueCountLine, totalsLine, type Lang} from './strings.js';

export interface CheckOutcome {
  valid: boolean;
  issues: CliIssue[];
  findings: Finding[];
}

export function formatJson(outcome: CheckOutcome): string {
  return JSON.stringify(outcome, null, 2) + '\n';
}

/** Long cell lists (a column sum names 22 cells) are cut to the checked cell and a count. */
const MAX_LISTED_CELLS = 8;

function cellList(cells: readonly string[], lang: Lang): string {
  if (cells.length <= MAX_LISTED_CELLS) return cells.join(', ');
  const more = cells.length - 1;
  return `${cells[0]}, ${lang === 'zh' ? `及其他 ${more} 个单元格` : `and ${more} more cells`}`;
}

export function formatText(file: string, outcome: CheckOutcome, lang: Lang): string {
  const colon = lang === 'zh' ? '：' : ': ';
  const lines: string[] = [];
  const verdict = outcome.valid ? TEXT.validationOk : TEXT.validationFailed;
  const issueCount = issueCountLine(outcome.issues.length, lang);
  const count = outcome.issues.length === 0 ? '' : lang === 'zh' ? `（${issueCount}）` : ` (${issueCount})`;
  lines.push(`${file}${colon}${verdict[lang]}${count}`);
  // Issue messages already name their path.
  for (const issue of outcome.issues) {
    lines.push(`  ${SEVERITY[issue.severity][lang]} [${issue.code}]${colon}${issue.message[lang]}`);
  }
  lines.push('', `${TEXT.checksHeading[lang]}${colon.trim()}`);
  if (outcome.findings.length === 0) lines.push(`  ${TEXT.checksClean[lang]}`);
  for (const finding of outcome.findings) {
    lines.push(`  ${SEVERITY[finding.severity][lang]} [${finding.rule}] ${finding.message[lang]}`);
    lines.push(`    ${cellList(finding.cells, lang)}`);
  }
  const counts: Record<FindingSeverity, number> = {error: 0, warning: 0, info: 0};
  for (const finding of outcome.findings) counts[finding.severity] += 1;
  lines.push('', totalsLine(counts, lang));
  return lines.join('\n') + '\n';
}
