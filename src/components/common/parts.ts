/**
 * The styling API of the elements, listed once: their parts (`::part()` names) and CSS custom
 * properties, which element has which, and what each is for.
 *
 * - No element passes parts on (`exportparts`): a <disclosure-report> and a <report-section> render
 *   their sections and tables as templates in their own shadow root, so a page's
 *   `disclosure-report::part(dr-cell)` reaches the cells of every table in the report directly.
 *   The descriptions and per-element lists are not used at run time: the bundle leaves them out.
 * - custom-elements-manifest.config.mjs loads this file and writes each element's `cssParts` and
 *   `cssProperties` into custom-elements.json (Storybook's docs and editors read them), so the
 *   element headers carry no `@csspart` or `@cssproperty` of their own.
 *
 * This module imports nothing: the manifest config loads it on its own.
 */

/** The parts of a table (<disclosure-table>, <appeal-litigation-grid>); table 四 has no corner note. */
const TABLE_PARTS = [
  'dr-region',
  'dr-table',
  'dr-caption',
  'dr-unit',
  'dr-header',
  'dr-cell',
  'dr-cell-flagged',
  'dr-corner',
  'dr-blank',
  'dr-blank-note',
  'dr-group',
  'dr-invalid',
  'dr-marker',
  'dr-notes',
  'dr-findings',
] as const;

/** What every element shows when there is no report to show, or a part of it is unusable (report-element.ts). */
const MESSAGE_PARTS = ['dr-issues', 'dr-message', 'dr-status', 'dr-retry'] as const;

/** A section's own parts. */
const SECTION_PARTS = ['dr-heading', 'dr-part-heading', 'dr-paragraph', 'dr-no-text'] as const;

/** The report's own parts, besides its paragraphs. */
const REPORT_PARTS = ['dr-head', 'dr-title', 'dr-byline', 'dr-audit', 'dr-section'] as const;

export type PartName =
  | 'dr-root'
  | (typeof TABLE_PARTS)[number]
  | (typeof MESSAGE_PARTS)[number]
  | (typeof SECTION_PARTS)[number]
  | (typeof REPORT_PARTS)[number];

/** What each part is, for the docs. The type makes the list complete: a new part needs its line here. */
export const PART_DESCRIPTIONS: Readonly<Record<PartName, string>> = {
  'dr-root': 'Wrapper of everything the element renders.',
  'dr-region': 'The labelled scroll region around a table.',
  'dr-table': 'A table.',
  'dr-caption': 'A table caption (section heading and unit).',
  'dr-unit': 'The unit line in a caption.',
  'dr-header': 'Every header cell.',
  'dr-cell': 'Every data cell.',
  'dr-cell-flagged': 'A data cell named by a finding, in audit mode (it is also `dr-cell`).',
  'dr-corner': 'The corner note of table 三.',
  'dr-blank': 'The dash of a blank cell.',
  'dr-blank-note': 'The line under a table with blanks that says what the dash means.',
  'dr-group': "A label row of the phone layout (a group's or a row's label, above what it labels).",
  'dr-invalid': 'The marker of a cell whose value is invalid.',
  'dr-marker': 'Note and finding markers in cells.',
  'dr-notes': 'Notes under a table.',
  'dr-findings': 'The findings list under a table (audit).',
  'dr-issues': 'A list of data problems.',
  'dr-message': 'Error and problem messages.',
  'dr-status': 'Loading and no-data messages.',
  'dr-retry': 'The retry button after a failed load.',
  'dr-heading': 'A section heading.',
  'dr-part-heading': 'A part heading (（一）主动公开 …).',
  'dr-paragraph': 'Every paragraph.',
  'dr-no-text': 'The line saying that the report gives no text for a section.',
  'dr-head': 'The title block.',
  'dr-title': 'The title.',
  'dr-byline': 'Agency and publication date (when the report gives the date).',
  'dr-audit': 'The findings summary (audit).',
  'dr-section': 'Each of the six sections.',
};

export interface ElementParts {
  /** The parts in the element's own shadow root. */
  readonly own: readonly PartName[];
  /** The parts it passes on from the elements it renders (its `exportparts`), and from which. */
  readonly passedOn?: {readonly from: string; readonly parts: readonly PartName[]};
}

/** Which element has which parts. (Functions, not constants, so that the bundle surely drops them.) */
export function elementParts(): Readonly<Record<string, ElementParts>> {
  return {
    'disclosure-table': {own: ['dr-root', ...TABLE_PARTS, ...MESSAGE_PARTS]},
    'appeal-litigation-grid': {
      own: ['dr-root', ...TABLE_PARTS.filter((part) => part !== 'dr-corner'), ...MESSAGE_PARTS],
    },
    // Its table is a template in its own root: the table's parts are its own.
    'report-section': {own: ['dr-root', ...SECTION_PARTS, ...TABLE_PARTS, ...MESSAGE_PARTS]},
    // Its sections and tables are templates in its own root: their parts are its own.
    'disclosure-report': {own: ['dr-root', ...REPORT_PARTS, ...SECTION_PARTS, ...TABLE_PARTS, ...MESSAGE_PARTS]},
  };
}

/** The CSS custom properties every element reads (styles.ts), each with a fallback. */
const THEME_PROPERTIES = {
  '--dr-color': 'Text colour.',
  '--dr-background': 'Background colour.',
  '--dr-color-scheme':
    '`light` or `dark` forces a palette (inherited; needs CSS light-dark()); default `light dark` follows the system.',
  '--dr-header-background': 'Header cell background.',
  '--dr-border-color': 'Grid line colour.',
  '--dr-border-width': 'Grid line width (screen).',
  '--dr-font-family': 'Font family (screen).',
  '--dr-print-font-family': 'Font family on paper.',
  '--dr-font-size': 'Base font size.',
  '--dr-flag-color': 'Text and outline of cells named by findings.',
  '--dr-flag-background': 'Background of cells named by findings.',
  '--dr-focus-color': 'Focus ring colour.',
  '--dr-link-color': 'Link colour.',
};

/** What the elements with paragraphs read besides (report-section.styles.ts). */
const PROSE_PROPERTIES = {
  '--dr-measure': 'Maximum line length of paragraphs (default 38em).',
  '--dr-line-height': 'Line height of paragraphs (default 1.9).',
};

/** Which element reads which CSS custom properties, and what each does. */
export function elementCssProperties(): Readonly<Record<string, Readonly<Record<string, string>>>> {
  return {
    'disclosure-table': THEME_PROPERTIES,
    'appeal-litigation-grid': THEME_PROPERTIES,
    'report-section': {...PROSE_PROPERTIES, ...THEME_PROPERTIES},
    'disclosure-report': {...PROSE_PROPERTIES, ...THEME_PROPERTIES},
  };
}
