import { softwareSigner } from '../cms/cms.ts';
import { generateRsaKeys, libKey, normaliseSerial, SIGNING_ALGORITHM, x509 } from './crypto.ts';
import type { CertificateStatus } from './ocsp.ts';
import {
  createIssuing,
  createRoot,
  createSubscriber,
  createTsa,
  type SubscriberRequest,
} from './profiles.ts';

/**
 * An in-memory PKI for unit tests (no database): root, issuing CA, TSA, subscribers, and
 * revocation kept in a Map.
 */
export async function createMemoryPki(base = 'http://127.0.0.1:9') {
  const now = new Date();
  const urls = { base };
  const rootKeys = await generateRsaKeys(2048);
  const rootCert = await createRoot(rootKeys, 'Liên Thông Thử nghiệm', now);
  const root = { certificate: rootCert, key: rootKeys.privateKey };
  const issuingKeys = await generateRsaKeys(2048);
  const issuingCert = await createIssuing(issuingKeys.publicKey, root, 'Liên Thông Thử nghiệm', urls, now);
  const issuing = { certificate: issuingCert, key: issuingKeys.privateKey };
  const tsaKeys = await generateRsaKeys(2048);
  const tsaCert = await createTsa(tsaKeys.publicKey, issuing, 'Liên Thông Thử nghiệm', urls, now);
  const tsa = softwareSigner(tsaCert, [issuingCert, rootCert], tsaKeys.privateKey);
  const revoked = new Map<string, { at: Date; reason: number }>();

  async function subscriber(request: Partial<SubscriberRequest> = {}) {
    const keys = await generateRsaKeys(2048);
    const certificate = await createSubscriber(
      keys.publicKey,
      issuing,
      { role: 'official', commonName: 'Nguyễn Văn An', uid: 'thu-nghiem', ...request },
      urls,
      now,
    );
    return {
      certificate,
      key: keys.privateKey,
      signer: softwareSigner(certificate, [issuingCert, rootCert], keys.privateKey),
    };
  }

  async function status(_issuer: unknown, serial: string): Promise<CertificateStatus> {
    const entry = revoked.get(normaliseSerial(serial));
    return entry ? { kind: 'revoked', at: entry.at, reason: entry.reason } : { kind: 'good' };
  }

  function revoke(certificate: x509.X509Certificate, at = new Date(), reason = 1) {
    revoked.set(normaliseSerial(certificate.serialNumber), { at, reason });
  }

  async function crl(): Promise<x509.X509Crl> {
    return x509.X509CrlGenerator.create({
      issuer: issuingCert.subjectName,
      thisUpdate: new Date(),
      nextUpdate: new Date(Date.now() + 86_400_000),
      signingAlgorithm: SIGNING_ALGORITHM,
      signingKey: libKey(issuing.key),
      entries: [...revoked].map(([serial, entry]) => ({
        serialNumber: serial.length % 2 ? `0${serial}` : serial,
        revocationDate: entry.at,
        reason: entry.reason,
      })),
    });
  }

  return { root, issuing, tsa, subscriber, status, revoke, crl, urls };
}

export type MemoryPki = Awaited<ReturnType<typeof createMemoryPki>>;
