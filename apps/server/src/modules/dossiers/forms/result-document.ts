import type { ResultContext } from './form-context.ts';
import { addressee, applicantFields, placeDateLine } from './form-format.ts';
import { drawHeader, drawSignerArea, drawTitle } from './pdf-blocks.ts';
import { createLayout, field, finish, paragraph, STAMP, upper } from './pdf-layout.ts';

/**
 * The result of a dossier as a Decree 30 document, ready to be signed: for an approval the
 * certificate or decision (`title`, e.g. "GIẤY KHAI SINH") with its fields; for a denial a written
 * answer ("Văn bản trả lời") stating the reason, as Decree 118/2025/NĐ-CP requires when a
 * request is not granted. Nothing is drawn where the signatures module stamps the visible
 * signatures on the last page (`STAMP`): the signer's at the bottom right, between the signer's
 * title and name, and the organisation's seal at the top right, kept free by a deeper top margin.
 */
const ANSWER_TITLE = 'VĂN BẢN TRẢ LỜI';

export async function renderResult(
  ctx: ResultContext,
  font: Uint8Array,
  options: { boldFont?: Uint8Array | undefined } = {},
): Promise<Uint8Array> {
  const denied = ctx.denial !== undefined;
  const title = denied ? ANSWER_TITLE : ctx.title;
  const l = await createLayout(font, {
    title: upper(title),
    issuedAt: ctx.issuedAt,
    boldFont: options.boldFont,
    top: STAMP.sealTop + STAMP.sealHeight + 12,
  });
  const number = ctx.documentNumber ? `Số: ${ctx.documentNumber}` : undefined;
  drawHeader(l, ctx.unit, placeDateLine(ctx.unit.placeName, ctx.issuedAt), number);
  if (ctx.denial) {
    const resultName = upper(ctx.title) === ANSWER_TITLE ? null : ctx.title.toLocaleLowerCase('vi');
    const request = ctx.procedureName
      ? `, đề nghị giải quyết thủ tục: ${ctx.procedureName}`
      : resultName
        ? `, đề nghị cấp ${resultName}`
        : '';
    drawTitle(l, title, [`V/v không giải quyết hồ sơ ${ctx.code}`]);
    paragraph(l, [{ text: 'Kính gửi:', bold: true }, { text: ` ${addressee(ctx.applicant)}` }], {
      align: 'center',
      after: 10,
    });
    paragraph(
      l,
      `${ctx.unit.name} đã nhận hồ sơ mã ${ctx.code} của ông/bà${request}. Sau khi xem xét, ${ctx.unit.name} không giải quyết yêu cầu này vì lý do sau:`,
    );
    paragraph(l, ctx.denial.reason.trim() || 'Không ghi lý do.', { indent: 18 });
    if (ctx.fields.length > 0) {
      paragraph(l, [{ text: 'Thông tin hồ sơ:', bold: true }]);
      for (const item of ctx.fields) field(l, item.label, item.value, { indent: 18 });
    }
    paragraph(
      l,
      'Nếu không đồng ý với nội dung trả lời này, ông/bà có quyền khiếu nại hoặc khởi kiện theo quy định của pháp luật.',
    );
  } else {
    drawTitle(l, title, [`Mã hồ sơ: ${ctx.code}`]);
    paragraph(l, [{ text: 'Cấp cho:', bold: true }]);
    const particulars = applicantFields(ctx.applicant).filter(
      (item) => item.label !== 'Số điện thoại' && item.label !== 'Thư điện tử',
    );
    for (const item of particulars) field(l, item.label, item.value, { indent: 18 });
    l.y -= 6;
    for (const item of ctx.fields) field(l, item.label, item.value);
  }
  const recipients = ctx.recipients ?? [
    denied ? 'Như trên' : 'Người được cấp',
    'Lưu: Bộ phận Một cửa, hồ sơ',
  ];
  drawSignerArea(l, { right: { title: ctx.signerTitle.split('\n'), name: ctx.signerName } }, recipients);
  return finish(l);
}
