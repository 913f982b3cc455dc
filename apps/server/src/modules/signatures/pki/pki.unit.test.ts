import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toolAvailable } from '../../../../test/signature-tools.ts';
import { buildSignedData } from '../cms/cms.ts';
import { sha256, toPkijs } from './crypto.ts';
import { buildOcspRequest, readOcspResponse, respondToOcspRequest } from './ocsp.ts';
import { createMemoryPki, type MemoryPki } from './pki.fixtures.ts';
import { roleOfCertificate } from './profiles.ts';
import { localTimestampSource, respondToTimestampRequest } from './tsa.ts';

let pki: MemoryPki;
let dir: string;
const openssl = toolAvailable('openssl', 'openssl');

function run(args: string[], input?: Uint8Array) {
  const result = spawnSync('openssl', args, { input, encoding: 'utf8' });
  return { code: result.status, out: `${result.stdout}${result.stderr}` };
}

function write(name: string, data: string | Uint8Array): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, data);
  return file;
}

beforeAll(async () => {
  pki = await createMemoryPki();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lienthong-pki-'));
  write('root.pem', pki.root.certificate.toString('pem'));
  write('issuing.pem', pki.issuing.certificate.toString('pem'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('certificate profiles', () => {
  it('issues subscriber certificates with their role, capped at 5 years, chained to the root', async () => {
    const { certificate } = await pki.subscriber({
      role: 'seal',
      commonName: 'Ủy ban nhân dân phường Ba Đình',
      notAfter: new Date(Date.now() + 20 * 365 * 86_400_000),
    });
    expect(roleOfCertificate(certificate)).toBe('seal');
    const years = (certificate.notAfter.getTime() - certificate.notBefore.getTime()) / (365.25 * 86_400_000);
    expect(years).toBeLessThanOrEqual(5.01);
    expect(
      await certificate.verify({ publicKey: pki.issuing.certificate.publicKey, signatureOnly: true }),
    ).toBe(true);
  });
});

describe.skipIf(!openssl)('cross-checks with OpenSSL', () => {
  it('a detached CAdES-T signature verifies with `openssl cms -verify` against the test root', async () => {
    const { signer } = await pki.subscriber();
    const content = Buffer.from('Quyết định số 05/QĐ-UBND — nội dung thử nghiệm\n');
    const cms = await buildSignedData({
      signer,
      digest: sha256(content),
      signingTime: new Date(),
      timestamp: localTimestampSource(
        async () => pki.tsa,
        () => new Date(),
      ),
    });
    const args = ['cms', '-verify', '-binary', '-inform', 'DER', '-in', write('a.p7s', cms)];
    const ok = run([
      ...args,
      '-content',
      write('a.txt', content),
      '-CAfile',
      path.join(dir, 'root.pem'),
      '-purpose',
      'any',
      '-out',
      '/dev/null',
    ]);
    expect(ok.out).toContain('Verification successful');
    const tampered = run([
      ...args,
      '-content',
      write('b.txt', `${content}x`),
      '-CAfile',
      path.join(dir, 'root.pem'),
      '-purpose',
      'any',
      '-out',
      '/dev/null',
    ]);
    expect(tampered.code).not.toBe(0);
    expect(tampered.out).toMatch(/digest failure|Verification failure/);
  });

  it('the TSA answers `openssl ts -query` with a token `openssl ts -verify` accepts', async () => {
    const data = write('data.txt', 'dữ liệu cần gắn dấu thời gian');
    const query = run(['ts', '-query', '-data', data, '-sha256', '-cert', '-out', path.join(dir, 'q.tsq')]);
    expect(query.code).toBe(0);
    const reply = await respondToTimestampRequest(
      pki.tsa,
      fs.readFileSync(path.join(dir, 'q.tsq')),
      new Date(),
    );
    const chain = write(
      'chain.pem',
      `${pki.issuing.certificate.toString('pem')}\n${pki.root.certificate.toString('pem')}`,
    );
    const verify = run([
      'ts',
      '-verify',
      '-in',
      write('r.tsr', reply),
      '-data',
      data,
      '-CAfile',
      path.join(dir, 'root.pem'),
      '-untrusted',
      chain,
    ]);
    expect(verify.out).toContain('Verification: OK');
    const refused = await respondToTimestampRequest(pki.tsa, new Uint8Array([1, 2, 3]), new Date());
    expect(run(['ts', '-reply', '-in', write('bad.tsr', refused), '-text']).out).toContain('Rejected');
  });

  it('the OCSP responder says good, then revoked, and OpenSSL reads the signed answer', async () => {
    const { certificate } = await pki.subscriber();
    const request = await buildOcspRequest(toPkijs(certificate), toPkijs(pki.issuing.certificate));
    const authorities = [pki.root, pki.issuing];
    const good = await respondToOcspRequest(request, authorities, pki.status, new Date());
    expect(
      (await readOcspResponse(good, toPkijs(certificate), toPkijs(pki.issuing.certificate)))?.status,
    ).toEqual({
      kind: 'good',
    });
    pki.revoke(certificate);
    const revoked = await respondToOcspRequest(request, authorities, pki.status, new Date());
    const read = await readOcspResponse(revoked, toPkijs(certificate), toPkijs(pki.issuing.certificate));
    expect(read?.status).toMatchObject({ kind: 'revoked', reason: 1 });
    const subject = write('sub.pem', certificate.toString('pem'));
    const check = run([
      'ocsp',
      '-respin',
      write('ocsp.der', revoked),
      '-issuer',
      path.join(dir, 'issuing.pem'),
      '-cert',
      subject,
      '-CAfile',
      path.join(dir, 'root.pem'),
    ]);
    expect(check.out).toContain('Response verify OK');
    expect(check.out).toMatch(/sub\.pem: revoked/);
    const crl = await pki.crl();
    const crlCheck = run([
      'crl',
      '-inform',
      'DER',
      '-in',
      write('i.crl', new Uint8Array(crl.rawData)),
      '-CAfile',
      write(
        'both.pem',
        `${pki.issuing.certificate.toString('pem')}\n${pki.root.certificate.toString('pem')}`,
      ),
      '-noout',
      '-text',
    ]);
    expect(crlCheck.out).toContain('verify OK');
    expect(crlCheck.out).toContain(certificate.serialNumber.toUpperCase().replace(/^0+/, ''));
  });
});
