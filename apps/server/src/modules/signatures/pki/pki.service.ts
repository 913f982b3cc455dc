import fs from 'node:fs';
import type { Db } from '../../../platform/db/index.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import { newId } from '../../../platform/ids.ts';
import type { SecretBox } from '../../identity/index.ts';
import { type KeySigner, softwareSigner, type TimestampSource } from '../cms/cms.ts';
import { keyLabel, type TokenKeys } from '../keys/token-keys.ts';
import {
  type CryptoKey,
  exportPkcs8,
  generateRsaKeys,
  importPkcs8,
  normaliseSerial,
  SIGNING_ALGORITHM,
  x509,
} from './crypto.ts';
import { type CertificateStatus, respondToOcspRequest } from './ocsp.ts';
import {
  type CertificateRow,
  findAuthorities,
  findBySerial,
  insertCertificate,
  lockAuthorities,
  markRevoked,
  revokedBy,
} from './pki.store.ts';
import {
  createIssuing,
  createRoot,
  createSubscriber,
  createTsa,
  type Issuer,
  type SubscriberRequest,
} from './profiles.ts';
import { httpTimestampSource, localTimestampSource, respondToTimestampRequest } from './tsa.ts';

export type PkiConfig = {
  /** 'internal': this deployment runs its own root and issuing CA and TSA; 'external': it trusts others. */
  mode: 'internal' | 'external';
  /** The organisation named in the internal CAs' certificates. */
  caName: string;
  /** Where relying parties reach /pki/… (CRL, OCSP, CA certificates): the public address. */
  baseUrl: string;
  /** PEM bundle of extra trust anchors (an external CA's root). */
  trustAnchorsFile: string | undefined;
  /** An external RFC 3161 TSA; unset = the internal one (external mode without it: no timestamps). */
  tsaUrl: string | undefined;
};

type Authorities = { root: Issuer & { id: string }; issuing: Issuer & { id: string }; tsa: KeySigner };

export type PkiService = ReturnType<typeof createPkiService>;

function pem(row: CertificateRow): x509.X509Certificate {
  return new x509.X509Certificate(row.certificatePem);
}

export function createPkiService(deps: {
  db: Db;
  box: SecretBox;
  config: PkiConfig;
  clock: () => Date;
  /** SIGNATURE_KEYS=pkcs11: subscriber keys (seals, officials) are generated and used on this token. */
  tokenKeys?: TokenKeys;
}) {
  const { db, box, config, clock, tokenKeys } = deps;
  let loading: Promise<Authorities> | undefined;
  const extraAnchors: x509.X509Certificate[] = config.trustAnchorsFile
    ? x509.PemConverter.decode(fs.readFileSync(config.trustAnchorsFile, 'utf8')).map(
        (der) => new x509.X509Certificate(der),
      )
    : [];

  async function sealKey(key: CryptoKey): Promise<string> {
    return box.seal((await exportPkcs8(key)).toString('base64'));
  }

  async function openKey(row: CertificateRow): Promise<CryptoKey> {
    if (!row.keySealed) throw new AppError('SIGNATURE_KEY_UNAVAILABLE');
    return importPkcs8(Buffer.from(box.open(row.keySealed), 'base64'));
  }

  async function fromRows(rows: CertificateRow[]): Promise<Authorities | undefined> {
    const rootRow = rows.find((r) => r.role === 'root');
    const issuingRow = rows.find((r) => r.role === 'issuing');
    const tsaRow = rows.find((r) => r.role === 'tsa');
    if (!rootRow || !issuingRow || !tsaRow) return undefined;
    const root = { id: rootRow.id, certificate: pem(rootRow), key: await openKey(rootRow) };
    const issuing = { id: issuingRow.id, certificate: pem(issuingRow), key: await openKey(issuingRow) };
    const tsa = await keySigner(tsaRow, [issuing.certificate, root.certificate]);
    return { root, issuing, tsa };
  }

  async function create(): Promise<Authorities> {
    return db.transaction(async (tx) => {
      await lockAuthorities(tx);
      const existing = await fromRows(await findAuthorities(tx));
      if (existing) return existing;
      const now = clock();
      const urls = { base: config.baseUrl };
      const rootKeys = await generateRsaKeys(3072);
      const rootCert = await createRoot(rootKeys, config.caName, now);
      const issuingKeys = await generateRsaKeys(3072);
      const root = { certificate: rootCert, key: rootKeys.privateKey };
      const issuingCert = await createIssuing(issuingKeys.publicKey, root, config.caName, urls, now);
      const issuing = { certificate: issuingCert, key: issuingKeys.privateKey };
      // The TSA signs every timestamp: with a token configured its key is generated there.
      const tsaId = newId();
      const tsaKeys = tokenKeys ? undefined : await generateRsaKeys(2048);
      const tsaPublic = tsaKeys ? tsaKeys.publicKey : await tokenKeys?.generateKeyPair(keyLabel(tsaId));
      if (!tsaPublic) throw new Error('no TSA key');
      const tsaCert = await createTsa(tsaPublic, issuing, config.caName, urls, now);
      const rootRow = await insertAuthority(tx, 'root', null, rootCert, rootKeys.privateKey);
      const issuingRow = await insertAuthority(
        tx,
        'issuing',
        rootRow.id,
        issuingCert,
        issuingKeys.privateKey,
      );
      await insertAuthority(tx, 'tsa', issuingRow.id, tsaCert, tsaKeys?.privateKey, tsaId);
      const created = await fromRows(await findAuthorities(tx));
      if (!created) throw new Error('authorities were not stored');
      return created;
    });
  }

  async function insertAuthority(
    tx: Db,
    role: 'root' | 'issuing' | 'tsa',
    issuerId: string | null,
    certificate: x509.X509Certificate,
    /** Undefined: the key was generated on the token, under `keyLabel(id)`. */
    key: CryptoKey | undefined,
    id = newId(),
  ): Promise<CertificateRow> {
    return insertCertificate(tx, {
      id,
      serial: normaliseSerial(certificate.serialNumber),
      role,
      issuerId,
      subjectName: certificate.subjectName.getField('CN')[0] ?? certificate.subject,
      certificatePem: certificate.toString('pem'),
      keySealed: key ? await sealKey(key) : null,
      keyLocation: key ? 'software' : 'pkcs11',
      notBefore: certificate.notBefore,
      notAfter: certificate.notAfter,
      createdBy: 'system',
    });
  }

  /** The deployment's CAs and TSA, created on first use (internal mode only). */
  function authorities(): Promise<Authorities> {
    if (config.mode !== 'internal') return Promise.reject(new AppError('PKI_EXTERNAL'));
    loading ??= create().catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  }

  /** Roots a signature's chain must reach. */
  async function trustAnchors(): Promise<x509.X509Certificate[]> {
    if (config.mode !== 'internal') return extraAnchors;
    return [(await authorities()).root.certificate, ...extraAnchors];
  }

  /** Intermediate certificates the verifier may use to complete a chain. */
  async function intermediates(): Promise<x509.X509Certificate[]> {
    if (config.mode !== 'internal') return [];
    return [(await authorities()).issuing.certificate];
  }

  /** Issues a subscriber certificate with a new software key (sealed). */
  async function issue(
    tx: Db,
    request: SubscriberRequest & { subjectType: string; subjectRef: string },
    createdBy: string,
  ): Promise<CertificateRow> {
    const { issuing } = await authorities();
    const id = newId();
    // On the token the private key is generated there and never leaves it; the row keeps no key.
    const keys = tokenKeys ? undefined : await generateRsaKeys(2048);
    const publicKey = keys ? keys.publicKey : await (tokenKeys as TokenKeys).generateKeyPair(keyLabel(id));
    const certificate = await createSubscriber(
      publicKey,
      issuing,
      request,
      { base: config.baseUrl },
      clock(),
    );
    return insertCertificate(tx, {
      id,
      serial: normaliseSerial(certificate.serialNumber),
      role: request.role,
      issuerId: issuing.id,
      subjectType: request.subjectType,
      subjectRef: request.subjectRef,
      subjectName: request.commonName,
      certificatePem: certificate.toString('pem'),
      keySealed: keys ? await sealKey(keys.privateKey) : null,
      keyLocation: keys ? 'software' : 'pkcs11',
      notBefore: certificate.notBefore,
      notAfter: certificate.notAfter,
      createdBy,
    });
  }

  async function revoke(tx: Db, id: string, reason: number): Promise<CertificateRow | undefined> {
    return markRevoked(tx, id, clock(), reason);
  }

  /** The signer of a row: its sealed software key, or its key on the token (label from the row id). */
  async function keySigner(row: CertificateRow, chain: x509.X509Certificate[]): Promise<KeySigner> {
    if (row.keyLocation !== 'pkcs11') return softwareSigner(pem(row), chain, await openKey(row));
    if (tokenKeys) return tokenKeys.signer(keyLabel(row.id), pem(row), chain);
    return {
      certificate: pem(row),
      chain,
      sign: () => Promise.reject(new AppError('SIGNATURE_KEY_UNAVAILABLE')),
    };
  }

  /** The signer for a subscriber certificate. */
  async function signerFor(row: CertificateRow): Promise<KeySigner> {
    const { issuing, root } = await authorities();
    return keySigner(row, [issuing.certificate, root.certificate]);
  }

  async function status(issuer: Issuer & { id?: string }, serialHex: string): Promise<CertificateStatus> {
    const { root, issuing } = await authorities();
    const issuerId = issuer.certificate.equal(root.certificate) ? root.id : issuing.id;
    const row = await findBySerial(db, issuerId, normaliseSerial(serialHex));
    if (!row) return { kind: 'unknown' };
    if (row.status === 'revoked' && row.revokedAt) {
      return { kind: 'revoked', at: row.revokedAt, reason: row.revocationReason };
    }
    return { kind: 'good' };
  }

  async function ocsp(requestDer: Uint8Array): Promise<Uint8Array> {
    const { root, issuing } = await authorities();
    return respondToOcspRequest(requestDer, [root, issuing], status, clock());
  }

  /** The CRL of 'root' (revoked issuing CAs) or 'issuing' (revoked subscribers), valid 1 day. */
  async function crl(which: 'root' | 'issuing'): Promise<Uint8Array> {
    const all = await authorities();
    const issuer = all[which];
    const now = clock();
    const revoked = await revokedBy(db, issuer.id);
    const list = await x509.X509CrlGenerator.create({
      issuer: issuer.certificate.subjectName,
      thisUpdate: now,
      nextUpdate: new Date(now.getTime() + 24 * 60 * 60 * 1000),
      signingAlgorithm: SIGNING_ALGORITHM,
      signingKey: issuer.key,
      entries: revoked.map((row) => ({
        serialNumber: row.serial.length % 2 === 0 ? row.serial : `0${row.serial}`,
        revocationDate: row.revokedAt ?? now,
        reason: row.revocationReason ?? 0,
      })),
      extensions: [await x509.AuthorityKeyIdentifierExtension.create(issuer.certificate.publicKey)],
    });
    return new Uint8Array(list.rawData);
  }

  async function timestamp(requestDer: Uint8Array): Promise<Uint8Array> {
    return respondToTimestampRequest((await authorities()).tsa, requestDer, clock());
  }

  /** Where signatures get their timestamp: the configured external TSA, or the internal one. */
  function timestampSource(): TimestampSource | undefined {
    if (config.tsaUrl) return httpTimestampSource(config.tsaUrl);
    if (config.mode !== 'internal') return undefined;
    return localTimestampSource(async () => (await authorities()).tsa, clock);
  }

  return {
    config,
    authorities,
    trustAnchors,
    intermediates,
    issue,
    revoke,
    signerFor,
    status,
    ocsp,
    crl,
    timestamp,
    timestampSource,
    now: clock,
  };
}
