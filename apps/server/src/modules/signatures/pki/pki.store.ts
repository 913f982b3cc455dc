import { and, desc, eq, gt, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/index.ts';
import { pkiCertificates } from '../signatures.schema.ts';

export type CertificateRow = typeof pkiCertificates.$inferSelect;

export async function findAuthorities(db: Db): Promise<CertificateRow[]> {
  return db
    .select()
    .from(pkiCertificates)
    .where(
      and(inArray(pkiCertificates.role, ['root', 'issuing', 'tsa']), eq(pkiCertificates.status, 'active')),
    )
    .orderBy(desc(pkiCertificates.createdAt));
}

export async function insertCertificate(
  db: Db,
  row: typeof pkiCertificates.$inferInsert,
): Promise<CertificateRow> {
  const [inserted] = await db.insert(pkiCertificates).values(row).returning();
  if (!inserted) throw new Error('insert returned no row');
  return inserted;
}

export async function findCertificate(db: Db, id: string): Promise<CertificateRow | undefined> {
  const [row] = await db.select().from(pkiCertificates).where(eq(pkiCertificates.id, id));
  return row;
}

export async function findBySerial(
  db: Db,
  issuerId: string,
  serial: string,
): Promise<CertificateRow | undefined> {
  const [row] = await db
    .select()
    .from(pkiCertificates)
    .where(and(eq(pkiCertificates.issuerId, issuerId), eq(pkiCertificates.serial, serial)));
  return row;
}

/** The newest active, unexpired certificate of a subject in a role. */
export async function findActiveFor(
  db: Db,
  subjectType: string,
  subjectRef: string,
  role: string,
  now: Date,
): Promise<CertificateRow | undefined> {
  const [row] = await db
    .select()
    .from(pkiCertificates)
    .where(
      and(
        eq(pkiCertificates.subjectType, subjectType),
        eq(pkiCertificates.subjectRef, subjectRef),
        eq(pkiCertificates.role, role),
        eq(pkiCertificates.status, 'active'),
        gt(pkiCertificates.notAfter, now),
      ),
    )
    .orderBy(desc(pkiCertificates.createdAt))
    .limit(1);
  return row;
}

export async function listFor(db: Db, subjectType: string, subjectRef: string): Promise<CertificateRow[]> {
  return db
    .select()
    .from(pkiCertificates)
    .where(and(eq(pkiCertificates.subjectType, subjectType), eq(pkiCertificates.subjectRef, subjectRef)))
    .orderBy(desc(pkiCertificates.createdAt));
}

export async function revokedBy(db: Db, issuerId: string): Promise<CertificateRow[]> {
  return db
    .select()
    .from(pkiCertificates)
    .where(and(eq(pkiCertificates.issuerId, issuerId), eq(pkiCertificates.status, 'revoked')));
}

export async function markRevoked(
  db: Db,
  id: string,
  at: Date,
  reason: number,
): Promise<CertificateRow | undefined> {
  const [row] = await db
    .update(pkiCertificates)
    .set({ status: 'revoked', revokedAt: at, revocationReason: reason })
    .where(and(eq(pkiCertificates.id, id), eq(pkiCertificates.status, 'active')))
    .returning();
  return row;
}

/** Serialises the creation of the deployment's authorities across processes. */
export async function lockAuthorities(db: Db): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(4250050001)`);
}
