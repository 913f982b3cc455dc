import type { ProcedureRouting } from '@lienthong/contracts';
import { and, asc, desc, eq, gt, inArray, isNull, lte, or, type SQL, sql } from 'drizzle-orm';
import { type Db, escapeLike } from '../../platform/db/index.ts';
import { procedures, procedureVersions } from './procedures.schema.ts';

export type ProcedureRow = typeof procedures.$inferSelect;
export type VersionRow = typeof procedureVersions.$inferSelect;
export type ProcedureFacts = Pick<ProcedureRow, 'name' | 'field' | 'level' | 'onlineLevel' | 'searchKey'>;

/** Serialises publications of one procedure code inside the caller's transaction. */
export async function lockCode(db: Db, code: string): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`procedure:${code}`}, 0))`);
}

export async function findProcedureByCode(db: Db, code: string): Promise<ProcedureRow | undefined> {
  const [row] = await db.select().from(procedures).where(eq(procedures.code, code));
  return row;
}

export async function findProcedure(db: Db, id: string): Promise<ProcedureRow | undefined> {
  const [row] = await db.select().from(procedures).where(eq(procedures.id, id));
  return row;
}

export async function insertProcedure(db: Db, row: typeof procedures.$inferInsert): Promise<void> {
  await db.insert(procedures).values(row);
}

/** The searchable facts follow the newest version. */
export async function updateProcedureFacts(db: Db, id: string, facts: ProcedureFacts): Promise<void> {
  await db
    .update(procedures)
    .set({ ...facts, updatedAt: new Date() })
    .where(eq(procedures.id, id));
}

/** Every version of a procedure, newest first. */
export async function findVersions(db: Db, procedureId: string): Promise<VersionRow[]> {
  return db
    .select()
    .from(procedureVersions)
    .where(eq(procedureVersions.procedureId, procedureId))
    .orderBy(desc(procedureVersions.version));
}

export async function insertVersion(db: Db, row: typeof procedureVersions.$inferInsert): Promise<VersionRow> {
  const [inserted] = await db.insert(procedureVersions).values(row).returning();
  if (!inserted) throw new Error('insert returned no row');
  return inserted;
}

export async function closeVersion(db: Db, id: string, validTo: string): Promise<void> {
  await db.update(procedureVersions).set({ validTo }).where(eq(procedureVersions.id, id));
}

export async function findVersion(db: Db, id: string): Promise<VersionRow | undefined> {
  const [row] = await db.select().from(procedureVersions).where(eq(procedureVersions.id, id));
  return row;
}

/** [valid_from, valid_to) holds `day`. */
function inForceOn(day: string): SQL {
  return and(
    lte(procedureVersions.validFrom, day),
    or(isNull(procedureVersions.validTo), gt(procedureVersions.validTo, day)),
  ) as SQL;
}

export async function findVersionInForce(
  db: Db,
  procedureId: string,
  day: string,
): Promise<VersionRow | undefined> {
  const [row] = await db
    .select()
    .from(procedureVersions)
    .where(and(eq(procedureVersions.procedureId, procedureId), inForceOn(day)));
  return row;
}

/** Versions in force on `day` or later (the catalogue as exported), by code then version. */
export async function findCurrentAndLaterVersions(db: Db, day: string): Promise<VersionRow[]> {
  return db
    .select({ version: procedureVersions })
    .from(procedureVersions)
    .innerJoin(procedures, eq(procedures.id, procedureVersions.procedureId))
    .where(or(isNull(procedureVersions.validTo), gt(procedureVersions.validTo, day)))
    .orderBy(asc(procedures.code), asc(procedureVersions.version))
    .then((rows) => rows.map((row) => row.version));
}

export type CatalogueFilter = {
  day: string;
  /** Accent-folded, lower-case words; each must occur in the search key. */
  terms: string[];
  field?: string | undefined;
  level?: 'commune' | 'city' | undefined;
  onlineLevel?: 'full' | 'partial' | undefined;
};

export type CatalogueListRow = {
  id: string;
  code: string;
  name: string;
  field: string;
  level: 'commune' | 'city';
  onlineLevel: 'full' | 'partial';
  version: number;
  routing: ProcedureRouting;
  timeLimitDays: string;
  feeTotal: string;
  total: number;
};

/** The in-force version's own facts (the procedures row follows the newest version, maybe a later one). */
const definitionText = (key: string) =>
  sql<string>`${procedureVersions.definition} ->> ${sql.raw(`'${key}'`)}`;

function catalogueWhere(filter: CatalogueFilter): SQL {
  const conditions: SQL[] = filter.terms.map(
    (term) => sql`${procedures.searchKey} ilike ${`%${escapeLike(term)}%`}`,
  );
  if (filter.field) conditions.push(sql`${definitionText('field')} = ${filter.field}`);
  if (filter.level) conditions.push(sql`${definitionText('level')} = ${filter.level}`);
  if (filter.onlineLevel) conditions.push(sql`${definitionText('onlineLevel')} = ${filter.onlineLevel}`);
  return and(...conditions) ?? sql`true`;
}

/** Procedures with a version in force on the day, matching the filter, alphabetically (accents folded). */
export async function listCatalogue(
  db: Db,
  filter: CatalogueFilter,
  page: { limit: number; offset: number },
): Promise<CatalogueListRow[]> {
  // search_key = toSearchKey(code + ' ' + name + ' ' + field): past the code, it sorts by the folded name.
  const nameKey = sql`substr(${procedures.searchKey}, length(${procedures.code}) + 2)`;
  return db
    .select({
      id: procedures.id,
      code: procedures.code,
      name: definitionText('name'),
      field: definitionText('field'),
      level: sql<'commune' | 'city'>`${definitionText('level')}`,
      onlineLevel: sql<'full' | 'partial'>`${definitionText('onlineLevel')}`,
      version: procedureVersions.version,
      routing: sql<ProcedureRouting>`${procedureVersions.definition} -> 'routing'`,
      timeLimitDays: sql<string>`${procedureVersions.definition} ->> 'timeLimitDays'`,
      feeTotal: sql<string>`(select coalesce(sum((fee ->> 'amount')::bigint), 0)::text
        from jsonb_array_elements(${procedureVersions.definition} -> 'fees') as fee)`,
      total: sql<number>`(count(*) over ())::int`,
    })
    .from(procedures)
    .innerJoin(
      procedureVersions,
      and(eq(procedureVersions.procedureId, procedures.id), inForceOn(filter.day)),
    )
    .where(catalogueWhere(filter))
    .orderBy(nameKey, asc(procedures.code))
    .limit(page.limit)
    .offset(page.offset);
}

/** The fields of the procedures in force (for the filter). */
export async function listCatalogueFields(db: Db, day: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ field: definitionText('field') })
    .from(procedureVersions)
    .where(inForceOn(day));
  return rows.map((row) => row.field);
}

export async function findNamesByIds(
  db: Db,
  ids: string[],
): Promise<{ id: string; code: string; name: string }[]> {
  if (ids.length === 0) return [];
  return db
    .select({ id: procedures.id, code: procedures.code, name: procedures.name })
    .from(procedures)
    .where(inArray(procedures.id, ids));
}
