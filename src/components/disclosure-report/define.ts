/** Registers <disclosure-report> and every element it renders (once each). */
import '../report-section/define.js';
import {DisclosureReportElement} from './disclosure-report.js';

export {DisclosureReportElement};

if (!customElements.get('disclosure-report')) customElements.define('disclosure-report', DisclosureReportElement);

declare global {
  interface HTMLElementTagNameMap {
    'disclosure-report': DisclosureReportElement;
  }
}
