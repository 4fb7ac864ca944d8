/**
 * The parts an element passes on from the elements it renders in its shadow root (`exportparts`),
 * so that a page's `disclosure-report::part(dr-cell)` reaches the cells of every table in the
 * report. Without it `::part()` stops at the first shadow boundary.
 *
 * `dr-root` is not passed on: each nested element has one, and the page styling the report's
 * wrapper would restyle every section's and table's wrapper with it.
 */
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
  'dr-issues',
  'dr-message',
  'dr-status',
  'dr-retry',
];

/** `exportparts` of a table element inside a section or a report. */
export const TABLE_EXPORTS = TABLE_PARTS.join(', ');
