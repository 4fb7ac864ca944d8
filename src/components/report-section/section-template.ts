/**
 * One section of the report: its numbered heading (from the format, never typed here), then the
 * narrative (paragraphs, then titled parts) or the section's table. One template for
 * <report-section> and the static renderer (src/static/), which differ only in what they put
 * where the table goes.
 */
import {html, nothing, type TemplateResult} from 'lit';
import {uiTexts} from '../../i18n/localization.js';
import type {SectionFormat} from '../../model/format.js';
import {liesUnder} from '../../model/paths.js';
import type {Narrative, SectionId} from '../../model/types.js';
import type {ReportView} from '../report-view.js';
import {issueList} from '../common/issue-list.js';
import {label, reportText, splitText, uiText} from '../common/labels.js';
import {heading, paragraphs} from './prose.js';

/**
 * `level`: the section heading's, 1–6 (part headings are one below); `table`: the table of a
 * table section (with its notes, findings and problems under it).
 */
export function sectionTemplate(
  format: SectionFormat,
  view: ReportView,
  level: number,
  table: (id: SectionId) => unknown,
): TemplateResult {
  return html`<section class=${`section ${format.kind}`}>
      ${heading(level, 'heading', 'dr-heading', label(format.heading, view))}
      ${format.kind === 'table' ? table(format.id) : narrative(format.id, level + 1, view)}
    </section>`;
}

function narrative(id: SectionId, partLevel: number, view: ReportView): TemplateResult {
  const narrative = view.report[id as 'overview' | 'problems' | 'otherMatters'] as Narrative | undefined;
  const issues = view.result.issues.filter((issue) => issue.severity === 'error' && liesUnder(issue.path, id));
  const parts = Array.isArray(narrative?.parts) ? narrative.parts : [];
  const said = (list: unknown) =>
    Array.isArray(list) && list.some((text) => Boolean(splitText(text)?.zh.trim() || splitText(text)?.en));
  const empty =
    !said(narrative?.paragraphs) &&
    !parts.some((part) => part && typeof part === 'object' && (said([part.title]) || said(part.paragraphs)));
  return html`<div class="prose">
      ${
        // A bare heading would look like text that failed to load.
        empty ? html`<p class="no-text" part="dr-no-text">${uiText(() => uiTexts().sectionNoText, view)}</p>` : nothing
      }
      ${paragraphs(narrative?.paragraphs, view)}
      ${parts.map(
        (part) =>
          html`${
            part && typeof part === 'object'
              ? html`${
                  splitText(part.title)?.zh.trim()
                    ? heading(Math.min(partLevel, 6), 'part-heading', 'dr-part-heading', reportText(part.title, view))
                    : nothing
                }
            ${paragraphs(part.paragraphs, view)}`
              : nothing
          }`,
      )}
    </div>
    ${
      issues.length
        ? html`<div class="message" part="dr-message" role="alert">
          <p>${uiTexts().sectionIssues}</p>
          ${issueList(issues, view)}
        </div>`
        : nothing
    }`;
}
