/** Registers <report-section> and the table elements it renders (once each). */
import '../disclosure-table/define.js';
import '../appeal-litigation-grid/define.js';
import {ReportSection} from './report-section.js';

export {ReportSection};

if (!customElements.get('report-section')) customElements.define('report-section', ReportSection);

declare global {
  interface HTMLElementTagNameMap {
    'report-section': ReportSection;
  }
}
