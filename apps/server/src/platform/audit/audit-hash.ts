import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

/** JSON with object keys sorted at every depth, so jsonb's reordering does not change the hash. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

export type HashedFields = {
  at: string;
  actorId: string;
  actorKind: string;
  unitId: string | null;
  action: string;
  subjectType: string;
  subjectId: string;
  purpose: string | null;
  ip: string | null;
  requestId: string | null;
  details: Record<string, unknown>;
};

/** sha256 over the previous hash and every field of the entry. */
export function hashEntry(prevHash: string, entry: HashedFields): string {
  const material = canonicalJson([
    prevHash,
    entry.at,
    entry.actorId,
    entry.actorKind,
    entry.unitId,
    entry.action,
    entry.subjectType,
    entry.subjectId,
    entry.purpose,
    entry.ip,
    entry.requestId,
    entry.details,
  ]);
  return createHash('sha256').update(material).digest('hex');
}
