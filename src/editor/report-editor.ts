/**
 * <report-editor>: the annual report as a form. The official tables with their real headers, the
 * report's words, live checks as you type (the model's rules, the same findings and words as the
 * viewer's `audit`), undo and redo, local saving, and files in and out.
 *
 * Built on the model's public functions and on `importReport` (loaded only when a file other than
 * JSON is opened); the preview is a `<disclosure-report audit>` used as any page uses it. The
 * state is a map of field texts (fields.ts); the report is read from it after every edit.
 */
import {LitElement, html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {inLocale, localeFromLang, type Locale} from '../i18n/localization.js';
import {checkReport, type Finding} from '../model/checks.js';
import {cellLabelInSection} from '../model/cell-labels.js';
import {parseReport, validateReport, type ValidationResult} from '../model/validate.js';
import {REQUEST_COLUMNS, SECTIONS, leaves, sectionFormat} from '../model/format.js';
import type {DisclosureReport, SectionId} from '../model/types.js';
import {INPUTS, UNDIVIDED_ROW, formLayout, gridPosition, type FormTable} from './form-tables.js';
import {
  FIELD,
  NARRATIVE_SECTIONS,
  fieldsOf,
  newPartFields,
  readFields,
  type NarrativeSection,
  type ReadFields,
} from './fields.js';
import {History, sameFields} from './history.js';
import {entryText, readEntry} from './numbers.js';
import {clipboardBlock} from './paste.js';
import {placeBlock} from './paste-place.js';
import {PREVIOUS_RULES, TOTAL_RULES, proposedFills, type Fill} from './fills.js';
import {draftKey, loadDraft, removeDraft, saveDraft, type SavedDraft} from './local-save.js';
import {cellId, renderFormTable, type CellMarks} from './editor-table.js';
import {renderMetadata, renderNarrative} from './text-forms.js';
import {labelIn} from '../model/texts/labels.js';
import {keyOf} from '../model/texts/locales.js';
import {blankWord, editorTexts, filledWords, pastedWords} from './words.js';
import {editorStyles} from './report-editor.styles.js';
import {blankReport, downloadName, embedSnippet, reportJson} from './report-file.js';
import {IMPORT_FILE_TYPES} from '../import/file-types.js';
import {openReportFile, type OpenedFile} from './open-file.js';

/** The applicant columns of table 三, in the order of a row's inputs. */
const COLUMN_LEAVES = leaves(REQUEST_COLUMNS);

/** The parts of the editor shown one at a time (one table or block fits a phone). */
export type EditorBlock = 'info' | SectionId | 'preview';
/** The blocks in the order the editor's navigation lists them: the report's details, the format's sections, the preview. */
export const EDITOR_BLOCKS: readonly EditorBlock[] = ['info', ...SECTIONS.map((section) => section.id), 'preview'];

export interface ReportChangeDetail {
  /** The report as the form holds it now (cells with an unreadable entry are null). */
  readonly report: DisclosureReport;
  /** Cells and fields whose entry is not a number the format accepts. */
  readonly invalid: readonly string[];
}

declare global {
  interface HTMLElementEventMap {
    'report-change': CustomEvent<ReportChangeDetail>;
    'report-save': CustomEvent<ReportChangeDetail>;
  }
}

/**
 * @fires report-change - After each edit (typing, a paste, a fill, undo, redo, opening a file). Detail: `{report, invalid}`.
 * @fires report-save - On an explicit save (the Save button, Ctrl+S). Detail: `{report, invalid}`.
 */
export class ReportEditor extends LitElement {
  static override styles = editorStyles;

  /** The report to start from (any value: it is validated). Takes precedence over `src` and inline JSON. */
  @property({attribute: false}) report: unknown = undefined;

  /** URL of a report JSON file to start from. */
  @property() src?: string;

  /** Last year's report: a URL (the attribute) or the report itself (the property), for the cross-year checks and prefilling. */
  @property() previous?: unknown;

  /** The block on show (one at a time, so a phone shows one table). */
  @property({reflect: true}) block: EditorBlock = 'info';

  @state() private fields = new Map<string, string>();
  @state() private message?: {text: string; kind: 'status' | 'alert'};
  @state() private restoreOffer?: {key: string; draft: SavedDraft};
  @state() private opened?: OpenedFile;
  @state() private loadProblem?: string;
  @state() private previewLang: 'zh' | 'en' | 'both' = 'zh';
  @state() private previewReady = false;

  private base: DisclosureReport = blankReport();
  private history = new History();
  private read: ReadFields = readFields(this.fields, this.base);
  private findings: Finding[] = [];
  private marks = new Map<string, CellMarks>();
  private savedFields = new Map<string, string>();
  private previousResult?: ValidationResult;
  private toConfirm = new Map<string, 'position' | 'unplaced'>();
  /** The text a cell held when it got focus, for Escape. */
  private focusText?: {key: string; text: string};
  private announced = -1;
  private draftKey = '';
  private saveTimer?: ReturnType<typeof setTimeout>;
  private loadedOnce = false;

  constructor() {
    super();
    this.recompute();
  }

  /** The report the form holds now. */
  get value(): DisclosureReport {
    return this.read.report;
  }

  /** Whether there are edits since the last explicit save or download. */
  get dirty(): boolean {
    return !sameFields(this.fields, this.savedFields);
  }

  /** The findings of the live checks, in list order. */
  get currentFindings(): readonly Finding[] {
    return this.findings;
  }

  private get locale(): Locale {
    // The nearest lang at or above the element, across shadow roots, as the viewer tags read it.
    let node: Node | null = this.parentNode;
    if (this.hasAttribute('lang')) return localeFromLang(this.getAttribute('lang'));
    while (node) {
      if (node instanceof Element && node.hasAttribute('lang')) return localeFromLang(node.getAttribute('lang'));
      node = node instanceof ShadowRoot ? node.host : node.parentNode;
    }
    return localeFromLang(document.documentElement.getAttribute('lang'));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeunload', this.onBeforeUnload);
    window.addEventListener('pagehide', this.flushSave);
    if (!this.loadedOnce && this.report === undefined && !this.src) {
      const script = this.querySelector(':scope > script[type="application/json"]');
      if (script) this.start(parseReport(script.textContent ?? ''));
      else this.start(undefined);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeunload', this.onBeforeUnload);
    window.removeEventListener('pagehide', this.flushSave);
    this.flushSave();
  }

  private onBeforeUnload = (event: BeforeUnloadEvent) => {
    this.flushSave();
    if (!this.dirty) return;
    event.preventDefault();
    event.returnValue = ''; // older engines ask for it
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('report') && this.report !== undefined) this.start(validateReport(this.report));
    if (changed.has('src') && this.src && this.report === undefined) void this.fetchStart(this.src);
    if (changed.has('previous')) void this.takePrevious(this.previous);
  }

  // -------------------------------------------------------------------------------------------
  // Input

  private async fetchText(url: string): Promise<string> {
    const response = await fetch(url, {credentials: 'omit'});
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return response.text();
  }

  private async fetchStart(url: string): Promise<void> {
    try {
      this.start(parseReport(await this.fetchText(url)));
    } catch (error) {
      this.loadProblem = inLocale(this.locale, () => editorTexts().loadFailed(url, String((error as Error).message)));
      this.start(undefined);
    }
  }

  private async takePrevious(value: unknown): Promise<void> {
    if (value === undefined || value === null || value === '') {
      this.previousResult = undefined;
    } else if (typeof value === 'string') {
      try {
        this.previousResult = parseReport(await this.fetchText(value));
      } catch (error) {
        this.previousResult = undefined;
        this.loadProblem = inLocale(this.locale, () =>
          editorTexts().previousFailed(value, String((error as Error).message)),
        );
      }
    } else {
      this.previousResult = validateReport(value);
    }
    this.recompute();
    this.requestUpdate();
  }

  /** Start from a report (or a blank one), and offer back local work on it that differs. */
  private start(result: ValidationResult | undefined): void {
    this.loadedOnce = true;
    if (result && !result.report) {
      this.loadProblem = inLocale(this.locale, () =>
        editorTexts().unreadable(result.issues[0] ? labelIn(result.issues[0].message, this.locale) : ''),
      );
    }
    this.base = result?.report ?? blankReport();
    this.fields = fieldsOf(this.base);
    this.savedFields = new Map(this.fields);
    this.history = new History();
    this.toConfirm = new Map();
    this.draftKey = this.keyOfFields();
    const draft = loadDraft(this.draftKey) ?? (result?.report ? undefined : loadDraft());
    this.restoreOffer = draft && !sameFields(new Map(draft.draft.fields), this.fields) ? draft : undefined;
    this.recompute();
  }

  private keyOfFields(): string {
    return draftKey(this.fields.get(FIELD.agency('zh')) ?? '', this.fields.get(FIELD.year) ?? '');
  }

  // -------------------------------------------------------------------------------------------
  // Edits

  /** Apply one step of edits, then check, save locally and tell the page. */
  private edit(updates: Iterable<readonly [string, string]>, typing = false): number {
    const changes = this.history.apply(this.fields, updates, typing);
    if (changes.length === 0) return 0;
    for (const change of changes) this.toConfirm.delete(change.key);
    this.afterChange();
    return changes.length;
  }

  private afterChange(): void {
    this.fields = new Map(this.fields); // a new value: Lit sees the state change
    this.recompute();
    this.scheduleSave();
    this.dispatchEvent(new CustomEvent('report-change', {detail: this.detail(), bubbles: true, composed: true}));
  }

  private detail(): ReportChangeDetail {
    return {report: this.read.report, invalid: [...this.read.invalid]};
  }

  /** Read the fields, run the checks, and work out what each cell shows. */
  private recompute(): void {
    this.read = readFields(this.fields, this.base);
    const previous = this.previousResult?.report ?? undefined;
    const options = {invalid: this.read.invalid, previous, previousInvalid: this.previousResult?.invalid};
    this.findings = checkReport(this.read.report, options);
    const listed = this.listedFindings();
    const marks = new Map<string, {checked: number[]; part: number[]}>();
    listed.forEach((finding, index) => {
      finding.cells.forEach((path, position) => {
        if (!this.read.layout.inputs.has(path)) return;
        let mark = marks.get(path);
        if (!mark) marks.set(path, (mark = {checked: [], part: []}));
        (position === 0 ? mark.checked : mark.part).push(index + 1);
      });
    });
    this.marks = marks;
  }

  /** The findings the list shows: the rules that do not hold (those waiting for blank cells are counted apart). */
  private listedFindings(): Finding[] {
    return this.findings.filter((finding) => finding.kind === 'violation');
  }

  /**
   * Save the draft once the edit has been shown: a paste or a run of keystrokes within one task is
   * written once. A pending write is made at once when the page is hidden or unloaded, or the
   * element removed.
   */
  private scheduleSave(): void {
    if (this.saveTimer !== undefined) return;
    this.saveTimer = setTimeout(() => this.saveLocally(), 0);
  }

  private flushSave = () => {
    if (this.saveTimer !== undefined) this.saveLocally();
  };

  private saveLocally(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    const key = this.keyOfFields();
    if (key !== this.draftKey) {
      removeDraft(this.draftKey);
      this.draftKey = key;
    }
    saveDraft(key, {fields: [...this.fields], base: this.base, savedAt: new Date().toISOString()});
  }

  private say(text: string, kind: 'status' | 'alert' = 'status'): void {
    this.message = {text, kind};
  }

  undo(): void {
    const changes = this.history.undo(this.fields);
    if (!changes) return;
    this.afterChange();
    this.reveal(changes[0]!.key);
    this.say(inLocale(this.locale, () => editorTexts().undone(changes.length)));
  }

  redo(): void {
    const changes = this.history.redo(this.fields);
    if (!changes) return;
    this.afterChange();
    this.reveal(changes[0]!.key);
    this.say(inLocale(this.locale, () => editorTexts().redone(changes.length)));
  }

  /** Explicit save: the local copy, and `report-save` for the page. */
  save(): void {
    this.saveLocally();
    this.savedFields = new Map(this.fields);
    this.dispatchEvent(new CustomEvent('report-save', {detail: this.detail(), bubbles: true, composed: true}));
    this.say(inLocale(this.locale, () => editorTexts().saved));
    this.requestUpdate();
  }

  /** Show the block holding a field, and focus the field. */
  private reveal(key: string): void {
    const table = gridPosition(key, this.read.layout)?.table;
    const block: EditorBlock | undefined = table
      ? table.id
      : key === FIELD.undividedOther
        ? 'requests'
        : (NARRATIVE_SECTIONS.find((section) => key.startsWith(`${section}.`)) ??
          (key.includes('.') || key === FIELD.year || key === FIELD.publishedOn ? 'info' : undefined));
    if (block && block !== this.block) this.block = block;
    void this.updateComplete.then(() => this.focusField(key));
  }

  private focusField(key: string): void {
    const target = this.renderRoot.querySelector<HTMLInputElement>(
      `[data-path="${CSS.escape(key)}"], [data-field="${CSS.escape(key)}"]`,
    );
    target?.focus();
  }

  /** Fill the checked cells of `fills`, as one step that says how many. */
  private applyFills(fills: readonly Fill[]): number {
    return this.edit(fills.map((fill) => [fill.path, entryText(fill.value)] as const));
  }

  /**
   * Fill one total from its parts (the button beside its finding). A violated rule already says
   * what its total should be; for a blank total the model is asked on request (fills.ts), not on
   * every keystroke.
   */
  fillTotal(path: string): void {
    const {report, invalid} = this.read;
    const fills = proposedFills(report, TOTAL_RULES, {invalid, only: new Set([path])});
    const count = this.applyFills(fills);
    this.say(inLocale(this.locale, () => (count ? filledWords(count) : editorTexts().nothingToFill)));
  }

  /** Fill every total whose parts are all there, from its parts, as one step. */
  fillAllTotals(): void {
    const updates = new Map<string, string>();
    // A total of totals (（七）总计's 总计) can be filled once the totals under it are.
    const fields = new Map(this.fields);
    for (let pass = 0; pass < 4; pass++) {
      const read = readFields(fields, this.base);
      const fills = proposedFills(read.report, TOTAL_RULES, {invalid: read.invalid});
      if (fills.length === 0) break;
      for (const fill of fills) {
        updates.set(fill.path, entryText(fill.value));
        fields.set(fill.path, entryText(fill.value));
      }
    }
    const count = this.edit(updates);
    this.say(inLocale(this.locale, () => (count ? filledWords(count) : editorTexts().nothingToFill)));
  }

  /** Fill this year's blank 上年结转 row and in-force stocks from last year's report. */
  prefillFromPrevious(): void {
    const previous = this.previousResult?.report;
    if (!previous) return;
    const blank = new Set(
      [...this.read.layout.inputs.keys()].filter((path) => (this.fields.get(path) ?? '').trim() === ''),
    );
    const fills = proposedFills(this.read.report, PREVIOUS_RULES, {
      invalid: this.read.invalid,
      previous,
      previousInvalid: this.previousResult?.invalid,
      only: blank,
    });
    const count = this.applyFills(fills);
    this.say(inLocale(this.locale, () => (count ? editorTexts().prefilled(count) : editorTexts().nothingToPrefill)));
  }

  /**
   * Split an undivided （六）其他处理 (the 2019 layout) into the 2021 format's three rows, as one
   * step. The three rows start blank: how the one row divides is the office's to say, never a
   * guess. The numbers of the one row stay on show beside the table as what the rows should add up to.
   */
  splitOther(): void {
    if (!this.read.layout.undivided) return;
    this.edit([[FIELD.undividedOther, '']]);
    this.say(inLocale(this.locale, () => editorTexts().splitDone));
  }

  /**
   * Paste a block at a cell: it fills right and down, or row by row by the block's row labels, or
   * as the rows of table 三's other layout (paste-place.ts); says how many cells it filled and how
   * many had no place in the table.
   */
  pasteBlock(at: string, block: readonly (readonly string[])[]): void {
    const {layout} = this.read;
    const position = gridPosition(at, layout);
    if (!position) return;
    const other = formLayout(!layout.undivided).tables.find((table) => table.id === position.table.id);
    const plan = placeBlock(
      block,
      position.table,
      position.row,
      position.column,
      other === position.table ? undefined : other,
    );
    const updates = plan.cells.map(([path, text]): [string, string] => {
      const entry = readEntry(text, INPUTS.get(path)!.decimal);
      return [path, 'value' in entry ? entryText(entry.value) : text.trim()];
    });
    this.edit(updates);
    this.say(inLocale(this.locale, () => pastedWords(plan, updates.length, layout.undivided)));
  }

  // -------------------------------------------------------------------------------------------
  // Files

  private async open(file: File): Promise<void> {
    this.say(inLocale(this.locale, () => editorTexts().reading(file.name)));
    this.opened = await openReportFile(file);
    this.message = undefined;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.opened')?.focus();
  }

  /** Replace the current work with the opened file (one step: undo brings the work back). */
  confirmOpen(): void {
    const opened = this.opened;
    if (!opened?.report) return;
    this.opened = undefined;
    this.base = opened.report;
    const fields = fieldsOf(opened.report);
    const keys = new Set([...fields.keys(), ...this.fields.keys()]);
    this.edit([...keys].map((key) => [key, fields.get(key) ?? ''] as const));
    this.toConfirm = new Map(opened.toConfirm);
    this.block = 'info';
    this.say(inLocale(this.locale, () => editorTexts().opened(opened.name)));
  }

  restoreDraft(): void {
    const offer = this.restoreOffer;
    if (!offer) return;
    this.restoreOffer = undefined;
    this.base = offer.draft.base;
    const fields = new Map(offer.draft.fields);
    const keys = new Set([...fields.keys(), ...this.fields.keys()]);
    this.edit([...keys].map((key) => [key, fields.get(key) ?? ''] as const));
    this.say(inLocale(this.locale, () => editorTexts().restored));
  }

  private discardDraft(): void {
    if (this.restoreOffer) removeDraft(this.restoreOffer.key);
    this.restoreOffer = undefined;
  }

  /** Problems that keep the report from being downloaded, in words; empty when it can go. */
  private downloadProblems(): string[] {
    const entries = [...this.read.problems.keys()].map((key) => {
      const label = cellLabelInSection(key);
      const name = label ? labelIn(label, this.locale) : key;
      return inLocale(this.locale, () => editorTexts().downloadEntry(name));
    });
    const result = validateReport(this.read.report);
    const errors = result.issues.filter((issue) => issue.severity === 'error' && !this.read.problems.has(issue.path));
    return [...entries, ...errors.map((issue) => labelIn(issue.message, this.locale))];
  }

  /** Download the report as a JSON file named with agency and year, when it is valid. */
  download(): boolean {
    const problems = this.downloadProblems();
    if (problems.length) {
      this.say(
        inLocale(this.locale, () =>
          editorTexts().downloadRefused(
            problems.slice(0, 3).join(editorTexts().problemSeparator) +
              (problems.length > 3 ? editorTexts().ellipsis : ''),
          ),
        ),
        'alert',
      );
      return false;
    }
    const blob = new Blob([reportJson(this.read.report)], {type: 'application/json'});
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = downloadName(this.read.report);
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
    this.savedFields = new Map(this.fields);
    this.say(inLocale(this.locale, () => editorTexts().downloaded(link.download)));
    return true;
  }

  private async copyEmbed(): Promise<void> {
    const area = this.renderRoot.querySelector<HTMLTextAreaElement>('#embed-code');
    try {
      await navigator.clipboard.writeText(embedSnippet(this.read.report));
      this.say(inLocale(this.locale, () => editorTexts().copied));
    } catch {
      area?.select();
      this.say(inLocale(this.locale, () => editorTexts().copyFailed));
    }
  }

  // -------------------------------------------------------------------------------------------
  // Keys, typing and pasting in the form

  private onInput(event: Event): void {
    const target = event.target as HTMLInputElement | HTMLTextAreaElement;
    const key = target.dataset.path ?? target.dataset.field;
    if (key) this.edit([[key, target.value]], true);
  }

  /** A valid entry is shown normalized once the cell is left ("1,363" → 1363); still the same step. */
  private onChange(event: Event): void {
    const target = event.target as HTMLInputElement;
    const path = target.dataset.path;
    const input = path ? INPUTS.get(path) : undefined;
    if (!path || !input) return;
    const entry = readEntry(target.value, input.decimal);
    if ('value' in entry && entryText(entry.value) !== target.value) this.edit([[path, entryText(entry.value)]], true);
  }

  private onFocusIn(event: FocusEvent): void {
    const target = event.target as HTMLInputElement;
    const key = target.dataset?.path ?? target.dataset?.field;
    this.history.endTyping();
    this.focusText = key ? {key, text: this.fields.get(key) ?? ''} : undefined;
    if (target.dataset?.path) target.select();
  }

  private move(from: string, rows: number, columns: number): boolean {
    const position = gridPosition(from, this.read.layout);
    if (!position) return false;
    const {grid} = position.table;
    const row = position.row + rows;
    if (row < 0 || row >= grid.length) return false;
    const column = Math.min(Math.max(position.column + columns, 0), grid[row]!.length - 1);
    if (columns !== 0 && column === position.column) return false;
    this.focusField(grid[row]![column]!);
    return true;
  }

  private onKeyDown(event: KeyboardEvent): void {
    const command = event.ctrlKey || event.metaKey;
    if (command && !event.altKey) {
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) return this.handled(event, () => this.undo());
      if (key === 'y' || (key === 'z' && event.shiftKey)) return this.handled(event, () => this.redo());
      if (key === 's') return this.handled(event, () => this.save());
      return;
    }
    const target = event.composedPath()[0] as HTMLInputElement;
    const path = target?.dataset?.path;
    if (!path) return;
    const atStart = target.selectionStart === 0 && target.selectionEnd === 0;
    const atEnd = target.selectionStart === target.value.length && target.selectionEnd === target.value.length;
    const whole = target.selectionStart === 0 && target.selectionEnd === target.value.length;
    switch (event.key) {
      case 'ArrowUp':
        return this.handled(event, () => this.move(path, -1, 0));
      case 'ArrowDown':
        return this.handled(event, () => this.move(path, 1, 0));
      case 'ArrowLeft':
        if (atStart || whole) this.handled(event, () => this.move(path, 0, -1));
        return;
      case 'ArrowRight':
        if (atEnd || whole) this.handled(event, () => this.move(path, 0, 1));
        return;
      case 'Enter':
        return this.handled(event, () => {
          target.dispatchEvent(new Event('change', {bubbles: true}));
          this.move(path, event.shiftKey ? -1 : 1, 0);
        });
      case 'Escape':
        if (this.focusText?.key === path) {
          const text = this.focusText.text;
          this.handled(event, () => {
            this.edit([[path, text]], true);
            void this.updateComplete.then(() => target.select());
          });
        }
        return;
    }
  }

  private handled(event: Event, run: () => unknown): void {
    event.preventDefault();
    run();
  }

  private onPaste(event: ClipboardEvent): void {
    const target = event.composedPath()[0] as HTMLInputElement;
    const path = target?.dataset?.path;
    if (!path || !event.clipboardData) return;
    const block = clipboardBlock(event.clipboardData);
    if (block.length <= 1 && (block[0]?.length ?? 0) <= 1) return; // one value: the input takes it as typed
    event.preventDefault();
    this.pasteBlock(path, block);
  }

  /** A cell's 核查N mark leads to its finding in the list (a fragment link cannot reach into a shadow root). */
  private onClick(event: MouseEvent): void {
    const mark = (event.composedPath()[0] as Element)?.closest?.('a.finding-mark');
    if (!(mark instanceof HTMLAnchorElement)) return;
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement>(`#finding-${mark.dataset.finding}`)?.focus();
  }

  private onDrop(event: DragEvent): void {
    const file = event.dataTransfer?.files[0];
    if (!file) return;
    event.preventDefault();
    void this.open(file);
  }

  // -------------------------------------------------------------------------------------------
  // Rendering

  protected override updated(): void {
    // Announce the number of findings when it changes (not every keystroke).
    const count = this.listedFindings().length;
    if (count !== this.announced && this.announced !== -1) {
      const live = this.renderRoot.querySelector('#findings-live');
      if (live) {
        live.textContent = inLocale(this.locale, () =>
          count ? editorTexts().liveFindings(count) : editorTexts().liveNone,
        );
      }
    }
    this.announced = count;
  }

  protected override render(): TemplateResult {
    const locale = this.locale;
    return inLocale(
      locale,
      () => html`<div
        class="root"
        lang=${locale}
        @input=${this.onInput}
        @change=${this.onChange}
        @focusin=${this.onFocusIn}
        @keydown=${this.onKeyDown}
        @paste=${this.onPaste}
        @dragover=${(event: DragEvent) => event.preventDefault()}
        @drop=${this.onDrop}
        @click=${this.onClick}
      >
        ${this.renderToolbar()} ${this.renderNotices()}
        <div class="layout">
          ${this.renderNav(locale)}
          <div class="block">${this.renderBlock(locale)}</div>
        </div>
        ${this.renderFindings(locale)}
        <p class="visually-hidden" id="findings-live" role="status" aria-live="polite"></p>
      </div>`,
    );
  }

  private renderToolbar(): TemplateResult {
    const hasPrevious = Boolean(this.previousResult?.report);
    return html`<div class="toolbar" role="toolbar" aria-label=${editorTexts().toolbar}>
      <label class="file-button">
        ${editorTexts().open}
        <input
          type="file"
          accept=${`.json,application/json,${IMPORT_FILE_TYPES}`}
          @change=${(event: Event) => {
            const input = event.target as HTMLInputElement;
            const file = input.files?.[0];
            if (file) void this.open(file);
            input.value = '';
          }}
        />
      </label>
      <button type="button" @click=${() => this.save()}>${editorTexts().save}</button>
      <button type="button" ?disabled=${!this.history.canUndo} @click=${() => this.undo()}>${editorTexts().undo}</button>
      <button type="button" ?disabled=${!this.history.canRedo} @click=${() => this.redo()}>${editorTexts().redo}</button>
      <button type="button" @click=${() => this.fillAllTotals()}>${editorTexts().fillAll}</button>
      ${
        hasPrevious
          ? html`<button type="button" @click=${() => this.prefillFromPrevious()}>${editorTexts().prefill}</button>`
          : nothing
      }
      <button type="button" @click=${() => this.download()}>${editorTexts().download}</button>
    </div>`;
  }

  private renderNotices(): TemplateResult {
    const message = this.message;
    return html`
      <p class="message" role=${message?.kind === 'alert' ? 'alert' : 'status'}>${message?.text ?? ''}</p>
      ${this.loadProblem ? html`<p class="load-problem" role="alert">${this.loadProblem}</p>` : nothing}
      ${
        this.restoreOffer
          ? html`<div class="offer" role="region" aria-label=${editorTexts().draftRegion}>
              <p>${editorTexts().draftFound(new Date(this.restoreOffer.draft.savedAt).toLocaleString(this.locale))}</p>
              <button type="button" @click=${() => this.restoreDraft()}>${editorTexts().restore}</button>
              <button type="button" @click=${() => this.discardDraft()}>${editorTexts().discard}</button>
            </div>`
          : nothing
      }
      ${this.opened ? this.renderOpened(this.opened) : nothing}
    `;
  }

  private renderOpened(opened: OpenedFile): TemplateResult {
    const report = opened.report;
    // The report's own text, in the UI locale's language where the report has it.
    const agency = report
      ? typeof report.agency === 'string'
        ? report.agency
        : ((report.agency as Partial<Record<string, string>>)[keyOf(this.locale)] ?? report.agency.zh)
      : '';
    const positions = [...opened.toConfirm.values()].filter((kind) => kind === 'position').length;
    const unplaced = [...opened.toConfirm.values()].filter((kind) => kind === 'unplaced').length;
    return html`<div class="opened" role="region" tabindex="-1" aria-labelledby="opened-title">
      <p id="opened-title"><strong>${editorTexts().openedTitle(opened.name)}</strong></p>
      ${
        report
          ? html`<ul>
              <li>${editorTexts().openedAgency(agency, String(report.year ?? '—'))}</li>
              <li>${editorTexts().openedCells(opened.filledCells, opened.cells)}</li>
              ${positions ? html`<li>${editorTexts().openedPositions(positions)}</li>` : nothing}
              ${unplaced ? html`<li>${editorTexts().openedUnplaced(unplaced)}</li>` : nothing}
              ${opened.issues.slice(0, 5).map((issue) => html`<li>${labelIn(issue, this.locale)}</li>`)}
            </ul>
            <p>${editorTexts().openedQuestion}</p>
            <button type="button" @click=${() => this.confirmOpen()}>${editorTexts().openedReplace}</button>`
          : html`<ul>
              ${opened.issues.slice(0, 5).map((issue) => html`<li>${labelIn(issue, this.locale)}</li>`)}
            </ul>`
      }
      <button type="button" @click=${() => (this.opened = undefined)}>${editorTexts().openedCancel}</button>
    </div>`;
  }

  private blockName(block: EditorBlock, locale: Locale): string {
    if (block === 'info') return editorTexts().metadata;
    if (block === 'preview') return editorTexts().preview;
    const heading = sectionFormat(block).heading;
    return labelIn(heading, locale);
  }

  private renderNav(locale: Locale): TemplateResult {
    return html`<nav aria-label=${editorTexts().parts}>
      <ul>
        ${EDITOR_BLOCKS.map(
          (block) => html`<li>
            <button
              type="button"
              aria-current=${block === this.block ? 'true' : 'false'}
              @click=${() => {
                this.block = block;
              }}
            >
              ${this.blockName(block, locale)}
            </button>
          </li>`,
        )}
      </ul>
    </nav>`;
  }

  private renderBlock(locale: Locale): TemplateResult {
    const block = this.block;
    const textView = {
      locale,
      field: (key: string) => this.fields.get(key) ?? '',
      problem: (key: string) => this.read.problems.get(key),
    };
    if (block === 'info') return html`${renderMetadata(textView)}${this.renderEmbed()}`;
    if (block === 'preview') return this.renderPreview();
    const table = this.read.layout.tables.find((candidate) => candidate.id === block);
    if (table) return this.renderTable(table, locale);
    return renderNarrative(block as NarrativeSection, textView, {
      addPart: () => this.edit(newPartFields(Number(this.fields.get(FIELD.partCount)) || 0)),
      removePart: (index) => this.edit([[FIELD.partCount, String(index)]]),
    });
  }

  private renderTable(table: FormTable, locale: Locale): TemplateResult {
    return html`<p class="hint">
        ${editorTexts().tableHint}
      </p>
      ${table.id === 'requests' ? this.renderOtherLayout(locale) : nothing}
      ${renderFormTable(table, {
        locale,
        text: (path) => this.fields.get(path) ?? '',
        problem: (path) => this.read.problems.get(path),
        marks: this.marks,
        toConfirm: this.toConfirm,
      })}`;
  }

  /**
   * Table 三's （六）其他处理: printed as one row (the 2019 layout), it is edited and downloaded as
   * one row, and can be split on request; once split, the one row's numbers stay on show.
   */
  private renderOtherLayout(locale: Locale): TemplateResult | typeof nothing {
    if (this.read.layout.undivided) {
      return html`<div class="layout-note">
        <p>${editorTexts().undividedNote}</p>
        <button type="button" @click=${() => this.splitOther()}>
          ${editorTexts().splitOther}
        </button>
      </div>`;
    }
    const before = UNDIVIDED_ROW.map(
      (path, index) => [COLUMN_LEAVES[index]!.label, this.fields.get(path) ?? ''] as const,
    );
    if (before.every(([, text]) => text.trim() === '')) return nothing;
    const numbers = before
      .map(([label, text]) => `${labelIn(label, locale)} ${text.trim() || blankWord()}`)
      .join(editorTexts().listSeparator);
    return html`<p class="layout-note">
      ${editorTexts().splitBefore(numbers)}
    </p>`;
  }

  private renderEmbed(): TemplateResult {
    return html`<details class="embed">
      <summary>${editorTexts().embed}</summary>
      <label for="embed-code">${editorTexts().embedLabel}</label>
      <textarea id="embed-code" readonly rows="6" .value=${embedSnippet(this.read.report)}></textarea>
      <button type="button" @click=${() => void this.copyEmbed()}>${editorTexts().copyEmbed}</button>
    </details>`;
  }

  private renderPreview(): TemplateResult {
    if (!this.previewReady) {
      // The viewer is loaded only when the preview is first shown.
      void import('../components/disclosure-report/define.js').then(() => (this.previewReady = true));
      return html`<p role="status">${editorTexts().previewLoading}</p>`;
    }
    const choices = [
      ['zh', editorTexts().langZh],
      ['en', editorTexts().previewEn],
      ['both', editorTexts().previewBoth],
    ] as const;
    return html`<fieldset class="preview-lang">
        <legend>${editorTexts().previewLang}</legend>
        ${choices.map(
          ([value, name]) => html`<label
            ><input
              type="radio"
              name="preview-lang"
              .checked=${this.previewLang === value}
              @change=${() => (this.previewLang = value)}
            />${name}</label
          >`,
        )}
      </fieldset>
      <disclosure-report
        audit
        lang=${this.previewLang === 'en' ? 'en' : 'zh-CN'}
        ?bilingual=${this.previewLang === 'both'}
        .report=${this.read.report}
      ></disclosure-report>`;
  }

  private renderFindings(locale: Locale): TemplateResult {
    const listed = this.listedFindings();
    const waiting = this.findings.length - listed.length;
    const fillButton = (finding: Finding) => {
      const path = finding.cells[0]!;
      if (!TOTAL_RULES.has(finding.rule) || !this.read.layout.inputs.has(path)) return nothing;
      // Only a total whose parts are all there can be filled; an incomplete rule says which are not.
      const blankParts = finding.kind === 'incomplete' && finding.actual !== null;
      if (blankParts || (finding.kind === 'violation' && finding.expected === null)) return nothing;
      const value = finding.expected;
      const name = labelIn(cellLabelInSection(path) ?? {zh: path}, locale);
      return html`<button type="button" @click=${() => this.fillTotal(path)}>
        ${value === null ? editorTexts().fillOneBlank : editorTexts().fillOne(value)}<span class="visually-hidden">${editorTexts().fillOneCell(name)}</span>
      </button>`;
    };
    const cellLink = (path: string) => {
      if (!this.read.layout.inputs.has(path)) return nothing;
      const name = labelIn(cellLabelInSection(path)!, locale);
      return html`<li><a href=${`#${cellId(path)}`} @click=${(event: Event) => (event.preventDefault(), this.reveal(path))}>${name}</a></li>`;
    };
    return html`<section class="findings" aria-labelledby="findings-title">
      <h2 id="findings-title">
        ${editorTexts().findings}${listed.length ? editorTexts().findingsCount(listed.length) : ''}
      </h2>
      ${listed.length === 0 ? html`<p>${editorTexts().noFindings}</p>` : nothing}
      <ol>
        ${listed.map(
          (finding, index) => html`<li class=${finding.severity} id=${`finding-${index + 1}`} tabindex="-1">
            <span>${labelIn(finding.message, locale)}</span>
            <ul class="cells">${finding.cells.map(cellLink)}</ul>
            ${fillButton(finding)}
          </li>`,
        )}
      </ol>
      ${
        waiting
          ? html`<details>
              <summary>${editorTexts().findingsWaiting(waiting)}</summary>
              <ul>
                ${this.findings
                  .filter((finding) => finding.kind !== 'violation')
                  .map((finding) => html`<li>${labelIn(finding.message, locale)} ${fillButton(finding)}</li>`)}
              </ul>
            </details>`
          : nothing
      }
    </section>`;
  }
}
