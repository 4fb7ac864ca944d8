/**
 * The report's words as a form: agency, year, title and publication date, and the narrative
 * sections 一, 五 and 六 as text areas (a blank line between paragraphs; a line break within a
 * paragraph is kept), 一 also with its titled parts.
 * Each Chinese field has its optional English field beside it.
 */
import {html, nothing, type TemplateResult} from 'lit';
import {live} from 'lit/directives/live.js';
import {sectionFormat} from '../model/format.js';
import type {Locale} from '../i18n/localization.js';
import {FIELD, type Lang, type NarrativeSection} from './fields.js';
import {labelIn} from '../model/texts/labels.js';
import {editorTexts, problemWords} from './words.js';
import type {EntryProblem} from './numbers.js';

export interface TextView {
  readonly locale: Locale;
  readonly field: (key: string) => string;
  readonly problem: (key: string) => EntryProblem | undefined;
}

const fieldId = (key: string) => `field-${key}`;

/** A field's label with the language it is in: 「机关名称（中文）」. */
function inLang(label: string, lang: Lang): string {
  const language = lang === 'zh' ? editorTexts().langZh : editorTexts().langEn;
  return editorTexts().fieldInLang(label, language);
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
    <legend>${editorTexts().metadata}</legend>
    ${pair((lang) => line(FIELD.agency(lang), inLang(editorTexts().agency, lang), view, lang))}
    ${line(FIELD.year, editorTexts().year, view, 'none', {inputmode: 'numeric'})}
    ${pair((lang) => line(FIELD.title(lang), inLang(editorTexts().title, lang), view, lang))}
    ${line(FIELD.publishedOn, editorTexts().publishedOn, view, 'none', {type: 'date'})}
  </fieldset>`;
}

export interface NarrativeActions {
  readonly addPart: () => void;
  readonly removePart: (index: number) => void;
}

export function renderNarrative(section: NarrativeSection, view: TextView, actions: NarrativeActions): TemplateResult {
  const heading = sectionFormat(section).heading;
  const paragraphsLabel = editorTexts().paragraphs;
  const parts = section === 'overview' ? Number(view.field(FIELD.partCount)) || 0 : 0;
  return html`<fieldset class="block-form">
    <legend>${labelIn(heading, view.locale)}</legend>
    ${pair((lang) => area(FIELD.paragraphs(section, lang), inLang(paragraphsLabel, lang), view, lang))}
    ${Array.from({length: parts}, (_, index) => {
      const number = index + 1;
      return html`<fieldset class="part">
        <legend>${editorTexts().part(number)}</legend>
        ${pair((lang) => line(FIELD.partTitle(index, lang), inLang(editorTexts().partTitle, lang), view, lang))}
        ${pair((lang) => area(FIELD.partParagraphs(index, lang), inLang(paragraphsLabel, lang), view, lang))}
        ${
          index === parts - 1
            ? html`<button type="button" @click=${() => actions.removePart(index)}>${editorTexts().removePart}</button>`
            : nothing
        }
      </fieldset>`;
    })}
    ${section === 'overview' ? html`<button type="button" @click=${actions.addPart}>${editorTexts().addPart}</button>` : nothing}
  </fieldset>`;
}
