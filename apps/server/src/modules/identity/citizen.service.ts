import type {
  CitizenAccessLogPage,
  CitizenAccessLogQuery,
  CitizenLookupQuery,
  CitizenView,
} from '@lienthong/contracts';
import { type AuditOrigin, recordAudit } from '../../platform/audit/index.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import type { Db } from '../../platform/db/index.ts';
import { AppError } from '../../platform/http/app-error.ts';
import { unitNames } from '../org/index.ts';
import { presentAccess, presentCitizen } from './citizen.present.ts';
import * as store from './citizen.store.ts';

/**
 * Citizens' identity records: a citizen reads their own and sees who else did; an official with
 * `citizen.lookup` reads one by personal ID number, stating why. Every read is in the audit log
 * with its purpose, in the transaction that reads.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type CitizensService = ReturnType<typeof createCitizensService>;

export function createCitizensService(db: Db) {
  async function ownRecord(citizenId: string, actor: Actor, origin: AuditOrigin): Promise<CitizenView> {
    return db.transaction(async (tx) => {
      const row = await store.findCitizen(tx, citizenId);
      if (!row) throw new AppError('NOT_FOUND');
      await recordAudit(tx, actor, origin, {
        action: 'identity.citizen.viewed',
        subject: { type: 'citizen', id: row.id },
        purpose: 'self.view',
      });
      return presentCitizen(row);
    });
  }

  async function accessLog(citizenId: string, query: CitizenAccessLogQuery): Promise<CitizenAccessLogPage> {
    // Not itself recorded: it shows the log, not the record, and its pages must not shift.
    const page = await store.findCitizenAccess(db, {
      citizenId,
      excludeActorId: query.includeOwn ? undefined : citizenId,
      limit: query.limit,
      offset: query.offset,
    });
    const units = [
      ...new Set(page.items.flatMap((row) => (row.unitId && UUID.test(row.unitId) ? [row.unitId] : []))),
    ];
    const names = await unitNames(db, units);
    return { items: page.items.map((row) => presentAccess(row, citizenId, names)), total: page.total };
  }

  async function lookup(actor: Actor, query: CitizenLookupQuery, origin: AuditOrigin): Promise<CitizenView> {
    return db.transaction(async (tx) => {
      const row = await store.findCitizenByPersonalId(tx, query.personalId);
      if (!row) throw new AppError('NOT_FOUND', 'Không tìm thấy công dân có số định danh cá nhân này.');
      await recordAudit(tx, actor, origin, {
        action: 'identity.citizen.looked-up',
        subject: { type: 'citizen', id: row.id },
        purpose: query.purpose,
      });
      return presentCitizen(row);
    });
  }

  return { ownRecord, accessLog, lookup };
}
