/**
 * The report's words as a form: agency, year, title and publication date, and the narrative
 * sections 一, 五 and 六 as text areas (a blank line between paragraphs; a line break within a
 * paragraph is kept), 一 also with its titled parts.
 * Each Chinese field has its optional English field beside it.
 */
import {html, nothing, type TemplateResult} from 'lit';
import {live} from 'lit/directives/live.js';
import {msg, str} from '../i18n/localization.js';
import {sectionFormat} from '../model/format.js';
import type {Locale} from '../i18n/localization.js';
import {FIELD, type Lang, type NarrativeSection} from './fields.js';
import {problemWords} from './words.js';
import type {EntryProblem} from './numbers.js';

export interface TextView {
  readonly locale: Locale;
  readonly field: (key: string) => string;
  readonly problem: (key: string) => EntryProblem | undefined;
}

const fieldId = (key: string) => `field-${key}`;

/** A field's label with the language it is in: 「机关名称（中文）」. */
function inLang(label: string, lang: Lang): string {
  const language = lang === 'zh' ? msg('中文', {id: 'editor-lang-zh'}) : msg('英文（可选）', {id: 'editor-lang-en'});
  return msg(str`${label}（${language}）`, {id: 'editor-field-in-lang'});
}

function line(
  key: string,
  label: string,
  view: TextView,
  lang: Lang | 'none',
  extra: Partial<{type: string; inputmode: string; placeholder: string}> = {},
) {
  const problem = view.problem(key);
  return html`<div class="field">
    <label for=${fieldId(key)}>${label}</label>
    <input
      id=${fieldId(key)}
      data-field=${key}
      type=${extra.type ?? 'text'}
      inputmode=${extra.inputmode ?? nothing}
      placeholder=${extra.placeholder ?? nothing}
      lang=${lang === 'zh' ? 'zh-CN' : lang === 'en' ? 'en' : nothing}
      aria-invalid=${problem ? 'true' : 'false'}
      aria-describedby=${problem ? fieldId(`${key}-problem`) : nothing}
      .value=${live(view.field(key))}
    />
    ${problem ? html`<span class="problem" id=${fieldId(`${key}-problem`)}>${problemWords(problem, false)}</span>` : nothing}
  </div>`;
}

function area(key: string, label: string, view: TextView, lang: Lang) {
  return html`<div class="field">
    <label for=${fieldId(key)}>${label}</label>
    <textarea id=${fieldId(key)} data-field=${key} rows="5" lang=${lang === 'zh' ? 'zh-CN' : 'en'} .value=${live(view.field(key))}></textarea>
  </div>`;
}

/** A Chinese field and its English one, side by side (stacked on a phone). */
function pair(render: (lang: Lang) => TemplateResult): TemplateResult {
  return html`<div class="pair">${render('zh')}${render('en')}</div>`;
}

export function renderMetadata(view: TextView): TemplateResult {
  return html`<fieldset class="block-form">
    <legend>${msg('报告信息', {id: 'editor-metadata'})}</legend>
    ${pair((lang) => line(FIELD.agency(lang), inLang(msg('机关名称', {id: 'editor-agency'}), lang), view, lang))}
    ${line(FIELD.year, msg('报告年度', {id: 'editor-year'}), view, 'none', {inputmode: 'numeric'})}
    ${pair((lang) => line(FIELD.title(lang), inLang(msg('标题（空则按机关名称和年度生成）', {id: 'editor-title'}), lang), view, lang))}
    ${line(FIELD.publishedOn, msg('发布日期', {id: 'editor-published-on'}), view, 'none', {type: 'date'})}
  </fieldset>`;
}

export interface NarrativeActions {
  readonly addPart: () => void;
  readonly removePart: (index: number) => void;
}

export function renderNarrative(section: NarrativeSection, view: TextView, actions: NarrativeActions): TemplateResult {
  const heading = sectionFormat(section).heading;
  const paragraphsLabel = msg('正文（段与段之间空一行；段内换行照样保留）', {id: 'editor-paragraphs'});
  const parts = section === 'overview' ? Number(view.field(FIELD.partCount)) || 0 : 0;
  return html`<fieldset class="block-form">
    <legend>${view.locale === 'en' ? heading.en : heading.zh}</legend>
    ${pair((lang) => area(FIELD.paragraphs(section, lang), inLang(paragraphsLabel, lang), view, lang))}
    ${Array.from({length: parts}, (_, index) => {
      const number = index + 1;
      return html`<fieldset class="part">
        <legend>${msg(str`分项 ${number}`, {id: 'editor-part'})}</legend>
        ${pair((lang) => line(FIELD.partTitle(index, lang), inLang(msg('小标题', {id: 'editor-part-title'}), lang), view, lang))}
        ${pair((lang) => area(FIELD.partParagraphs(index, lang), inLang(paragraphsLabel, lang), view, lang))}
        ${
          index === parts - 1
            ? html`<button type="button" @click=${() => actions.removePart(index)}>${msg('删除此分项', {id: 'editor-remove-part'})}</button>`
            : nothing
        }
      </fieldset>`;
    })}
    ${section === 'overview' ? html`<button type="button" @click=${actions.addPart}>${msg('添加分项（带小标题）', {id: 'editor-add-part'})}</button>` : nothing}
  </fieldset>`;
}
