/**
 * What a report file's first bytes say of its encoding. Excel's and Notepad's "Unicode" is UTF-16
 * with a byte-order mark; `check` names it, and the elements read it.
 */
export function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/**
 * Bytes of a text file as text. A UTF-16 byte-order mark and a charset the source declares are
 * honoured first; then UTF-8; then GB18030, which GBK and GB2312 (what Excel, Notepad and many
 * government sites save on a Chinese Windows) are part of, so their Chinese does not turn into
 * "���". Bytes that are none of these are read as UTF-8 with replacement characters.
 */
export function decodeText(bytes: Uint8Array, declaredCharset?: string | null): string {
  for (const encoding of [utf16Encoding(bytes), declaredCharset, 'utf-8', 'gb18030']) {
    if (!encoding) continue;
    try {
      return new TextDecoder(encoding, {fatal: true}).decode(bytes);
    } catch {
      // an unknown label (RangeError) or bytes not in that encoding (TypeError): try the next
    }
  }
  return new TextDecoder('utf-8').decode(bytes);
}
