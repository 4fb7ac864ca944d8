import {css} from 'lit';

/**
 * Styles of tables 二 and 三 beyond the shared ones, kept to their block (table-block.ts): the
 * same in a <disclosure-table> and in a <disclosure-report>, whose root holds table 四 as well.
 */
export const disclosureTableStyles = css`
  /* Table 三's long row labels: give them room without letting them push the numbers off. */
  .disclosure-table th[scope='row']:not(.hidden-header),
  .disclosure-table th[scope='rowgroup'] {
    min-width: 4em;
  }
  .disclosure-table td.num {
    min-width: 3.5em;
  }
  /* Table 三's corner note on phones, where the corner has no width. */
  .disclosure-table caption .note-line {
    display: block;
    position: sticky;
    left: 0;
    box-sizing: border-box;
    max-width: var(--dr-visible-width, 100%);
    font-weight: 400;
    font-size: 0.8125em;
    text-align: start;
  }
  @media print {
    .disclosure-table {
      font-size: 9.5pt;
    }
    .disclosure-table td.corner {
      font-size: 8pt;
    }
    /* Table 三 on paper: the three row-label columns get 45% of the width so that long labels
       wrap over two lines rather than seven; the seven number columns share the rest (room for
       six-digit counts at this size). */
    [data-table='requests'] table {
      table-layout: fixed;
    }
    [data-table='requests'] col.c0 {
      width: 9%;
    }
    [data-table='requests'] col.c1 {
      width: 12%;
    }
    [data-table='requests'] col.c2 {
      width: 24%;
    }
    /* English column headers need the room more than the labels: 36% for the labels keeps words
       such as "Commercial" and "institutions" whole in the number columns. */
    .root[lang='en'] [data-table='requests'] col.c0 {
      width: 7%;
    }
    .root[lang='en'] [data-table='requests'] col.c1 {
      width: 10%;
    }
    .root[lang='en'] [data-table='requests'] col.c2 {
      width: 19%;
    }
  }
`;
