import type { AuditEntryView, AuditListQuery, AuditPage, AuditVerifyView } from '@lienthong/contracts';
import type { SQL } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { Actor } from '../auth/actor.ts';
import type { Db } from '../db/database.ts';
import {
  type AuditRow,
  findEntries,
  findEntriesAfter,
  findLastHash,
  insertEntry,
  lockChain,
} from './audit.store.ts';
import { GENESIS_HASH, type HashedFields, hashEntry } from './audit-hash.ts';

/** Where a change or a read came from. */
export type AuditOrigin = { ip: string | null; requestId: string | null };

export function originOf(request: FastifyRequest): AuditOrigin {
  return { ip: request.ip, requestId: request.id };
}

export type AuditEvent = {
  action: string;
  subject: { type: string; id: string };
  /** Required when personal data is read: why (a purpose code such as 'dossier.processing'). */
  purpose?: string;
  details?: Record<string, unknown>;
};

function fieldsOf(row: AuditRow): HashedFields {
  return {
    at: row.at.toISOString(),
    actorId: row.actorId,
    actorKind: row.actorKind,
    unitId: row.unitId,
    action: row.action,
    subjectType: row.subjectType,
    subjectId: row.subjectId,
    purpose: row.purpose,
    ip: row.ip,
    requestId: row.requestId,
    details: row.details,
  };
}

/**
 * Appends an entry to the chain. Call it inside the transaction of the change it records,
 * so the change and its entry commit or roll back together.
 */
export async function recordAudit(
  db: Db,
  actor: Actor,
  origin: AuditOrigin,
  event: AuditEvent,
): Promise<void> {
  await lockChain(db);
  const prevHash = (await findLastHash(db)) ?? GENESIS_HASH;
  const fields: HashedFields = {
    at: new Date().toISOString(),
    actorId: actor.id,
    actorKind: actor.kind,
    unitId: actor.unitId ?? null,
    action: event.action,
    subjectType: event.subject.type,
    subjectId: event.subject.id,
    purpose: event.purpose ?? null,
    ip: origin.ip,
    requestId: origin.requestId,
    details: event.details ?? {},
  };
  await insertEntry(db, { ...fields, at: new Date(fields.at), prevHash, hash: hashEntry(prevHash, fields) });
}

function present(row: AuditRow): AuditEntryView {
  return { ...fieldsOf(row), id: row.id, hash: row.hash };
}

/** A page of entries; `within` (the reader's scope as SQL on `unit_id`) limits what is read. */
export async function listAudit(db: Db, query: AuditListQuery, within?: SQL): Promise<AuditPage> {
  const rows = await findEntries(
    db,
    {
      within,
      actorId: query.actorId,
      action: query.action,
      subjectType: query.subjectType,
      subjectId: query.subjectId,
      from: query.from ? new Date(query.from) : undefined,
      to: query.to ? new Date(query.to) : undefined,
      before: query.before,
    },
    query.limit + 1,
  );
  const items = rows.slice(0, query.limit).map(present);
  return { items, nextBefore: rows.length > query.limit ? (items.at(-1)?.id ?? null) : null };
}

/** Walks the whole chain; reports the first entry whose link or content does not check out. */
export async function verifyAudit(db: Db, pageSize = 1000): Promise<AuditVerifyView> {
  let prevHash = GENESIS_HASH;
  let afterId = 0;
  let checked = 0;
  for (;;) {
    const rows = await findEntriesAfter(db, afterId, pageSize);
    for (const row of rows) {
      if (row.prevHash !== prevHash) {
        return {
          ok: false,
          checked,
          firstBrokenId: row.id,
          reason: 'Liên kết với mục trước đã bị thay đổi hoặc có mục bị xóa.',
        };
      }
      if (hashEntry(prevHash, fieldsOf(row)) !== row.hash) {
        return {
          ok: false,
          checked,
          firstBrokenId: row.id,
          reason: 'Nội dung mục nhật ký đã bị sửa sau khi ghi.',
        };
      }
      prevHash = row.hash;
      afterId = row.id;
      checked++;
    }
    if (rows.length < pageSize) return { ok: true, checked, firstBrokenId: null, reason: null };
  }
}
