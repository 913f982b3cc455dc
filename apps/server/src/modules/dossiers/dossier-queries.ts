import { timingSafeEqual } from 'node:crypto';
import {
  DOSSIER_ACTIONS,
  DOSSIER_QUEUES,
  DOSSIER_STATES,
  type DossierAction,
  type DossierList,
  type DossierListQuery,
  type DossierQueue,
  type DossierState,
  type DossierView,
  type TrackingView,
} from '@lienthong/contracts';
import { addWorkingHours, toMoment, toSearchKey } from '@lienthong/vn';
import { type SQL, sql } from 'drizzle-orm';
import { type AuditOrigin, recordAudit } from '../../platform/audit/index.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { unitScope } from '../../platform/auth/scope.ts';
import type { Db } from '../../platform/db/index.ts';
import { AppError } from '../../platform/http/app-error.ts';
import { officialContacts } from '../identity/index.ts';
import { scopeSql, unitNames } from '../org/index.ts';
import { isLate } from './deadline/dossier-deadline.ts';
import type { DossierContext } from './dossier-context.ts';
import type { DossiersDeps } from './dossiers.ports.ts';
import { endedAt, type Names, presentDossier, presentSummary } from './dossiers.present.ts';
import * as store from './dossiers.store.ts';

/** Reading dossiers: one dossier (audited: it holds personal data), queues, the applicant's list, tracking. */

const d = store.columns;
const RUNNING = sql`${d.state} in ('received', 'in_process', 'approved', 'denied', 'signed')`;

/** Each queue as SQL; `soon` is the end of the due-soon window (one working day from now). */
export function queueConditions(actorId: string, now: Date, soon: Date): Record<DossierQueue, SQL> {
  return {
    to_receive: sql`${d.state} = 'submitted'`,
    mine: sql`${d.assigneeId} = ${actorId} and ${d.state} in ('received', 'in_process', 'supplement_requested', 'approved', 'denied', 'signed')`,
    to_process: sql`${d.state} in ('received', 'in_process')`,
    to_approve: sql`${d.state} = 'in_process' and ${d.stepRole} = 'leader'`,
    to_sign: sql`${d.state} in ('approved', 'denied')`,
    to_issue: sql`${d.state} = 'signed'`,
    to_deliver: sql`${d.state} = 'result_ready'`,
    supplement: sql`${d.state} in ('supplement_requested', 'needs_completion')`,
    due_soon: sql`${RUNNING} and ${d.dueAt} >= ${now.toISOString()} and ${d.dueAt} < ${soon.toISOString()}`,
    late: sql`${RUNNING} and ${d.dueAt} < ${now.toISOString()}`,
    all: sql`true`,
  };
}

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a.toUpperCase());
  const y = Buffer.from(b.toUpperCase());
  return x.length === y.length && timingSafeEqual(x, y);
}

export function createQueries(deps: DossiersDeps, ctx: DossierContext) {
  async function names(db: Db, rows: store.DossierRow[], extraUnits: string[] = []): Promise<Names> {
    const unitIds = [
      ...new Set([...rows.flatMap((r) => (r.competentUnitId ? [r.competentUnitId] : [])), ...extraUnits]),
    ];
    const people = [...new Set(rows.flatMap((r) => (r.assigneeId ? [r.assigneeId] : [])))];
    const contacts = await officialContacts(db, people);
    return {
      units: await unitNames(db, unitIds, ctx.today()),
      people: new Map([...contacts].map(([id, c]) => [id, c.displayName])),
    };
  }

  /** One dossier as `actor` sees it (404 outside their reach); the read is audited. */
  async function view(
    actor: Actor,
    origin: AuditOrigin | null,
    id: string,
    db: Db = deps.db,
  ): Promise<DossierView> {
    const row = await store.findDossier(db, id);
    if (!row) throw new AppError('NOT_FOUND');
    const rights = await ctx.access(db, actor, row);
    if (!rights.canRead) throw new AppError('NOT_FOUND');
    const version = await ctx.version(row);
    const [parts, events] = await Promise.all([store.listParts(db, row.id), store.listEvents(db, row.id)]);
    const eventUnits = events.flatMap((e) => (e.actorUnitId ? [e.actorUnitId] : []));
    const all = await names(db, [row], eventUnits);
    if (origin) {
      await recordAudit(db, actor, origin, {
        action: 'dossier.viewed',
        subject: { type: 'dossier', id: row.id },
        purpose: rights.isApplicant || row.filedBy === actor.id ? 'self.view' : 'dossier.processing',
      });
    }
    const cal = await deps.calendar.workingCalendar();
    return presentDossier(
      row,
      version,
      { parts, events, duties: rights.duties, isApplicant: rights.isApplicant },
      all,
      ctx.clock(),
      cal,
      deps.baseUrl,
    );
  }

  async function summaries(db: Db, rows: store.DossierRow[]) {
    const cal = await deps.calendar.workingCalendar();
    const all = await names(db, rows);
    const now = ctx.clock();
    return Promise.all(rows.map(async (row) => presentSummary(row, await ctx.version(row), all, now, cal)));
  }

  async function list(actor: Actor, query: DossierListQuery): Promise<DossierList> {
    const scope = unitScope(actor, 'dossier.read');
    const within = sql`(${scopeSql(sql`${d.competentUnitId}`, scope, ctx.today())} or ${scopeSql(
      sql`${d.filedAtUnitId}`,
      scope,
      ctx.today(),
    )})`;
    const now = ctx.clock();
    const soon = addWorkingHours(now, 8, { calendar: await deps.calendar.workingCalendar() });
    const conditions = queueConditions(actor.id, now, soon);
    const filter: store.QueueFilter = {
      within,
      queueCondition: conditions[query.queue],
      ...(query.unitId ? { unitId: query.unitId } : {}),
      ...(query.procedureId ? { procedureId: query.procedureId } : {}),
      ...(query.state ? { state: query.state } : {}),
      ...(query.q ? { q: toSearchKey(query.q) } : {}),
      ...(query.receivedFrom ? { receivedFrom: toMoment(query.receivedFrom) } : {}),
      ...(query.receivedTo
        ? { receivedTo: new Date(toMoment(query.receivedTo).getTime() + 86_400_000) }
        : {}),
    };
    const offset = (query.page - 1) * query.pageSize;
    const [page, counts] = await Promise.all([
      store.listQueue(deps.db, filter, { limit: query.pageSize, offset }),
      store.countQueues(deps.db, filter, conditions),
    ]);
    return { items: await summaries(deps.db, page.items), total: page.total, counts };
  }

  async function listMine(actor: Actor, page: { page: number; pageSize: number }): Promise<DossierList> {
    const personalId = await ctx.citizenPersonalId(deps.db, actor);
    if (!personalId) throw new AppError('FORBIDDEN');
    const found = await store.listForApplicant(
      deps.db,
      { personalId, actorId: actor.id },
      { limit: page.pageSize, offset: (page.page - 1) * page.pageSize },
    );
    return { items: await summaries(deps.db, found.items), total: found.total, counts: {} };
  }

  /** Public tracking: the code and the secret printed on the receipt, nothing personal in the answer. */
  async function track(code: string, secret: string): Promise<TrackingView> {
    const row = await store.findByCode(deps.db, code.trim().toUpperCase());
    if (!row?.trackingSecret || !safeEqual(row.trackingSecret, secret.trim()))
      throw new AppError('NOT_FOUND');
    const version = await ctx.version(row);
    const events = await store.listEvents(deps.db, row.id);
    const units = await unitNames(deps.db, row.competentUnitId ? [row.competentUnitId] : [], ctx.today());
    return {
      code: row.code ?? '',
      procedureName: version.definition.name,
      state: row.state as DossierState,
      stateLabel: DOSSIER_STATES[row.state as DossierState],
      competentUnitName: row.competentUnitId ? (units.get(row.competentUnitId) ?? '') : '',
      receivedAt: row.receivedAt?.toISOString() ?? null,
      dueAt: row.dueAt?.toISOString() ?? null,
      promisedAt: row.promisedAt?.toISOString() ?? null,
      late:
        row.receivedAt !== null && row.pausedSince === null && isLate(row.dueAt, endedAt(row), ctx.clock()),
      // The public sees the steps of the procedure (and payment), not internal warnings or ratings.
      steps: events
        .filter((event) => event.action in DOSSIER_ACTIONS || event.action === 'pay')
        .map((event) => ({
          label: DOSSIER_ACTIONS[event.action as DossierAction] ?? 'Thanh toán phí, lệ phí',
          at: event.at.toISOString(),
        })),
    };
  }

  return { view, list, listMine, track, names, queues: DOSSIER_QUEUES };
}

export type Queries = ReturnType<typeof createQueries>;
