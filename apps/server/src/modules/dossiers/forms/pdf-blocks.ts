import { rgb } from 'pdf-lib';
import QRCode from 'qrcode';
import {
  addPage,
  BLACK,
  cleanText,
  drawCentered,
  drawText,
  ensureSpace,
  fontOf,
  hLine,
  type Layout,
  measure,
  paragraph,
  STAMP,
  upper,
  wrapText,
} from './pdf-layout.ts';

/**
 * The blocks of the forms on top of pdf-layout.ts: the Decree 30/2020/NĐ-CP header, the title,
 * tables that continue on the next page with their header repeated, a QR code, and the signer
 * area kept free for the visible digital signature.
 */

const HEADER_FILL = rgb(0.92, 0.92, 0.92);

export type UnitHeader = { parentName: string | null; name: string };

/**
 * The Decree 30/2020 header (Art. 8, Appendix I): on the left the parent body and the issuing
 * unit in capitals with a short rule under it (and the number, if any); on the right the
 * national title, the motto underlined, and the place-and-date line.
 */
export function drawHeader(l: Layout, unit: UnitHeader, placeDate: string, number?: string): void {
  const leftStart = l.left - 25;
  const split = l.left + 175;
  const leftCenter = (leftStart + split) / 2;
  const rightCenter = (split + l.right + 15) / 2;
  const rightWidth = l.right + 15 - split;
  const size = 12;
  let leftY = l.y;
  if (unit.parentName) {
    for (const line of wrapText(l.regular, upper(unit.parentName), size, split - leftStart)) {
      drawCentered(l, line, leftCenter, leftY - size, size);
      leftY -= size * 1.3;
    }
  }
  let widest = 0;
  for (const line of wrapText(fontOf(l, true), upper(unit.name), size, split - leftStart)) {
    widest = Math.max(widest, drawCentered(l, line, leftCenter, leftY - size, size, true));
    leftY -= size * 1.3;
  }
  const rule = Math.max(widest / 3, 40);
  hLine(l, leftCenter - rule / 2, leftCenter + rule / 2, leftY - 2);
  leftY -= 10;

  let rightY = l.y;
  const nation = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
  const nationSize = Math.min(size, (size * (rightWidth - 4)) / measure(l, nation, size, true));
  drawCentered(l, nation, rightCenter, rightY - nationSize, nationSize, true);
  rightY -= size * 1.3;
  const motto = 'Độc lập - Tự do - Hạnh phúc';
  const mottoWidth = drawCentered(l, motto, rightCenter, rightY - 13, 13, true);
  rightY -= 13 * 1.3;
  hLine(l, rightCenter - mottoWidth / 2, rightCenter + mottoWidth / 2, rightY - 2);
  rightY -= 10;

  const y = Math.min(leftY, rightY) - 4;
  if (number) drawCentered(l, cleanText(number), leftCenter, y - size, size);
  drawCentered(l, cleanText(placeDate), rightCenter, y - size, size);
  l.y = y - size * 1.3 - 16;
}

/** The document's name, centred in bold capitals, and optional lines under it. */
export function drawTitle(l: Layout, title: string, subtitles: string[] = []): void {
  for (const line of wrapText(fontOf(l, true), upper(title), 14, l.right - l.left)) {
    ensureSpace(l, 20);
    drawCentered(l, line, (l.left + l.right) / 2, l.y - 14, 14, true);
    l.y -= 14 * 1.35;
  }
  for (const subtitle of subtitles) paragraph(l, subtitle, { align: 'center', after: 0 });
  l.y -= 10;
}

export type Column = { header: string; weight: number; align?: 'left' | 'center' };

/**
 * A table across the text area (column widths in proportion to their weights) that breaks
 * between rows, repeating its header on each page.
 */
export function drawTable(l: Layout, columns: readonly Column[], rows: readonly string[][], size = 9): void {
  const total = columns.reduce((sum, column) => sum + column.weight, 0);
  const widths = columns.map((column) => ((l.right - l.left) * column.weight) / total);
  const pad = 3;
  const lineHeight = size * 1.25;
  const cellLines = (cells: readonly string[], bold: boolean) =>
    cells.map((cell, index) => wrapText(fontOf(l, bold), cell, size, (widths[index] ?? 0) - 2 * pad));
  const heightOf = (lines: string[][]) =>
    Math.max(1, ...lines.map((cell) => cell.length)) * lineHeight + 2 * pad;

  const drawRow = (lines: string[][], height: number, bold: boolean) => {
    let x = l.left;
    lines.forEach((cell, index) => {
      const width = widths[index] ?? 0;
      l.page.drawRectangle({
        x,
        y: l.y - height,
        width,
        height,
        borderColor: BLACK,
        borderWidth: 0.5,
        ...(bold ? { color: HEADER_FILL } : {}),
      });
      cell.forEach((text, lineIndex) => {
        const baseline = l.y - pad - size - lineIndex * lineHeight + 1;
        const centred = bold || columns[index]?.align === 'center';
        if (centred) drawCentered(l, text, x + width / 2, baseline, size, bold);
        else drawText(l, text, x + pad, baseline, size, bold);
      });
      x += width;
    });
    l.y -= height;
  };

  const headerLines = cellLines(
    columns.map((column) => column.header),
    true,
  );
  const headerHeight = heightOf(headerLines);
  const drawHeaderRow = () => drawRow(headerLines, headerHeight, true);
  const firstRow = rows[0] ? heightOf(cellLines(rows[0], false)) : 0;
  ensureSpace(l, headerHeight + firstRow);
  drawHeaderRow();
  for (const row of rows) {
    const lines = cellLines(row, false);
    const height = heightOf(lines);
    if (l.y - height < l.bottom) {
      addPage(l);
      drawHeaderRow();
    }
    drawRow(lines, height, false);
  }
  l.y -= 10;
}

/** A QR code (PNG) with its top-left corner at (x, yTop). */
export async function drawQr(l: Layout, text: string, x: number, yTop: number, size: number): Promise<void> {
  const png = await QRCode.toBuffer(text, { type: 'png', errorCorrectionLevel: 'M', margin: 1, scale: 6 });
  const image = await l.doc.embedPng(png);
  l.page.drawImage(image, { x, y: yTop - size, width: size, height: size });
}

export type SignerBlock = { title: string[]; hint?: string; name: string | null };

/**
 * The signer blocks at the foot of the last page: the title above, then room for the signature
 * (where the signatures module stamps the visible digital signature, `STAMP`), then the name.
 * The right block is centred on the stamp; the left one (e.g. the applicant) on the left.
 * `recipients` prints "Nơi nhận" on the left (Decree 30/2020, Appendix I).
 */
export function drawSignerArea(
  l: Layout,
  blocks: { left?: SignerBlock; right?: SignerBlock },
  recipients: string[] = [],
): void {
  const stampTop = STAMP.signerBottom + STAMP.signerHeight;
  const titleLines = Math.max(blocks.left?.title.length ?? 0, blocks.right?.title.length ?? 0);
  const titleBaseline = stampTop + 10;
  const areaTop = titleBaseline + 14 + (titleLines - 1) * 15 + 12 + Math.max(0, recipients.length - 4) * 13;
  if (l.y - 8 < areaTop) addPage(l);
  const draw = (block: SignerBlock, cx: number) => {
    let y = titleBaseline;
    if (block.hint) {
      drawCentered(l, cleanText(block.hint), cx, y, 10);
      y += 14;
    }
    for (const line of [...block.title].reverse()) {
      drawCentered(l, upper(line), cx, y, 12, true);
      y += 15;
    }
    if (block.name) drawCentered(l, cleanText(block.name), cx, STAMP.signerBottom - 16, 12, true);
  };
  if (blocks.right) draw(blocks.right, l.width - STAMP.right - STAMP.width / 2);
  if (blocks.left) draw(blocks.left, l.left + 80);
  if (recipients.length > 0) {
    let y = areaTop - 12;
    drawText(l, 'Nơi nhận:', l.left - 10, y, 11, true);
    for (const line of recipients) {
      y -= 13;
      drawText(l, `- ${cleanText(line)}`, l.left - 10, y, 10.5);
    }
  }
  l.y = Math.min(l.y, areaTop);
}
