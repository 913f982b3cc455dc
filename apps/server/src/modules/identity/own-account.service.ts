import type {
  ApiTokenCreated,
  ApiTokenCreateInput,
  ApiTokenView,
  PasswordChangeInput,
  SessionInfo,
} from '@lienthong/contracts';
import type { FastifyRequest } from 'fastify';
import { type AuditOrigin, recordAudit } from '../../platform/audit/index.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import type { Db } from '../../platform/db/index.ts';
import { AppError } from '../../platform/http/app-error.ts';
import { newId } from '../../platform/ids.ts';
import { passwordProblem } from './identity.policy.ts';
import * as store from './identity.store.ts';
import type { Clock, RequestAuth } from './identity.types.ts';
import { hashPassword, verifyPassword } from './password.ts';
import { randomToken, sha256 } from './tokens.ts';

/**
 * What a signed-in official does with their own account: sessions, password, personal API
 * tokens. `contextOf` tells which official (and session) authenticated the request.
 */
export function createOwnAccount(options: {
  db: Db;
  now: Clock;
  isLive: (session: store.SessionRow, at: Date) => boolean;
  contextOf: (request: FastifyRequest) => RequestAuth | undefined;
}) {
  const { db, now, isLive } = options;

  function officialIdOf(request: FastifyRequest): string {
    const context = options.contextOf(request);
    if (!context) throw new AppError('FORBIDDEN', 'Chức năng này chỉ dành cho tài khoản cán bộ.');
    return context.officialId;
  }

  async function listSessions(request: FastifyRequest): Promise<SessionInfo[]> {
    const at = now();
    const officialId = officialIdOf(request);
    const current = options.contextOf(request)?.sessionId;
    const rows = await store.findOpenSessions(db, officialId, at);
    return rows
      .filter((row) => isLive(row, at))
      .map((row) => ({
        id: row.id,
        createdAt: row.createdAt.toISOString(),
        lastSeenAt: row.lastSeenAt.toISOString(),
        expiresAt: row.expiresAt.toISOString(),
        ip: row.ip,
        userAgent: row.userAgent,
        current: row.id === current,
      }));
  }

  async function revokeOwnSession(request: FastifyRequest, id: string, actor: Actor, origin: AuditOrigin) {
    const officialId = officialIdOf(request);
    await db.transaction(async (tx) => {
      if (!(await store.revokeSession(tx, officialId, id, now()))) throw new AppError('NOT_FOUND');
      await recordAudit(tx, actor, origin, {
        action: 'identity.session.revoked',
        subject: { type: 'session', id },
      });
    });
  }

  async function changePassword(
    request: FastifyRequest,
    actor: Actor,
    input: PasswordChangeInput,
    origin: AuditOrigin,
  ): Promise<void> {
    const official = await store.findOfficial(db, officialIdOf(request));
    if (!official) throw new AppError('NOT_FOUND');
    if (!(await verifyPassword(input.currentPassword, official.passwordHash))) {
      throw new AppError('VALIDATION_FAILED', undefined, [
        { path: 'body.currentPassword', message: 'Mật khẩu hiện tại không đúng' },
      ]);
    }
    const problem = passwordProblem(official.username, input.newPassword);
    if (problem)
      throw new AppError('VALIDATION_FAILED', undefined, [{ path: 'body.newPassword', message: problem }]);
    const passwordHash = await hashPassword(input.newPassword);
    const at = now();
    const current = options.contextOf(request)?.sessionId;
    await db.transaction(async (tx) => {
      await store.updateOfficial(tx, official.id, { passwordHash, mustChangePassword: false, updatedAt: at });
      // Other sessions end: whoever knew the old password is signed out.
      for (const row of await store.findOpenSessions(tx, official.id, at)) {
        if (row.id !== current) await store.revokeSession(tx, official.id, row.id, at);
      }
      await recordAudit(tx, actor, origin, {
        action: 'identity.password.changed',
        subject: { type: 'official', id: official.id },
      });
    });
  }

  function presentToken(row: store.ApiTokenRow): ApiTokenView {
    return {
      id: row.id,
      name: row.name,
      createdAt: row.createdAt.toISOString(),
      lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
      expiresAt: row.expiresAt?.toISOString() ?? null,
    };
  }

  async function createToken(
    request: FastifyRequest,
    actor: Actor,
    input: ApiTokenCreateInput,
    origin: AuditOrigin,
  ): Promise<ApiTokenCreated> {
    const officialId = officialIdOf(request);
    const at = now();
    const token = `lt_${randomToken()}`;
    return db.transaction(async (tx) => {
      const row = await store.insertApiToken(tx, {
        id: newId(),
        officialId,
        name: input.name,
        tokenHash: sha256(token),
        createdAt: at,
        expiresAt: input.expiresInDays ? new Date(at.getTime() + input.expiresInDays * 86_400_000) : null,
      });
      await recordAudit(tx, actor, origin, {
        action: 'identity.token.created',
        subject: { type: 'api_token', id: row.id },
        details: { name: input.name, expiresAt: row.expiresAt?.toISOString() ?? null },
      });
      return { ...presentToken(row), token };
    });
  }

  async function listTokens(request: FastifyRequest): Promise<ApiTokenView[]> {
    return (await store.findOpenApiTokens(db, officialIdOf(request), now())).map(presentToken);
  }

  async function revokeToken(request: FastifyRequest, id: string, actor: Actor, origin: AuditOrigin) {
    const officialId = officialIdOf(request);
    await db.transaction(async (tx) => {
      if (!(await store.revokeApiToken(tx, officialId, id, now()))) throw new AppError('NOT_FOUND');
      await recordAudit(tx, actor, origin, {
        action: 'identity.token.revoked',
        subject: { type: 'api_token', id },
      });
    });
  }

  return { listSessions, revokeOwnSession, changePassword, createToken, listTokens, revokeToken };
}
