/**
 * One official table as a form: the format's real header rows (form-tables.ts) with an input in
 * every data cell. Each input is named by its full header chain, taken from the model
 * (cell-labels.ts), and says in words what is wrong with its entry and which findings involve it.
 */
import {html, nothing, type TemplateResult} from 'lit';
import {live} from 'lit/directives/live.js';
import {classMap} from 'lit/directives/class-map.js';
import {cellLabelInSection} from '../model/cell-labels.js';
import type {Locale} from '../i18n/localization.js';
import type {FormCell, FormTable, InputCell} from './form-tables.js';
import type {EntryProblem} from './numbers.js';
import {labelIn} from '../model/texts/labels.js';
import {blankWord, editorTexts, problemWords} from './words.js';

/** What a cell shows beside its entry. */
export interface CellMarks {
  /** Findings whose checked cell this is (their numbers in the list). */
  readonly checked: readonly number[];
  /** Findings this cell is a part of. */
  readonly part: readonly number[];
}

export interface TableView {
  readonly locale: Locale;
  readonly text: (path: string) => string;
  readonly problem: (path: string) => EntryProblem | undefined;
  readonly marks: ReadonlyMap<string, CellMarks>;
  /** Cells an import placed by position or could not place: someone should look. */
  readonly toConfirm: ReadonlyMap<string, 'position' | 'unplaced'>;
}

/** An id for an element about a cell (ids may hold dots). */
export const cellId = (path: string, what = 'cell') => `${what}-${path}`;

function inputCell(cell: InputCell, view: TableView): TemplateResult {
  const {path} = cell;
  const text = view.text(path);
  const problem = view.problem(path);
  const marks = view.marks.get(path);
  const confirm = view.toConfirm.get(path);
  const name = cellLabelInSection(path)!;
  const described = [
    problem ? cellId(path, 'problem') : '',
    marks?.checked.length ? cellId(path, 'finding') : '',
    confirm ? cellId(path, 'confirm') : '',
  ]
    .filter(Boolean)
    .join(' ');
  const classes = {
    blank: text.trim() === '',
    invalid: Boolean(problem),
    checked: Boolean(marks?.checked.length),
    part: Boolean(marks?.part.length) && !marks?.checked.length,
    confirm: Boolean(confirm),
  };
  return html`<td colspan=${cell.colspan} class=${classMap(classes)}>
    <input
      id=${cellId(path)}
      data-path=${path}
      inputmode=${cell.decimal ? 'decimal' : 'numeric'}
      autocomplete="off"
      spellcheck="false"
      aria-label=${labelIn(name, view.locale)}
      aria-invalid=${problem ? 'true' : 'false'}
      aria-describedby=${described || nothing}
      placeholder=${blankWord()}
      .value=${live(text)}
    />
    ${problem ? html`<span class="problem" id=${cellId(path, 'problem')}>${problemWords(problem, cell.decimal)}</span>` : nothing}
    ${
      marks?.checked.length
        ? html`<a class="finding-mark" id=${cellId(path, 'finding')} href=${`#finding-${marks.checked[0]}`} data-finding=${marks.checked[0]!}
            >${editorTexts().cellFinding(marks.checked.join(editorTexts().listSeparator))}</a
          >`
        : nothing
    }
    ${
      confirm
        ? html`<span class="confirm-mark" id=${cellId(path, 'confirm')}
            >${confirm === 'position' ? editorTexts().confirmPosition : editorTexts().confirmUnplaced}</span
          >`
        : nothing
    }
  </td>`;
}

function formCell(cell: FormCell, view: TableView): TemplateResult {
  if (cell.kind === 'input') return inputCell(cell, view);
  if (cell.kind === 'note') return html`<td class="filler" colspan=${cell.colspan} rowspan=${cell.rowspan}></td>`;
  return html`<th scope=${cell.scope} colspan=${cell.colspan} rowspan=${cell.rowspan}>${labelIn(cell.label, view.locale)}</th>`;
}

export function renderFormTable(table: FormTable, view: TableView): TemplateResult {
  const row = (cells: readonly FormCell[]) => html`<tr>${cells.map((cell) => formCell(cell, view))}</tr>`;
  const captionId = `caption-${table.id}`;
  return html`<div class="table-scroll" role="region" aria-labelledby=${captionId} tabindex="0">
    <table class=${`form-table ${table.id}`}>
      <caption id=${captionId}>
        <span class="in-view">
          ${labelIn(table.section.heading, view.locale)}
          ${table.note ? html`<span class="note">${labelIn(table.note, view.locale)}</span>` : nothing}
        </span>
      </caption>
      ${table.head.length ? html`<thead>${table.head.map(row)}</thead>` : nothing}
      ${table.bodies.map((body) => html`<tbody>${body.map(row)}</tbody>`)}
    </table>
  </div>`;
}
