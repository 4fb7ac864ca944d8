/**
 * Validation issues as a short list in the display's language(s): what every element shows under
 * a part of the report that could not be shown, and what the static renderer writes in its place.
 */
import {html, nothing, type TemplateResult} from 'lit';
import {uiTexts} from '../../i18n/localization.js';
import type {ReportIssue} from '../../model/validate.js';
import {label, uiText, type LabelOptions} from './labels.js';

/** The first five errors, then how many more there are. */
export function issueList(issues: readonly ReportIssue[], options: LabelOptions): TemplateResult {
  const errors = issues.filter((issue) => issue.severity === 'error');
  const shown = errors.slice(0, 5);
  const more = errors.length - shown.length;
  return html`<ul class="issues" part="dr-issues">
      ${shown.map(
        (issue) =>
          // The message starts with the path and names the cell in words: no separate path.
          html`<li>${label(issue.message, options)}</li>`,
      )}
      ${more > 0 ? html`<li>${uiText(() => uiTexts().moreIssues(more), options)}</li>` : nothing}
    </ul>`;
}

/** A value that is not a report at all (not JSON, not an object): why, in place of the whole report. */
export function unreadableMessage(issues: readonly ReportIssue[], options: LabelOptions): TemplateResult {
  return html`<div class="message" part="dr-message" role="alert">
        <p>${uiText(() => uiTexts().unreadable, options)}</p>
        ${issueList(issues, options)}
      </div>`;
}

/** Nothing to show yet: no report was given (or a `src` has not been set). */
export function noDataMessage(options: LabelOptions): TemplateResult {
  return html`<p class="status" part="dr-status" role="status">${uiText(() => uiTexts().noData, options)}</p>`;
}
