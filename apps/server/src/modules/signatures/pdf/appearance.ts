import fontkit from '@pdf-lib/fontkit';
import {
  appendBezierCurve,
  beginText,
  closePath,
  concatTransformationMatrix,
  drawObject,
  endText,
  fill,
  moveTo,
  type PDFDocument,
  type PDFFont,
  type PDFImage,
  type PDFOperator,
  type PDFRef,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  rgb,
  setFillingColor,
  setFontAndSize,
  setLineWidth,
  setStrokingColor,
  setTextMatrix,
  showText,
  stroke,
} from 'pdf-lib';
import QRCode from 'qrcode';

/**
 * The visible part of a signature (Decree 30/2020, Appendix I): the signer's signature in blue,
 * the organisation's seal in red, or for attachments the organisation's signature at the top
 * right of page one with the document number and the ISO 8601 signing time. A QR code links to
 * the public verification page. Text is drawn with an embedded font that has Vietnamese glyphs.
 */
export type AppearanceStyle = 'signer' | 'seal' | 'attachment';

export type AppearanceSpec = {
  style: AppearanceStyle;
  /** Lines of text, top to bottom (the first one bold-looking by size). */
  lines: string[];
  /** A signature or seal image (PNG or JPEG), drawn on the left. */
  image?: Uint8Array | undefined;
  /** The verification link the QR code carries. */
  qr?: string | undefined;
};

const BLUE = rgb(0.05, 0.2, 0.65);
const RED = rgb(0.8, 0.05, 0.05);

export const APPEARANCE_SIZE: Record<AppearanceStyle, { width: number; height: number }> = {
  signer: { width: 230, height: 72 },
  seal: { width: 230, height: 90 },
  attachment: { width: 220, height: 56 },
};

function circle(cx: number, cy: number, r: number): PDFOperator[] {
  const k = 0.5523 * r;
  return [
    moveTo(cx + r, cy),
    appendBezierCurve(cx + r, cy + k, cx + k, cy + r, cx, cy + r),
    appendBezierCurve(cx - k, cy + r, cx - r, cy + k, cx - r, cy),
    appendBezierCurve(cx - r, cy - k, cx - k, cy - r, cx, cy - r),
    appendBezierCurve(cx + k, cy - r, cx + r, cy - k, cx + r, cy),
    closePath(),
  ];
}

function qrOperators(text: string, x: number, y: number, size: number): PDFOperator[] {
  const code = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const count = code.modules.size;
  const cell = size / count;
  const ops: PDFOperator[] = [setFillingColor(rgb(0, 0, 0))];
  for (let row = 0; row < count; row += 1) {
    for (let col = 0; col < count; col += 1) {
      if (code.modules.get(row, col))
        ops.push(rectangle(x + col * cell, y + size - (row + 1) * cell, cell, cell));
    }
  }
  ops.push(fill());
  return ops;
}

// The font is parsed for each document: a fontkit font shared between documents carries glyph
// state from one subset to the next, and later documents' text layers then extract wrongly
// (seen with "Á": "BAN" read back as "B N"). Measured cost: a few ms per signature.
function fitSize(font: PDFFont, text: string, wanted: number, width: number): number {
  const w = font.widthOfTextAtSize(text, wanted);
  return w <= width ? wanted : Math.max(5, (wanted * width) / w);
}

/** Embeds what the appearance needs and returns its form XObject (not yet registered). */
export async function buildAppearance(
  doc: PDFDocument,
  fontBytes: Uint8Array,
  spec: AppearanceSpec,
): Promise<{ ref: PDFRef; width: number; height: number }> {
  const { width, height } = APPEARANCE_SIZE[spec.style];
  doc.registerFontkit(fontkit);
  const font = await doc.embedFont(fontBytes, { subset: true });
  const color = spec.style === 'signer' ? BLUE : RED;
  const ops: PDFOperator[] = [pushGraphicsState()];
  let left = 4;
  const resources: { Font: Record<string, PDFRef>; XObject?: Record<string, PDFRef> } = { Font: {} };
  if (spec.qr) {
    const size = height - 8;
    ops.push(...qrOperators(spec.qr, left, 4, size));
    left += size + 6;
  }
  let image: PDFImage | undefined;
  if (spec.image) {
    const isPng = spec.image[0] === 0x89 && spec.image[1] === 0x50;
    image = isPng ? await doc.embedPng(spec.image) : await doc.embedJpg(spec.image);
    const box = height - 8;
    const scale = Math.min(box / image.width, box / image.height);
    const w = image.width * scale;
    const h = image.height * scale;
    ops.push(
      pushGraphicsState(),
      concatTransformationMatrix(w, 0, 0, h, left, (height - h) / 2),
      drawObject('Im1'),
      popGraphicsState(),
    );
    left += w + 6;
  } else if (spec.style === 'seal') {
    const r = height / 2 - 5;
    ops.push(
      setStrokingColor(color),
      setLineWidth(2),
      ...circle(left + r, height / 2, r),
      stroke(),
      setLineWidth(0.8),
      ...circle(left + r, height / 2, r - 5),
      stroke(),
      setFillingColor(color),
      ...circle(left + r, height / 2, 4),
      fill(),
    );
    left += 2 * r + 6;
  } else {
    ops.push(setStrokingColor(color), setLineWidth(0.8), rectangle(1, 1, width - 2, height - 2), stroke());
  }
  const textWidth = width - left - 4;
  const lineHeight = (height - 8) / Math.max(spec.lines.length, 1);
  ops.push(setFillingColor(color), beginText());
  spec.lines.forEach((line, index) => {
    const size = fitSize(font, line, index === 0 ? 8.5 : 7, textWidth);
    const y = height - 4 - lineHeight * (index + 1) + (lineHeight - size) / 2 + 1;
    ops.push(setFontAndSize('F1', size), setTextMatrix(1, 0, 0, 1, left, y), showText(font.encodeText(line)));
  });
  ops.push(endText(), popGraphicsState());
  await font.embed();
  resources.Font.F1 = font.ref;
  if (image) {
    await image.embed();
    resources.XObject = { Im1: image.ref };
  }
  const stream = doc.context.formXObject(ops, {
    BBox: [0, 0, width, height],
    Resources: resources,
  });
  return { ref: doc.context.register(stream), width, height };
}
