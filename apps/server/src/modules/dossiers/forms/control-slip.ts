import { DOSSIER_FORMS } from '@lienthong/contracts';
import type { DossierFormContext, DossierFormEvent } from './form-context.ts';
import { applicantName, formatCellDateTime, formatDateTime, placeDateLine } from './form-format.ts';
import { drawHeader, drawTable, drawTitle } from './pdf-blocks.ts';
import { createLayout, field, finish, paragraph } from './pdf-layout.ts';

/**
 * Form 06, the process control slip (Phiếu kiểm soát quá trình giải quyết hồ sơ, Circular
 * 03/2025/TT-VPCP Annex I [verify]): one line per hand-off. Event i is the moment its actor hands
 * the dossier on; the receiver is the actor of the next event. The hand-off is on time when it
 * happens no later than the due time of the step the giver was working on: the previous event's
 * `stepDueAt` (or the event's own `onTime` when the service computed it).
 */

export type ControlSlipRow = {
  at: Date;
  giver: string;
  receiver: string;
  work: string;
  stepDueAt: Date | null;
  onTime: boolean | null;
  note: string;
};

function person(event: DossierFormEvent): string {
  return event.unitName ? `${event.actorName} (${event.unitName})` : event.actorName;
}

export function listHandOffs(events: readonly DossierFormEvent[]): ControlSlipRow[] {
  const ordered = [...events].sort((a, b) => a.at.getTime() - b.at.getTime());
  return ordered.map((event, index) => {
    const previous = ordered[index - 1];
    const following = ordered[index + 1];
    const due = previous?.stepDueAt ?? null;
    const onTime =
      event.onTime !== undefined ? event.onTime : due ? event.at.getTime() <= due.getTime() : null;
    return {
      at: event.at,
      giver: person(event),
      receiver: following ? person(following) : '',
      work: `${event.actionLabel}\n${event.stateLabel}`,
      stepDueAt: event.stepDueAt,
      onTime,
      note: event.note ?? '',
    };
  });
}

function onTimeLabel(onTime: boolean | null): string {
  if (onTime === null) return '';
  return onTime ? 'Đúng hạn' : 'Quá hạn';
}

export async function renderControlSlip(
  ctx: DossierFormContext,
  font: Uint8Array,
  options: { boldFont?: Uint8Array | undefined },
): Promise<Uint8Array> {
  const title = DOSSIER_FORMS['06'];
  const l = await createLayout(font, { title, issuedAt: ctx.issuedAt, boldFont: options.boldFont });
  drawHeader(l, ctx.unit, placeDateLine(ctx.unit.placeName, ctx.issuedAt));
  drawTitle(l, title, ctx.dossier.code ? [`Mã hồ sơ: ${ctx.dossier.code}`] : []);
  const { dossier } = ctx;
  field(l, 'Kèm theo hồ sơ của', applicantName(dossier.applicant));
  field(l, 'Thủ tục', `${dossier.procedureName} (mã thủ tục ${dossier.procedureCode})`);
  field(l, 'Cơ quan giải quyết', ctx.unit.name);
  if (dossier.receivedAt) field(l, 'Tiếp nhận', formatDateTime(dossier.receivedAt));
  if (dossier.dueAt) field(l, 'Hẹn trả kết quả', formatDateTime(dossier.dueAt));
  if (dossier.promisedAt) field(l, 'Hẹn lại (đã xin lỗi)', formatDateTime(dossier.promisedAt));
  l.y -= 6;
  const rows = listHandOffs(ctx.events).map((row, index) => [
    String(index + 1),
    formatCellDateTime(row.at),
    row.giver,
    row.receiver,
    row.work,
    formatCellDateTime(row.stepDueAt),
    onTimeLabel(row.onTime),
    row.note,
  ]);
  if (rows.length === 0) paragraph(l, 'Hồ sơ chưa được chuyển giao lần nào.');
  else {
    drawTable(
      l,
      [
        { header: 'STT', weight: 20, align: 'center' },
        { header: 'Thời gian giao, nhận', weight: 54, align: 'center' },
        { header: 'Bên giao', weight: 74 },
        { header: 'Bên nhận', weight: 74 },
        { header: 'Nội dung công việc', weight: 82 },
        { header: 'Hạn xử lý bước tiếp theo', weight: 54, align: 'center' },
        { header: 'Kết quả', weight: 44, align: 'center' },
        { header: 'Ghi chú', weight: 58 },
      ],
      rows,
      8,
    );
  }
  paragraph(
    l,
    'Kết quả "Đúng hạn" hoặc "Quá hạn" so sánh thời điểm chuyển giao với hạn của bước xử lý trước đó.',
    { size: 9 },
  );
  return finish(l);
}
