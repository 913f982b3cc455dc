import { DOSSIER_FORMS } from '@lienthong/contracts';
import { renderControlSlip } from './control-slip.ts';
import type { DossierFormContext } from './form-context.ts';
import {
  addressee,
  applicantFields,
  formatDate,
  formatDateTime,
  formatDays,
  formatMoney,
  partSourceLabel,
  placeDateLine,
} from './form-format.ts';
import { drawHeader, drawQr, drawSignerArea, drawTable, drawTitle, type SignerBlock } from './pdf-blocks.ts';
import { createLayout, ensureSpace, field, finish, type Layout, paragraph } from './pdf-layout.ts';

/**
 * Forms 01–06 of Circular 03/2025/TT-VPCP, Annex I [verify numbering and wording], written for
 * the citizen who reads them: the Decree 30 header, the form's name, then plain sentences.
 */

export type DossierForm = '01' | '02' | '03' | '04' | '05' | '06';

export type RenderOptions = {
  /** Noto Sans Bold (or any bold face of the same family); without it bold is simulated. */
  boldFont?: Uint8Array | undefined;
};

type Ctx = DossierFormContext;

const DEFAULT_SIGNER: Record<Exclude<DossierForm, '06'>, string> = {
  '01': 'Người tiếp nhận hồ sơ',
  '02': 'Người hướng dẫn',
  '03': 'Người tiếp nhận hồ sơ',
  '04': 'Đại diện cơ quan giải quyết',
  '05': 'Đại diện cơ quan giải quyết',
};

function codeLine(ctx: Ctx): string[] {
  return ctx.dossier.code ? [`Mã hồ sơ: ${ctx.dossier.code}`] : [];
}

/** "(nộp ngày …)" / "(tiếp nhận ngày …)": the date the dossier reached the unit. */
function arrivalDate(ctx: Ctx): string {
  const moment = ctx.dossier.receivedAt ?? ctx.dossier.submittedAt ?? ctx.issuedAt;
  return formatDate(moment);
}

function procedureLine(ctx: Ctx): string {
  return `${ctx.dossier.procedureName} (mã thủ tục ${ctx.dossier.procedureCode})`;
}

function reasonParagraphs(l: Layout, reason: string | undefined): void {
  paragraph(l, reason?.trim() ? reason : 'Không ghi lý do.', { indent: 18 });
}

function officerBlock(ctx: Ctx, form: Exclude<DossierForm, '06'>): SignerBlock {
  return {
    title: [ctx.signerTitle ?? DEFAULT_SIGNER[form]],
    hint: '(Ký, ghi rõ họ tên)',
    name: ctx.officer?.name ?? null,
  };
}

async function start(form: DossierForm, ctx: Ctx, font: Uint8Array, options: RenderOptions): Promise<Layout> {
  const title = DOSSIER_FORMS[form];
  const l = await createLayout(font, { title, issuedAt: ctx.issuedAt, boldFont: options.boldFont });
  drawHeader(l, ctx.unit, placeDateLine(ctx.unit.placeName, ctx.issuedAt));
  drawTitle(l, title, codeLine(ctx));
  return l;
}

async function renderReceipt(ctx: Ctx, font: Uint8Array, options: RenderOptions): Promise<Uint8Array> {
  const l = await start('01', ctx, font, options);
  const { dossier } = ctx;
  paragraph(l, `${ctx.unit.name} đã tiếp nhận hồ sơ của:`);
  for (const item of applicantFields(dossier.applicant)) field(l, item.label, item.value, { indent: 18 });
  l.y -= 4;
  field(l, 'Nội dung yêu cầu giải quyết', procedureLine(ctx));
  field(
    l,
    'Hình thức nộp',
    dossier.channel === 'online'
      ? `Trực tuyến${dossier.submittedAt ? `, nộp lúc ${formatDateTime(dossier.submittedAt)}` : ''}`
      : 'Trực tiếp tại Bộ phận Một cửa',
  );
  l.y -= 4;
  let item = 0;
  const next = () => `${++item}.`;
  paragraph(l, [{ text: `${next()} Thành phần hồ sơ đã nhận:`, bold: true }]);
  if (dossier.parts.length === 0) paragraph(l, 'Không có giấy tờ kèm theo.', { indent: 18 });
  else {
    drawTable(
      l,
      [
        { header: 'STT', weight: 6, align: 'center' },
        { header: 'Tên giấy tờ', weight: 46 },
        { header: 'Tệp', weight: 28 },
        { header: 'Nguồn', weight: 20 },
      ],
      dossier.parts.map((part, index) => [
        String(index + 1),
        part.name,
        part.fileName,
        partSourceLabel(part.source),
      ]),
      10,
    );
  }
  paragraph(l, [{ text: `${next()} Số lượng hồ sơ:`, bold: true }, { text: ' 01 bộ.' }]);
  if (dossier.timeLimitDays !== undefined) {
    paragraph(l, [
      { text: `${next()} Thời hạn giải quyết theo quy định:`, bold: true },
      {
        text:
          dossier.timeLimitDays === 0
            ? ' trong ngày làm việc.'
            : ` ${formatDays(dossier.timeLimitDays)} ngày làm việc kể từ ngày tiếp nhận hồ sơ hợp lệ.`,
      },
    ]);
  }
  const received = dossier.receivedAt ?? ctx.issuedAt;
  paragraph(l, [
    { text: `${next()} Thời gian tiếp nhận hồ sơ:`, bold: true },
    { text: ` ${formatDateTime(received)}.` },
  ]);
  paragraph(l, [
    { text: `${next()} Thời gian hẹn trả kết quả:`, bold: true },
    { text: dossier.dueAt ? ` ${formatDateTime(dossier.dueAt)}.` : ' theo thời hạn của thủ tục.' },
  ]);
  paragraph(l, [
    { text: `${next()} Phí, lệ phí:`, bold: true },
    ...(dossier.fees.length ? [] : [{ text: ' không thu.' }]),
  ]);
  for (const fee of dossier.fees)
    paragraph(l, `${fee.name}: ${formatMoney(fee.amount)}`, { indent: 18, bullet: '-' });
  if (dossier.fees.length > 1) {
    const total = dossier.fees.reduce((sum, fee) => sum + fee.amount, 0);
    paragraph(l, [{ text: 'Tổng cộng:', bold: true }, { text: ` ${formatMoney(total)}` }], { indent: 18 });
  }
  await drawTracking(l, ctx, next());
  paragraph(
    l,
    'Khi đến nhận kết quả tại Bộ phận Một cửa, xin mang theo giấy này hoặc cho biết mã hồ sơ và giấy tờ tùy thân.',
    { size: 11 },
  );
  const applicant: SignerBlock =
    dossier.channel === 'online'
      ? { title: ['Người nộp hồ sơ'], hint: '(Nộp trực tuyến)', name: dossier.applicant.fullName }
      : { title: ['Người nộp hồ sơ'], hint: '(Ký, ghi rõ họ tên)', name: dossier.applicant.fullName };
  drawSignerArea(l, { left: applicant, right: officerBlock(ctx, '01') });
  return finish(l);
}

/** "N. Tra cứu" with the tracking secret and, beside it, the QR code of the public tracking page. */
async function drawTracking(l: Layout, ctx: Ctx, number: string): Promise<void> {
  const qrSize = 84;
  const hasQr = Boolean(ctx.trackingUrl);
  ensureSpace(l, hasQr ? qrSize + 8 : 60);
  const top = l.y;
  const width = l.right - l.left - (hasQr ? qrSize + 12 : 0);
  paragraph(l, [{ text: `${number} Tra cứu tình trạng hồ sơ:`, bold: true }], { width });
  if (ctx.dossier.code) field(l, 'Mã hồ sơ', ctx.dossier.code, { indent: 18, width: width - 18 });
  if (ctx.dossier.trackingSecret) {
    field(l, 'Mã tra cứu', ctx.dossier.trackingSecret, { indent: 18, width: width - 18 });
  }
  paragraph(
    l,
    hasQr
      ? 'Quét mã QR bên cạnh, hoặc nhập mã hồ sơ và mã tra cứu trên Cổng dịch vụ công, để xem hồ sơ đang ở bước nào.'
      : 'Nhập mã hồ sơ và mã tra cứu trên Cổng dịch vụ công để xem hồ sơ đang ở bước nào.',
    { indent: 18, width: width - 18, size: 11 },
  );
  if (ctx.trackingUrl) {
    await drawQr(l, ctx.trackingUrl, l.right - qrSize, top, qrSize);
    l.y = Math.min(l.y, top - qrSize - 8);
  }
}

function intro(l: Layout, ctx: Ctx, verb: string): void {
  paragraph(l, [{ text: 'Kính gửi:', bold: true }, { text: ` ${addressee(ctx.dossier.applicant)}` }], {
    align: 'center',
    after: 10,
  });
  paragraph(
    l,
    `Ngày ${arrivalDate(ctx)}, ${ctx.unit.name} ${verb} hồ sơ đề nghị giải quyết thủ tục: ${procedureLine(ctx)}.`,
  );
}

async function renderSupplement(ctx: Ctx, font: Uint8Array, options: RenderOptions): Promise<Uint8Array> {
  const l = await start('02', ctx, font, options);
  intro(l, ctx, 'đã tiếp nhận');
  paragraph(l, 'Sau khi xem xét, hồ sơ cần được bổ sung, hoàn thiện để giải quyết, vì lý do sau:');
  reasonParagraphs(l, ctx.reason);
  paragraph(l, 'Đề nghị ông/bà bổ sung, hoàn thiện hồ sơ gồm những nội dung sau:');
  const parts = ctx.partsToAdd ?? [];
  if (parts.length === 0) paragraph(l, 'Theo lý do nêu trên.', { indent: 18 });
  parts.forEach((part, index) => {
    paragraph(l, part, { indent: 18, bullet: `${index + 1}.` });
  });
  l.y -= 4;
  paragraph(l, [
    { text: 'Thời gian giải quyết hồ sơ tạm dừng', bold: true },
    {
      text: ` từ ${formatDateTime(ctx.issuedAt)} cho đến khi nhận được đủ hồ sơ bổ sung. Thời gian tạm dừng không tính vào thời hạn giải quyết; ngày hẹn trả kết quả sẽ được tính lại và báo cho ông/bà.`,
    },
  ]);
  paragraph(
    l,
    'Ông/bà bổ sung hồ sơ trực tuyến trên Cổng dịch vụ công (bằng mã hồ sơ và mã tra cứu) hoặc trực tiếp tại Bộ phận Một cửa.',
  );
  drawSignerArea(l, { right: officerBlock(ctx, '02') });
  return finish(l);
}

async function renderRefusal(ctx: Ctx, font: Uint8Array, options: RenderOptions): Promise<Uint8Array> {
  const l = await start('03', ctx, font, options);
  intro(l, ctx, 'đã nhận');
  paragraph(
    l,
    `Qua xem xét, ${ctx.unit.name} từ chối tiếp nhận, giải quyết hồ sơ này vì những lý do cụ thể sau:`,
  );
  reasonParagraphs(l, ctx.reason);
  paragraph(
    l,
    'Xin thông báo để ông/bà biết. Nếu có ý kiến khác, ông/bà có quyền phản ánh, kiến nghị với cơ quan có thẩm quyền theo quy định của pháp luật.',
  );
  drawSignerArea(l, { right: officerBlock(ctx, '03') });
  return finish(l);
}

async function renderApology(ctx: Ctx, font: Uint8Array, options: RenderOptions): Promise<Uint8Array> {
  const l = await start('04', ctx, font, options);
  intro(l, ctx, 'đã tiếp nhận');
  if (ctx.dossier.dueAt) {
    paragraph(l, [
      { text: 'Thời gian hẹn trả kết quả:', bold: true },
      { text: ` ${formatDateTime(ctx.dossier.dueAt)}.` },
    ]);
  }
  paragraph(
    l,
    `Tuy nhiên đến nay, ${ctx.unit.name} chưa trả kết quả giải quyết hồ sơ cho ông/bà đúng hẹn. Lý do:`,
  );
  reasonParagraphs(l, ctx.reason);
  const newDate = ctx.newDate ?? ctx.dossier.promisedAt;
  paragraph(l, [
    {
      text: `Sự chậm trễ này đã gây phiền hà cho ông/bà. ${ctx.unit.name} xin lỗi ông/bà và hẹn lại thời gian trả kết quả vào:`,
    },
    { text: newDate ? ` ${formatDateTime(newDate)}.` : ' ngày sẽ được thông báo sau.', bold: true },
  ]);
  paragraph(l, 'Rất mong nhận được sự thông cảm của ông/bà.');
  drawSignerArea(l, { right: officerBlock(ctx, '04') });
  return finish(l);
}

async function renderStop(ctx: Ctx, font: Uint8Array, options: RenderOptions): Promise<Uint8Array> {
  const l = await start('05', ctx, font, options);
  intro(l, ctx, 'đã tiếp nhận');
  paragraph(l, `${ctx.unit.name} thông báo dừng giải quyết hồ sơ này. Lý do:`);
  reasonParagraphs(l, ctx.reason);
  paragraph(
    l,
    'Ông/bà có thể liên hệ Bộ phận Một cửa, cho biết mã hồ sơ, để được hướng dẫn và nhận lại giấy tờ đã nộp (nếu có).',
  );
  drawSignerArea(l, { right: officerBlock(ctx, '05') });
  return finish(l);
}

/** Renders one of forms 01–06 of a dossier as an A4 PDF. */
export async function renderDossierForm(
  form: DossierForm,
  ctx: DossierFormContext,
  font: Uint8Array,
  options: RenderOptions = {},
): Promise<Uint8Array> {
  switch (form) {
    case '01':
      return renderReceipt(ctx, font, options);
    case '02':
      return renderSupplement(ctx, font, options);
    case '03':
      return renderRefusal(ctx, font, options);
    case '04':
      return renderApology(ctx, font, options);
    case '05':
      return renderStop(ctx, font, options);
    case '06':
      return renderControlSlip(ctx, font, options);
  }
}
