import type {
  GrantEndInput,
  GrantInput,
  GrantView,
  OfficialCreateInput,
  OfficialDetail,
  OfficialListQuery,
  OfficialPage,
  OfficialUpdateInput,
  OfficialView,
  Permission,
} from '@lienthong/contracts';
import { and, type SQL, sql } from 'drizzle-orm';
import { type AuditOrigin, recordAudit } from '../../platform/audit/index.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { type UnitScope, unitScope } from '../../platform/auth/scope.ts';
import type { Db } from '../../platform/db/index.ts';
import { AppError } from '../../platform/http/app-error.ts';
import { newId } from '../../platform/ids.ts';
import { scopeSql, subtreeInScope, unitInScope, unitNames } from '../org/index.ts';
import { assertGrantable } from './grant-rules.ts';
import { normaliseUsername, passwordProblem, periodsOverlap } from './identity.policy.ts';
import { presentGrant, presentOfficial, type UnitNames } from './identity.present.ts';
import { officials } from './identity.schema.ts';
import type { Clock } from './identity.service.ts';
import * as store from './identity.store.ts';
import { hashPassword } from './password.ts';

export type OfficialsService = ReturnType<typeof createOfficialsService>;

function invalid(path: string, message: string): AppError {
  return new AppError('VALIDATION_FAILED', undefined, [{ path, message }]);
}

export function createOfficialsService(options: { db: Db; clock?: Clock }) {
  const { db } = options;
  const now: Clock = options.clock ?? (() => new Date());

  /** The official, locked, when within the actor's scope of `permission`; 404 otherwise (no existence leak). */
  async function lockOr404(tx: Db, actor: Actor, permission: Permission, id: string) {
    const row = await store.lockOfficial(tx, id);
    if (!row || !(await inScope(tx, row, unitScope(actor, permission)))) throw new AppError('NOT_FOUND');
    return row;
  }

  /** An official without a unit is visible only with a platform-wide scope. */
  async function inScope(tx: Db, row: store.OfficialRow, scope: UnitScope): Promise<boolean> {
    return unitInScope(tx, row.orgUnitId, scope);
  }

  async function namesOf(tx: Db, ids: readonly (string | null)[]): Promise<UnitNames> {
    return unitNames(tx, [...new Set(ids.filter((id): id is string => id !== null))]);
  }

  /** A unit an official may be placed in: in force today and within the actor's scope. */
  async function assertPlaceable(tx: Db, actor: Actor, orgUnitId: string | undefined): Promise<void> {
    const scope = unitScope(actor, 'official.manage');
    if (orgUnitId === undefined) {
      if (scope.kind === 'all') return;
      throw invalid('body.orgUnitId', 'Chọn đơn vị công tác của cán bộ');
    }
    if (!(await namesOf(tx, [orgUnitId])).has(orgUnitId)) {
      throw invalid('body.orgUnitId', 'Đơn vị không tồn tại hoặc đã hết hiệu lực');
    }
    if (!(await unitInScope(tx, orgUnitId, scope))) {
      throw new AppError('FORBIDDEN', 'Đơn vị nằm ngoài phạm vi quản lý của bạn.');
    }
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
      await assertPlaceable(tx, actor, input.orgUnitId);
      const row = await store.insertOfficial(tx, {
        id: newId(),
        username,
        displayName: input.displayName,
        email: input.email ?? null,
        orgUnitId: input.orgUnitId ?? null,
        passwordHash,
        mustChangePassword: true,
        createdAt: at,
        updatedAt: at,
      });
      if (!row) throw new AppError('CONFLICT', 'Tên đăng nhập đã tồn tại');
      await recordAudit(tx, actor, origin, {
        action: 'identity.official.created',
        subject: { type: 'official', id: row.id },
        details: { username, orgUnitId: row.orgUnitId },
      });
      return presentOfficial(row, await namesOf(tx, [row.orgUnitId]));
    });
  }

  async function list(actor: Actor, query: OfficialListQuery): Promise<OfficialPage> {
    const column = sql`${officials.orgUnitId}`;
    const within = and(
      scopeSql(column, unitScope(actor, 'official.manage')),
      query.orgUnitId
        ? scopeSql(column, { kind: 'units', unitIds: [], subtreeIds: [query.orgUnitId] })
        : undefined,
    ) as SQL;
    const { items, total } = await store.findOfficials(db, {
      q: query.q?.trim() || undefined,
      within,
      limit: query.limit,
      offset: query.offset,
    });
    const names = await namesOf(
      db,
      items.map((row) => row.orgUnitId),
    );
    return { items: items.map((row) => presentOfficial(row, names)), total };
  }

  async function get(actor: Actor, id: string): Promise<OfficialDetail> {
    const row = await store.findOfficial(db, id);
    if (!row || !(await inScope(db, row, unitScope(actor, 'official.manage')))) {
      throw new AppError('NOT_FOUND');
    }
    const grants = await store.findGrants(db, id);
    const names = await namesOf(db, [row.orgUnitId, ...grants.map((g) => g.orgUnitId)]);
    return { ...presentOfficial(row, names), grants: grants.map((g) => presentGrant(g, names)) };
  }

  async function update(
    actor: Actor,
    origin: AuditOrigin,
    id: string,
    input: OfficialUpdateInput,
  ): Promise<OfficialView> {
    return db.transaction(async (tx) => {
      const row = await lockOr404(tx, actor, 'official.manage', id);
      if (input.orgUnitId !== undefined) await assertPlaceable(tx, actor, input.orgUnitId);
      const patch = {
        ...(input.displayName !== undefined ? { displayName: input.displayName } : {}),
        ...(input.email !== undefined ? { email: input.email } : {}),
        ...(input.orgUnitId !== undefined ? { orgUnitId: input.orgUnitId } : {}),
      };
      await store.updateOfficial(tx, id, { ...patch, updatedAt: now() });
      await recordAudit(tx, actor, origin, {
        action: 'identity.official.updated',
        subject: { type: 'official', id },
        details: { changed: Object.keys(patch), previousOrgUnitId: row.orgUnitId },
      });
      const updated = { ...row, ...patch };
      return presentOfficial(updated, await namesOf(tx, [updated.orgUnitId]));
    });
  }

  async function resetPassword(actor: Actor, origin: AuditOrigin, id: string, temporaryPassword: string) {
    const passwordHash = await hashPassword(temporaryPassword);
    const at = now();
    return db.transaction(async (tx) => {
      const row = await lockOr404(tx, actor, 'official.manage', id);
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
      const updated = { ...row, mustChangePassword: true, failedAttempts: 0, lockedUntil: null };
      return presentOfficial(updated, await namesOf(tx, [row.orgUnitId]));
    });
  }

  /**
   * Clears a lost authenticator: the official enrols again at the next sign-in (required for
   * administrators). Their sessions end, so nobody keeps a session the old factor opened.
   */
  async function resetTotp(actor: Actor, origin: AuditOrigin, id: string): Promise<OfficialView> {
    if (actor.id === id) {
      throw new AppError(
        'CONFLICT',
        'Không thể tự đặt lại xác thực hai lớp của mình; đề nghị quản trị viên khác.',
      );
    }
    const at = now();
    return db.transaction(async (tx) => {
      const row = await lockOr404(tx, actor, 'official.manage', id);
      await store.updateOfficial(tx, id, {
        totpSecret: null,
        totpEnabled: false,
        totpLastStep: null,
        updatedAt: at,
      });
      const revoked = await store.revokeAllSessions(tx, id, at);
      await recordAudit(tx, actor, origin, {
        action: 'identity.totp.reset',
        subject: { type: 'official', id },
        details: { sessionsRevoked: revoked },
      });
      const updated = { ...row, totpSecret: null, totpEnabled: false, totpLastStep: null };
      return presentOfficial(updated, await namesOf(tx, [row.orgUnitId]));
    });
  }

  /** Re-enables a disabled account (failed attempts cleared; tokens revoked on disabling stay revoked). */
  async function enable(actor: Actor, origin: AuditOrigin, id: string): Promise<OfficialView> {
    const at = now();
    return db.transaction(async (tx) => {
      const row = await lockOr404(tx, actor, 'official.manage', id);
      const names = await namesOf(tx, [row.orgUnitId]);
      if (!row.disabledAt) return presentOfficial(row, names);
      await store.updateOfficial(tx, id, {
        disabledAt: null,
        failedAttempts: 0,
        lockedUntil: null,
        updatedAt: at,
      });
      await recordAudit(tx, actor, origin, {
        action: 'identity.official.enabled',
        subject: { type: 'official', id },
      });
      return presentOfficial({ ...row, disabledAt: null, failedAttempts: 0, lockedUntil: null }, names);
    });
  }

  async function disable(actor: Actor, origin: AuditOrigin, id: string): Promise<OfficialView> {
    if (actor.id === id) throw new AppError('CONFLICT', 'Không thể tự vô hiệu hóa tài khoản của mình.');
    const at = now();
    return db.transaction(async (tx) => {
      const row = await lockOr404(tx, actor, 'official.manage', id);
      const names = await namesOf(tx, [row.orgUnitId]);
      if (row.disabledAt) return presentOfficial(row, names);
      await store.updateOfficial(tx, id, { disabledAt: at, updatedAt: at });
      const sessions = await store.revokeAllSessions(tx, id, at);
      const tokens = await store.revokeAllApiTokens(tx, id, at);
      await recordAudit(tx, actor, origin, {
        action: 'identity.official.disabled',
        subject: { type: 'official', id },
        details: { sessionsRevoked: sessions, tokensRevoked: tokens },
      });
      return presentOfficial({ ...row, disabledAt: at }, names);
    });
  }

  async function revokeSessions(actor: Actor, origin: AuditOrigin, id: string): Promise<number> {
    const at = now();
    return db.transaction(async (tx) => {
      await lockOr404(tx, actor, 'session.revoke', id);
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
    const scope = unitScope(actor, 'role.grant');
    return db.transaction(async (tx) => {
      await lockOr404(tx, actor, 'role.grant', id);
      await assertGrantable(tx, actor, scope, id, input);
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
      return presentGrant(row, await namesOf(tx, [orgUnitId]));
    });
  }

  async function endGrant(
    actor: Actor,
    origin: AuditOrigin,
    id: string,
    grantId: string,
    input: GrantEndInput,
  ): Promise<GrantView> {
    const scope = unitScope(actor, 'role.grant');
    return db.transaction(async (tx) => {
      await lockOr404(tx, actor, 'role.grant', id);
      const grant = (await store.findGrants(tx, id)).find((g) => g.id === grantId);
      if (!grant) throw new AppError('NOT_FOUND');
      // Ending a grant needs the same reach as giving it.
      const reach =
        grant.orgUnitId === null
          ? scope.kind === 'all'
          : grant.scope === 'subtree'
            ? await subtreeInScope(tx, grant.orgUnitId, scope)
            : await unitInScope(tx, grant.orgUnitId, scope);
      if (!reach) throw new AppError('FORBIDDEN', 'Vai trò này nằm ngoài phạm vi bạn được phân vai trò.');
      if (actor.id === id) throw new AppError('FORBIDDEN', 'Không thể tự thay đổi vai trò của chính mình.');
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
      return presentGrant({ ...grant, validTo: input.validTo }, await namesOf(tx, [grant.orgUnitId]));
    });
  }

  return {
    create,
    list,
    get,
    update,
    resetPassword,
    resetTotp,
    enable,
    disable,
    revokeSessions,
    addGrant,
    endGrant,
  };
}
