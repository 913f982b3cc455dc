import { execFile, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipart } from '../../../test/fixtures.ts';
import { toolAvailable } from '../../../test/signature-tools.ts';
import { bearer, createTestApp, type TestApp } from '../../../test/test-app.ts';
import { createStorage } from '../../platform/files/index.ts';
import { buildSignedData } from './cms/cms.ts';
import { createSignatures } from './index.ts';
import { signPdf } from './pdf/pades.ts';
import { sha256, x509 } from './pki/crypto.ts';
import { multipartBody, samplePdf } from './signatures.fixtures.ts';

/**
 * "Done when": independent tools — poppler's pdfsig (NSS) and `openssl cms -verify` — and the
 * platform's verifier agree on valid, tampered, revoked and expired signatures made by the
 * platform. The server listens on loopback so that pdfsig can ask its OCSP responder.
 */
const execFileAsync = promisify(execFile);
const hasPdfsig = toolAvailable('pdfsig', 'poppler-utils') && toolAvailable('certutil', 'libnss3-tools');
const hasOpenssl = toolAvailable('openssl', 'openssl');

let t: TestApp;
let dir: string;
let nssdir: string;
let emptyNss: string;
let signatures: ReturnType<typeof createSignatures>;
const me = bearer('can-bo-doi-chieu', ['file.upload', 'file.read', 'signature.sign']);
const admin = bearer('quan-tri-pki', ['pki.manage']);

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function write(name: string, data: Uint8Array | string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, data);
  return file;
}

beforeAll(async () => {
  const port = await freePort();
  t = await createTestApp({ PUBLIC_URL: `http://127.0.0.1:${port}` });
  await t.app.listen({ port, host: '127.0.0.1' });
  dir = fs.mkdtempSync(path.join(t.dataDir, 'doi-chieu-'));
  signatures = createSignatures({
    db: t.db.database.db,
    storage: createStorage(t.config.storage),
    config: t.config,
  });
  const { root, issuing } = await signatures.pki.authorities();
  write('root.pem', root.certificate.toString('pem'));
  write('issuing.pem', issuing.certificate.toString('pem'));
  if (hasPdfsig) {
    nssdir = path.join(dir, 'nss');
    fs.mkdirSync(nssdir);
    emptyNss = path.join(dir, 'nss-empty');
    fs.mkdirSync(emptyNss);
    spawnSync('certutil', ['-N', '-d', `sql:${emptyNss}`, '--empty-password']);
    spawnSync('certutil', ['-N', '-d', `sql:${nssdir}`, '--empty-password']);
    const added = spawnSync('certutil', [
      '-A',
      '-d',
      `sql:${nssdir}`,
      '-n',
      'lienthong-root',
      '-t',
      'CT,C,C',
      '-i',
      path.join(dir, 'root.pem'),
    ]);
    expect(added.status).toBe(0);
  }
});
afterAll(() => t.close());

async function signedPdf(level: 'B-B' | 'B-T' = 'B-T'): Promise<{ pdf: Buffer; certificateId: string }> {
  const form = multipart('file', 'doi-chieu.pdf', 'application/pdf', await samplePdf(1));
  const up = await t.app.inject({
    method: 'POST',
    url: '/api/v1/files',
    headers: { ...me, ...form.headers },
    payload: form.body,
  });
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/signatures/sign',
    headers: me,
    payload: { fileId: up.json().id, mode: 'personal', level },
  });
  expect(res.statusCode, res.body).toBe(201);
  const file = await t.app.inject({ method: 'GET', url: `/api/v1/files/${res.json().fileId}`, headers: me });
  const list = await t.app.inject({
    method: 'GET',
    url: '/api/v1/signatures/certificates?subjectType=official&subjectRef=can-bo-doi-chieu',
    headers: admin,
  });
  return { pdf: file.rawPayload, certificateId: list.json().items[0].id };
}

async function ours(content: Uint8Array, signature?: Uint8Array): Promise<string> {
  const form = multipartBody([
    { field: 'file', filename: signature ? 'tep.bin' : 'tep.pdf', type: 'application/octet-stream', content },
    ...(signature
      ? [{ field: 'signature', filename: 'tep.p7s', type: 'application/pkcs7-signature', content: signature }]
      : []),
  ]);
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/signatures/verify',
    headers: form.headers,
    payload: form.body,
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().status;
}

/**
 * pdfsig's verdict for the last signature: 'valid' or the reason it gives. Run asynchronously:
 * pdfsig asks this process's OCSP responder while it runs.
 */
async function pdfsig(pdf: Uint8Array, db = nssdir): Promise<string> {
  const all = await pdfsigAll(pdf, db);
  return all[all.length - 1] ?? 'no signature';
}

/** pdfsig's verdict for every signature of the document. */
async function pdfsigAll(pdf: Uint8Array, db = nssdir): Promise<string[]> {
  const out = await execFileAsync('pdfsig', ['-nssdir', db, write('check.pdf', pdf)], {
    encoding: 'utf8',
    timeout: 60_000,
  }).catch((error: { stdout?: string; stderr?: string }) => ({
    stdout: error.stdout ?? '',
    stderr: error.stderr ?? '',
  }));
  const text = `${out.stdout}${out.stderr}`;
  return text
    .split(/Signature #\d+:/)
    .slice(1)
    .map(verdictOf);
}

function verdictOf(block: string): string {
  const signature = /Signature Validation: (.*)/.exec(block)?.[1] ?? '';
  const certificate = /Certificate Validation: (.*)/.exec(block)?.[1] ?? '';
  // poppler < 23 reads NSS's error code even after a successful chain validation and prints
  // "Unknown issue with Certificate or corrupted data" for a trusted chain (its own signatures
  // too); an untrusted, revoked or expired chain still gets its own message.
  const trusted = /Certificate is Trusted|Unknown issue with Certificate/.test(certificate);
  if (signature.includes('Signature is Valid') && trusted) return 'valid';
  return `${signature} / ${certificate}`.trim();
}

function tamper(pdf: Buffer): Buffer {
  const copy = Buffer.from(pdf);
  const at = copy.indexOf('stream', copy.indexOf('/FlateDecode')) + 20;
  copy[at] = (copy[at] ?? 0) ^ 0xff;
  return copy;
}

async function expiredSigner() {
  const now = Date.now();
  const row = await signatures.pki.issue(
    t.db.database.db,
    {
      role: 'official',
      commonName: 'Cán Bộ Hết Hạn',
      uid: 'het-han',
      notBefore: new Date(now - 400 * 86_400_000),
      notAfter: new Date(now - 30 * 86_400_000),
      subjectType: 'official',
      subjectRef: 'het-han',
    },
    'test',
  );
  return signatures.pki.signerFor(row);
}

describe.skipIf(!hasPdfsig)('PAdES: pdfsig and the platform agree', () => {
  it('valid, tampered, revoked (B-B) and expired', async () => {
    const { pdf } = await signedPdf('B-T');
    // The organisation signs after the official: both signatures stay valid for pdfsig and us.
    const sealRow = await signatures.pki.issue(
      t.db.database.db,
      {
        role: 'seal',
        commonName: 'Ủy ban nhân dân Phường Thử',
        uid: 'phuong-thu',
        subjectType: 'org_unit',
        subjectRef: 'phuong-thu',
      },
      'test',
    );
    const both = await signPdf(pdf, {
      signer: await signatures.pki.signerFor(sealRow),
      level: 'B-T',
      timestamp: signatures.pki.timestampSource(),
      signingTime: new Date(),
      name: 'Ủy ban nhân dân Phường Thử',
      reason: 'Ký số của cơ quan',
      font: fs.readFileSync(t.config.signatures.fontFile),
      appearance: {
        style: 'seal',
        page: 'last',
        corner: 'top-right',
        lines: ['ỦY BAN NHÂN DÂN', 'PHƯỜNG THỬ'],
      },
    });
    expect(await pdfsigAll(both)).toEqual(['valid', 'valid']);
    expect(await ours(both)).toBe('valid');
    // Without our root in its database pdfsig must not trust the chain: the anchor is what counts.
    expect(await pdfsig(pdf, emptyNss)).toMatch(/isn't Trusted|unknown/i);
    expect(await pdfsig(pdf)).toBe('valid');
    expect(await ours(pdf)).toBe('valid');

    const changed = tamper(pdf);
    expect(await pdfsig(changed)).toMatch(/Digest Mismatch|Invalid/i);
    expect(await ours(changed)).toBe('invalid');

    const signer = await expiredSigner();
    const font = fs.readFileSync(t.config.signatures.fontFile);
    const expired = await signPdf(await samplePdf(1), {
      signer,
      level: 'B-T',
      timestamp: signatures.pki.timestampSource(),
      signingTime: new Date(),
      name: 'Cán Bộ Hết Hạn',
      reason: 'Thử chứng thư hết hạn',
      font,
    });
    expect(await pdfsig(expired)).toMatch(/Expired/i);
    expect(await ours(expired)).toBe('invalid');

    const revokedDoc = await signedPdf('B-B');
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/signatures/certificates/${revokedDoc.certificateId}/revoke`,
      headers: admin,
      payload: { reason: 1 },
    });
    expect(res.statusCode).toBe(200);
    expect(await pdfsig(revokedDoc.pdf)).toMatch(/Revoked/i);
    expect(await ours(revokedDoc.pdf)).toBe('invalid');
  });
});

describe.skipIf(!hasOpenssl)('CAdES: openssl cms -verify and the platform agree', () => {
  function opensslVerify(content: Uint8Array, p7s: Uint8Array, extra: string[] = []): boolean {
    const out = spawnSync(
      'openssl',
      [
        'cms',
        '-verify',
        '-binary',
        '-inform',
        'DER',
        '-in',
        write('s.p7s', p7s),
        '-content',
        write('c.bin', content),
        '-CAfile',
        path.join(dir, 'root.pem'),
        '-purpose',
        'any',
        '-out',
        '/dev/null',
        ...extra,
      ],
      { encoding: 'utf8' },
    );
    return out.status === 0 && `${out.stdout}${out.stderr}`.includes('Verification successful');
  }

  it('valid, tampered, revoked and expired', async () => {
    const content = Buffer.from('Biên bản họp ngày 05/3/2026 — nội dung thử nghiệm.\n');
    const row = await signatures.pki.issue(
      t.db.database.db,
      {
        role: 'official',
        commonName: 'Cán Bộ CAdES',
        uid: 'cades',
        subjectType: 'official',
        subjectRef: 'cades',
      },
      'test',
    );
    const signer = await signatures.pki.signerFor(row);
    const timestamp = signatures.pki.timestampSource();
    const p7s = await buildSignedData({
      signer,
      digest: sha256(content),
      signingTime: new Date(),
      ...(timestamp ? { timestamp } : {}),
    });
    expect(opensslVerify(content, p7s)).toBe(true);
    expect(await ours(content, p7s)).toBe('valid');

    const other = Buffer.from(content);
    other[0] = 0x41;
    expect(opensslVerify(other, p7s)).toBe(false);
    expect(await ours(other, p7s)).toBe('invalid');

    const expiredSignerKey = await expiredSigner();
    const old = await buildSignedData({
      signer: expiredSignerKey,
      digest: sha256(content),
      signingTime: new Date(),
    });
    expect(opensslVerify(content, old)).toBe(false);
    expect(await ours(content, old)).toBe('invalid');

    const b = await buildSignedData({ signer, digest: sha256(content), signingTime: new Date() });
    await t.app.inject({
      method: 'POST',
      url: `/api/v1/signatures/certificates/${row.id}/revoke`,
      headers: admin,
      payload: { reason: 1 },
    });
    const crl = await t.app.inject({ method: 'GET', url: '/pki/crl/issuing.crl' });
    const crlPem = write('issuing.crl.pem', new x509.X509Crl(crl.rawPayload).toString('pem'));
    const crlCheck = ['-crl_check', '-CRLfile', crlPem, '-untrusted', path.join(dir, 'issuing.pem')];
    expect(opensslVerify(content, b, crlCheck)).toBe(false);
    expect(await ours(content, b)).toBe('invalid');
  });
});
