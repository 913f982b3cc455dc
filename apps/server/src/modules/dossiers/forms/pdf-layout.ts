import fontkit from '@pdf-lib/fontkit';
import {
  PDFDocument,
  type PDFFont,
  type PDFPage,
  popGraphicsState,
  pushGraphicsState,
  rgb,
  setLineWidth,
  setTextRenderingMode,
  TextRenderingMode,
} from 'pdf-lib';

/**
 * A small flowing layout on pdf-lib for the forms: A4 pages with Decree 30/2020/NĐ-CP margins,
 * text, wrapping, paragraphs with bold runs, page numbers. The blocks built on it (header,
 * title, tables, QR code, signer area) are in pdf-blocks.ts.
 * Text is drawn with an embedded TrueType font (Noto Sans) so Vietnamese extracts as typed (NFC).
 */

export const BLACK = rgb(0, 0, 0);
const GREY = rgb(0.35, 0.35, 0.35);
const A4: readonly [number, number] = [595.28, 841.89];

/**
 * Where the signatures module stamps its appearances on the last page (signatures/pdf/pades.ts,
 * appearance.ts): 36 pt from the right edge, 230 pt wide; the signer's at the bottom (36–108 pt
 * from the bottom edge), the organisation's seal at the top (18 pt from the top edge, 90 pt high).
 */
export const STAMP = {
  right: 36,
  width: 230,
  signerBottom: 36,
  signerHeight: 72,
  sealTop: 18,
  sealHeight: 90,
};

export type Layout = {
  doc: PDFDocument;
  page: PDFPage;
  /** Top of the next line box (PDF points from the bottom of the page). */
  y: number;
  width: number;
  height: number;
  left: number;
  /** x of the right edge of the text area. */
  right: number;
  top: number;
  bottom: number;
  regular: PDFFont;
  bold: PDFFont | null;
};

export type LayoutOptions = {
  title: string;
  issuedAt: Date;
  landscape?: boolean;
  /** Top margin of every page (default 57 pt = 20 mm). */
  top?: number;
  boldFont?: Uint8Array | undefined;
};

/*
 * No cache of parsed fonts across documents (unlike signatures/pdf/appearance.ts): fontkit's
 * subsetter changes the shared glyph objects of a composite glyph's components (A inside Á), and
 * a later document then maps them wrongly in its ToUnicode table ("BAN" extracts as "B N").
 */

/** NFC, no control characters but line breaks, runs of blanks collapsed. */
export function cleanText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\t\u00a0]/g, ' ')
    .replace(/[^\P{Cc}\n]/gu, '')
    .replace(/ {2,}/g, ' ');
}

export function upper(text: string): string {
  return cleanText(text).toLocaleUpperCase('vi');
}

export async function createLayout(font: Uint8Array, options: LayoutOptions): Promise<Layout> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const regular = await doc.embedFont(font, { subset: true });
  const bold = options.boldFont ? await doc.embedFont(options.boldFont, { subset: true }) : null;
  doc.setTitle(cleanText(options.title), { showInWindowTitleBar: true });
  doc.setLanguage('vi-VN');
  doc.setCreator('Liên Thông');
  doc.setProducer('Liên Thông');
  doc.setCreationDate(options.issuedAt);
  doc.setModificationDate(options.issuedAt);
  const [width, height] = options.landscape ? [A4[1], A4[0]] : A4;
  // Decree 30/2020, Appendix I: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm.
  const margins = options.landscape
    ? { left: 42, right: 42, top: options.top ?? 42, bottom: 42 }
    : { left: 85, right: 50, top: options.top ?? 57, bottom: 57 };
  const page = doc.addPage([width, height]);
  return {
    doc,
    page,
    y: height - margins.top,
    width,
    height,
    left: margins.left,
    right: width - margins.right,
    top: margins.top,
    bottom: margins.bottom,
    regular,
    bold,
  };
}

export function addPage(l: Layout): void {
  l.page = l.doc.addPage([l.width, l.height]);
  l.y = l.height - l.top;
}

/** Starts a new page unless `height` points are left above the bottom margin. */
export function ensureSpace(l: Layout, height: number): void {
  if (l.y - height < l.bottom) addPage(l);
}

export function fontOf(l: Layout, bold: boolean): PDFFont {
  return bold && l.bold ? l.bold : l.regular;
}

export function measure(l: Layout, text: string, size: number, bold = false): number {
  return fontOf(l, bold).widthOfTextAtSize(text, size);
}

/** Draws one line of text with its baseline at `y`; without a bold font, bold is simulated by stroking. */
export function drawText(l: Layout, text: string, x: number, y: number, size: number, bold = false): void {
  const fake = bold && !l.bold;
  if (fake) {
    l.page.pushOperators(
      pushGraphicsState(),
      setTextRenderingMode(TextRenderingMode.FillAndOutline),
      setLineWidth(size * 0.03),
    );
  }
  l.page.drawText(text, { x, y, size, font: fontOf(l, bold), color: BLACK });
  if (fake) l.page.pushOperators(popGraphicsState());
}

export function drawCentered(
  l: Layout,
  text: string,
  cx: number,
  y: number,
  size: number,
  bold = false,
): number {
  const width = measure(l, text, size, bold);
  drawText(l, text, cx - width / 2, y, size, bold);
  return width;
}

export function hLine(l: Layout, x1: number, x2: number, y: number, thickness = 0.6): void {
  l.page.drawLine({ start: { x: x1, y }, end: { x: x2, y }, thickness, color: BLACK });
}

/** The longest prefix of `word` that fits, preferably cut after a separator of codes and links. */
function breakWord(font: PDFFont, word: string, size: number, maxWidth: number): number {
  let fit = 1;
  for (let i = 2; i <= word.length; i += 1) {
    if (font.widthOfTextAtSize(word.slice(0, i), size) > maxWidth) break;
    fit = i;
  }
  for (let i = fit; i > fit / 2; i -= 1) if ('-./,_?&='.includes(word[i - 1] ?? '')) return i;
  return fit;
}

/** Wraps plain text in one font to lines no wider than `maxWidth` (explicit line breaks kept). */
export function wrapText(font: PDFFont, text: string, size: number, maxWidth: number): string[] {
  const lines: string[] = [];
  for (const paragraph of cleanText(text).split('\n')) {
    let line = '';
    for (const word of paragraph.split(' ').filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(candidate, size) <= maxWidth) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      let rest = word;
      while (rest.length > 1 && font.widthOfTextAtSize(rest, size) > maxWidth) {
        const cut = breakWord(font, rest, size, maxWidth);
        lines.push(rest.slice(0, cut));
        rest = rest.slice(cut);
      }
      line = rest;
    }
    lines.push(line);
  }
  return lines;
}

export type Run = { text: string; bold?: boolean };
type Segment = { text: string; bold: boolean; width: number };

/** Wraps runs of regular and bold text into lines of segments. */
function wrapRuns(l: Layout, runs: readonly Run[], size: number, maxWidth: number): Segment[][] {
  const lines: Segment[][] = [[]];
  let lineWidth = 0;
  const space = measure(l, ' ', size);
  for (const run of runs) {
    const bold = run.bold ?? false;
    const font = fontOf(l, bold);
    cleanText(run.text)
      .split('\n')
      .forEach((paragraph, index) => {
        if (index > 0) {
          lines.push([]);
          lineWidth = 0;
        }
        for (const word of paragraph.split(' ').filter(Boolean)) {
          const pieces =
            font.widthOfTextAtSize(word, size) > maxWidth ? wrapText(font, word, size, maxWidth) : [word];
          for (const piece of pieces) {
            const width = font.widthOfTextAtSize(piece, size);
            const current = lines[lines.length - 1] as Segment[];
            const gap = current.length > 0 ? space : 0;
            if (current.length > 0 && lineWidth + gap + width > maxWidth) {
              lines.push([{ text: piece, bold, width }]);
              lineWidth = width;
            } else {
              current.push({ text: gap ? ` ${piece}` : piece, bold, width: width + gap });
              lineWidth += gap + width;
            }
          }
        }
      });
  }
  return lines;
}

export type ParagraphOptions = {
  size?: number;
  align?: 'left' | 'center';
  /** Left offset from the text area's left edge (all lines). */
  indent?: number;
  /** A list marker ("1.", "-") hung before the first line. */
  bullet?: string;
  /** Space after the paragraph (default a third of the size). */
  after?: number;
  /** Width of the text (default: to the right edge of the text area). */
  width?: number;
};

/** A flowing paragraph; continues on the next page when it reaches the bottom margin. */
export function paragraph(l: Layout, content: string | readonly Run[], options: ParagraphOptions = {}): void {
  const size = options.size ?? 11.5;
  const lineHeight = size * 1.32;
  const bulletWidth = options.bullet ? measure(l, `${options.bullet} `, size) : 0;
  const x0 = l.left + (options.indent ?? 0) + bulletWidth;
  const width = (options.width ?? l.right - l.left - (options.indent ?? 0)) - bulletWidth;
  const runs = typeof content === 'string' ? [{ text: content }] : content;
  wrapRuns(l, runs, size, width).forEach((line, index) => {
    ensureSpace(l, lineHeight);
    const baseline = l.y - size;
    if (index === 0 && options.bullet) drawText(l, options.bullet, x0 - bulletWidth, baseline, size);
    const lineWidth = line.reduce((sum, segment) => sum + segment.width, 0);
    let x = options.align === 'center' ? x0 + (width - lineWidth) / 2 : x0;
    for (const segment of line) {
      drawText(l, segment.text, x, baseline, size, segment.bold);
      x += segment.width;
    }
    l.y -= lineHeight;
  });
  l.y -= options.after ?? size / 4;
}

/** "Label: value" with the label in bold. */
export function field(l: Layout, label: string, value: string, options: ParagraphOptions = {}): void {
  paragraph(l, [{ text: `${label}:`, bold: true }, { text: ` ${value}` }], { after: 2, ...options });
}

/** Page numbers when there is more than one page, then the bytes. */
export async function finish(l: Layout): Promise<Uint8Array> {
  const pages = l.doc.getPages();
  if (pages.length > 1) {
    pages.forEach((page, index) => {
      const text = `Trang ${index + 1}/${pages.length}`;
      const size = 9;
      const width = l.regular.widthOfTextAtSize(text, size);
      page.drawText(text, { x: (l.width - width) / 2, y: 14, size, font: l.regular, color: GREY });
    });
  }
  return l.doc.save();
}
