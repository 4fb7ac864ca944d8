import {css} from 'lit';

/**
 * Report prose, shared with <disclosure-report> (its preamble). Long Chinese paragraphs read best
 * at a moderate measure with generous leading and the first-line indent printed reports use;
 * English paragraphs are not indented.
 */
export const proseStyles = css`
  .para {
    max-width: var(--dr-measure, 38em);
    margin: 0 0 0.8em;
    line-height: var(--dr-line-height, 1.9);
    overflow-wrap: anywhere;
    /* A line break inside a paragraph's text is shown as one (the text stays text, never HTML). */
    white-space: pre-line;
  }
  .para.cjk {
    text-indent: 2em;
    text-align: justify;
  }
  .para.cjk + .para:not(.cjk) {
    margin-top: -0.4em;
  }
  @media print {
    .para {
      max-width: none;
      line-height: 1.75;
      orphans: 2;
      widows: 2;
    }
  }
`;

/** Styles of <report-section> beyond the shared ones. */
export const reportSectionStyles = [
  proseStyles,
  css`
    .section {
      margin: 0 0 1.5em;
    }
    .heading,
    .part-heading {
      line-height: 1.4;
      /* Long English headings wrap between words (at 200% text on a phone "Administrative" alone
         nearly fills a line); a word wider than the whole line may break rather than widen the
         page. Balanced lines: no lone word or character on the last line. */
      overflow-wrap: break-word;
      hyphens: auto;
      text-wrap: balance;
      break-after: avoid;
      page-break-after: avoid;
      /* A heading of two lines stays on one page (English headings are long). */
      break-inside: avoid;
      page-break-inside: avoid;
    }
    /* On a phone with enlarged text a heading grows no larger than the text: a word of the English
       headings ("Reconsideration") at 1.25 × 200% is wider than a 320–360 px screen. */
    .heading {
      font-size: clamp(1em, 6vw, 1.25em);
      margin: 1.5em 0 0.75em;
    }
    .part-heading {
      font-size: 1.05em;
      margin: 1.25em 0 0.5em;
    }
    @media print {
      :host {
        font-size: 12pt;
      }
      .heading {
        font-size: 14pt;
        margin: 1em 0 0.5em;
      }
      .part-heading {
        font-size: 12pt;
        margin: 0.75em 0 0.25em;
      }
    }
  `,
];
