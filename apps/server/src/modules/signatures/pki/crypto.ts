import 'reflect-metadata';
import { createHash, type webcrypto as nodeWebcrypto } from 'node:crypto';
import * as x509 from '@peculiar/x509';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';

/**
 * One WebCrypto (Node's) for @peculiar/x509 and pkijs. Keys are RSA (RSASSA-PKCS1-v1_5,
 * SHA-256): what poppler/NSS, OpenSSL and the common Vietnamese tokens all verify.
 */
export type CryptoKey = nodeWebcrypto.CryptoKey;
export type CryptoKeyPair = nodeWebcrypto.CryptoKeyPair;
/** Node's WebCrypto, typed as Node's (also where the DOM lib is loaded: bench, e2e). */
export const webcrypto = globalThis.crypto as unknown as nodeWebcrypto.Crypto;
x509.cryptoProvider.set(globalThis.crypto);
pkijs.setEngine('node', new pkijs.CryptoEngine({ name: 'node', crypto: globalThis.crypto }));

export const OID = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  tstInfo: '1.2.840.113549.1.9.16.1.4',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
  signatureTimeStampToken: '1.2.840.113549.1.9.16.2.14',
  sha256: '2.16.840.1.101.3.4.2.1',
  sha1: '1.3.14.3.2.26',
  rsaEncryption: '1.2.840.113549.1.1.1',
  sha256WithRsa: '1.2.840.113549.1.1.11',
  ocspBasic: '1.3.6.1.5.5.7.48.1.1',
  ocspNonce: '1.3.6.1.5.5.7.48.1.2',
  /**
   * Policies of the internal PKI under the X.660 example arc (2.999): it is a deployment's own
   * PKI, not the Government CA; a deployment that trusts an external CA uses that CA's policies.
   */
  policyOfficial: '2.999.704.1',
  policySeal: '2.999.704.2',
  policyCitizen: '2.999.704.3',
  tsaPolicy: '2.999.704.10',
} as const;

/**
 * Node's CryptoKey where @peculiar/x509 or pkijs declare theirs: the same object at run time; the
 * declared types differ only when the DOM lib is also loaded (bench, e2e).
 */
export function libKey(key: CryptoKey | CryptoKeyPair): never {
  return key as never;
}

export const SIGNING_ALGORITHM = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' } as const;

export async function generateRsaKeys(modulusLength: 2048 | 3072): Promise<CryptoKeyPair> {
  return webcrypto.subtle.generateKey(
    { ...SIGNING_ALGORITHM, modulusLength, publicExponent: new Uint8Array([1, 0, 1]) },
    true,
    ['sign', 'verify'],
  );
}

export async function exportPkcs8(key: CryptoKey): Promise<Buffer> {
  return Buffer.from(await webcrypto.subtle.exportKey('pkcs8', key));
}

export async function importPkcs8(der: Uint8Array): Promise<CryptoKey> {
  return webcrypto.subtle.importKey('pkcs8', toArrayBuffer(der), SIGNING_ALGORITHM, false, ['sign']);
}

export async function importSpki(der: Uint8Array): Promise<CryptoKey> {
  return webcrypto.subtle.importKey('spki', toArrayBuffer(der), SIGNING_ALGORITHM, true, ['verify']);
}

export function sha256(data: Uint8Array): Buffer {
  return createHash('sha256').update(data).digest();
}

export function sha1(data: Uint8Array): Buffer {
  return createHash('sha1').update(data).digest();
}

/** A copy of the bytes as a standalone ArrayBuffer (what WebCrypto and asn1js take). */
export function toArrayBuffer(data: Uint8Array): ArrayBuffer {
  const copy = new Uint8Array(data.byteLength);
  copy.set(data);
  return copy.buffer;
}

/** Parses DER strictly enough: trailing bytes or a parse error → throws. */
export function parseDer(data: Uint8Array): asn1js.AsnType {
  const parsed = asn1js.fromBER(toArrayBuffer(data));
  if (parsed.offset === -1) throw new Error(`ASN.1: ${parsed.result.error}`);
  return parsed.result;
}

/** The SHA-1 of a certificate's subjectPublicKey bits (OCSP issuerKeyHash, responder byKey). */
export function keyHashOf(cert: x509.X509Certificate): Buffer {
  const pki = pkijs.Certificate.fromBER(cert.rawData);
  return sha1(new Uint8Array(pki.subjectPublicKeyInfo.subjectPublicKey.valueBlock.valueHexView));
}

export function toPkijs(cert: x509.X509Certificate): pkijs.Certificate {
  return pkijs.Certificate.fromBER(cert.rawData);
}

export function randomSerial(): string {
  const bytes = webcrypto.getRandomValues(new Uint8Array(16));
  bytes[0] = (bytes[0] ?? 0) & 0x7f; // positive INTEGER
  if (bytes[0] === 0) bytes[0] = 1;
  return Buffer.from(bytes).toString('hex');
}

/** Serial numbers compared as hex without leading zeros. */
export function normaliseSerial(hex: string): string {
  return hex.toLowerCase().replace(/^0+(?=.)/, '');
}

export { asn1js, pkijs, x509 };
