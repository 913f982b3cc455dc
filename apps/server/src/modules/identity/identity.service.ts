import type { LoginInput, LoginResult, TotpEnrolment } from '@lienthong/contracts';
import type { FastifyRequest } from 'fastify';
import type { Config } from '../../config.ts';
import { type AuditOrigin, recordAudit } from '../../platform/audit/index.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import type { Db } from '../../platform/db/index.ts';
import { AppError } from '../../platform/http/app-error.ts';
import { newId } from '../../platform/ids.ts';
import { createCitizenSessions } from './citizen-auth.service.ts';
import { lockDurationMs, needsSecondFactor, normaliseUsername, vnDateTime } from './identity.policy.ts';
import { presentUser, selfActor } from './identity.present.ts';
import * as store from './identity.store.ts';
import type { Clock, RequestAuth } from './identity.types.ts';
import { createOfficialActors } from './official-actor.ts';
import { createOwnAccount } from './own-account.service.ts';
import { DUMMY_HASH, verifyPassword } from './password.ts';
import { createSecretBox, loadServerKey, type SecretBox } from './secret-box.ts';
import {
  assertCsrf,
  type IssuedSession,
  SESSION_COOKIE,
  sessionIsLive,
  TOUCH_MS,
} from './session-cookies.ts';
import { randomToken, sha256 } from './tokens.ts';
import { generateTotpSecret, otpauthUri, verifyTotp } from './totp.ts';

/** A password accepted, the second factor still to come: this long to give it. */
const PENDING_MS = 10 * 60_000;

export type { IssuedSession };
export type StepResult = { result: LoginResult; issued?: IssuedSession };

export class AccountLockedError extends AppError {
  readonly retryAfterSeconds: number;
  constructor(until: Date, now: Date) {
    super(
      'ACCOUNT_LOCKED',
      `Tài khoản tạm thời bị khóa do nhập sai nhiều lần. Vui lòng thử lại sau ${vnDateTime(until)}.`,
    );
    this.retryAfterSeconds = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
  }
}

export type { Clock };

export type IdentityService = ReturnType<typeof createIdentityService>;

export function createIdentityService(options: {
  db: Db;
  config: Config;
  clock?: Clock;
  secretBox?: SecretBox;
}) {
  const { db, config } = options;
  const now: Clock = options.clock ?? (() => new Date());
  const idleMs = config.auth.sessionIdleMinutes * 60_000;
  const absoluteMs = config.auth.sessionAbsoluteHours * 3_600_000;
  const contexts = new WeakMap<FastifyRequest, RequestAuth>();
  // The server key (SECRET_KEY or DATA_DIR/secret.key), read once when first needed; other
  // modules (single sign-on, signatures) get it and the box from here.
  let key: Buffer | undefined;
  const serverKey = () => {
    key ??= loadServerKey(config.auth.secretKey, config.dataDir);
    return key;
  };
  let box = options.secretBox;
  const secretBox = () => {
    box ??= createSecretBox(serverKey());
    return box;
  };
  // Citizens (national e-ID) share the session cookie; their sessions live in their own table.
  const citizenSessions = createCitizenSessions({
    db,
    config,
    now,
  });

  const actorOf = createOfficialActors(db);

  const isLive = (session: store.SessionRow, at: Date) =>
    sessionIsLive(session, at, idleMs, session.pendingSecondFactor);

  async function sessionOfCookie(request: FastifyRequest, at: Date) {
    const token = request.cookies?.[SESSION_COOKIE];
    if (!token) return undefined;
    const found = await store.findSessionByTokenHash(db, sha256(token));
    if (!found || !isLive(found.session, at) || found.official.disabledAt) return undefined;
    return found;
  }

  /** The `Authenticate` of the platform: a session cookie, or `Authorization: Bearer lt_…`. */
  async function authenticate(request: FastifyRequest): Promise<Actor | null> {
    const at = now();
    const authorization = request.headers.authorization;
    if (authorization?.startsWith('Bearer lt_')) {
      const found = await store.findApiTokenByHash(db, sha256(authorization.slice('Bearer '.length)));
      if (!found) return null;
      const { token: row, official } = found;
      if (row.revokedAt || (row.expiresAt && row.expiresAt <= at) || official.disabledAt) return null;
      if (!row.lastUsedAt || at.getTime() - row.lastUsedAt.getTime() > TOUCH_MS) {
        await store.touchApiToken(db, row.id, at);
      }
      contexts.set(request, { officialId: official.id, tokenId: row.id });
      return actorOf(official, at);
    }
    const found = await sessionOfCookie(request, at);
    if (!found) return citizenSessions.authenticate(request, at);
    if (found.session.pendingSecondFactor) return null;
    assertCsrf(request, found.session.csrfHash);
    if (at.getTime() - found.session.lastSeenAt.getTime() > TOUCH_MS) {
      await store.updateSession(db, found.session.id, { lastSeenAt: at });
    }
    contexts.set(request, { officialId: found.official.id, sessionId: found.session.id });
    return actorOf(found.official, at);
  }

  async function openSession(
    tx: Db,
    official: store.OfficialRow,
    pending: boolean,
    at: Date,
    meta: { ip: string; userAgent: string | undefined },
  ): Promise<IssuedSession> {
    const token = randomToken();
    const csrf = randomToken();
    const expiresAt = new Date(at.getTime() + (pending ? PENDING_MS : absoluteMs));
    await store.insertSession(tx, {
      id: newId(),
      tokenHash: sha256(token),
      officialId: official.id,
      csrfHash: sha256(csrf),
      pendingSecondFactor: pending,
      createdAt: at,
      lastSeenAt: at,
      expiresAt,
      ip: meta.ip,
      userAgent: meta.userAgent?.slice(0, 300) ?? null,
    });
    return { token, csrf, expiresAt };
  }

  /** Counts a failed password or code; locks with backoff from the fifth failure on. */
  async function recordFailure(official: store.OfficialRow, origin: AuditOrigin, at: Date, what: string) {
    const lockedUntil = await db.transaction(async (tx) => {
      const row = (await store.lockOfficial(tx, official.id)) ?? official;
      const failures = row.failedAttempts + 1;
      const lockMs = lockDurationMs(failures);
      const until = lockMs > 0 ? new Date(at.getTime() + lockMs) : null;
      await store.updateOfficial(tx, official.id, {
        failedAttempts: failures,
        lockedUntil: until,
        updatedAt: at,
      });
      await recordAudit(tx, selfActor(official), origin, {
        action: 'identity.login.failed',
        subject: { type: 'official', id: official.id },
        details: { factor: what, failures, ...(until ? { lockedUntil: until.toISOString() } : {}) },
      });
      return until;
    });
    if (lockedUntil) throw new AccountLockedError(lockedUntil, at);
  }

  function assertNotLocked(official: store.OfficialRow, at: Date): void {
    if (official.lockedUntil && official.lockedUntil > at)
      throw new AccountLockedError(official.lockedUntil, at);
  }

  async function login(
    input: LoginInput,
    origin: AuditOrigin,
    meta: { ip: string; userAgent: string | undefined },
  ): Promise<StepResult> {
    const official = await store.findOfficialByUsername(db, normaliseUsername(input.username));
    if (!official) {
      await verifyPassword(input.password, DUMMY_HASH);
      throw new AppError('INVALID_CREDENTIALS');
    }
    const at = now();
    assertNotLocked(official, at);
    if (!(await verifyPassword(input.password, official.passwordHash))) {
      await recordFailure(official, origin, at, 'password');
      throw new AppError('INVALID_CREDENTIALS');
    }
    if (official.disabledAt) throw new AppError('ACCOUNT_DISABLED');
    const actor = await actorOf(official, at);
    const status: LoginResult['status'] = official.totpEnabled
      ? 'totp_required'
      : needsSecondFactor(actor.roles)
        ? 'totp_enrolment_required'
        : 'ok';
    const issued = await db.transaction(async (tx) => {
      await store.updateOfficial(tx, official.id, { failedAttempts: 0, lockedUntil: null, updatedAt: at });
      const session = await openSession(tx, official, status !== 'ok', at, meta);
      await recordAudit(tx, selfActor(official), origin, {
        action: status === 'ok' ? 'identity.login.succeeded' : 'identity.login.password_accepted',
        subject: { type: 'official', id: official.id },
        details: { next: status },
      });
      return session;
    });
    const result: LoginResult =
      status === 'ok' ? { status, user: presentUser(actor, official.mustChangePassword) } : { status };
    return { result, issued };
  }

  /** The session of a request that may still wait for its second factor. */
  async function secondFactorContext(request: FastifyRequest) {
    const at = now();
    const found = await sessionOfCookie(request, at);
    if (!found) throw new AppError('UNAUTHENTICATED');
    assertCsrf(request, found.session.csrfHash);
    return { ...found, at };
  }

  async function completeSession(tx: Db, session: store.SessionRow, at: Date): Promise<IssuedSession> {
    // A fresh token once fully signed in (no session fixation across the second factor).
    const token = randomToken();
    const csrf = randomToken();
    const expiresAt = new Date(at.getTime() + absoluteMs);
    await store.updateSession(tx, session.id, {
      tokenHash: sha256(token),
      csrfHash: sha256(csrf),
      pendingSecondFactor: false,
      lastSeenAt: at,
      expiresAt,
    });
    return { token, csrf, expiresAt };
  }

  async function okResult(official: store.OfficialRow, at: Date): Promise<LoginResult> {
    return { status: 'ok', user: presentUser(await actorOf(official, at), official.mustChangePassword) };
  }

  /**
   * The TOTP time step `code` is valid for (never one already used); a wrong code counts
   * as a failed attempt towards the lockout.
   */
  async function acceptTotpCode(
    official: store.OfficialRow,
    sealedSecret: string,
    code: string,
    origin: AuditOrigin,
    at: Date,
  ): Promise<number> {
    assertNotLocked(official, at);
    const step = verifyTotp(secretBox().open(sealedSecret), code, at, official.totpLastStep);
    if (step === null) {
      await recordFailure(official, origin, at, 'totp');
      throw new AppError('INVALID_TOTP_CODE');
    }
    return step;
  }

  /** `POST /auth/totp`: the second step of a sign-in with TOTP enabled. */
  async function verifySecondFactor(
    request: FastifyRequest,
    code: string,
    origin: AuditOrigin,
  ): Promise<StepResult> {
    const { session, official, at } = await secondFactorContext(request);
    if (!session.pendingSecondFactor || !official.totpEnabled || !official.totpSecret) {
      throw new AppError('CONFLICT', 'Phiên đăng nhập này không chờ mã xác thực.');
    }
    const step = await acceptTotpCode(official, official.totpSecret, code, origin, at);
    const issued = await db.transaction(async (tx) => {
      await store.updateOfficial(tx, official.id, { totpLastStep: step, failedAttempts: 0, updatedAt: at });
      const fresh = await completeSession(tx, session, at);
      await recordAudit(tx, selfActor(official), origin, {
        action: 'identity.login.succeeded',
        subject: { type: 'official', id: official.id },
        details: { secondFactor: 'totp' },
      });
      return fresh;
    });
    return { result: await okResult(official, at), issued };
  }

  async function enrolTotp(request: FastifyRequest, origin: AuditOrigin): Promise<TotpEnrolment> {
    const { official, at } = await secondFactorContext(request);
    if (official.totpEnabled) throw new AppError('CONFLICT', 'Tài khoản đã bật xác thực hai bước.');
    const secret = generateTotpSecret();
    await db.transaction(async (tx) => {
      await store.updateOfficial(tx, official.id, { totpSecret: secretBox().seal(secret), updatedAt: at });
      await recordAudit(tx, selfActor(official), origin, {
        action: 'identity.totp.enrolment_started',
        subject: { type: 'official', id: official.id },
      });
    });
    return { secret, otpauthUri: otpauthUri(secret, official.username) };
  }

  async function confirmTotp(
    request: FastifyRequest,
    code: string,
    origin: AuditOrigin,
  ): Promise<StepResult> {
    const { session, official, at } = await secondFactorContext(request);
    if (official.totpEnabled || !official.totpSecret) {
      throw new AppError('CONFLICT', 'Chưa bắt đầu đăng ký xác thực hai bước hoặc đã đăng ký xong.');
    }
    const step = await acceptTotpCode(official, official.totpSecret, code, origin, at);
    const issued = await db.transaction(async (tx) => {
      await store.updateOfficial(tx, official.id, {
        totpEnabled: true,
        totpLastStep: step,
        failedAttempts: 0,
        updatedAt: at,
      });
      await recordAudit(tx, selfActor(official), origin, {
        action: 'identity.totp.enabled',
        subject: { type: 'official', id: official.id },
      });
      return session.pendingSecondFactor ? completeSession(tx, session, at) : undefined;
    });
    return { result: await okResult(official, at), ...(issued ? { issued } : {}) };
  }

  async function logout(request: FastifyRequest, origin: AuditOrigin): Promise<void> {
    const at = now();
    const context = contexts.get(request);
    const found = context?.sessionId ? undefined : await sessionOfCookie(request, at);
    const sessionId = context?.sessionId ?? found?.session.id;
    const officialId = context?.officialId ?? found?.official.id;
    const actor = request.actor ?? (found ? selfActor(found.official) : undefined);
    if (!sessionId || !officialId || !actor) return citizenSessions.logout(request, origin);
    if (found) assertCsrf(request, found.session.csrfHash);
    await db.transaction(async (tx) => {
      if (!(await store.revokeSession(tx, officialId, sessionId, at))) return;
      await recordAudit(tx, actor, origin, {
        action: 'identity.logout',
        subject: { type: 'session', id: sessionId },
      });
    });
  }

  const ownAccount = createOwnAccount({ db, now, isLive, contextOf: (request) => contexts.get(request) });

  return {
    authenticate,
    login,
    verifySecondFactor,
    enrolTotp,
    confirmTotp,
    logout,
    ...ownAccount,
    now,
    secretBox,
    serverKey,
    citizenSessions,
  };
}
