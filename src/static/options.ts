/** What `renderReportHtml()` takes besides the report. */
export type StaticMode = 'page' | 'fragment' | 'dsd';

export interface StaticOptions {
  /** `zh-CN` (default) or `en`; any `en*` tag means English, as for the elements' `lang`. */
  readonly lang?: string;
  /** Every label in Chinese with the English beneath (the elements' `bilingual`). */
  readonly bilingual?: boolean;
  /** Mark the cells arithmetic findings name and list the findings (the elements' `audit`). */
  readonly audit?: boolean;
  /** Level of the title heading, 1–6 (the report element's `heading-level`); sections are one below. */
  readonly headingLevel?: number;
  /**
   * - `page` (default): a standalone HTML document, no script, the library's CSS in one `<style>`;
   * - `fragment`: markup for a CMS rich-text editor, inline `style` attributes only;
   * - `dsd`: the elements themselves with Declarative Shadow DOM, which the bundle hydrates.
   */
  readonly mode?: StaticMode;
}

export const STATIC_MODES: readonly StaticMode[] = ['page', 'fragment', 'dsd'];
