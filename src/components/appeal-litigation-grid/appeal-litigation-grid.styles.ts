import {css} from 'lit';

/** Styles of <appeal-litigation-grid> beyond the shared ones. */
export const appealLitigationGridStyles = css`
  thead th {
    min-width: 2.5em;
  }
  @media print {
    /* 15 columns in the 156 mm type area of A4 portrait: a small font and wrapping headers. */
    :host {
      font-size: 8.5pt;
    }
    th,
    td {
      padding: 0.15em 0.15em;
    }
    thead th {
      min-width: 0;
    }
    /* Equal columns, as printed: auto layout squeezes the short 总计 headers to one character. */
    table {
      table-layout: fixed;
    }
  }
`;
