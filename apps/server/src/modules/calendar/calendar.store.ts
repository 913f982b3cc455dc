import { desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.ts';
import { calendarDecisions } from './calendar.schema.ts';

export type CalendarDecisionRow = typeof calendarDecisions.$inferSelect;

/** The newest version of every year that has one. */
export async function findLatestDecisions(db: Db): Promise<CalendarDecisionRow[]> {
  return db
    .selectDistinctOn([calendarDecisions.year])
    .from(calendarDecisions)
    .orderBy(calendarDecisions.year, desc(calendarDecisions.version));
}

export async function findDecisionHistory(db: Db, year: number): Promise<CalendarDecisionRow[]> {
  return db
    .select()
    .from(calendarDecisions)
    .where(eq(calendarDecisions.year, year))
    .orderBy(desc(calendarDecisions.version));
}

/** A stamp that changes whenever any decision is saved (to refresh caches in every process). */
export async function readDecisionsStamp(db: Db): Promise<string> {
  const [row] = await db
    .select({
      stamp: sql<string>`count(*)::text || ':' || coalesce(max(${calendarDecisions.createdAt})::text, '')`,
    })
    .from(calendarDecisions);
  return row?.stamp ?? '0:';
}

export async function insertDecision(
  db: Db,
  row: typeof calendarDecisions.$inferInsert,
): Promise<CalendarDecisionRow> {
  const [inserted] = await db.insert(calendarDecisions).values(row).returning();
  if (!inserted) throw new Error('insert returned no row');
  return inserted;
}

/** Serialises saves of one year inside the caller's transaction. */
export async function lockYear(db: Db, year: number): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(${4_250_020_000 + year})`);
}
