import { randomInt } from 'node:crypto';
import {
  DOSSIER_FORMS,
  type DossierAction,
  type DossierActionBodies,
  type DossierState,
  type ProcedureDefinition,
} from '@lienthong/contracts';
import { toLocalDate, type WorkingCalendar } from '@lienthong/vn';
import type { z } from 'zod';
import type { AuditOrigin } from '../../platform/audit/index.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import type { Db } from '../../platform/db/index.ts';
import { AppError } from '../../platform/http/app-error.ts';
import { officialContacts, officialsHolding } from '../identity/index.ts';
import { unitDetails } from '../org/index.ts';
import { dueAtOnReceipt, resumeAfterPause, stepDueAt } from './deadline/dossier-deadline.ts';
import { assertRevision, type DossierChange, type DossierContext, viTime } from './dossier-context.ts';
import type { Filing } from './dossier-filing.ts';
import { dutyAllows, nextState, TransitionRefused } from './dossier-machine.ts';
import type { DossiersDeps } from './dossiers.ports.ts';
import * as store from './dossiers.store.ts';

/**
 * The actions on a dossier after filing (everything except signing, which needs the signatures
 * module outside the transaction: see dossier-results.ts). Each runs in one transaction: lock,
 * check who and what (state machine), compute the new columns, record the event.
 */

export type ActionBody<A extends DossierAction> = z.infer<(typeof DossierActionBodies)[A]>;
type AnyBody = { revision: number } & Record<string, unknown>;

const STEP_PERMISSION = {
  one_stop_officer: 'dossier.receive',
  specialist: 'dossier.process',
  leader: 'dossier.approve',
  clerk: 'dossier.read',
} as const;

/** 6 characters without look-alikes (0/O, 1/I/L): printed on the receipt, typed by people. */
const SECRET_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export function newTrackingSecret(): string {
  return Array.from({ length: 6 }, () => SECRET_ALPHABET[randomInt(SECRET_ALPHABET.length)]).join('');
}

/** `<agency>-<yymmdd>-<4-digit sequence>` (RULES §3). */
export function formatDossierCode(agency: string, day: string, sequence: number): string {
  return `${agency}-${day.slice(2, 4)}${day.slice(5, 7)}${day.slice(8, 10)}-${String(sequence).padStart(4, '0')}`;
}

function reasonOf(body: AnyBody): string | undefined {
  for (const key of ['reason', 'question', 'answer', 'note'] as const) {
    const value = body[key];
    if (typeof value === 'string' && value.length > 0) return value;
  }
  return undefined;
}

export function createActions(deps: DossiersDeps, ctx: DossierContext, filing: Filing) {
  async function agencyCode(db: Db, row: store.DossierRow, definition: ProcedureDefinition): Promise<string> {
    if (definition.routing.kind === 'unit') return definition.routing.agencyCode;
    const unit = (await unitDetails(db, [row.competentUnitId ?? ''], ctx.today())).get(
      row.competentUnitId ?? '',
    );
    return unit?.code ?? 'XA';
  }

  /** The columns an action changes, and what the event records (besides the state). */
  async function effects(
    db: Db,
    actor: Actor,
    row: store.DossierRow,
    action: DossierAction,
    body: AnyBody,
    definition: ProcedureDefinition,
    cal: WorkingCalendar,
  ): Promise<Pick<DossierChange, 'patch' | 'data' | 'notice'>> {
    const now = ctx.clock();
    switch (action) {
      case 'submit':
        return { patch: await filing.submitPatch(db, row) };
      case 'receive': {
        const day = toLocalDate(now);
        const agency = await agencyCode(db, row, definition);
        const code = formatDossierCode(agency, day, await store.allocateCodeNumber(db, agency, day));
        const dueAt = dueAtOnReceipt(now, definition.timeLimitDays, cal);
        const first = definition.steps[0];
        return {
          patch: {
            code,
            trackingSecret: newTrackingSecret(),
            receivedAt: now,
            dueAt,
            currentStep: 0,
            stepRole: first?.role ?? null,
            assigneeId: actor.id,
            stepDueAt: first ? stepDueAt(now, first.days, cal) : null,
          },
          data: { code, dueAt: dueAt.toISOString(), form: '01' },
          notice: {
            subject: `Hồ sơ ${code} đã được tiếp nhận`,
            body: `Hồ sơ "${definition.name}" đã được tiếp nhận, mã hồ sơ ${code}. Ngày hẹn trả kết quả: ${viTime(dueAt)}.`,
          },
        };
      }
      case 'assign': {
        const next = Math.min((row.currentStep ?? 0) + 1, definition.steps.length - 1);
        const step = definition.steps[next];
        if (!step || !row.competentUnitId) throw new AppError('DOSSIER_ACTION_NOT_ALLOWED');
        const assigneeId = String(body.assigneeId);
        const holders = await officialsHolding(
          db,
          row.competentUnitId,
          STEP_PERMISSION[step.role],
          ctx.today(),
        );
        const assignee = holders.find((holder) => holder.id === assigneeId);
        if (!assignee) {
          throw new AppError('VALIDATION_FAILED', undefined, [
            {
              path: 'body.assigneeId',
              message: `Cán bộ được chọn không đảm nhận bước "${step.name}" tại đơn vị giải quyết`,
            },
          ]);
        }
        await deps.notifier.notify(db, {
          recipientId: assignee.id,
          subject: `Hồ sơ ${row.code ?? ''} được chuyển đến ông/bà`,
          body: `Bước "${step.name}" của hồ sơ ${row.code ?? ''} (${definition.name}) được giao cho ông/bà.`,
          link: `/app/mot-cua/ho-so/${row.id}`,
          email: assignee.email,
        });
        return {
          patch: {
            currentStep: next,
            stepRole: step.role,
            assigneeId: assignee.id,
            stepDueAt: stepDueAt(now, step.days, cal),
          },
          data: {
            assigneeId: assignee.id,
            assigneeName: assignee.displayName,
            step: step.code,
            stepName: step.name,
          },
          notice: false,
        };
      }
      case 'consult':
      case 'consult_reply': {
        const unitId = String(body.unitId);
        const unit = (await unitDetails(db, [unitId], ctx.today())).get(unitId);
        if (!unit)
          throw new AppError('VALIDATION_FAILED', undefined, [
            { path: 'body.unitId', message: 'Không tìm thấy đơn vị' },
          ]);
        return { patch: {}, data: { unitId, unitName: unit.name }, notice: false };
      }
      case 'request_supplement':
        return {
          patch: { pausedSince: now },
          data: { partCodes: body.partCodes ?? [], form: '02' },
          notice: {
            subject: `Hồ sơ ${row.code ?? ''} cần bổ sung`,
            body: `Cơ quan giải quyết đề nghị bổ sung, hoàn thiện hồ sơ (mẫu 02): ${reasonOf(body) ?? ''}. Thời gian giải quyết tạm dừng đến khi ông/bà bổ sung.`,
          },
        };
      case 'supplement': {
        const parts = Array.isArray(body.parts)
          ? (body.parts as { partCode: string; fileId?: string; walletItemId?: string }[])
          : [];
        const rows = await filing.partRows(db, actor, definition, parts, row.applicantPersonalId);
        await store.replaceParts(db, row.id, rows);
        const formData = (body.formData as Record<string, unknown> | undefined) ?? row.formData;
        const partCodes = new Set((await store.listParts(db, row.id)).map((part) => part.partCode));
        filing.assertComplete(definition, row.procedureVersionId, formData, partCodes);
        const pausedSince = row.pausedSince ?? now;
        const dueAt = row.dueAt ? resumeAfterPause(row.dueAt, pausedSince, now, cal) : null;
        const stepDue = row.stepDueAt ? resumeAfterPause(row.stepDueAt, pausedSince, now, cal) : null;
        return {
          patch: { formData, pausedSince: null, dueAt, stepDueAt: stepDue },
          data: {
            parts: rows.map((r) => r.partCode),
            pausedFrom: pausedSince.toISOString(),
            dueAt: dueAt?.toISOString(),
          },
          notice: false,
        };
      }
      case 'apologize': {
        const newDate = String(body.newDate);
        if (!cal.isWorkingDay(newDate)) {
          throw new AppError('VALIDATION_FAILED', undefined, [
            {
              path: 'body.newDate',
              message: 'Ngày hẹn mới phải là ngày làm việc (không phải ngày nghỉ, ngày lễ)',
            },
          ]);
        }
        if (newDate <= toLocalDate(now)) {
          throw new AppError('VALIDATION_FAILED', undefined, [
            { path: 'body.newDate', message: 'Ngày hẹn mới phải sau hôm nay' },
          ]);
        }
        const promisedAt = new Date(`${newDate}T17:00:00+07:00`);
        return {
          patch: { promisedAt },
          data: { newDate, form: '04' },
          notice: {
            subject: `Xin lỗi về việc chậm trả kết quả hồ sơ ${row.code ?? ''}`,
            body: `Cơ quan giải quyết xin lỗi ông/bà vì hồ sơ ${row.code ?? ''} chưa có kết quả đúng hẹn (mẫu 04). Lý do: ${reasonOf(body) ?? ''}. Ngày hẹn trả mới: ${newDate.split('-').reverse().join('/')}.`,
          },
        };
      }
      case 'approve':
      case 'deny':
        return { patch: { decidedAt: now }, data: {} };
      case 'stop': {
        // Stopped while paused: the due time moves by the pause first (the clock did not run).
        const due =
          row.dueAt && row.pausedSince ? resumeAfterPause(row.dueAt, row.pausedSince, now, cal) : row.dueAt;
        return {
          patch: { decidedAt: now, pausedSince: null, dueAt: due, onTime: due ? now <= due : true },
          data: { form: '05' },
        };
      }
      case 'refuse':
        return { patch: { decidedAt: now }, data: { form: '03' } };
      case 'request_completion':
        return { patch: {}, data: {} };
      case 'deliver':
        if (row.feeTotal > 0 && !row.paidAt) {
          throw new AppError(
            'DOSSIER_ACTION_NOT_ALLOWED',
            'Người nộp chưa nộp đủ phí, lệ phí: thu phí trước khi trả kết quả.',
          );
        }
        return {
          patch: { deliveredAt: now, deliveryMethod: body.method as 'online' | 'desk' | 'post' },
          data: { method: body.method },
        };
      case 'archive':
        return { patch: {}, data: {}, notice: false };
      default:
        throw new AppError('DOSSIER_ACTION_NOT_ALLOWED');
    }
  }

  /** Applies one action (not sign/issue) as `actor`; the dossier's view is built by the caller. */
  async function act(actor: Actor, origin: AuditOrigin, id: string, action: DossierAction, body: AnyBody) {
    if (action === 'sign' || action === 'issue') throw new Error('sign and issue go through dossier-results');
    const { cal } = await ctx.prepare(id);
    return deps.db.transaction(async (tx) => {
      const { row, rights } = await ctx.lockFor(tx, actor, id);
      if (!dutyAllows(action, rights.duties)) throw new AppError('FORBIDDEN');
      // A repeated submission of the same dossier (a double click) answers with the dossier as it is.
      if (action === 'submit' && row.state === 'submitted' && row.revision === body.revision + 1) return row;
      let to: DossierState;
      try {
        to = nextState(row.state as DossierState, action);
      } catch (error) {
        if (error instanceof TransitionRefused) {
          throw new AppError(
            'DOSSIER_ACTION_NOT_ALLOWED',
            `Không thể "${action}" khi hồ sơ đang ở trạng thái hiện tại.`,
          );
        }
        throw error;
      }
      assertRevision(row, body.revision);
      const { definition } = await ctx.version(row);
      const change = await effects(tx, actor, row, action, body, definition, cal);
      return ctx.record(tx, actor, origin, row, {
        action,
        from: row.state as DossierState,
        to,
        patch: change.patch,
        note: reasonOf(body) ?? null,
        data: change.data ?? {},
        ...(change.notice !== undefined ? { notice: change.notice } : {}),
      });
    });
  }

  /** Officials of the competent unit who can take the next step (the assignee picker). */
  async function assignees(row: store.DossierRow, definition: ProcedureDefinition) {
    if (!row.competentUnitId) return [];
    const next = Math.min((row.currentStep ?? 0) + 1, definition.steps.length - 1);
    const step = definition.steps[next];
    if (!step) return [];
    const holders = await officialsHolding(
      deps.db,
      row.competentUnitId,
      STEP_PERMISSION[step.role],
      ctx.today(),
    );
    return holders.map((holder) => ({ id: holder.id, displayName: holder.displayName, roles: holder.roles }));
  }

  return { act, assignees, officialContacts: (ids: string[]) => officialContacts(deps.db, ids) };
}

export type Actions = ReturnType<typeof createActions>;
export const FORM_TITLES = DOSSIER_FORMS;
