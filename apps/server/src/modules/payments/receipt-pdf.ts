import { amountInWords, formatVnd } from '@lienthong/vn';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, type PDFFont, type PDFPage, rgb } from 'pdf-lib';

/**
 * The receipt (biên lai thu phí, lệ phí) of a paid fee: the collecting unit, the receipt number,
 * the payer, what was paid for, the amount in figures and in words, how and when it was paid.
 * Contents after Decree 123/2020/NĐ-CP, Art. 32 (receipts for fees and charges) and Circular
 * 78/2021/TT-BTC; one A4 page in Noto Sans so Vietnamese text extracts as typed (NFC).
 */
export type ReceiptContext = {
  receiptNo: string;
  unitName: string;
  payerName: string;
  dossierCode: string | null;
  amount: number;
  /** 'desk': cash or card at the one-stop desk; otherwise the provider's name. */
  provider: string;
  providerRef: string | null;
  paidAt: Date;
};

const A4: [number, number] = [595.28, 841.89];
const LEFT = 70;
const RIGHT = A4[0] - 50;
const GREY = rgb(0.35, 0.35, 0.35);

/** dd/mm/yyyy HH:mm in Hà Nội (UTC+7, no daylight saving). */
export function hanoiDateTime(at: Date): { date: string; time: string; year: number; day: string } {
  const local = new Date(at.getTime() + 7 * 3_600_000).toISOString();
  return {
    day: local.slice(0, 10),
    date: `${local.slice(8, 10)}/${local.slice(5, 7)}/${local.slice(0, 4)}`,
    time: local.slice(11, 16),
    year: Number(local.slice(0, 4)),
  };
}

function methodLabel(provider: string): string {
  if (provider === 'desk') return 'Tiền mặt hoặc thẻ tại Bộ phận Một cửa';
  if (provider === 'simulator')
    return 'Chuyển khoản VietQR — cổng thanh toán mô phỏng (môi trường thử nghiệm)';
  return `Thanh toán trực tuyến qua ${provider}`;
}

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

function centered(page: PDFPage, font: PDFFont, text: string, y: number, size: number, x0 = 0, x1 = A4[0]) {
  page.drawText(text, { x: x0 + (x1 - x0 - font.widthOfTextAtSize(text, size)) / 2, y, size, font });
}

export async function renderReceipt(fontBytes: Uint8Array, ctx: ReceiptContext): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  pdf.setTitle(`Biên lai thu phí, lệ phí ${ctx.receiptNo}`);
  pdf.setLanguage('vi-VN');
  pdf.setProducer('Liên Thông');
  pdf.setCreationDate(ctx.paidAt);
  const font = await pdf.embedFont(fontBytes, { subset: true });
  const page = pdf.addPage(A4);
  const { date, time } = hanoiDateTime(ctx.paidAt);
  let y = A4[1] - 60;
  // The unit (left) and the receipt's number (right).
  const unitLines = wrap(font, ctx.unitName.toUpperCase(), 11, 240);
  unitLines.forEach((line, index) => {
    centered(page, font, line, y - index * 14, 11, LEFT - 20, LEFT + 240);
  });
  page.drawText(`Số: ${ctx.receiptNo}`, { x: 380, y, size: 11, font });
  page.drawText('Biên lai điện tử', { x: 380, y: y - 14, size: 10, font, color: GREY });
  y -= Math.max(unitLines.length, 2) * 14 + 40;
  centered(page, font, 'BIÊN LAI THU PHÍ, LỆ PHÍ', y, 17);
  y -= 20;
  centered(page, font, `Ngày ${date}, lúc ${time}`, y, 11);
  y -= 40;
  const rows: [string, string][] = [
    ['Đơn vị thu', ctx.unitName],
    ['Người nộp', ctx.payerName],
    ['Hồ sơ', ctx.dossierCode ?? 'Chưa cấp mã hồ sơ'],
    [
      'Nội dung thu',
      `Phí, lệ phí giải quyết thủ tục hành chính${ctx.dossierCode ? ` của hồ sơ ${ctx.dossierCode}` : ''}`,
    ],
    ['Số tiền', formatVnd(ctx.amount, { style: 'word' })],
    ['Bằng chữ', amountInWords(ctx.amount)],
    ['Hình thức thanh toán', methodLabel(ctx.provider)],
    ...(ctx.providerRef ? ([['Mã giao dịch', ctx.providerRef]] as [string, string][]) : []),
  ];
  for (const [label, value] of rows) {
    page.drawText(`${label}:`, { x: LEFT, y, size: 11, font });
    const lines = wrap(font, value, 11, RIGHT - LEFT - 150);
    lines.forEach((line, index) => {
      page.drawText(line, { x: LEFT + 150, y: y - index * 15, size: 11, font });
    });
    y -= lines.length * 15 + 8;
  }
  y -= 30;
  centered(page, font, 'ĐƠN VỊ THU', y, 11, 320, RIGHT);
  y -= 15;
  centered(page, font, '(Biên lai điện tử do hệ thống cấp)', y, 9, 320, RIGHT);
  const note = wrap(
    font,
    'Biên lai lập theo Nghị định số 123/2020/NĐ-CP và Thông tư số 78/2021/TT-BTC. Tra cứu hồ sơ tại Cổng dịch vụ công Liên Thông.',
    9,
    RIGHT - LEFT,
  );
  note.forEach((line, index) => {
    page.drawText(line, { x: LEFT, y: 60 + (note.length - index - 1) * 12, size: 9, font, color: GREY });
  });
  return pdf.save();
}
