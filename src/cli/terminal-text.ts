/**
 * Report files are untrusted, and `check` prints their keys, paths and values to terminals and CI
 * logs. A control character printed raw is a command to the terminal: ESC starts a sequence that
 * can retitle the window or erase the line, CR moves back over what was printed, BEL rings. Bidi
 * controls reorder what a reader sees. Every one of them is shown as an escape instead.
 */

/** DEL, C1 controls, the line and paragraph separators, and the bidi controls. */
const BEYOND_C0 = '\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069';
/** The above and the C0 controls (ESC, BEL, CR, LF…). */
const UNSAFE = new RegExp(`[\u0000-\u001f${BEYOND_C0}]`, 'g');
/** JSON.stringify escapes C0 inside strings itself; outside them a line feed is its own layout. */
const UNSAFE_IN_JSON = new RegExp(`[${BEYOND_C0}]`, 'g');

const NAMED: Record<string, string> = {'\n': '\\n', '\r': '\\r', '\t': '\\t'};

const escapeOf = (char: string) => NAMED[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** One line of text output with every unsafe character written as an escape (\u001b, \r…). */
export function terminalSafe(line: string): string {
  return line.replace(UNSAFE, escapeOf);
}

/**
 * JSON text with the unsafe characters JSON.stringify leaves raw (DEL, C1, bidi, separators)
 * written as \u escapes: the same JSON value, and no control byte reaches the terminal.
 */
export function jsonSafe(json: string): string {
  return json.replace(UNSAFE_IN_JSON, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
