import type { Readable } from 'node:stream';
import type { WalletItemView } from '@lienthong/contracts';
import { type AuditOrigin, recordAudit } from '../../platform/audit/index.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import type { Db } from '../../platform/db/index.ts';
import type { FileStorage } from '../../platform/files/index.ts';
import { AppError } from '../../platform/http/app-error.ts';
import { newId } from '../../platform/ids.ts';
import type { walletItems } from './wallet.schema.ts';
import * as store from './wallet.store.ts';

export type WalletItem = store.WalletItem;
/** A new item: `id` and `createdAt` are made here when absent. */
export type NewWalletItem = Omit<typeof walletItems.$inferInsert, 'id' | 'createdAt'> & { id?: string };

export function presentItem(item: WalletItem, file: store.StoredFileRow | null): WalletItemView {
  return {
    id: item.id,
    kind: item.kind,
    title: item.title,
    source: item.source,
    issuedAt: item.issuedAt.toISOString(),
    validTo: item.validTo,
    file: file
      ? {
          id: file.id,
          sha256: file.sha256,
          size: file.size,
          mediaType: file.mediaType,
          name: file.name,
          createdAt: file.createdAt.toISOString(),
        }
      : null,
    data: item.data,
  };
}

/**
 * The citizens' data wallet (kho dữ liệu cá nhân, Circular 01/2023/TT-VPCP: results are kept
 * for reuse; once-only): items are found by the owner's personal ID. Other modules add items
 * (a dossier's signed result) and read them (prefill, parts picked from the wallet); the citizen
 * lists theirs and downloads their files, each read recorded in the audit log.
 */
export function createWalletService(deps: { db: Db; storage?: FileStorage }) {
  const { db } = deps;

  /** The owner's items, newest first (`kinds` limits them); no audit: callers record their reads. */
  async function listFor(personalId: string, kinds?: string[]): Promise<WalletItem[]> {
    return store.findItems(db, personalId, kinds);
  }

  /** The item if `personalId` owns it, else null (in `tx`, e.g. the filing transaction). */
  async function findOwned(tx: Db, id: string, personalId: string): Promise<WalletItem | null> {
    return (await store.findOwnedItem(tx, id, personalId)) ?? null;
  }

  /** Adds an item in `tx` (e.g. the transaction that issues a dossier's result). */
  async function addItem(tx: Db, input: NewWalletItem): Promise<WalletItem> {
    return store.insertItem(tx, { ...input, id: input.id ?? newId() });
  }

  /** The citizen's own items as views, the read recorded (purpose: the citizen views their own). */
  async function listOwn(
    actor: Actor,
    origin: AuditOrigin,
    personalId: string,
    kinds?: string[],
  ): Promise<WalletItemView[]> {
    return db.transaction(async (tx) => {
      const rows = await store.findItemsWithFiles(tx, personalId, kinds);
      await recordAudit(tx, actor, origin, {
        action: 'wallet.listed',
        subject: { type: 'wallet', id: actor.id },
        purpose: 'self.view',
        details: { count: rows.length, ...(kinds ? { kinds } : {}) },
      });
      return rows.map((row) => presentItem(row.item, row.file));
    });
  }

  /** The file of the citizen's own item (404 for another's item or an item without a file). */
  async function openOwnFile(
    actor: Actor,
    origin: AuditOrigin,
    personalId: string,
    id: string,
  ): Promise<{ file: store.StoredFileRow; content: Readable }> {
    const storage = deps.storage;
    if (!storage) throw new Error('createWalletService needs storage to open files');
    const file = await db.transaction(async (tx) => {
      const item = await store.findOwnedItem(tx, id, personalId);
      const found = item?.fileId ? await store.findFile(tx, item.fileId) : undefined;
      if (!item || !found) throw new AppError('NOT_FOUND');
      await recordAudit(tx, actor, origin, {
        action: 'wallet.file.read',
        subject: { type: 'wallet_item', id: item.id },
        purpose: 'self.view',
        details: { kind: item.kind, fileId: found.id },
      });
      return found;
    });
    return { file, content: await storage.get(file.sha256) };
  }

  return { listFor, findOwned, addItem, listOwn, openOwnFile };
}

export type WalletService = ReturnType<typeof createWalletService>;
