import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import { storedFiles } from './files.schema.ts';

export type StoredFileRow = typeof storedFiles.$inferSelect;

export async function insertStoredFile(db: Db, row: typeof storedFiles.$inferInsert): Promise<StoredFileRow> {
  const [inserted] = await db.insert(storedFiles).values(row).returning();
  if (!inserted) throw new Error('insert returned no row');
  return inserted;
}

/** The file if it was uploaded by `ownerId`; the owner filter is part of the query. */
export async function findOwnedFile(db: Db, id: string, ownerId: string): Promise<StoredFileRow | undefined> {
  const [row] = await db
    .select()
    .from(storedFiles)
    .where(and(eq(storedFiles.id, id), eq(storedFiles.createdBy, ownerId)));
  return row;
}
