import {css} from 'lit';

/**
 * Styles of table 四 beyond the shared ones, kept to its block (table-block.ts): the same in an
 * <appeal-litigation-grid> and in a <disclosure-report>, whose root holds tables 二 and 三 as well.
 */
export const appealLitigationGridStyles = css`
  .appeal-litigation-grid thead th {
    min-width: 2.5em;
  }
  @media print {
    /* 15 columns in the 156 mm type area of A4 portrait: a small font and wrapping headers. */
    .appeal-litigation-grid {
      font-size: 8.5pt;
    }
    .appeal-litigation-grid th,
    .appeal-litigation-grid td {
      padding: 0.15em 0.15em;
    }
    .appeal-litigation-grid thead th {
      min-width: 0;
    }
    /* Equal columns, as printed: auto layout squeezes the short 总计 headers to one character. */
    .appeal-litigation-grid table {
      table-layout: fixed;
    }
  }
`;
