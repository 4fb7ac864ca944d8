import {css} from 'lit';

/** Styles of <disclosure-table> beyond the shared ones. */
export const disclosureTableStyles = css`
  /* Table 三's long row labels: give them room without letting them push the numbers off. */
  th[scope='row'],
  th[scope='rowgroup'] {
    min-width: 4em;
  }
  td.num {
    min-width: 3.5em;
  }
  @media print {
    :host {
      font-size: 9.5pt;
    }
    td.corner {
      font-size: 8pt;
    }
  }
`;
