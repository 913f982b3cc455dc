import { randomBytes } from 'node:crypto';
import type { Role } from '@lienthong/contracts';
import { eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import type { App } from '../../app.ts';
import { auditEntries } from '../../platform/audit/index.ts';
import type { Db } from '../../platform/db/index.ts';
import { newId } from '../../platform/ids.ts';
import * as store from './identity.store.ts';
import { hashPassword } from './password.ts';
import { createSecretBox } from './secret-box.ts';
import { generateTotpSecret, totpAt } from './totp.ts';

/** Test helpers of the identity module: officials, sign-in through the API, cookie headers. */

export const TEST_KEY = randomBytes(32);
export const TEST_ENV = { SECRET_KEY: TEST_KEY.toString('base64') };
export const PASSWORD = 'mat-khau-thu-nghiem';

let hashed: Promise<string> | undefined;

export type TestOfficial = { id: string; username: string; totpSecret?: string };

export async function addOfficial(
  db: Db,
  username: string,
  options: {
    roles?: Role[];
    totp?: boolean;
    validFrom?: string;
    validTo?: string;
    /** The official's unit; the roles are granted there (scope 'unit' unless `scope` says otherwise). */
    unitId?: string;
    scope?: 'unit' | 'subtree';
  } = {},
): Promise<TestOfficial> {
  hashed ??= hashPassword(PASSWORD);
  const totpSecret = options.totp ? generateTotpSecret() : undefined;
  const id = newId();
  await store.insertOfficial(db, {
    id,
    username,
    displayName: `Cán bộ ${username}`,
    orgUnitId: options.unitId ?? null,
    passwordHash: await hashed,
    totpSecret: totpSecret ? createSecretBox(TEST_KEY).seal(totpSecret) : null,
    totpEnabled: Boolean(totpSecret),
  });
  for (const role of options.roles ?? []) {
    await store.insertGrant(db, {
      id: newId(),
      officialId: id,
      role,
      orgUnitId: options.unitId ?? null,
      scope: options.scope ?? 'unit',
      validFrom: options.validFrom ?? '2020-01-01',
      validTo: options.validTo ?? null,
      grantedBy: 'test',
    });
  }
  return { id, username, ...(totpSecret ? { totpSecret } : {}) };
}

export type Cookies = { session: string; csrf: string };

export function cookiesOf(res: LightMyRequestResponse): Cookies {
  const jar = Object.fromEntries(res.cookies.map((c) => [c.name, c.value]));
  return { session: jar.lt_session ?? '', csrf: jar.lt_csrf ?? '' };
}

/** Cookie and CSRF headers of a browser holding the session. */
export function withSession(c: Cookies, csrf = true): Record<string, string> {
  return {
    cookie: `lt_session=${c.session}; lt_csrf=${c.csrf}`,
    ...(csrf ? { 'x-csrf-token': c.csrf } : {}),
  };
}

let address = 0;
/** A fresh client address, so the sign-in rate limit (10 a minute) never trips across tests. */
export function nextAddress(): string {
  address += 1;
  return `10.1.${Math.floor(address / 250)}.${(address % 250) + 1}`;
}

export function login(app: App, username: string, password = PASSWORD, remoteAddress = nextAddress()) {
  return app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username, password },
    remoteAddress,
  });
}

/** Signs in through the API (with the TOTP step when the official has one) and returns the cookies. */
export async function signIn(app: App, official: TestOfficial, at: () => Date): Promise<Cookies> {
  const first = await login(app, official.username);
  if (first.json().status === 'ok') return cookiesOf(first);
  if (!official.totpSecret) throw new Error(`sign-in stopped at ${first.body}`);
  const pending = cookiesOf(first);
  const second = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/totp',
    headers: withSession(pending),
    payload: { code: totpAt(official.totpSecret, at()) },
    remoteAddress: nextAddress(),
  });
  if (second.statusCode !== 200) throw new Error(`TOTP step failed: ${second.body}`);
  return cookiesOf(second);
}

export async function auditActions(db: Db, subjectId: string): Promise<string[]> {
  const rows = await db.select().from(auditEntries).where(eq(auditEntries.subjectId, subjectId));
  return rows.map((row) => row.action);
}
