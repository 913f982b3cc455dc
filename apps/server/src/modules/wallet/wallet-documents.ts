import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, type PDFFont, type PDFPage, rgb } from 'pdf-lib';

/**
 * One-page PDFs of the demo wallet's documents (a copy of an identity card, a birth certificate
 * from the hospital…): the national heading, the issuer, a title and label–value lines, in Noto
 * Sans (Vietnamese glyphs), with a visible "sample data" note. Not the official layouts.
 */
export type SimpleDocument = {
  issuer: string[];
  title: string;
  subtitle?: string;
  lines: readonly (readonly [string, string])[];
  place: string;
  note: string;
};

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;

function centered(page: PDFPage, font: PDFFont, text: string, y: number, size: number): void {
  const width = font.widthOfTextAtSize(text, size);
  page.drawText(text, { x: (A4[0] - width) / 2, y, size, font });
}

/** Splits `text` into lines no wider than `width`. */
function wrap(font: PDFFont, text: string, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && font.widthOfTextAtSize(candidate, size) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

export async function renderSimpleDocument(fontBytes: Uint8Array, doc: SimpleDocument): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  pdf.setTitle(doc.title);
  pdf.setLanguage('vi-VN');
  pdf.setProducer('Liên Thông');
  const font = await pdf.embedFont(fontBytes, { subset: true });
  const page = pdf.addPage(A4);
  let y = A4[1] - MARGIN;
  centered(page, font, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', y, 12);
  y -= 16;
  centered(page, font, 'Độc lập - Tự do - Hạnh phúc', y, 12);
  y -= 28;
  for (const line of doc.issuer) {
    centered(page, font, line, y, 11);
    y -= 15;
  }
  y -= 20;
  centered(page, font, doc.title.toUpperCase(), y, 16);
  y -= 20;
  if (doc.subtitle) {
    centered(page, font, doc.subtitle, y, 10);
    y -= 16;
  }
  y -= 14;
  const labelWidth = 190;
  for (const [label, value] of doc.lines) {
    page.drawText(`${label}:`, { x: MARGIN, y, size: 11, font });
    const wrapped = wrap(font, value, 11, A4[0] - 2 * MARGIN - labelWidth);
    for (const [index, part] of wrapped.entries()) {
      page.drawText(part, { x: MARGIN + labelWidth, y: y - index * 15, size: 11, font });
    }
    y -= 15 * Math.max(1, wrapped.length) + 6;
  }
  y -= 20;
  page.drawText(doc.place, { x: A4[0] / 2, y, size: 11, font });
  const noteLines = wrap(font, doc.note, 9, A4[0] - 2 * MARGIN);
  noteLines.forEach((line, index) => {
    page.drawText(line, {
      x: MARGIN,
      y: MARGIN + (noteLines.length - index - 1) * 12,
      size: 9,
      font,
      color: rgb(0.7, 0, 0),
    });
  });
  return pdf.save();
}
