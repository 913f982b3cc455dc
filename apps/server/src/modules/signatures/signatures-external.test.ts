import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createTestApp, type TestApp } from '../../../test/test-app.ts';
import { signPdf } from './pdf/pades.ts';
import { createMemoryPki, type MemoryPki } from './pki/pki.fixtures.ts';
import { localTimestampSource } from './pki/tsa.ts';
import { multipartBody, samplePdf } from './signatures.fixtures.ts';

/**
 * SIGNATURE_PKI=external: the deployment trusts another CA's root (a PEM bundle) and issues no
 * certificates. Revocation is asked of the certificate's own OCSP responder (its AIA); one that
 * cannot be reached leaves the signature "indeterminate", never "valid".
 */
let t: TestApp;
let pki: MemoryPki;
let dir: string;

beforeAll(async () => {
  pki = await createMemoryPki('http://127.0.0.1:9');
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lienthong-external-ca-'));
  const bundle = path.join(dir, 'ca-bundle.pem');
  fs.writeFileSync(bundle, pki.root.certificate.toString('pem'));
  t = await createTestApp({ SIGNATURE_PKI: 'external', SIGNATURE_TRUST_ANCHORS_FILE: bundle });
});
afterAll(async () => {
  await t.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('trusting an external CA', () => {
  it('issues no certificate (409 PKI_EXTERNAL) and enrols nobody on first signature', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/signatures/certificates',
      headers: bearer('quan-tri-pki', ['pki.manage']),
      payload: { role: 'official', subjectRef: 'x', commonName: 'Cán Bộ X' },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('PKI_EXTERNAL');
  });

  it('verifies the external CA’s signatures: the chain holds, unreachable OCSP → indeterminate', async () => {
    const { signer } = await pki.subscriber({ commonName: 'Cán Bộ CA Ngoài' });
    const pdf = await signPdf(await samplePdf(1), {
      signer,
      level: 'B-T',
      timestamp: localTimestampSource(
        async () => pki.tsa,
        () => new Date(),
      ),
      signingTime: new Date(),
      name: 'Cán Bộ CA Ngoài',
      reason: 'Thử CA bên ngoài',
      font: fs.readFileSync(t.config.signatures.fontFile),
    });
    const form = multipartBody([
      { field: 'file', filename: 'ngoai.pdf', type: 'application/pdf', content: pdf },
    ]);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/signatures/verify',
      headers: form.headers,
      payload: form.body,
    });
    expect(res.statusCode).toBe(200);
    const [signature] = res.json().signatures;
    expect(res.json().status).toBe('indeterminate');
    expect(signature.checks).toContainEqual(expect.objectContaining({ code: 'CHAIN', status: 'passed' }));
    expect(signature.checks).toContainEqual(
      expect.objectContaining({ code: 'REVOCATION', status: 'indeterminate' }),
    );
  });
});
