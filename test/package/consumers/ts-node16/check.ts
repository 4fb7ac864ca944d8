// An ES module under Node's own resolution (module/moduleResolution Node16): the model in a back
// end, and the element types. The package is ES modules only: a CommonJS file (.cts, or "type":
// "commonjs") cannot import it (TS1479), as the README says.
import {validateReport, checkReport, type ReportIssue} from 'disclosure-report/model';
import type {DisclosureErrorDetail} from 'disclosure-report';

export function problems(json: unknown): ReportIssue[] {
  const result = validateReport(json);
  const year: number | undefined = result.report?.year;
  console.log(year, result.report ? checkReport(result.report).length : 0);
  return result.issues;
}

export function describe(detail: DisclosureErrorDetail): string {
  // @ts-expect-error issues is a list of ReportIssue, not strings
  const wrong: string[] = detail.issues ?? [];
  return detail.message ?? String(wrong.length);
}
