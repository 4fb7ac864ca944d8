import {css} from 'lit';

/** Styles of <disclosure-report> beyond the shared and prose ones. */
export const disclosureReportStyles = css`
  .head {
    margin: 0 0 1.25em;
  }
  .title {
    font-size: 1.5em;
    line-height: 1.35;
    margin: 0 0 0.4em;
    text-align: center;
    break-after: avoid;
    page-break-after: avoid;
  }
  .byline {
    margin: 0;
    text-align: center;
    font-size: 0.9375em;
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: 0.25em 1.5em;
  }
  .audit {
    margin: 0 0 1.5em;
    padding: 0.5em 0.75em;
    border: 1px solid var(--_flag-fg);
    border-inline-start-width: 0.3em;
  }
  .audit ol {
    margin: 0;
    padding-inline-start: 1.5em;
  }
  .audit li {
    margin: 0.35em 0;
  }
  .count {
    font-weight: 400;
  }
  @media print {
    :host {
      font-size: 12pt;
    }
    .title {
      font-size: 16pt;
    }
    .audit a {
      color: #000;
    }
  }
`;
