/** Registers <report-editor> (once). */
import {ReportEditor} from './report-editor.js';

export {ReportEditor};

if (!customElements.get('report-editor')) customElements.define('report-editor', ReportEditor);

declare global {
  interface HTMLElementTagNameMap {
    'report-editor': ReportEditor;
  }
}
