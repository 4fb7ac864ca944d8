// A TypeScript app built by a bundler (Vite, webpack…): the package's entries and their types.
import 'disclosure-report/all.js';
import {DisclosureReportElement, validateReport, type DisclosureReport} from 'disclosure-report';
import {checkReport} from 'disclosure-report/model';
import type {DisclosureTable} from 'disclosure-report';

export function show(report: DisclosureReport, host: HTMLElement): void {
  const element = document.createElement('disclosure-report');
  const typed: DisclosureReportElement = element; // HTMLElementTagNameMap knows the tag
  typed.report = report;
  typed.headingLevel = 2;
  element.addEventListener('disclosure-error', (event) => {
    const first: string | undefined = event.detail.issues?.[0]?.message.en;
    const status: number | undefined = event.detail.status;
    console.log(first, status);
    // @ts-expect-error the detail is typed, not any
    console.log(event.detail.nonsense);
  });
  element.addEventListener('disclosure-findings', (event) => {
    const rules: string[] = event.detail.findings.map((finding) => finding.rule);
    console.log(rules);
  });
  const table: DisclosureTable = document.createElement('disclosure-table');
  table.table = 'requests';
  // @ts-expect-error only the format's two tables
  table.table = 'appeals';
  host.append(element, table);
  const result = validateReport(report);
  if (result.report) console.log(checkReport(result.report).length);
}
