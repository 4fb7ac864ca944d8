// Test-only: a web page saved as a single file (.mht), as Word ("单个文件网页", quoted-printable in
// the page's own charset, after an English preamble) and Internet Explorer (folded headers, the page
// in base64) save one, with a picture part beside the page.

const CRLF = '\r\n';

/** Quoted-printable (RFC 2045): lines kept, at most 76 characters, soft breaks `=` between. */
function quotedPrintable(bytes) {
  const lines = [];
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i < bytes.length && bytes[i] !== 0x0a) continue;
    const line = bytes.subarray(start, i > start && bytes[i - 1] === 0x0d ? i - 1 : i);
    start = i + 1;
    const tokens = [...line].map((byte, k) => {
      const plain =
        (byte >= 33 && byte <= 126 && byte !== 0x3d) || ((byte === 0x20 || byte === 0x09) && k < line.length - 1);
      return plain ? String.fromCharCode(byte) : `=${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    });
    let out = '';
    let width = 0;
    for (const token of tokens) {
      if (width + token.length > 75) {
        out += `=${CRLF}`;
        width = 0;
      }
      out += token;
      width += token.length;
    }
    lines.push(out);
  }
  return lines.join(CRLF);
}

const base64 = (bytes) => Buffer.from(bytes).toString('base64').replace(/.{76}/g, `$&${CRLF}`);

const PNG = base64(Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0));

/**
 * The page's bytes as an .mht. `style` 'word': Word's layout, the page quoted-printable with the
 * charset in its part's header; 'ie': IE's folded headers, a picture part first, the page in base64
 * with no charset in its header (the page's <meta> names it).
 */
export function pageToMht(bytes, {style = 'word', charset = 'utf-8'} = {}) {
  const boundary = style === 'word' ? '----=_NextPart_01DB4F2A.6C1E3B70' : '----=_NextPart_000_0000_01DB4F2A.6C1E3B70';
  const page =
    style === 'word'
      ? [
          'Content-Location: file:///C:/D0A1B2C3/report.htm',
          'Content-Transfer-Encoding: quoted-printable',
          `Content-Type: text/html; charset="${charset}"`,
          '',
          quotedPrintable(bytes),
        ]
      : [
          'Content-Type: text/html',
          'Content-Transfer-Encoding: base64',
          'Content-Location: http://www.example.gov.cn/art/2025/1/20/art_1.html',
          '',
          base64(bytes),
        ];
  const picture = [
    'Content-Location: file:///C:/D0A1B2C3/report.files/image001.png',
    'Content-Transfer-Encoding: base64',
    'Content-Type: image/png',
    '',
    PNG,
  ];
  const head =
    style === 'word'
      ? [
          'MIME-Version: 1.0',
          `Content-Type: multipart/related; boundary="${boundary}"`,
          '',
          "This document is a Single File Web Page, also known as a Web Archive file.  If you are seeing this message, your browser or editor doesn't support Web Archive files.  Please download a browser that supports Web Archive, such as Windows® Internet Explorer®.",
        ]
      : [
          'From: <Saved by Windows Internet Explorer 8>',
          'Subject: =?gb2312?B?xOqxqA==?=',
          'Date: Mon, 20 Jan 2025 09:00:00 +0800',
          'MIME-Version: 1.0',
          'Content-Type: multipart/related;',
          '\ttype="text/html";',
          `\tboundary="${boundary}"`,
          'X-MimeOLE: Produced By Microsoft MimeOLE V6.1.7601.24158',
          '',
          'This is a multi-part message in MIME format.',
        ];
  const parts = style === 'word' ? [page, picture] : [picture, page];
  const text = [...head, '', ...parts.flatMap((part) => [`--${boundary}`, ...part, '']), `--${boundary}--`, ''].join(
    CRLF,
  );
  return new TextEncoder().encode(text);
}
