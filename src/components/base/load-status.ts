/**
 * What an element shows when it has no report to render: loading, a failed load (with a retry
 * button when retrying can help), no data, a report that cannot be read, and the list of data
 * problems. Template functions, so that the element file keeps to its properties and render().
 */
import {html, nothing, type TemplateResult} from 'lit';
import {msg, str} from '../../i18n/localization.js';
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
    return html`<p class="status" part="dr-status" role="status">${uiText(() => msg(str`正在加载报告：${state.url}`, {id: 'loading'}), text)}</p>`;
  }
  if (state.status === 'failed') return failure(state, result, text, timeout, reload);
  if (!result) return noDataMessage(text);
  return unreadableMessage(result.issues, text);
}

/** Above a report from `src` that has errors. No retry: the file loaded, and loading it again gives the same errors. */
export function invalidSrcBanner(url: string, text: LabelOptions): TemplateResult {
  return html`<div class="message" part="dr-message" role="alert">
    <p>${uiText(() => msg(str`报告 ${url} 有数据错误，错误处未显示数值。`, {id: 'src-invalid'}), text)}</p>
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
        ? msg(str`无法加载报告 ${url}：服务器上没有这个文件（HTTP ${status}）。`, {id: 'load-not-found'})
        : status >= 500
          ? msg(str`无法加载报告 ${url}：服务器出错，请稍后重试（HTTP ${status}）。`, {id: 'load-server-error'})
          : msg(str`无法加载报告 ${url}（服务器返回 HTTP ${status}）。`, {id: 'load-http'})
      : state.reason === 'network'
        ? msg(str`无法加载报告 ${url}（网络错误）。`, {id: 'load-network'})
        : state.reason === 'timeout'
          ? msg(str`无法加载报告 ${url}（服务器 ${timeoutMs(timeout) / 1000} 秒内没有应答）。`, {
              id: 'load-timeout',
            })
          : state.reason === 'too-large'
            ? msg(str`无法加载报告 ${url}（文件超过 ${LIMITS.fileBytes / 1024 / 1024} MB 的大小上限）。`, {
                id: 'load-too-large',
              })
            : state.reason === 'not-json'
              ? msg(str`无法读取报告 ${url}：内容不是 JSON。`, {id: 'load-not-json'})
              : msg(str`无法读取报告 ${url}：内容不是有效的报告。`, {id: 'load-invalid'});
  return html`<div class="message" part="dr-message" role="alert">
    <p>${uiText(reason, text)}</p>
    ${state.reason === 'invalid' && result ? issueList(result.issues, text) : nothing}
    ${
      RETRY_HELPS.has(state.reason)
        ? html`<button type="button" class="retry" part="dr-retry" @click=${reload}>
            ${uiText(() => msg('重试', {id: 'retry'}), text)}
          </button>`
        : nothing
    }
  </div>`;
}
