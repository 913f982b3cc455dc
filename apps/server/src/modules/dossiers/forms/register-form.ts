import { DOSSIER_FORMS } from '@lienthong/contracts';
import type { RegisterContext } from './form-context.ts';
import { formatCellDateTime, formatLocalDateText, placeDateLine } from './form-format.ts';
import { drawHeader, drawTable, drawTitle } from './pdf-blocks.ts';
import { createLayout, finish, paragraph } from './pdf-layout.ts';

/**
 * Form 07, the dossier register (Sổ theo dõi hồ sơ, Circular 03/2025/TT-VPCP Annex I [verify]):
 * one line per dossier received in the period, on A4 landscape pages, the header row repeated on
 * every page, and a count of dossiers on time and late at the end.
 */
export async function renderRegister(
  ctx: RegisterContext,
  font: Uint8Array,
  options: { boldFont?: Uint8Array | undefined } = {},
): Promise<Uint8Array> {
  const title = DOSSIER_FORMS['07'];
  const l = await createLayout(font, {
    title,
    issuedAt: ctx.issuedAt,
    landscape: true,
    boldFont: options.boldFont,
  });
  drawHeader(l, ctx.unit, placeDateLine(ctx.unit.placeName, ctx.issuedAt));
  drawTitle(l, title, [`Từ ngày ${formatLocalDateText(ctx.from)} đến ngày ${formatLocalDateText(ctx.to)}`]);
  if (ctx.rows.length === 0) {
    paragraph(l, 'Không có hồ sơ nào được tiếp nhận trong kỳ.', { align: 'center' });
    return finish(l);
  }
  drawTable(
    l,
    [
      { header: 'STT', weight: 24, align: 'center' },
      { header: 'Mã hồ sơ', weight: 92 },
      { header: 'Tên thủ tục hành chính', weight: 122 },
      { header: 'Tên cá nhân, tổ chức', weight: 82 },
      { header: 'Địa chỉ', weight: 100 },
      { header: 'Nhận hồ sơ', weight: 56, align: 'center' },
      { header: 'Hẹn trả kết quả', weight: 56, align: 'center' },
      { header: 'Có kết quả', weight: 56, align: 'center' },
      { header: 'Trả kết quả', weight: 56, align: 'center' },
      { header: 'Tình trạng', weight: 66 },
      { header: 'Đúng hạn / quá hạn', weight: 48, align: 'center' },
    ],
    ctx.rows.map((row, index) => [
      String(index + 1),
      row.code,
      row.procedureName,
      row.applicantName,
      row.address ?? '',
      formatCellDateTime(row.receivedAt),
      formatCellDateTime(row.dueAt),
      formatCellDateTime(row.resultReadyAt),
      formatCellDateTime(row.deliveredAt),
      row.stateLabel,
      row.onTime === null ? '' : row.onTime ? 'Đúng hạn' : 'Quá hạn',
    ]),
    8,
  );
  const onTime = ctx.rows.filter((row) => row.onTime === true).length;
  const late = ctx.rows.filter((row) => row.onTime === false).length;
  paragraph(l, [
    { text: 'Tổng số hồ sơ:', bold: true },
    {
      text: ` ${ctx.rows.length}; đã giải quyết đúng hạn: ${onTime}; quá hạn: ${late}; đang giải quyết: ${ctx.rows.length - onTime - late}.`,
    },
  ]);
  return finish(l);
}
