import {
  asn1js,
  type CryptoKey,
  OID,
  pkijs,
  sha256,
  toArrayBuffer,
  toPkijs,
  webcrypto,
  type x509,
} from '../pki/crypto.ts';

/**
 * Whoever holds a signing key: software (PKCS#8 in memory), a PKCS#11 token or HSM, or a
 * remote provider. `sign` returns an RSASSA-PKCS1-v1_5 / SHA-256 signature over `data`.
 */
export interface KeySigner {
  readonly certificate: x509.X509Certificate;
  /** Issuing certificates up to (and including) the root, to embed in the signature. */
  readonly chain: readonly x509.X509Certificate[];
  sign(data: Uint8Array): Promise<Uint8Array>;
}

/** RFC 3161: a timestamp token (ContentInfo, DER) over `data`'s SHA-256. */
export type TimestampSource = (data: Uint8Array) => Promise<Uint8Array>;

export type CmsOptions = {
  signer: KeySigner;
  /** SHA-256 of the content (detached) or of `eContent`. */
  digest: Uint8Array;
  /** The encapsulated content type: id-data (documents) or id-ct-TSTInfo (timestamp tokens). */
  contentType?: string;
  /** Encapsulated content (timestamp tokens); documents are always detached. */
  eContent?: Uint8Array;
  /** CAdES signs the signing time; PAdES must not (the PDF's /M carries the claimed time). */
  signingTime?: Date;
  /** Adds a signature timestamp (CAdES-T / PAdES B-T). */
  timestamp?: TimestampSource;
  /** Certificates to embed besides the signer's (default: its chain). */
  certificates?: readonly x509.X509Certificate[];
};

function attribute(type: string, value: asn1js.AsnType): pkijs.Attribute {
  return new pkijs.Attribute({ type, values: [value] });
}

/** ESS signing-certificate-v2 (RFC 5035): binds the signer's certificate into the signature. */
function signingCertificateV2(certificate: x509.X509Certificate): asn1js.Sequence {
  const certHash = sha256(new Uint8Array(certificate.rawData));
  return new asn1js.Sequence({
    value: [
      new asn1js.Sequence({
        value: [
          new asn1js.Sequence({ value: [new asn1js.OctetString({ valueHex: toArrayBuffer(certHash) })] }),
        ],
      }),
    ],
  });
}

/**
 * A CMS SignedData (RFC 5652) with one signer and the signed attributes CAdES baseline
 * needs: content-type, message-digest, ESS signing-certificate-v2 (and signing-time for CAdES).
 * The signature is made by `signer` over the DER of the signed attributes, so the key never
 * needs to be in this process.
 */
export async function buildSignedData(options: CmsOptions): Promise<Uint8Array> {
  const { signer } = options;
  const cert = toPkijs(signer.certificate);
  const contentType = options.contentType ?? OID.data;
  const attributes = [
    attribute(OID.contentType, new asn1js.ObjectIdentifier({ value: contentType })),
    attribute(OID.messageDigest, new asn1js.OctetString({ valueHex: toArrayBuffer(options.digest) })),
    attribute(OID.signingCertificateV2, signingCertificateV2(signer.certificate)),
  ];
  if (options.signingTime) {
    attributes.push(attribute(OID.signingTime, new asn1js.UTCTime({ valueDate: options.signingTime })));
  }
  const signerInfo = new pkijs.SignerInfo({
    version: 1,
    sid: new pkijs.IssuerAndSerialNumber({ issuer: cert.issuer, serialNumber: cert.serialNumber }),
    digestAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: OID.sha256 }),
    signatureAlgorithm: new pkijs.AlgorithmIdentifier({
      algorithmId: OID.rsaEncryption,
      algorithmParams: new asn1js.Null(),
    }),
    signedAttrs: new pkijs.SignedAndUnsignedAttributes({ type: 0, attributes }),
  });
  // The signature covers the attributes encoded as a SET (tag 0x31), not as [0] IMPLICIT.
  const toSign = new Uint8Array(signerInfo.signedAttrs?.toSchema().toBER() ?? new ArrayBuffer(0));
  toSign[0] = 0x31;
  const signature = await signer.sign(toSign);
  signerInfo.signature = new asn1js.OctetString({ valueHex: toArrayBuffer(signature) });
  if (options.timestamp) {
    const token = await options.timestamp(signature);
    const parsed = asn1js.fromBER(toArrayBuffer(token));
    if (parsed.offset === -1) throw new Error('timestamp token is not DER');
    signerInfo.unsignedAttrs = new pkijs.SignedAndUnsignedAttributes({
      type: 1,
      attributes: [attribute(OID.signatureTimeStampToken, parsed.result)],
    });
  }
  const certificates = [signer.certificate, ...(options.certificates ?? signer.chain)].map(toPkijs);
  const signedData = new pkijs.SignedData({
    version: contentType === OID.data ? 1 : 3,
    encapContentInfo: new pkijs.EncapsulatedContentInfo({
      eContentType: contentType,
      ...(options.eContent
        ? { eContent: new asn1js.OctetString({ valueHex: toArrayBuffer(options.eContent) }) }
        : {}),
    }),
    digestAlgorithms: [new pkijs.AlgorithmIdentifier({ algorithmId: OID.sha256 })],
    certificates,
    signerInfos: [signerInfo],
  });
  const contentInfo = new pkijs.ContentInfo({
    contentType: OID.signedData,
    content: signedData.toSchema(true),
  });
  return new Uint8Array(contentInfo.toSchema().toBER());
}

/** A software key: the private key in memory (opened from its sealed PKCS#8). */
export function softwareSigner(
  certificate: x509.X509Certificate,
  chain: readonly x509.X509Certificate[],
  key: CryptoKey,
): KeySigner {
  return {
    certificate,
    chain,
    async sign(data) {
      return new Uint8Array(await webcrypto.subtle.sign('RSASSA-PKCS1-v1_5', key, toArrayBuffer(data)));
    },
  };
}
