/**
 * Report text on its way to a terminal or a spreadsheet. A report file is untrusted: its agency
 * name or a message quoting it may hold escape sequences (which a terminal obeys), line breaks
 * (which would split one file's line in a summary in two) or bidirectional overrides (which make
 * text read differently from what it is). These are shown as visible `\uXXXX` escapes instead.
 */

/** C0 and C1 controls, DEL, the Unicode line and paragraph separators and the bidi controls. */
// eslint-disable-next-line no-control-regex -- finding control characters is what this is for
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const escapeOne = (char: string) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** The text with every unsafe character written as a visible `\uXXXX` (lossy: for people's eyes). */
export function escapeControls(text: string): string {
  return text.replace(UNSAFE, escapeOne);
}

/**
 * JSON text that a terminal can show as is. JSON.stringify already escapes C0 controls; this
 * escapes the rest the same way, which JSON reads back as the same characters (lossless).
 */
export function terminalSafeJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(UNSAFE_BEYOND_C0, escapeOne);
}

/** UNSAFE without C0: outside strings JSON has only its own whitespace, inside them C0 is escaped already. */
const UNSAFE_BEYOND_C0 = /[\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
