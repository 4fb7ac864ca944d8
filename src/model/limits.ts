/**
 * Documented maximum sizes of a report. Beyond them the validator refuses the part that is too big
 * with a "too-large" (or "too-deep") issue instead of spending the page's memory and time on it.
 *
 * The numbers are generous: the largest real reports we know (a provincial government's, with
 * a long narrative) are about 60 KB of JSON, 120 paragraphs, and paragraphs under 2,000 characters.
 * They are also part of the JSON Schema (maxLength, maxItems, maxProperties), so back ends that
 * validate with the schema refuse the same files.
 */
export const LIMITS = {
  /** Size of a report file in UTF-8 bytes (2 MiB). Checked before the text is parsed. */
  fileBytes: 2 * 1024 * 1024,
  /**
   * Characters of one text (a paragraph, a title, a note, the agency's name), counted as Unicode
   * code points, which is how JSON Schema's maxLength counts: an emoji or a Han character outside
   * the BMP is one character, though JavaScript's `length` counts it as two.
   */
  textLength: 20_000,
  /** Items of one list: paragraphs of a section or part, notes under a table, preamble paragraphs. */
  paragraphs: 500,
  /** Titled parts of one narrative section (一、总体情况 has five in the template). */
  parts: 50,
  /** Cell annotations of one report. */
  annotations: 1_000,
  /**
   * Nesting of objects and arrays. A valid report nests 6 levels deep; the rest is room for
   * unknown fields. Deeper values are dropped.
   */
  depth: 32,
  /** Issues listed for one report; the rest are counted in one last issue. */
  issues: 1_000,
  /** The report year: the Regulations on Open Government Information took effect in 2008. */
  minYear: 2008,
  maxYear: 2100,
} as const;
