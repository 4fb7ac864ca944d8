import {css} from 'lit';

/** Styles of <disclosure-report> beyond the shared and prose ones. */
export const disclosureReportStyles = css`
  .head {
    margin: 0 0 1.25em;
  }
  /* As section headings (report-section.styles.ts): no larger than the text on a small screen
     with enlarged text, where a word of the title alone would be wider than the screen. */
  .title {
    font-size: clamp(1em, 7vw, 1.5em);
    line-height: 1.35;
    /* Balanced lines: the title never wraps with one character (告) alone on its last line. */
    text-wrap: balance;
    overflow-wrap: break-word;
    hyphens: auto;
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
