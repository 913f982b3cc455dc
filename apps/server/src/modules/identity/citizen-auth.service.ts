import type { FastifyRequest } from 'fastify';
import type { Config } from '../../config.ts';
import { type AuditOrigin, recordAudit } from '../../platform/audit/index.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import type { Db } from '../../platform/db/index.ts';
import { AppError } from '../../platform/http/app-error.ts';
import { newId } from '../../platform/ids.ts';
import { type CitizenClaims, changedFields } from './citizen.policy.ts';
import { citizenActor } from './citizen.present.ts';
import * as store from './citizen.store.ts';
import {
  assertCsrf,
  type IssuedSession,
  SESSION_COOKIE,
  sessionIsLive,
  TOUCH_MS,
} from './session-cookies.ts';
import { randomToken, sha256 } from './tokens.ts';

/**
 * Citizens' sessions: the same cookie (`lt_session`), CSRF double submit and timeouts as the
 * officials' (identity.service.ts), kept in `citizen_sessions`. A session token is found in one
 * table or the other; `authenticate` of the identity service falls back to this one.
 */
type SessionMeta = { ip: string; userAgent: string | undefined };

export type CitizenSessions = ReturnType<typeof createCitizenSessions>;

export function createCitizenSessions(options: { db: Db; config: Config; now: () => Date }) {
  const { db, config, now } = options;
  const idleMs = config.auth.sessionIdleMinutes * 60_000;
  const absoluteMs = config.auth.sessionAbsoluteHours * 3_600_000;
  /** The citizen session of each authenticated request (for logout and own-data endpoints). */
  const contexts = new WeakMap<FastifyRequest, { citizenId: string; sessionId: string }>();

  async function sessionOfCookie(request: FastifyRequest, at: Date) {
    const token = request.cookies?.[SESSION_COOKIE];
    if (!token) return undefined;
    const found = await store.findCitizenSessionByTokenHash(db, sha256(token));
    return found && sessionIsLive(found.session, at, idleMs) ? found : undefined;
  }

  /** The citizen signed in by the session cookie, or null. */
  async function authenticate(request: FastifyRequest, at: Date = now()): Promise<Actor | null> {
    const found = await sessionOfCookie(request, at);
    if (!found) return null;
    assertCsrf(request, found.session.csrfHash);
    if (at.getTime() - found.session.lastSeenAt.getTime() > TOUCH_MS) {
      await store.touchCitizenSession(db, found.session.id, at);
    }
    contexts.set(request, { citizenId: found.citizen.id, sessionId: found.session.id });
    return citizenActor(found.citizen);
  }

  /** Ends the citizen session of the request, if there is one (audited). */
  async function logout(request: FastifyRequest, origin: AuditOrigin): Promise<void> {
    const at = now();
    let context = contexts.get(request);
    let citizen: store.CitizenRow | undefined;
    if (!context) {
      const found = await sessionOfCookie(request, at);
      if (!found) return;
      assertCsrf(request, found.session.csrfHash);
      context = { citizenId: found.citizen.id, sessionId: found.session.id };
      citizen = found.citizen;
    }
    const { sessionId, citizenId } = context;
    const actor = request.actor ?? (citizen ? citizenActor(citizen) : undefined);
    if (!actor) return;
    await db.transaction(async (tx) => {
      if (!(await store.revokeCitizenSession(tx, sessionId, at))) return;
      await recordAudit(tx, actor, origin, {
        action: 'identity.citizen.logout',
        subject: { type: 'citizen_session', id: sessionId },
        details: { citizenId },
      });
    });
  }

  /** The citizen id of a request signed in as a citizen (403 for anyone else). */
  function citizenIdOf(request: FastifyRequest): string {
    const context = contexts.get(request);
    if (!context) {
      throw new AppError(
        'FORBIDDEN',
        'Chức năng này chỉ dành cho công dân đăng nhập bằng định danh điện tử.',
      );
    }
    return context.citizenId;
  }

  /**
   * A completed e-ID sign-in: the citizen record is created or brought up to date from the
   * claims, and a session opened, in one transaction with its audit entries.
   */
  async function signIn(
    identity: { issuer: string; subject: string; record: CitizenClaims },
    origin: AuditOrigin,
    meta: SessionMeta,
  ): Promise<{ citizen: store.CitizenRow; issued: IssuedSession }> {
    const at = now();
    return db.transaction(async (tx) => {
      const { issuer, subject, record } = identity;
      const known =
        (await store.lockCitizenByEid(tx, issuer, subject)) ??
        (await store.lockCitizenByPersonalId(tx, record.personalId));
      let citizen: store.CitizenRow;
      if (!known) {
        citizen = await store.insertCitizen(tx, {
          id: newId(),
          ...record,
          eidIssuer: issuer,
          eidSubject: subject,
          lastSignInAt: at,
          createdAt: at,
          updatedAt: at,
        });
        await recordAudit(tx, citizenActor(citizen), origin, {
          action: 'identity.citizen.created',
          subject: { type: 'citizen', id: citizen.id },
          details: { eidLevel: record.eidLevel },
        });
      } else {
        const fields = changedFields(known, record);
        const relinked = known.eidIssuer !== issuer || known.eidSubject !== subject;
        citizen = await store.updateCitizen(tx, known.id, {
          ...record,
          eidIssuer: issuer,
          eidSubject: subject,
          lastSignInAt: at,
          ...(fields.length > 0 || relinked ? { updatedAt: at } : {}),
        });
        if (fields.length > 0 || relinked) {
          await recordAudit(tx, citizenActor(citizen), origin, {
            action: 'identity.citizen.updated',
            subject: { type: 'citizen', id: citizen.id },
            details: { fields, ...(relinked ? { eidAccountChanged: true } : {}) },
          });
        }
      }
      const token = randomToken();
      const csrf = randomToken();
      const expiresAt = new Date(at.getTime() + absoluteMs);
      const sessionId = newId();
      await store.insertCitizenSession(tx, {
        id: sessionId,
        tokenHash: sha256(token),
        citizenId: citizen.id,
        csrfHash: sha256(csrf),
        createdAt: at,
        lastSeenAt: at,
        expiresAt,
        ip: meta.ip,
        userAgent: meta.userAgent?.slice(0, 300) ?? null,
      });
      await recordAudit(tx, citizenActor(citizen), origin, {
        action: 'identity.citizen.signed-in',
        subject: { type: 'citizen', id: citizen.id },
        details: { eidLevel: record.eidLevel, sessionId },
      });
      return { citizen, issued: { token, csrf, expiresAt } };
    });
  }

  return { authenticate, logout, citizenIdOf, signIn, now };
}
