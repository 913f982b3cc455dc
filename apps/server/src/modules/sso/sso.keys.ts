import { generateKeyPair, hkdfSync, type JsonWebKey, randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import type { Db } from '../../platform/db/index.ts';
import type { SecretBox } from '../identity/index.ts';
import * as store from './sso.store.ts';

/** A private signing key as the provider takes it (JWK with kid, alg and use). */
export type SigningJwk = JsonWebKey & { kid: string; alg: 'RS256'; use: 'sig' };

/** Retired keys stay published this long, so tokens signed just before a rotation still verify. */
const RETIRED_PUBLISHED_MS = 30 * 86_400_000;

const generateRsa = promisify(generateKeyPair);

/** A new RSA 2048 key for RS256 ID tokens (the algorithm every OpenID Connect client supports). */
export async function generateSigningKey(): Promise<SigningJwk> {
  const { privateKey } = await generateRsa('rsa', { modulusLength: 2048 });
  return {
    ...privateKey.export({ format: 'jwk' }),
    kid: randomBytes(12).toString('base64url'),
    alg: 'RS256',
    use: 'sig',
  };
}

/**
 * The keys the provider signs with (the newest active first) and publishes: generated on
 * first use and kept in `sso_keys` sealed with the server key, so every process signs alike.
 */
export async function loadSigningKeys(db: Db, box: SecretBox, now: Date = new Date()): Promise<SigningJwk[]> {
  const retiredAfter = new Date(now.getTime() - RETIRED_PUBLISHED_MS);
  const open = (rows: store.SsoKeyRow[]) =>
    rows.map((row) => JSON.parse(box.open(row.privateJwkSealed)) as SigningJwk);
  const rows = await store.findPublishedKeys(db, retiredAfter);
  if (rows.some((row) => row.retiredAt === null)) return open(rows);
  const jwk = await generateSigningKey();
  return db.transaction(async (tx) => {
    await store.lockKeys(tx);
    const again = await store.findPublishedKeys(tx, retiredAfter);
    if (again.some((row) => row.retiredAt === null)) return open(again);
    await store.insertKey(tx, {
      kid: jwk.kid,
      privateJwkSealed: box.seal(JSON.stringify(jwk)),
      createdAt: now,
    });
    return open(await store.findPublishedKeys(tx, retiredAfter));
  });
}

/** Keys for the provider's signed cookies, derived from the server key (HKDF-SHA256). */
export function cookieKeys(serverKey: Buffer): string[] {
  const derived = hkdfSync('sha256', serverKey, Buffer.alloc(0), 'lienthong/sso/cookies', 32);
  return [Buffer.from(derived).toString('base64url')];
}
