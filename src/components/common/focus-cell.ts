/** Leading to a table cell from a link that a fragment cannot take there (across shadow roots). */

/**
 * Scroll the cell at a report path under `root` into view and focus it; false when `root` shows
 * no such cell. A cell that is no link target gets `tabindex=-1` first, or focus would not stay.
 */
export function focusCellIn(root: ParentNode, path: string): boolean {
  const cell = root.querySelector<HTMLElement>(`td[data-path="${CSS.escape(path)}"]`);
  if (!cell) return false;
  if (!cell.hasAttribute('tabindex')) cell.setAttribute('tabindex', '-1');
  cell.scrollIntoView?.({block: 'center', inline: 'nearest'});
  cell.focus();
  return true;
}
