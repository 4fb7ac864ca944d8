/**
 * What an element shows when it has no report to render: loading, a failed load (with a retry
 * button when retrying can help), no data, a report that cannot be read, and the list of data
 * problems. Template functions, so that the element file keeps to its properties and render().
 */
import {html, nothing, type TemplateResult} from 'lit';
import {uiTexts} from '../../i18n/localization.js';
import {LIMITS} from '../../model/limits.js';
import type {ValidationResult} from '../../model/validate.js';
import type {FailedLoad, LoadState} from '../report-view.js';
import {uiText, type LabelOptions} from '../common/labels.js';
import {issueList, noDataMessage, unreadableMessage} from '../common/issue-list.js';
import {timeoutMs} from './fetch-report.js';
import {RETRY_HELPS} from './report-source.js';

/**
 * The message in place of a report while there is none to render. `timeout`: the element's
 * attribute, which the timeout message quotes.
 */
export function loadStatus(
  state: LoadState,
  result: ValidationResult | undefined,
  text: LabelOptions,
  timeout: unknown,
  reload: () => void,
): TemplateResult {
  if (state.status === 'loading') {
    return html`<p class="status" part="dr-status" role="status">${uiText(() => uiTexts().loading(state.url), text)}</p>`;
  }
  if (state.status === 'failed') return failure(state, result, text, timeout, reload);
  if (!result) return noDataMessage(text);
  return unreadableMessage(result.issues, text);
}

/** Above a report from `src` that has errors. No retry: the file loaded, and loading it again gives the same errors. */
export function invalidSrcBanner(url: string, text: LabelOptions): TemplateResult {
  return html`<div class="message" part="dr-message" role="alert">
    <p>${uiText(() => uiTexts().srcInvalid(url), text)}</p>
  </div>`;
}

function failure(
  state: FailedLoad,
  result: ValidationResult | undefined,
  text: LabelOptions,
  timeout: unknown,
  reload: () => void,
): TemplateResult {
  const {url} = state;
  const status = state.httpStatus ?? 0;
  // Readers get the reason in words; the status code stays for whoever maintains the page.
  const reason = () =>
    state.reason === 'http'
      ? status === 404 || status === 410
        ? uiTexts().loadNotFound(url, status)
        : status >= 500
          ? uiTexts().loadServerError(url, status)
          : uiTexts().loadHttp(url, status)
      : state.reason === 'network'
        ? uiTexts().loadNetwork(url)
        : state.reason === 'timeout'
          ? uiTexts().loadTimeout(url, timeoutMs(timeout) / 1000)
          : state.reason === 'too-large'
            ? uiTexts().loadTooLarge(url, LIMITS.fileBytes / 1024 / 1024)
            : state.reason === 'not-json'
              ? uiTexts().loadNotJson(url)
              : uiTexts().loadInvalid(url);
  return html`<div class="message" part="dr-message" role="alert">
    <p>${uiText(reason, text)}</p>
    ${state.reason === 'invalid' && result ? issueList(result.issues, text) : nothing}
    ${
      RETRY_HELPS.has(state.reason)
        ? html`<button type="button" class="retry" part="dr-retry" @click=${reload}>
            ${uiText(() => uiTexts().retry, text)}
          </button>`
        : nothing
    }
  </div>`;
}
