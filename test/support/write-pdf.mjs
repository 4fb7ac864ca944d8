// Test-only: a minimal PDF writer for the PDF reader's hostile tests (a document of hundreds of
// pages, a page with nothing but a drawing, as a scan has no text). No PDF library writes such
// files with less code than this, and the reader must be tested on files no office suite makes.
// Text is one line per string at the given position: ASCII in the standard Helvetica font, or with
// `chinese: true` in STSong-Light, a Chinese font a PDF names without embedding it (as Word does
// when fonts are not embedded): its characters are UCS-2 codes read through the UniGB-UCS2-H map,
// Latin letters and digits half as wide as Chinese ones, as the font's width table says.

/**
 * The bytes of a PDF with one page (A4 unless taller) per entry of `pages`: `{lines: [{text, x, y, size}], boxes:
 * [[x, y, w, h]], height}` (PDF points, origin bottom-left; `height` 842 unless given, the page 595
 * wide). Boxes are filled black rectangles.
 */
export function writePdf(pages) {
  const objects = [];
  const add = (body) => objects.push(body) && objects.length;
  const catalog = add('');
  const pageTree = add('');
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
  const descriptor = add(
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
  );
  const cidFont = add(
    `<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor ${descriptor} 0 R /DW 1000 /W [1 95 500 814 907 500] >>`,
  );
  const chineseFont = add(
    `<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [${cidFont} 0 R] >>`,
  );
  const ucs2 = (text) => [...text].map((c) => c.charCodeAt(0).toString(16).padStart(4, '0')).join('');
  const kids = pages.map(({lines = [], boxes = [], height = 842}) => {
    const escape = (text) => text.replace(/[\\()]/g, (c) => `\\${c}`);
    const content = [
      ...boxes.map(([x, y, w, h]) => `${x} ${y} ${w} ${h} re f`),
      ...lines.map(({text, x = 72, y = 700, size = 12, chinese = false}) =>
        chinese
          ? `BT /F2 ${size} Tf ${x} ${y} Td <${ucs2(text)}> Tj ET`
          : `BT /F1 ${size} Tf ${x} ${y} Td (${escape(text)}) Tj ET`,
      ),
    ].join('\n');
    const stream = add(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
    return add(
      `<< /Type /Page /Parent ${pageTree} 0 R /MediaBox [0 0 595 ${height}] /Resources << /Font << /F1 ${font} 0 R /F2 ${chineseFont} 0 R >> >> /Contents ${stream} 0 R >>`,
    );
  });
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pageTree} 0 R >>`;
  objects[pageTree - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;

  let text = '%PDF-1.4\n';
  const offsets = objects.map((body, i) => {
    const offset = text.length;
    text += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return offset;
  });
  const xref = text.length;
  text += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  text += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  text += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(text);
}
