/**
 * The findings of the whole report in words, each with links to the cells it names. The cells
 * live in the report's shadow root, or in those of the table elements an author laid out in it,
 * which a fragment link cannot reach: a link asks the report to show and focus the cell.
 */
import {html, type TemplateResult} from 'lit';
import {uiTexts} from '../../i18n/localization.js';
import type {Finding} from '../../model/checks.js';
import {cellLabelInSection} from '../../model/cell-labels.js';
import type {ReportView} from '../report-view.js';
import {cellLinkList} from '../common/cell-links.js';
import {cellId} from '../common/table-template.js';
import {label, uiText} from '../common/labels.js';
import {focusCellIn} from '../common/focus-cell.js';

interface CellHolder extends Element {
  focusCell(path: string): boolean;
}

/** Every element under `root` (through open shadow roots) that can focus a cell. */
function cellHolders(root: ParentNode, found: CellHolder[] = []): CellHolder[] {
  for (const element of root.querySelectorAll('*')) {
    if (typeof (element as Partial<CellHolder>).focusCell === 'function') found.push(element as CellHolder);
    if (element.shadowRoot) cellHolders(element.shadowRoot, found);
  }
  return found;
}

/** Focus the cell at `path` in any table inside `roots`; false when none shows it. */
export function revealCell(roots: readonly ParentNode[], path: string): boolean {
  return roots.some((root) => focusCellIn(root, path) || cellHolders(root).some((holder) => holder.focusCell(path)));
}

/** `reveal`: what following a link does in place of the link (the element focuses the cell across shadow roots). */
export function renderAuditSummary(view: ReportView, reveal: (path: string) => void): TemplateResult {
  // Previous-year cells are not in this report's tables. The finding's message names the section,
  // so each link names the cell within it (a full chain took six lines per link on a phone).
  const cells = (finding: Finding) =>
    finding.cells.filter((path) => !path.includes(':') && cellLabelInSection(path) !== undefined);
  const link = (path: string) => {
    const name = cellLabelInSection(path)!;
    // The cell's own id: in the report's one root, and on a static page where no script reveals it.
    return html`<li>
      <a
        href=${`#${cellId(path)}`}
        @click=${(event: Event) => {
          event.preventDefault();
          reveal(path);
        }}
        >${label(name, view)}</a
      >
    </li>`;
  };
  return html`<div class="audit" part="dr-audit">
    <p class="list-title" id="audit-title">
      ${uiText(() => uiTexts().findingsHeading, view)}
      ${
        view.findings.length
          ? html`<span class="count">${uiText(() => uiTexts().findingsCount(view.findings.length), view)}</span>`
          : ''
      }
    </p>
    ${
      view.findings.length === 0
        ? html`<p>${uiText(() => uiTexts().noFindings, view)}</p>`
        : html`<ol aria-labelledby="audit-title">
          ${view.findings.map(
            // The id is what a checked cell's marker in a table leads to (render-table.ts, jump).
            (
              finding,
            ) => html`<li class=${finding.severity} id=${`finding-${view.findingNumber(finding)}`} tabindex="-1">
              <span>${label(finding.message, view)}</span>
              ${cellLinkList(cells(finding).map(link), view)}
            </li>`,
          )}
        </ol>`
    }
  </div>`;
}
