/**
 * A page number as printouts set it (「3」, 「- 3 -」, 「第 3 页 共 12 页」, 「3/12」, 「Page 3 of 12」): the
 * PDF reader drops it from a page's margin, and the text reader and the narrative drop it where
 * copied text kept it. One pattern for all three, so they agree on what a page number is.
 */
const PAGE_NUMBER = [
  /^[-–—－\s]*\d{1,4}[-–—－\s]*$/, // 3, - 3 -, — 3 —
  /^第\s*\d{1,4}\s*页(?:\s*[,，/／、]?\s*共\s*\d{1,4}\s*页)?$/, // 第 3 页, 第3页 共12页
  /^(?:共\s*\d{1,4}\s*页\s*[,，]?\s*)?第\s*\d{1,4}\s*页$/,
  /^\d{1,4}\s*[/／]\s*\d{1,4}$/, // 3/12
  /^page\s*\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?$/i,
];

export const isPageNumber = (text: string) => PAGE_NUMBER.some((pattern) => pattern.test(text.trim()));
