/**
 * What a report file's first bytes say of its encoding. Excel's and Notepad's "Unicode" is UTF-16
 * with a byte-order mark; `check` names it, and the elements read it.
 */
export function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}
