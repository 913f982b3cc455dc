import type {
  GrantEndInput,
  GrantInput,
  GrantView,
  OfficialCreateInput,
  OfficialDetail,
  OfficialListQuery,
  OfficialPage,
  OfficialView,
} from '@lienthong/contracts';
import { type AuditOrigin, recordAudit } from '../../platform/audit/index.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import type { Db } from '../../platform/db/index.ts';
import { AppError } from '../../platform/http/app-error.ts';
import { newId } from '../../platform/ids.ts';
import { normaliseUsername, passwordProblem, periodsOverlap } from './identity.policy.ts';
import { presentGrant, presentOfficial } from './identity.present.ts';
import type { Clock } from './identity.service.ts';
import * as store from './identity.store.ts';
import { hashPassword } from './password.ts';

export type OfficialsService = ReturnType<typeof createOfficialsService>;

/**
 * Until the org module provides unit scopes, only holders of `system_admin` grant roles
 * (a unit administrator's granting comes with org scopes).
 */
function assertMayGrant(actor: Actor): void {
  if (!actor.roles.includes('system_admin')) {
    throw new AppError('FORBIDDEN', 'Hiện chỉ quản trị hệ thống được phân vai trò.');
  }
}

function invalid(path: string, message: string): AppError {
  return new AppError('VALIDATION_FAILED', undefined, [{ path, message }]);
}

export function createOfficialsService(options: { db: Db; clock?: Clock }) {
  const { db } = options;
  const now: Clock = options.clock ?? (() => new Date());

  async function lockOr404(tx: Db, id: string): Promise<store.OfficialRow> {
    const row = await store.lockOfficial(tx, id);
    if (!row) throw new AppError('NOT_FOUND');
    return row;
  }

  async function create(
    actor: Actor,
    origin: AuditOrigin,
    input: OfficialCreateInput,
  ): Promise<OfficialView> {
    const username = normaliseUsername(input.username);
    const problem = passwordProblem(username, input.temporaryPassword);
    if (problem) throw invalid('body.temporaryPassword', problem);
    const passwordHash = await hashPassword(input.temporaryPassword);
    const at = now();
    return db.transaction(async (tx) => {
      const row = await store.insertOfficial(tx, {
        id: newId(),
        username,
        displayName: input.displayName,
        email: input.email ?? null,
        passwordHash,
        mustChangePassword: true,
        createdAt: at,
        updatedAt: at,
      });
      if (!row) throw new AppError('CONFLICT', 'Tên đăng nhập đã tồn tại');
      await recordAudit(tx, actor, origin, {
        action: 'identity.official.created',
        subject: { type: 'official', id: row.id },
        details: { username },
      });
      return presentOfficial(row);
    });
  }

  async function list(query: OfficialListQuery): Promise<OfficialPage> {
    const { items, total } = await store.findOfficials(db, {
      q: query.q?.trim() || undefined,
      limit: query.limit,
      offset: query.offset,
    });
    return { items: items.map(presentOfficial), total };
  }

  async function get(id: string): Promise<OfficialDetail> {
    const row = await store.findOfficial(db, id);
    if (!row) throw new AppError('NOT_FOUND');
    const grants = await store.findGrants(db, id);
    return { ...presentOfficial(row), grants: grants.map(presentGrant) };
  }

  async function resetPassword(actor: Actor, origin: AuditOrigin, id: string, temporaryPassword: string) {
    const passwordHash = await hashPassword(temporaryPassword);
    const at = now();
    return db.transaction(async (tx) => {
      const row = await lockOr404(tx, id);
      const problem = passwordProblem(row.username, temporaryPassword);
      if (problem) throw invalid('body.temporaryPassword', problem);
      await store.updateOfficial(tx, id, {
        passwordHash,
        mustChangePassword: true,
        failedAttempts: 0,
        lockedUntil: null,
        updatedAt: at,
      });
      const revoked = await store.revokeAllSessions(tx, id, at);
      await recordAudit(tx, actor, origin, {
        action: 'identity.password.reset',
        subject: { type: 'official', id },
        details: { sessionsRevoked: revoked },
      });
      return presentOfficial({ ...row, mustChangePassword: true, failedAttempts: 0, lockedUntil: null });
    });
  }

  async function disable(actor: Actor, origin: AuditOrigin, id: string): Promise<OfficialView> {
    if (actor.id === id) throw new AppError('CONFLICT', 'Không thể tự vô hiệu hóa tài khoản của mình.');
    const at = now();
    return db.transaction(async (tx) => {
      const row = await lockOr404(tx, id);
      if (row.disabledAt) return presentOfficial(row);
      await store.updateOfficial(tx, id, { disabledAt: at, updatedAt: at });
      const sessions = await store.revokeAllSessions(tx, id, at);
      const tokens = await store.revokeAllApiTokens(tx, id, at);
      await recordAudit(tx, actor, origin, {
        action: 'identity.official.disabled',
        subject: { type: 'official', id },
        details: { sessionsRevoked: sessions, tokensRevoked: tokens },
      });
      return presentOfficial({ ...row, disabledAt: at });
    });
  }

  async function revokeSessions(actor: Actor, origin: AuditOrigin, id: string): Promise<number> {
    const at = now();
    return db.transaction(async (tx) => {
      await lockOr404(tx, id);
      const revoked = await store.revokeAllSessions(tx, id, at);
      await recordAudit(tx, actor, origin, {
        action: 'identity.sessions.revoked',
        subject: { type: 'official', id },
        details: { revoked },
      });
      return revoked;
    });
  }

  async function addGrant(
    actor: Actor,
    origin: AuditOrigin,
    id: string,
    input: GrantInput,
  ): Promise<GrantView> {
    assertMayGrant(actor);
    return db.transaction(async (tx) => {
      await lockOr404(tx, id);
      const orgUnitId = input.orgUnitId ?? null;
      const candidate = { validFrom: input.validFrom, validTo: input.validTo ?? null };
      const clash = (await store.findGrants(tx, id)).some(
        (g) => g.role === input.role && g.orgUnitId === orgUnitId && periodsOverlap(g, candidate),
      );
      if (clash) {
        throw new AppError(
          'CONFLICT',
          'Cán bộ đã có vai trò này tại đơn vị trong khoảng thời gian trùng lặp.',
        );
      }
      const row = await store.insertGrant(tx, {
        id: newId(),
        officialId: id,
        role: input.role,
        orgUnitId,
        scope: input.scope,
        ...candidate,
        grantedBy: actor.id,
        createdAt: now(),
      });
      await recordAudit(tx, actor, origin, {
        action: 'identity.grant.added',
        subject: { type: 'official', id },
        details: { grantId: row.id, role: row.role, orgUnitId, scope: row.scope, ...candidate },
      });
      return presentGrant(row);
    });
  }

  async function endGrant(
    actor: Actor,
    origin: AuditOrigin,
    id: string,
    grantId: string,
    input: GrantEndInput,
  ): Promise<GrantView> {
    assertMayGrant(actor);
    return db.transaction(async (tx) => {
      await lockOr404(tx, id);
      const grant = (await store.findGrants(tx, id)).find((g) => g.id === grantId);
      if (!grant) throw new AppError('NOT_FOUND');
      if (input.validTo <= grant.validFrom)
        throw invalid('body.validTo', 'Ngày kết thúc phải sau ngày bắt đầu');
      if (grant.validTo !== null && input.validTo > grant.validTo) {
        throw invalid('body.validTo', 'Chỉ được kết thúc sớm hơn ngày kết thúc hiện có');
      }
      await store.setGrantValidTo(tx, grantId, input.validTo);
      await recordAudit(tx, actor, origin, {
        action: 'identity.grant.ended',
        subject: { type: 'official', id },
        details: { grantId, validTo: input.validTo, previousValidTo: grant.validTo },
      });
      return presentGrant({ ...grant, validTo: input.validTo });
    });
  }

  return { create, list, get, resetPassword, disable, revokeSessions, addGrant, endGrant };
}
