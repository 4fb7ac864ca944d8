/**
 * The whole report around its sections: title block, errors outside the sections, the audit
 * summary and the preamble. One template for <disclosure-report> and the static renderer
 * (src/static/), which differ only in what they put where the sections go.
 */
import {html, nothing, type TemplateResult} from 'lit';
import {uiTexts} from '../../i18n/localization.js';
import {SECTIONS} from '../../model/format.js';
import {liesUnder} from '../../model/paths.js';
import type {ReportView} from '../report-view.js';
import {issueList} from '../common/issue-list.js';
import {reportText, uiText} from '../common/labels.js';
import {heading, paragraphs} from '../report-section/prose.js';
import {renderAuditSummary} from './audit-summary.js';
import {formatDate, title} from './report-title.js';

/**
 * Errors outside the six sections (agency, title, year, preamble…): the sections and tables
 * show their own, but a dropped title or preamble would otherwise vanish without a word.
 */
function frontMatterIssues(view: ReportView): TemplateResult | typeof nothing {
  const inSection = (path: string) => SECTIONS.some(({id}) => liesUnder(path, id));
  const issues = view.result.issues.filter((issue) => issue.severity === 'error' && !inSection(issue.path));
  if (!issues.length) return nothing;
  return html`<div class="message" part="dr-message" role="alert">
      <p>${uiText(() => uiTexts().reportIssues, view)}</p>
      ${issueList(issues, view)}
    </div>`;
}

/**
 * The title block, then what is outside the sections, then `sections` (the six sections, or an
 * author's layout). `level`: the title's heading level, 1–6 (sections are one below); `reveal`:
 * what following a link of the audit summary does (the element focuses the cell; a
 * static page has no script, and its links are plain fragment links).
 */
export function reportTemplate(
  view: ReportView,
  level: number,
  sections: unknown,
  reveal: (path: string) => void,
): TemplateResult {
  const {report} = view;
  const published = typeof report.publishedOn === 'string' ? report.publishedOn : undefined;
  return html`<article class="report">
      <header class="head" part="dr-head">
        ${heading(level, 'title', 'dr-title', title(report, view))}
        ${
          published
            ? html`<p class="byline" part="dr-byline">
              <span>${reportText(report.agency, view)}</span>
              <span class="date">${uiTexts().publishedOn}<time datetime=${published}>${formatDate(published, view)}</time></span>
            </p>`
            : nothing
        }
      </header>
      ${frontMatterIssues(view)}
      ${view.audit ? renderAuditSummary(view, reveal) : nothing}
      <div class="preamble">${paragraphs(report.preamble, view)}</div>
      ${sections}
    </article>`;
}
