/**
 * The cells a finding names, as a list of links under the finding. A column sum names up to 22
 * cells, which as links took several phone screens per finding: past a few, the checked cell
 * (always first) stays in view and the terms fold into a `<details>` the reader can open.
 */
import {html, nothing, type TemplateResult} from 'lit';
import {uiTexts} from '../../i18n/localization.js';
import {uiText, type LabelOptions} from './labels.js';

/** Lists of up to this many cells show whole: a row or a short sum reads better unfolded. */
const SHOWN_WHOLE = 4;

/** `links` are the `<li>` items, the checked cell's first. */
export function cellLinkList(links: readonly TemplateResult[], options: LabelOptions): TemplateResult | typeof nothing {
  if (!links.length) return nothing;
  const name = uiTexts().findingCells;
  if (links.length <= SHOWN_WHOLE) return html`<ul class="cells" aria-label=${name}>${links}</ul>`;
  const [checked, ...terms] = links;
  return html`<ul class="cells" aria-label=${name}>
    ${checked}
    <li class="more-cells">
      <details>
        <summary>${uiText(() => uiTexts().moreCells(terms.length), options)}</summary>
        <ul class="cells">${terms}</ul>
      </details>
    </li>
  </ul>`;
}
