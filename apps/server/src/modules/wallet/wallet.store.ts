import { and, desc, eq, inArray, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.ts';
import { storedFiles } from '../../platform/files/index.ts';
import { walletItems } from './wallet.schema.ts';

export type WalletItem = typeof walletItems.$inferSelect;
export type StoredFileRow = typeof storedFiles.$inferSelect;

function ownedBy(personalId: string, kinds?: readonly string[]): SQL {
  const conditions = [eq(walletItems.personalId, personalId)];
  if (kinds && kinds.length > 0) conditions.push(inArray(walletItems.kind, [...kinds]));
  return and(...conditions) as SQL;
}

/** The owner's items, newest first; `kinds` limits them. */
export async function findItems(
  db: Db,
  personalId: string,
  kinds?: readonly string[],
): Promise<WalletItem[]> {
  return db
    .select()
    .from(walletItems)
    .where(ownedBy(personalId, kinds))
    .orderBy(desc(walletItems.issuedAt), desc(walletItems.id));
}

/** The owner's items with their files' metadata. */
export async function findItemsWithFiles(
  db: Db,
  personalId: string,
  kinds?: readonly string[],
): Promise<{ item: WalletItem; file: StoredFileRow | null }[]> {
  return db
    .select({ item: walletItems, file: storedFiles })
    .from(walletItems)
    .leftJoin(storedFiles, eq(storedFiles.id, walletItems.fileId))
    .where(ownedBy(personalId, kinds))
    .orderBy(desc(walletItems.issuedAt), desc(walletItems.id));
}

/** The item if `personalId` owns it (the owner filter is part of the query). */
export async function findOwnedItem(db: Db, id: string, personalId: string): Promise<WalletItem | undefined> {
  const [row] = await db
    .select()
    .from(walletItems)
    .where(and(eq(walletItems.id, id), eq(walletItems.personalId, personalId)));
  return row;
}

export async function findFile(db: Db, id: string): Promise<StoredFileRow | undefined> {
  const [row] = await db.select().from(storedFiles).where(eq(storedFiles.id, id));
  return row;
}

export async function insertItem(db: Db, row: typeof walletItems.$inferInsert): Promise<WalletItem> {
  const [inserted] = await db.insert(walletItems).values(row).returning();
  if (!inserted) throw new Error('insert returned no row');
  return inserted;
}

export async function insertFile(db: Db, row: typeof storedFiles.$inferInsert): Promise<StoredFileRow> {
  const [inserted] = await db.insert(storedFiles).values(row).returning();
  if (!inserted) throw new Error('insert returned no row');
  return inserted;
}
