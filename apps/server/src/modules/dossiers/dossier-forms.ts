import {
  DOSSIER_ACTIONS,
  DOSSIER_STATES,
  type DossierAction,
  type DossierFormCode,
  type DossierState,
} from '@lienthong/contracts';
import { toMoment } from '@lienthong/vn';
import { type AuditOrigin, recordAudit } from '../../platform/audit/index.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { unitScope } from '../../platform/auth/scope.ts';
import { AppError } from '../../platform/http/app-error.ts';
import { unitDetails, unitInScope } from '../org/index.ts';
import type { DossierContext } from './dossier-context.ts';
import type { DossiersDeps } from './dossiers.ports.ts';
import * as store from './dossiers.store.ts';
import type { DossierFormContext, FormUnit } from './forms/form-context.ts';
import { renderDossierForm, renderRegister } from './forms/index.ts';

/**
 * Forms 01–06 of a dossier and the register (form 07), generated from the history: each form
 * exists once the event that issues it exists (01 on receipt, 02 on a supplement request, …).
 */

const FORM_EVENT: Record<Exclude<DossierFormCode, '07'>, string | null> = {
  '01': 'receive',
  '02': 'request_supplement',
  '03': 'refuse',
  '04': 'apologize',
  '05': 'stop',
  '06': 'receive',
};

export function createForms(deps: DossiersDeps, ctx: DossierContext) {
  async function unitOf(unitId: string | null): Promise<FormUnit> {
    const unit = unitId ? (await unitDetails(deps.db, [unitId], ctx.today())).get(unitId) : undefined;
    return { name: unit?.name ?? '', parentName: unit?.parentName ?? null, placeName: 'Hà Nội' };
  }

  async function form(actor: Actor, origin: AuditOrigin, id: string, code: DossierFormCode) {
    if (code === '07') throw new AppError('NOT_FOUND');
    const row = await store.findDossier(deps.db, id);
    if (!row) throw new AppError('NOT_FOUND');
    const rights = await ctx.access(deps.db, actor, row);
    if (!rights.canRead) throw new AppError('NOT_FOUND');
    const events = await store.listEvents(deps.db, row.id);
    const issuing = events.filter((event) => event.action === FORM_EVENT[code]).at(-1);
    if (!issuing) throw new AppError('NOT_FOUND', 'Hồ sơ chưa có biểu mẫu này.');
    const { definition } = await ctx.version(row);
    const parts = await store.listParts(deps.db, row.id);
    const partNames = new Map(definition.parts.map((part) => [part.code, part.name]));
    const unitIds = [...new Set(events.flatMap((e) => (e.actorUnitId ? [e.actorUnitId] : [])))];
    const units = await unitDetails(deps.db, unitIds, ctx.today());
    const data = issuing.data as { partCodes?: string[]; newDate?: string };
    const context: DossierFormContext = {
      dossier: {
        code: row.code,
        trackingSecret: row.trackingSecret,
        procedureCode: definition.code,
        procedureName: definition.name,
        applicant: row.applicant,
        channel: row.channel,
        submittedAt: row.submittedAt,
        receivedAt: row.receivedAt,
        // Form 01 states the date promised at receipt; later forms the current due time.
        dueAt:
          code === '01' && typeof issuing.data.dueAt === 'string' ? new Date(issuing.data.dueAt) : row.dueAt,
        promisedAt: row.promisedAt,
        parts: parts.map((part) => ({
          name: partNames.get(part.partCode) ?? part.partCode,
          fileName: part.file.name,
          source: part.source,
        })),
        fees: definition.fees.map((fee) => ({ name: fee.name, amount: fee.amount })),
      },
      unit: await unitOf(row.competentUnitId),
      officer: { name: issuing.actorName },
      ...(issuing.note ? { reason: issuing.note } : {}),
      ...(data.partCodes ? { partsToAdd: data.partCodes.map((c) => partNames.get(c) ?? c) } : {}),
      ...(data.newDate ? { newDate: toMoment(data.newDate, '17:00') } : {}),
      ...(row.code && row.trackingSecret
        ? {
            trackingUrl: `${deps.baseUrl}/tra-cuu-ho-so?ma=${encodeURIComponent(row.code)}&bi-mat=${row.trackingSecret}`,
          }
        : {}),
      events: events.map((event) => ({
        at: event.at,
        actionLabel: DOSSIER_ACTIONS[event.action as DossierAction] ?? event.action,
        actorName: event.actorName,
        unitName: event.actorUnitId ? (units.get(event.actorUnitId)?.name ?? null) : null,
        note: event.note,
        stateLabel: DOSSIER_STATES[event.toState as DossierState],
        stepDueAt: typeof event.data.dueAt === 'string' ? new Date(event.data.dueAt) : null,
      })),
      issuedAt: code === '06' ? ctx.clock() : issuing.at,
    };
    await recordAudit(deps.db, actor, origin, {
      action: 'dossier.form-read',
      subject: { type: 'dossier', id: row.id },
      purpose: rights.isApplicant ? 'self.view' : 'dossier.processing',
      details: { form: code },
    });
    return renderDossierForm(code, context, deps.font());
  }

  /** Form 07 for a unit and a period (inclusive dates), within the reader's scope. */
  async function register(actor: Actor, origin: AuditOrigin, unitId: string, from: string, to: string) {
    if (!(await unitInScope(deps.db, unitId, unitScope(actor, 'dossier.read'), ctx.today()))) {
      throw new AppError('NOT_FOUND');
    }
    const rows = await store.listReceived(
      deps.db,
      unitId,
      toMoment(from),
      new Date(toMoment(to).getTime() + 86_400_000),
    );
    const versions = await Promise.all(rows.map((row) => ctx.version(row)));
    await recordAudit(deps.db, actor, origin, {
      action: 'dossier.register-read',
      subject: { type: 'org_unit', id: unitId },
      purpose: 'dossier.processing',
      details: { from, to, rows: rows.length },
    });
    return renderRegister(
      {
        unit: await unitOf(unitId),
        from,
        to,
        issuedAt: ctx.clock(),
        rows: rows.map((row, index) => ({
          code: row.code ?? '',
          procedureName: versions[index]?.definition.name ?? '',
          applicantName: row.applicant.fullName,
          address: row.applicant.address ?? null,
          receivedAt: row.receivedAt as Date,
          dueAt: row.dueAt,
          resultReadyAt: row.resultReadyAt,
          deliveredAt: row.deliveredAt,
          stateLabel: DOSSIER_STATES[row.state as DossierState],
          onTime: row.onTime,
        })),
      },
      deps.font(),
    );
  }

  return { form, register };
}
