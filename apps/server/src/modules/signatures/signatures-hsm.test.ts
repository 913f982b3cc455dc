import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import pkcs11js from 'pkcs11js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipart } from '../../../test/fixtures.ts';
import { bearer, createTestApp, type TestApp, testAuthenticate } from '../../../test/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { createSoftHsmToken, SOFTHSM_LIBRARY, softHsmAvailable } from './keys/softhsm.fixtures.ts';
import { multipartBody, samplePdf } from './signatures.fixtures.ts';
import { pkiCertificates } from './signatures.schema.ts';

/**
 * SIGNATURE_KEYS=pkcs11 against SoftHSM2: a unit's seal key is generated on the token, the
 * platform signs with it, a restarted server (same database and token) finds it again, and a
 * wrong PIN or a missing token gives a stable error — never the PIN in a log line.
 */
const LIBRARY = SOFTHSM_LIBRARY;
const available = softHsmAvailable;

const PIN = '246813';
const WRONG_PIN = '975310';
let softHsm: { remove(): void } | undefined;
let db: TestDatabase;
let unitId: string;
const secretKey = randomBytes(32).toString('base64');

function hsmEnv(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    SECRET_KEY: secretKey,
    SIGNATURE_KEYS: 'pkcs11',
    SIGNATURE_PKCS11_MODULE: LIBRARY ?? '',
    SIGNATURE_PKCS11_TOKEN: 'lienthong-hsm',
    SIGNATURE_PKCS11_PIN: PIN,
    ...overrides,
  };
}

beforeAll(async () => {
  if (!available) return;
  softHsm = createSoftHsmToken('lienthong-hsm', PIN);
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.close();
  softHsm?.remove();
});

const clerk = (id: string) =>
  bearer(id, ['file.upload', 'file.read', 'signature.sign', 'signature.seal'], { unitId });

async function upload(t: TestApp, headers: Record<string, string>): Promise<string> {
  const form = multipart('file', 'quyet-dinh.pdf', 'application/pdf', await samplePdf(1));
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/files',
    headers: { ...headers, ...form.headers },
    payload: form.body,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

function sealSign(t: TestApp, headers: Record<string, string>, fileId: string) {
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/signatures/sign',
    headers,
    payload: { fileId, mode: 'seal', unitId },
  });
}

async function verifyDownloaded(t: TestApp, headers: Record<string, string>, fileId: string) {
  const file = await t.app.inject({ method: 'GET', url: `/api/v1/files/${fileId}`, headers });
  expect(file.statusCode).toBe(200);
  const form = multipartBody([
    { field: 'file', filename: 'van-ban.pdf', type: 'application/pdf', content: file.rawPayload },
  ]);
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/signatures/verify',
    headers: form.headers,
    payload: form.body,
  });
  return res.json();
}

async function sealCertificates(t: TestApp) {
  const res = await t.app.inject({
    method: 'GET',
    url: `/api/v1/signatures/certificates?subjectType=org_unit&subjectRef=${unitId}`,
    headers: bearer('quan-tri-pki', ['pki.manage']),
  });
  expect(res.statusCode).toBe(200);
  return res.json().items as { id: string; keyLocation: string }[];
}

/** The private key of certificate `id` on the token, read directly with pkcs11js. */
function tokenKey(id: string): { extractable: boolean; sensitive: boolean } | undefined {
  const p11 = new pkcs11js.PKCS11();
  p11.load(LIBRARY ?? '');
  p11.C_Initialize();
  try {
    const slot = p11.C_GetSlotList(true).find((s) => p11.C_GetTokenInfo(s).label.trim() === 'lienthong-hsm');
    if (!slot) return undefined;
    const session = p11.C_OpenSession(slot, pkcs11js.CKF_SERIAL_SESSION);
    p11.C_Login(session, pkcs11js.CKU_USER, PIN);
    p11.C_FindObjectsInit(session, [
      { type: pkcs11js.CKA_CLASS, value: pkcs11js.CKO_PRIVATE_KEY },
      { type: pkcs11js.CKA_LABEL, value: `lienthong-${id}` },
    ]);
    const [key] = p11.C_FindObjects(session, 1);
    p11.C_FindObjectsFinal(session);
    if (!key) return undefined;
    const [extractable, sensitive] = p11.C_GetAttributeValue(session, key, [
      { type: pkcs11js.CKA_EXTRACTABLE },
      { type: pkcs11js.CKA_SENSITIVE },
    ]);
    p11.C_CloseSession(session);
    return {
      extractable: (extractable?.value as Buffer | undefined)?.[0] === 1,
      sensitive: (sensitive?.value as Buffer | undefined)?.[0] === 1,
    };
  } finally {
    p11.C_Finalize();
  }
}

describe.skipIf(!available)('SIGNATURE_KEYS=pkcs11 (SoftHSM2)', () => {
  let certificateId: string;

  it('enrols the unit seal with a key generated on the token and signs a PDF that verifies', async () => {
    const t = await createTestApp(hsmEnv(), { db });
    try {
      const created = await t.app.inject({
        method: 'POST',
        url: '/api/v1/org/units',
        headers: bearer('quan-tri-to-chuc', ['org.manage']),
        payload: {
          block: 'government',
          validFrom: '2025-01-01',
          name: 'Thành phố Khóa Trên Token',
          code: '96',
          unitType: 'municipality',
          level: 'city',
          parentId: null,
        },
      });
      expect(created.statusCode, created.body).toBe(201);
      unitId = created.json().id;
      const me = clerk('van-thu-hsm');
      const signed = await sealSign(t, me, await upload(t, me));
      expect(signed.statusCode, signed.body).toBe(201);
      const report = await verifyDownloaded(t, me, signed.json().fileId);
      expect(report.status).toBe('valid');
      expect(report.signatures[0]).toMatchObject({ status: 'valid', signer: { role: 'seal' } });
      expect(report.signatures[0].timestamp.authority).toContain('Timestamp Authority');
      const certificates = await sealCertificates(t);
      expect(certificates).toHaveLength(1);
      expect(certificates[0]?.keyLocation).toBe('pkcs11');
      certificateId = certificates[0]?.id ?? '';
      expect(t.logs.join('')).not.toContain(PIN);
    } finally {
      await t.close();
    }
    // The key is on the token, sensitive and not extractable.
    expect(tokenKey(certificateId)).toEqual({ extractable: false, sensitive: true });
    // So is the timestamp authority's; neither row keeps a key.
    const [tsa] = await db.database.db.select().from(pkiCertificates).where(eq(pkiCertificates.role, 'tsa'));
    expect(tsa).toMatchObject({ keyLocation: 'pkcs11', keySealed: null });
    expect(tokenKey(tsa?.id ?? '')).toEqual({ extractable: false, sensitive: true });
  });

  it('a restarted server on the same token and database signs with the same key; app.signatures signs too', async () => {
    const t = await createTestApp(hsmEnv(), { db });
    try {
      const me = clerk('van-thu-hsm');
      const signed = await sealSign(t, me, await upload(t, me));
      expect(signed.statusCode, signed.body).toBe(201);
      expect((await verifyDownloaded(t, me, signed.json().fileId)).status).toBe('valid');
      expect((await sealCertificates(t)).map((c) => c.id)).toEqual([certificateId]);

      // Another module's signing step, through the decorated instance.
      const actor = (await testAuthenticate({ headers: me } as never)) as Actor;
      const step = await t.app.signatures.signingStep(
        actor,
        { ip: null, requestId: null },
        {
          fileId: await upload(t, me),
          mode: 'seal',
          unitId,
          format: 'pades',
          level: 'B-T',
          purpose: 'document:thu-nghiem',
        },
      );
      expect(step).toMatchObject({ mode: 'seal', level: 'B-T' });
      expect((await verifyDownloaded(t, me, step.fileId)).status).toBe('valid');
    } finally {
      await t.close();
    }
  });

  it('a wrong PIN is SIGNATURE_PIN_INVALID and a missing token SIGNATURE_TOKEN_UNAVAILABLE, no PIN logged', async () => {
    const wrong = await createTestApp(hsmEnv({ SIGNATURE_PKCS11_PIN: WRONG_PIN }), { db });
    try {
      const me = clerk('van-thu-hsm');
      const res = await sealSign(wrong, me, await upload(wrong, me));
      expect(res.statusCode).toBe(422);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().code).toBe('SIGNATURE_PIN_INVALID');
      // Refused again without another login (which would use up the token's retry counter).
      const again = await sealSign(wrong, me, await upload(wrong, me));
      expect(again.json().code).toBe('SIGNATURE_PIN_INVALID');
      expect(wrong.logs.join('')).not.toContain(WRONG_PIN);
    } finally {
      await wrong.close();
    }
    const missing = await createTestApp(hsmEnv({ SIGNATURE_PKCS11_TOKEN: 'khong-co-token' }), { db });
    try {
      const me = clerk('van-thu-hsm');
      const res = await sealSign(missing, me, await upload(missing, me));
      expect(res.statusCode).toBe(503);
      expect(res.json().code).toBe('SIGNATURE_TOKEN_UNAVAILABLE');
      expect(missing.logs.join('')).not.toContain(PIN);
    } finally {
      await missing.close();
    }
  });
});
