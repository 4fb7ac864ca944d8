// The README's React 19 example: one import declares the tags to JSX, with props and events typed.
import {useRef, useState} from 'react';
import 'disclosure-report/react';
import type {DisclosureReport, DisclosureReportElement, Finding} from 'disclosure-report';

export function App({report}: {report: DisclosureReport}) {
  const element = useRef<DisclosureReportElement>(null);
  const [findings, setFindings] = useState<readonly Finding[]>([]);
  return (
    <main>
      <disclosure-report
        ref={element}
        report={report}
        lang="en"
        audit
        heading-level={2}
        className="report"
        ondisclosure-error={(event) => console.log(event.detail.issues?.length, event.detail.url)}
        ondisclosure-findings={(event) => setFindings(event.detail.findings)}
      />
      <report-section section="requests" headingLevel={3} bilingual />
      <disclosure-table table="proactive" hide-caption src="/reports/2024.json" timeout={5000} />
      <appeal-litigation-grid credentials="same-origin" />
      {/* @ts-expect-error not a table of the format */}
      <disclosure-table table="appeals" />
      {/* @ts-expect-error the detail is typed, not any */}
      <disclosure-report ondisclosure-error={(event) => event.detail.nonsense.length} />
      <p>{findings.length}</p>
    </main>
  );
}
