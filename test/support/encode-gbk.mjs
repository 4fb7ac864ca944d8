// Test-only: text encoded as GBK (GB2312's superset, what older portals and a Chinese Windows
// save), for pages served in it. No GBK encoder ships with Node or the browsers, and no package
// is needed for a test: the table is the inverse of the platform's own GBK decoder.
let table;

function gbkTable() {
  const decoder = new TextDecoder('gbk');
  const map = new Map();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const char = decoder.decode(Uint8Array.of(lead, trail));
      if (char.length === 1 && char !== '\ufffd' && !map.has(char)) map.set(char, [lead, trail]);
    }
  }
  return map;
}

/** The GBK bytes of `text`; throws on a character GBK lacks. */
export function encodeGbk(text) {
  table ??= gbkTable();
  const bytes = [];
  for (const char of text) {
    const code = char.codePointAt(0);
    if (code < 0x80) bytes.push(code);
    else if (table.has(char)) bytes.push(...table.get(char));
    else throw new Error(`not in GBK: ${char}`);
  }
  return Uint8Array.from(bytes);
}
