import { addWorkingHours, toLocalDate } from '@lienthong/vn';
import { and, asc, eq, gt, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.ts';
import { officialContacts, officialsHolding } from '../identity/index.ts';
import { viTime } from './dossier-context.ts';
import type { DossiersDeps } from './dossiers.ports.ts';
import { dossierEvents, dossiers } from './dossiers.schema.ts';
import * as store from './dossiers.store.ts';

/**
 * Warnings before a step or a whole dossier runs late, and when it does (Decree 118/2025
 * Art. 19: the agency that will be late must say so and apologise before the due date). A sweep
 * (job `dossiers.deadline-watch`, every 15 minutes) finds running dossiers whose step or dossier is
 * due within one working day or past due, and for each (dossier, due time, kind) once: records a
 * `deadline_warning` event in the history and notifies the assignee — and, when the dossier is
 * late, the unit's leaders. The history says which warnings went out; a moved due time (pause,
 * apology) warns again.
 */

export type WarningKind = 'step_due_soon' | 'step_late' | 'due_soon' | 'late';

const KIND_TEXT: Record<WarningKind, string> = {
  step_due_soon: 'sắp hết thời gian của bước xử lý',
  step_late: 'đã quá thời gian của bước xử lý',
  due_soon: 'sắp đến hạn trả kết quả',
  late: 'đã quá hạn trả kết quả',
};

const RUNNING = ['received', 'in_process', 'approved', 'denied', 'signed'];
const SYSTEM = 'system:deadline-watch';

/** Which warnings a dossier is owed at `now` (pure). */
export function warningsFor(
  row: { dueAt: Date | null; stepDueAt: Date | null },
  now: Date,
  soon: Date,
): { kind: WarningKind; key: string }[] {
  const out: { kind: WarningKind; key: string }[] = [];
  if (row.dueAt) {
    if (row.dueAt < now) out.push({ kind: 'late', key: `late:${row.dueAt.toISOString()}` });
    else if (row.dueAt < soon) out.push({ kind: 'due_soon', key: `due_soon:${row.dueAt.toISOString()}` });
  }
  if (row.stepDueAt) {
    if (row.stepDueAt < now) out.push({ kind: 'step_late', key: `step_late:${row.stepDueAt.toISOString()}` });
    else if (row.stepDueAt < soon) {
      out.push({ kind: 'step_due_soon', key: `step_due_soon:${row.stepDueAt.toISOString()}` });
    }
  }
  return out;
}

export function createDeadlineWatch(deps: Pick<DossiersDeps, 'db' | 'calendar' | 'notifier' | 'clock'>) {
  const clock = deps.clock ?? (() => new Date());

  async function sentKeys(db: Db, ids: string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await db
      .select({ id: dossierEvents.dossierId, key: sql<string>`${dossierEvents.data}->>'key'` })
      .from(dossierEvents)
      .where(and(inArray(dossierEvents.dossierId, ids), eq(dossierEvents.action, 'deadline_warning')));
    return new Set(rows.map((row) => `${row.id}|${row.key}`));
  }

  async function warn(
    db: Db,
    row: store.DossierRow,
    kind: WarningKind,
    key: string,
    at: Date,
  ): Promise<void> {
    await store.appendEvent(db, {
      dossierId: row.id,
      action: 'deadline_warning',
      fromState: row.state,
      toState: row.state,
      actorId: SYSTEM,
      actorName: 'Hệ thống (theo dõi thời hạn)',
      actorUnitId: null,
      at,
      note: `Hồ sơ ${KIND_TEXT[kind]}`,
      data: { kind, key },
    });
    const recipients = new Set<string>(row.assigneeId ? [row.assigneeId] : []);
    if ((kind === 'late' || kind === 'due_soon') && row.competentUnitId) {
      for (const leader of await officialsHolding(
        db,
        row.competentUnitId,
        'dossier.approve',
        at.toISOString().slice(0, 10),
      )) {
        recipients.add(leader.id);
      }
    }
    const contacts = await officialContacts(db, [...recipients]);
    for (const [id, contact] of contacts) {
      await deps.notifier.notify(db, {
        recipientId: id,
        subject: `Hồ sơ ${row.code ?? ''} ${KIND_TEXT[kind]}`,
        body: `Hồ sơ ${row.code ?? ''} ${KIND_TEXT[kind]} (hạn: ${viTime(kind.startsWith('step') ? row.stepDueAt : row.dueAt)}). ${
          kind === 'late'
            ? 'Nếu chưa thể trả kết quả, cần gửi văn bản xin lỗi và hẹn lại ngày trả (mẫu 04).'
            : ''
        }`.trim(),
        link: `/app/mot-cua/ho-so/${row.id}`,
        email: contact.email,
      });
    }
  }

  /**
   * One pass over every running dossier due within a working day or late (in pages, by id), in
   * its own transaction per dossier; the keys are checked again under the dossier's lock so that
   * overlapping sweeps never warn twice. Returns how many warnings went out.
   */
  async function sweep(pageSize = 1000): Promise<number> {
    const now = clock();
    const soon = addWorkingHours(now, 8, { calendar: await deps.calendar.workingCalendar() });
    let count = 0;
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows = await deps.db
        .select()
        .from(dossiers)
        .where(
          and(
            inArray(dossiers.state, RUNNING),
            isNull(dossiers.pausedSince),
            or(lt(dossiers.dueAt, soon), lt(dossiers.stepDueAt, soon)),
            gt(dossiers.id, after),
          ),
        )
        .orderBy(asc(dossiers.id))
        .limit(pageSize);
      const sent = await sentKeys(
        deps.db,
        rows.map((row) => row.id),
      );
      for (const row of rows) {
        if (warningsFor(row, now, soon).every((w) => sent.has(`${row.id}|${w.key}`))) continue;
        await deps.db.transaction(async (tx) => {
          const locked = await store.lockDossier(tx, row.id);
          if (!locked || !RUNNING.includes(locked.state) || locked.pausedSince) return;
          const already = await sentKeys(tx, [locked.id]);
          const owed = warningsFor(locked, now, soon).filter((w) => !already.has(`${locked.id}|${w.key}`));
          for (const warning of owed) await warn(tx, locked, warning.kind, warning.key, now);
          count += owed.length;
        });
      }
      if (rows.length < pageSize) return count;
      after = rows[rows.length - 1]?.id ?? after;
    }
  }

  return { sweep };
}
