import { DOSSIER_ACTIONS, DOSSIER_STATES, type DossierAction, type DossierState } from '@lienthong/contracts';
import { formatLocalDateTime, toLocalDate } from '@lienthong/vn';
import { type AuditOrigin, recordAudit } from '../../platform/audit/index.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import type { Db } from '../../platform/db/index.ts';
import { AppError } from '../../platform/http/app-error.ts';
import { citizenRecord } from '../identity/index.ts';
import { accessTo, type DossierAccess } from './dossiers.policy.ts';
import type { DossiersDeps, ProcedureVersion } from './dossiers.ports.ts';
import * as store from './dossiers.store.ts';

/**
 * What the parts of the dossiers service share: the clock, access to one dossier (404 when the
 * actor may not read it), and `record`: the one way a change is written — the dossier's new
 * columns, its history event, the audit entry and the applicant's notification, in the caller's
 * transaction.
 */

export type DossierChange = {
  action: DossierAction;
  from: DossierState | null;
  to: DossierState;
  patch: Partial<store.NewDossierRow>;
  note?: string | null;
  data?: Record<string, unknown>;
  /** Tell the applicant (subject and body in Vietnamese); omitted: a generic status message. */
  notice?: { subject: string; body: string } | false;
};

const APPLICANT_LINK = (id: string) => `/ca-nhan/ho-so/${id}`;

export function createDossierContext(deps: DossiersDeps) {
  const clock = deps.clock ?? (() => new Date());
  const today = () => toLocalDate(clock());

  /** The personal ID of a signed-in citizen (null for others). */
  async function citizenPersonalId(db: Db, actor: Actor): Promise<string | null> {
    if (actor.kind !== 'citizen') return null;
    return (await citizenRecord(db, { id: actor.id }))?.personalId ?? null;
  }

  async function access(db: Db, actor: Actor, row: store.DossierRow): Promise<DossierAccess> {
    return accessTo(db, actor, row, await citizenPersonalId(db, actor), today());
  }

  /** The dossier locked for a change by `actor`, with their access; 404 when they may not read it. */
  async function lockFor(db: Db, actor: Actor, id: string) {
    const row = await store.lockDossier(db, id);
    if (!row) throw new AppError('NOT_FOUND');
    const rights = await access(db, actor, row);
    if (!rights.canRead) throw new AppError('NOT_FOUND');
    return { row, rights };
  }

  // Versions never change once published: read each once. Transactions must not wait on another
  // connection (PGlite has one), so `prepare` loads what a change needs before it begins.
  const versions = new Map<string, ProcedureVersion>();
  async function version(row: { procedureVersionId: string }): Promise<ProcedureVersion> {
    const cached = versions.get(row.procedureVersionId);
    if (cached) return cached;
    const found = await deps.procedures.getVersion(row.procedureVersionId);
    if (!found) throw new Error(`procedure version ${row.procedureVersionId} is missing`);
    versions.set(found.id, found);
    return found;
  }

  /** Loads, outside any transaction, the procedure version and the working calendar a change of `id` uses. */
  async function prepare(id: string) {
    const row = await store.findDossier(deps.db, id);
    if (row) await version(row);
    return { cal: await deps.calendar.workingCalendar() };
  }

  async function record(
    db: Db,
    actor: Actor,
    origin: AuditOrigin,
    row: store.DossierRow,
    change: DossierChange,
  ): Promise<store.DossierRow> {
    const at = clock();
    const updated = await store.updateDossier(db, row.id, { ...change.patch, state: change.to }, at);
    await store.appendEvent(db, {
      dossierId: row.id,
      action: change.action,
      fromState: change.from,
      toState: change.to,
      actorId: actor.id,
      actorName: actor.displayName,
      actorUnitId: actor.kind === 'official' ? (actor.unitId ?? null) : null,
      at,
      note: change.note ?? null,
      data: change.data ?? {},
    });
    await recordAudit(db, actor, origin, {
      action: `dossier.${change.action}`,
      subject: { type: 'dossier', id: row.id },
      details: { code: updated.code, from: change.from, to: change.to },
    });
    if (change.notice !== false) await notifyApplicant(db, updated, change);
    return updated;
  }

  async function notifyApplicant(db: Db, row: store.DossierRow, change: DossierChange): Promise<void> {
    const applicant = row.applicant;
    const citizen = await citizenRecord(db, { personalId: row.applicantPersonalId });
    const label = row.code ?? 'hồ sơ của ông/bà';
    const notice = change.notice || {
      subject: `Hồ sơ ${label}: ${DOSSIER_STATES[change.to]}`,
      body: `Hồ sơ ${label} đã chuyển sang trạng thái "${DOSSIER_STATES[change.to]}" (${DOSSIER_ACTIONS[change.action]}).${
        change.note ? ` Nội dung: ${change.note}` : ''
      }`,
    };
    await deps.notifier.notify(db, {
      recipientId: citizen ? citizen.id : `personal:${row.applicantPersonalId}`,
      subject: notice.subject,
      body: notice.body,
      link: APPLICANT_LINK(row.id),
      email: applicant.email ?? citizen?.email ?? null,
      phone: applicant.phone ?? citizen?.phone ?? null,
    });
  }

  return { clock, today, access, lockFor, version, prepare, record, citizenPersonalId };
}

export type DossierContext = ReturnType<typeof createDossierContext>;

/** A moment as people in Vietnam read it: `dd/mm/yyyy HH:mm` in Asia/Ho_Chi_Minh. */
export function viTime(moment: Date | null): string {
  if (!moment) return '';
  const [day = '', time = ''] = formatLocalDateTime(moment).split('T');
  return `${day.split('-').reverse().join('/')} ${time.slice(0, 5)}`;
}

/** The revision the user saw must still be the dossier's: otherwise someone changed it meanwhile. */
export function assertRevision(row: { revision: number }, revision: number): void {
  if (row.revision !== revision) throw new AppError('DOSSIER_STALE');
}
