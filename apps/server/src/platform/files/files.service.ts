import type { Readable } from 'node:stream';
import { ALLOWED_MEDIA_TYPES, type StoredFileView } from '@lienthong/contracts';
import { fileTypeFromBuffer } from 'file-type';
import { type AuditOrigin, recordAudit } from '../audit/index.ts';
import type { Actor } from '../auth/actor.ts';
import type { Db } from '../db/database.ts';
import { AppError } from '../http/app-error.ts';
import { newId } from '../ids.ts';
import { findOwnedFile, insertStoredFile, type StoredFileRow } from './files.store.ts';
import type { FileStorage } from './storage.ts';

const ALLOWED = new Set<string>(ALLOWED_MEDIA_TYPES);

/** A client's file name made safe to store and show: NFC, no path, no control characters. */
export function cleanFileName(name: string | undefined): string {
  const base = (name ?? '').normalize('NFC').split(/[\\/]/).pop() ?? '';
  const cleaned = [...base]
    .filter((char) => {
      const code = char.charCodeAt(0);
      return code >= 0x20 && code !== 0x7f;
    })
    .join('')
    .trim()
    .slice(0, 255);
  return cleaned || 'tep-khong-ten';
}

/** The media type from the content's signature; the client's claim is never used. */
export async function sniffMediaType(head: Uint8Array): Promise<string> {
  const detected = await fileTypeFromBuffer(head);
  if (!detected || !ALLOWED.has(detected.mime)) {
    throw new AppError(
      'FILE_TYPE_NOT_ALLOWED',
      'Loại tệp không được phép. Chấp nhận: PDF, ảnh PNG/JPEG/TIFF, tài liệu Word/Excel (OOXML), ODF, XML, ZIP.',
    );
  }
  return detected.mime;
}

export function presentFile(row: StoredFileRow): StoredFileView {
  return {
    id: row.id,
    sha256: row.sha256,
    size: row.size,
    mediaType: row.mediaType,
    name: row.name,
    createdAt: row.createdAt.toISOString(),
  };
}

export async function uploadFile(
  deps: { db: Db; storage: FileStorage; maxBytes: number },
  actor: Actor,
  origin: AuditOrigin,
  source: Readable,
  clientName: string | undefined,
): Promise<StoredFileRow> {
  let mediaType = '';
  const put = await deps.storage.put(source, {
    maxBytes: deps.maxBytes,
    accept: async (head) => {
      mediaType = await sniffMediaType(head);
    },
  });
  return deps.db.transaction(async (tx) => {
    const row = await insertStoredFile(tx, {
      id: newId(),
      sha256: put.sha256,
      size: put.size,
      mediaType,
      name: cleanFileName(clientName),
      createdBy: actor.id,
    });
    await recordAudit(tx, actor, origin, {
      action: 'file.uploaded',
      subject: { type: 'file', id: row.id },
      details: { sha256: row.sha256, size: row.size, mediaType },
    });
    return row;
  });
}

export async function openFile(
  deps: { db: Db; storage: FileStorage },
  actor: Actor,
  origin: AuditOrigin,
  id: string,
): Promise<{ file: StoredFileRow; content: Readable }> {
  const file = await findOwnedFile(deps.db, id, actor.id);
  if (!file) throw new AppError('NOT_FOUND');
  await recordAudit(deps.db, actor, origin, { action: 'file.read', subject: { type: 'file', id: file.id } });
  return { file, content: await deps.storage.get(file.sha256) };
}
