/** Registers <disclosure-table> (once, so two copies of the bundle on a page do not throw). */
import {DisclosureTable} from './disclosure-table.js';

export {DisclosureTable};

if (!customElements.get('disclosure-table')) customElements.define('disclosure-table', DisclosureTable);

declare global {
  interface HTMLElementTagNameMap {
    'disclosure-table': DisclosureTable;
  }
}
