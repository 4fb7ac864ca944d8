/** Registers <appeal-litigation-grid> (once, so two copies of the bundle on a page do not throw). */
import {AppealLitigationGrid} from './appeal-litigation-grid.js';

export {AppealLitigationGrid};

if (!customElements.get('appeal-litigation-grid'))
  customElements.define('appeal-litigation-grid', AppealLitigationGrid);

declare global {
  interface HTMLElementTagNameMap {
    'appeal-litigation-grid': AppealLitigationGrid;
  }
}
