/** Helpers for the <report-editor> tests: typing, pasting and pressing keys as a person would, and reading what shows. */
import {fixture, html} from '@open-wc/testing';
import type {TemplateResult} from 'lit';
import type {ReportEditor} from '../../src/editor/report-editor.js';
import {valueAt} from '../../src/model/paths.js';
import {settle} from './table-helpers.js';

export async function mountEditor(template: TemplateResult, width = 1280): Promise<ReportEditor> {
  const holder = await fixture<HTMLElement>(html`<main style=${`width:${width}px`}>${template}</main>`);
  const editor = holder.querySelector('report-editor')!;
  await settle(editor);
  return editor;
}

export const root = (editor: ReportEditor) => editor.shadowRoot!;

/** Show a block (as clicking its button in the editor's navigation does). */
export async function showBlock(editor: ReportEditor, block: ReportEditor['block']): Promise<void> {
  editor.block = block;
  await editor.updateComplete;
}

export function cellInput(editor: ReportEditor, path: string): HTMLInputElement {
  const input = root(editor).querySelector<HTMLInputElement>(`input[data-path="${CSS.escape(path)}"]`);
  if (!input) throw new Error(`no input for ${path} in block ${editor.block}`);
  return input;
}

export function field(editor: ReportEditor, key: string): HTMLInputElement | HTMLTextAreaElement {
  const element = root(editor).querySelector<HTMLInputElement>(`[data-field="${CSS.escape(key)}"]`);
  if (!element) throw new Error(`no field ${key} in block ${editor.block}`);
  return element;
}

/** Type `text` into a field (replacing what is there), one input event per character, then leave it. */
export async function typeInto(
  editor: ReportEditor,
  element: HTMLInputElement | HTMLTextAreaElement,
  text: string,
): Promise<void> {
  element.focus();
  element.value = '';
  element.dispatchEvent(new InputEvent('input', {bubbles: true, composed: true}));
  for (const char of text) {
    element.value += char;
    element.dispatchEvent(new InputEvent('input', {bubbles: true, composed: true, data: char}));
  }
  element.dispatchEvent(new Event('change', {bubbles: true, composed: true}));
  await editor.updateComplete;
}

export async function press(editor: ReportEditor, key: string, options: KeyboardEventInit = {}): Promise<void> {
  const target = (root(editor).activeElement ?? editor) as HTMLElement;
  target.dispatchEvent(
    new KeyboardEvent('keydown', {key, bubbles: true, composed: true, cancelable: true, ...options}),
  );
  await editor.updateComplete;
}

/** Paste at a cell as a browser does: a paste event carrying the clipboard's types. */
export async function pasteAt(editor: ReportEditor, path: string, data: Record<string, string>): Promise<void> {
  const input = cellInput(editor, path);
  input.focus();
  const clipboardData = new DataTransfer();
  for (const [type, value] of Object.entries(data)) clipboardData.setData(type, value);
  input.dispatchEvent(new ClipboardEvent('paste', {clipboardData, bubbles: true, composed: true, cancelable: true}));
  await editor.updateComplete;
}

/** The input paths of the table on show, row by row, as the page lays them out. */
export function shownGrid(editor: ReportEditor): string[][] {
  return [...root(editor).querySelectorAll('table.form-table tr')]
    .map((row) => [...row.querySelectorAll<HTMLInputElement>('input[data-path]')].map((input) => input.dataset.path!))
    .filter((paths) => paths.length > 0);
}

/** A table of `report` as a spreadsheet copies it: its numbers row by row, tab-separated. */
export function tableTsv(editor: ReportEditor, report: unknown): string {
  const text = (value: unknown) => (value === null || value === undefined ? '' : String(value));
  return shownGrid(editor)
    .map((paths) => paths.map((path) => text(valueAt(report, path))).join('\t'))
    .join('\r\n')
    .concat('\r\n');
}

export const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The findings list items. */
export const listedFindings = (editor: ReportEditor) =>
  [...root(editor).querySelectorAll('.findings ol > li')].map(text);

/** Run `click` with the editor's download captured: the file name and the JSON it holds. */
export async function captureDownload(click: () => unknown): Promise<{name: string; json: unknown} | undefined> {
  const original = HTMLAnchorElement.prototype.click;
  let link: HTMLAnchorElement | undefined;
  const capture = (anchor: HTMLAnchorElement) => (link = anchor);
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    capture(this);
  };
  try {
    click();
  } finally {
    HTMLAnchorElement.prototype.click = original;
  }
  if (!link) return undefined;
  const response = await fetch(link.href);
  return {name: link.download, json: await response.json()};
}

/** Give the editor's file input a file, as choosing one in the dialog does. */
export async function chooseFile(editor: ReportEditor, file: File): Promise<void> {
  const input = root(editor).querySelector<HTMLInputElement>('input[type="file"]')!;
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', {bubbles: true}));
}
