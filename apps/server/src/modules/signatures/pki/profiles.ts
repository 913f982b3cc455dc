import {
  type CryptoKey,
  type CryptoKeyPair,
  libKey,
  OID,
  randomSerial,
  SIGNING_ALGORITHM,
  x509,
} from './crypto.ts';

/**
 * Certificate profiles of the internal PKI (RFC 5280). Subscriber certificates last at most
 * 5 years (Decree 68/2024); the job title is carried by the document, not the certificate.
 */
export type CertificateRole = 'root' | 'issuing' | 'tsa' | 'official' | 'seal' | 'citizen';
export type SubscriberRole = 'official' | 'seal' | 'citizen';

/** Where relying parties fetch CA certificates, CRLs and OCSP answers (the public /pki/… URLs). */
export type PkiUrls = { base: string };

export const MAX_SUBSCRIBER_YEARS = 5;

const DAY = 24 * 60 * 60 * 1000;

function addYears(from: Date, years: number): Date {
  const to = new Date(from);
  to.setUTCFullYear(to.getUTCFullYear() + years);
  return to;
}

/** A distinguished name from parts; commas and other specials are escaped by the library. */
function name(parts: Array<[string, string]>): x509.Name {
  return new x509.Name(parts.map(([type, value]) => ({ [type]: [value] })));
}

export type Issuer = { certificate: x509.X509Certificate; key: CryptoKey };

export async function createRoot(keys: CryptoKeyPair, deployment: string, now: Date) {
  const subject = name([
    ['C', 'VN'],
    ['O', deployment],
    ['CN', `${deployment} Root CA`],
  ]);
  return x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: randomSerial(),
    name: subject,
    notBefore: new Date(now.getTime() - DAY),
    notAfter: addYears(now, 20),
    signingAlgorithm: SIGNING_ALGORITHM,
    keys: libKey(keys),
    extensions: [
      new x509.BasicConstraintsExtension(true, 1, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      await x509.SubjectKeyIdentifierExtension.create(libKey(keys.publicKey)),
    ],
  });
}

function revocationExtensions(urls: PkiUrls, issuerRole: 'root' | 'issuing'): x509.Extension[] {
  return [
    new x509.CRLDistributionPointsExtension([`${urls.base}/pki/crl/${issuerRole}.crl`]),
    new x509.AuthorityInfoAccessExtension({
      ocsp: [`${urls.base}/pki/ocsp`],
      caIssuers: [`${urls.base}/pki/ca/${issuerRole}.crt`],
    }),
  ];
}

export async function createIssuing(
  publicKey: CryptoKey,
  root: Issuer,
  deployment: string,
  urls: PkiUrls,
  now: Date,
) {
  return x509.X509CertificateGenerator.create({
    serialNumber: randomSerial(),
    subject: name([
      ['C', 'VN'],
      ['O', deployment],
      ['CN', `${deployment} Issuing CA`],
    ]),
    issuer: root.certificate.subjectName,
    notBefore: new Date(now.getTime() - DAY),
    notAfter: addYears(now, 10),
    signingAlgorithm: SIGNING_ALGORITHM,
    publicKey: libKey(publicKey),
    signingKey: libKey(root.key),
    extensions: [
      new x509.BasicConstraintsExtension(true, 0, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      await x509.SubjectKeyIdentifierExtension.create(libKey(publicKey)),
      await x509.AuthorityKeyIdentifierExtension.create(root.certificate.publicKey),
      ...revocationExtensions(urls, 'root'),
    ],
  });
}

export async function createTsa(
  publicKey: CryptoKey,
  issuing: Issuer,
  deployment: string,
  urls: PkiUrls,
  now: Date,
) {
  return x509.X509CertificateGenerator.create({
    serialNumber: randomSerial(),
    subject: name([
      ['C', 'VN'],
      ['O', deployment],
      ['CN', `${deployment} Timestamp Authority`],
    ]),
    issuer: issuing.certificate.subjectName,
    notBefore: new Date(now.getTime() - DAY),
    notAfter: addYears(now, 5),
    signingAlgorithm: SIGNING_ALGORITHM,
    publicKey: libKey(publicKey),
    signingKey: libKey(issuing.key),
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(
        x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.nonRepudiation,
        true,
      ),
      new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.timeStamping], true),
      await x509.SubjectKeyIdentifierExtension.create(libKey(publicKey)),
      await x509.AuthorityKeyIdentifierExtension.create(issuing.certificate.publicKey),
      ...revocationExtensions(urls, 'issuing'),
    ],
  });
}

export type SubscriberRequest = {
  role: SubscriberRole;
  /** Common name: the person's full name, or the organisation's name. */
  commonName: string;
  /** The organisation the official works for / the sealing organisation. */
  organisation?: string | undefined;
  /** Province or city (ST), e.g. "Hà Nội". */
  locality?: string | undefined;
  /** A stable identifier put in the subject's UID (official id, unit code or citizen id). */
  uid: string;
  email?: string | undefined;
  notBefore?: Date | undefined;
  notAfter?: Date | undefined;
};

const POLICY: Record<SubscriberRole, string> = {
  official: OID.policyOfficial,
  seal: OID.policySeal,
  citizen: OID.policyCitizen,
};

/** The role of a subscriber certificate issued by this PKI, from its policy, if any. */
export function roleOfCertificate(certificate: x509.X509Certificate): SubscriberRole | null {
  const policies = certificate.getExtension(x509.CertificatePolicyExtension);
  for (const [role, oid] of Object.entries(POLICY)) {
    if (policies?.policies.includes(oid)) return role as SubscriberRole;
  }
  return null;
}

export async function createSubscriber(
  publicKey: CryptoKey,
  issuing: Issuer,
  request: SubscriberRequest,
  urls: PkiUrls,
  now: Date,
) {
  const notBefore = request.notBefore ?? new Date(now.getTime() - 60_000);
  const cap = addYears(notBefore, MAX_SUBSCRIBER_YEARS);
  const wanted = request.notAfter ?? addYears(notBefore, request.role === 'citizen' ? 2 : 3);
  const parts: Array<[string, string]> = [['C', 'VN']];
  if (request.locality) parts.push(['ST', request.locality]);
  if (request.organisation) parts.push(['O', request.organisation]);
  parts.push(['CN', request.commonName], ['0.9.2342.19200300.100.1.1', request.uid]);
  if (request.email) parts.push(['1.2.840.113549.1.9.1', request.email]);
  return x509.X509CertificateGenerator.create({
    serialNumber: randomSerial(),
    subject: name(parts),
    issuer: issuing.certificate.subjectName,
    notBefore,
    notAfter: wanted < cap ? wanted : cap,
    signingAlgorithm: SIGNING_ALGORITHM,
    publicKey: libKey(publicKey),
    signingKey: libKey(issuing.key),
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(
        x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.nonRepudiation,
        true,
      ),
      new x509.CertificatePolicyExtension([POLICY[request.role]]),
      await x509.SubjectKeyIdentifierExtension.create(libKey(publicKey)),
      await x509.AuthorityKeyIdentifierExtension.create(issuing.certificate.publicKey),
      ...revocationExtensions(urls, 'issuing'),
    ],
  });
}
