import { Readable } from 'node:stream';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/index.ts';
import { AppError } from '../http/app-error.ts';
import { newId } from '../ids.ts';
import { storedFiles } from './files.schema.ts';
import type { FileStorage } from './storage.ts';

export type StoredFileRow = typeof storedFiles.$inferSelect;

/** Reads a stream into memory, refusing more than `maxBytes`. */
export async function readAll(stream: Readable, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) {
      stream.destroy();
      throw new AppError('PAYLOAD_TOO_LARGE');
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** A file the actor uploaded (404 for anyone else's, as the files module answers). */
export async function readOwnedFile(
  deps: { db: Db; storage: FileStorage; maxBytes: number },
  id: string,
  ownerId: string,
): Promise<{ row: StoredFileRow; bytes: Buffer }> {
  const [row] = await deps.db
    .select()
    .from(storedFiles)
    .where(and(eq(storedFiles.id, id), eq(storedFiles.createdBy, ownerId)));
  if (!row) throw new AppError('NOT_FOUND');
  return { row, bytes: await readAll(await deps.storage.get(row.sha256), deps.maxBytes) };
}

/** Any stored file by id (for the verification of a recorded signature by its code). */
export async function readFileById(
  deps: { db: Db; storage: FileStorage; maxBytes: number },
  id: string,
): Promise<{ row: StoredFileRow; bytes: Buffer } | undefined> {
  const [row] = await deps.db.select().from(storedFiles).where(eq(storedFiles.id, id));
  if (!row) return undefined;
  return { row, bytes: await readAll(await deps.storage.get(row.sha256), deps.maxBytes) };
}

/** Stores bytes the platform produced (a signed PDF, a .p7s) as a file of `ownerId`. */
export async function saveFile(
  deps: { db: Db; storage: FileStorage },
  bytes: Uint8Array,
  meta: { name: string; mediaType: string; ownerId: string },
): Promise<StoredFileRow> {
  const put = await deps.storage.put(Readable.from([Buffer.from(bytes)]), { maxBytes: bytes.length + 1 });
  const [row] = await deps.db
    .insert(storedFiles)
    .values({
      id: newId(),
      sha256: put.sha256,
      size: put.size,
      mediaType: meta.mediaType,
      name: meta.name,
      createdBy: meta.ownerId,
    })
    .returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

/**
 * Gives another actor their own record of an existing file (same bytes, content-addressed): what
 * a second signer needs to sign a document the first one produced.
 */
export async function adoptFile(db: Db, id: string, ownerId: string): Promise<StoredFileRow> {
  const [source] = await db.select().from(storedFiles).where(eq(storedFiles.id, id));
  if (!source) throw new AppError('NOT_FOUND');
  if (source.createdBy === ownerId) return source;
  const [row] = await db
    .insert(storedFiles)
    .values({
      id: newId(),
      sha256: source.sha256,
      size: source.size,
      mediaType: source.mediaType,
      name: source.name,
      createdBy: ownerId,
    })
    .returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}
