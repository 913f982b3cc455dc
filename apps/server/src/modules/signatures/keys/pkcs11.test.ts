import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSignedData } from '../cms/cms.ts';
import { signPdf } from '../pdf/pades.ts';
import { sha256 } from '../pki/crypto.ts';
import { createMemoryPki, type MemoryPki } from '../pki/pki.fixtures.ts';
import { createSubscriber } from '../pki/profiles.ts';
import { localTimestampSource } from '../pki/tsa.ts';
import { samplePdf } from '../signatures.fixtures.ts';
import { verifyCms } from '../verify/cms-verify.ts';
import { verifyPdf } from '../verify/pdf-verify.ts';
import { openPkcs11Token, Pkcs11PinError } from './pkcs11.ts';
import { localSigningProvider, remoteSigner } from './remote.ts';
import { createSoftHsmToken, SOFTHSM_LIBRARY, softHsmAvailable } from './softhsm.fixtures.ts';

/** The PKCS#11 adapter against SoftHSM2 from Debian: a token made in a temporary directory. */
const LIBRARY = SOFTHSM_LIBRARY;
const available = softHsmAvailable;

let softHsm: { remove(): void } | undefined;
let pki: MemoryPki;

beforeAll(async () => {
  if (!available) return;
  softHsm = createSoftHsmToken('lienthong-test', '123456');
  pki = await createMemoryPki();
});
afterAll(() => softHsm?.remove());

describe.skipIf(!available)('PKCS#11 signing against SoftHSM2', () => {
  it('generates a key on the token, gets a certificate, signs CAdES and PAdES that verify', async () => {
    const token = openPkcs11Token({ library: LIBRARY ?? '', tokenLabel: 'lienthong-test', pin: '123456' });
    try {
      const publicKey = await token.generateKeyPair('ky-so-can-bo');
      const certificate = await createSubscriber(
        publicKey,
        pki.issuing,
        { role: 'official', commonName: 'Cán Bộ Dùng Token', uid: 'token-1' },
        pki.urls,
        new Date(),
      );
      const signer = token.signer('ky-so-can-bo', certificate, [
        pki.issuing.certificate,
        pki.root.certificate,
      ]);
      const context = {
        trustAnchors: [pki.root.certificate],
        intermediates: [pki.issuing.certificate],
        now: new Date(),
        revocation: async () => ({ status: { kind: 'good' as const }, source: 'ocsp' as const }),
      };
      const content = Buffer.from('Văn bản ký bằng thiết bị PKCS#11');
      const cms = await buildSignedData({ signer, digest: sha256(content), signingTime: new Date() });
      expect((await verifyCms(cms, sha256(content), context)).status).toBe('valid');

      const pdf = await signPdf(await samplePdf(1), {
        signer,
        level: 'B-T',
        timestamp: localTimestampSource(
          async () => pki.tsa,
          () => new Date(),
        ),
        signingTime: new Date(),
        name: 'Cán Bộ Dùng Token',
        reason: 'Ký bằng token',
        font: fs.readFileSync('/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf'),
      });
      const report = await verifyPdf(pdf, context);
      expect(report.signatures.map((s) => s.status)).toEqual(['valid']);

      // The remote-signing interface, with the local implementation over the same token.
      const provider = localSigningProvider(async (holder) => (holder === 'token-1' ? signer : undefined));
      const viaProvider = await remoteSigner(provider, 'token-1', 'Ký biên bản');
      const again = await buildSignedData({ signer: viaProvider, digest: sha256(content) });
      expect((await verifyCms(again, sha256(content), context)).status).toBe('valid');
      await expect(remoteSigner(provider, 'nguoi-khac', 'x')).rejects.toThrow(/no signing key/);
    } finally {
      token.close();
    }
  });

  it('a wrong PIN is refused with its own error', () => {
    expect(() =>
      openPkcs11Token({ library: LIBRARY ?? '', tokenLabel: 'lienthong-test', pin: '000000' }),
    ).toThrow(Pkcs11PinError);
  });
});
