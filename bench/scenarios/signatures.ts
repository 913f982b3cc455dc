import fs from 'node:fs';
import { signPdf } from '../../apps/server/src/modules/signatures/pdf/pades.ts';
import { sha256, webcrypto } from '../../apps/server/src/modules/signatures/pki/crypto.ts';
import { createMemoryPki } from '../../apps/server/src/modules/signatures/pki/pki.fixtures.ts';
import { localTimestampSource } from '../../apps/server/src/modules/signatures/pki/tsa.ts';
import { samplePdf } from '../../apps/server/src/modules/signatures/signatures.fixtures.ts';
import { verifyPdf } from '../../apps/server/src/modules/signatures/verify/pdf-verify.ts';

/**
 * Digital signatures, in the bench process (no HTTP): PAdES B-T signatures per second on a
 * 1-page and a 50-page PDF (visible signature with QR code, the in-process TSA: two RSA-2048
 * signatures each), verifications per second of a signed PDF (chain, timestamp, revocation from
 * memory), next to the raw baseline: one RSA-2048 / SHA-256 signature with WebCrypto.
 */
export type SignatureBenchResult = { name: string; ops: number; ms: number; opsPerSec: number };

const FONT = '/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf';

async function timed(
  name: string,
  durationMs: number,
  run: () => Promise<unknown>,
): Promise<SignatureBenchResult> {
  let ops = 0;
  const started = performance.now();
  while (performance.now() - started < durationMs) {
    await run();
    ops += 1;
  }
  const ms = performance.now() - started;
  return { name, ops, ms, opsPerSec: (ops * 1000) / ms };
}

export async function runSignatureBench(durationMs = 3000): Promise<SignatureBenchResult[]> {
  if (!fs.existsSync(FONT)) return [];
  const pki = await createMemoryPki();
  const { signer, key } = await pki.subscriber({ commonName: 'Cán Bộ Đo Hiệu Năng' });
  const font = fs.readFileSync(FONT);
  const timestamp = localTimestampSource(
    async () => pki.tsa,
    () => new Date(),
  );
  const options = {
    signer,
    level: 'B-T' as const,
    timestamp,
    name: 'Cán Bộ Đo Hiệu Năng',
    reason: 'Đo hiệu năng',
    font,
    appearance: {
      style: 'signer' as const,
      page: 'last' as const,
      corner: 'bottom-right' as const,
      lines: ['Cán Bộ Đo Hiệu Năng', 'Ký số lúc 05/03/2026 09:30'],
      qr: 'https://lienthong.example/xac-thuc?ma=AAAAAAAAAAAAAAAAAAAAAA',
    },
  };
  const one = await samplePdf(1);
  const fifty = await samplePdf(50);
  const signed = await signPdf(one, { ...options, signingTime: new Date() });
  const context = {
    trustAnchors: [pki.root.certificate],
    intermediates: [pki.issuing.certificate],
    now: new Date(),
    revocation: async () => ({ status: { kind: 'good' as const }, source: 'ocsp' as const }),
  };
  const data = sha256(one);
  return [
    await timed('baseline: RSA-2048 SHA-256 signature (WebCrypto)', durationMs, () =>
      webcrypto.subtle.sign('RSASSA-PKCS1-v1_5', key, data),
    ),
    await timed('PAdES B-T sign, 1-page PDF', durationMs, () =>
      signPdf(one, { ...options, signingTime: new Date() }),
    ),
    await timed('PAdES B-T sign, 50-page PDF', durationMs, () =>
      signPdf(fifty, { ...options, signingTime: new Date() }),
    ),
    await timed('verify a PAdES B-T PDF (1 page)', durationMs, async () => {
      const report = await verifyPdf(signed, context);
      if (report.signatures[0]?.status !== 'valid') throw new Error('bench: signature not valid');
    }),
  ];
}
