import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../platform/http/app-error.ts';
import { sameHash, sha256 } from './tokens.ts';

/**
 * The session cookie scheme shared by officials' and citizens' sessions: one cookie name (a token
 * is found in one table or the other), CSRF double submit, idle and absolute timeouts.
 */

export const SESSION_COOKIE = 'lt_session';
export const CSRF_COOKIE = 'lt_csrf';
export const CSRF_HEADER = 'x-csrf-token';
/** last_seen_at / last_used_at are written at most this often per session or token. */
export const TOUCH_MS = 60_000;
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** New cookie values for the client (the server keeps only their sha256). */
export type IssuedSession = { token: string; csrf: string; expiresAt: Date };

type SessionTimes = { revokedAt: Date | null; expiresAt: Date; lastSeenAt: Date };

/**
 * Not revoked, not past its absolute end, and used within the idle timeout (`idleExempt`: a
 * session waiting for its second factor, which has its own short end).
 */
export function sessionIsLive(session: SessionTimes, at: Date, idleMs: number, idleExempt = false): boolean {
  return (
    !session.revokedAt &&
    session.expiresAt > at &&
    (idleExempt || at.getTime() - session.lastSeenAt.getTime() <= idleMs)
  );
}

/** A changing request authenticated by the session cookie must echo the CSRF cookie in the header. */
export function assertCsrf(request: FastifyRequest, csrfHash: string): void {
  if (SAFE_METHODS.has(request.method)) return;
  const header = request.headers[CSRF_HEADER];
  if (typeof header !== 'string' || !sameHash(sha256(header), csrfHash)) {
    throw new AppError('CSRF_FAILED');
  }
}

/** Sets the session cookie (HttpOnly) and the CSRF cookie (readable by the page). */
export function setSessionCookies(reply: FastifyReply, issued: IssuedSession, secure: boolean): void {
  const common = { sameSite: 'lax' as const, path: '/', secure, expires: issued.expiresAt };
  reply.setCookie(SESSION_COOKIE, issued.token, { ...common, httpOnly: true });
  reply.setCookie(CSRF_COOKIE, issued.csrf, { ...common, httpOnly: false });
}

export function clearSessionCookies(reply: FastifyReply, secure: boolean): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure });
  reply.clearCookie(CSRF_COOKIE, { path: '/', sameSite: 'lax', secure });
}
