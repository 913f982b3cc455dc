import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** Session, CSRF and API tokens: random on the client side, only their sha256 on ours. */

export const sha256 = (value: string): string => createHash('sha256').update(value).digest('hex');

/** 32 random bytes, base64url. */
export const randomToken = (): string => randomBytes(32).toString('base64url');

/** Constant-time comparison of two hashes. */
export function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
