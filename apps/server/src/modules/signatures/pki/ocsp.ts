import {
  asn1js,
  importSpki,
  keyHashOf,
  libKey,
  normaliseSerial,
  OID,
  parseDer,
  pkijs,
  SIGNING_ALGORITHM,
  toArrayBuffer,
  toPkijs,
  webcrypto,
} from './crypto.ts';
import type { Issuer } from './profiles.ts';

/**
 * RFC 6960 OCSP responder. Each authority (root, issuing CA) answers for the certificates it
 * issued and signs its own answers (no delegated responder), valid for one day.
 */
export type CertificateStatus =
  | { kind: 'good' }
  | { kind: 'revoked'; at: Date; reason: number | null }
  | { kind: 'unknown' };

export type StatusLookup = (issuer: Issuer, serialHex: string) => Promise<CertificateStatus>;

const VALIDITY_MS = 24 * 60 * 60 * 1000;

/** GeneralizedTime without fractions: NSS refuses fractional seconds in OCSP answers. */
function wholeSeconds(date: Date): Date {
  return new Date(Math.floor(date.getTime() / 1000) * 1000);
}

function malformed(status: number): Uint8Array {
  return new Uint8Array(
    new pkijs.OCSPResponse({ responseStatus: new asn1js.Enumerated({ value: status }) }).toSchema().toBER(),
  );
}

function certStatusOf(status: CertificateStatus): asn1js.AsnType {
  if (status.kind === 'good') {
    return new asn1js.Primitive({ idBlock: { tagClass: 3, tagNumber: 0 } });
  }
  if (status.kind === 'unknown') {
    return new asn1js.Primitive({ idBlock: { tagClass: 3, tagNumber: 2 } });
  }
  const value: asn1js.AsnType[] = [new asn1js.GeneralizedTime({ valueDate: wholeSeconds(status.at) })];
  if (status.reason !== null) {
    value.push(
      new asn1js.Constructed({
        idBlock: { tagClass: 3, tagNumber: 0 },
        value: [new asn1js.Enumerated({ value: status.reason })],
      }),
    );
  }
  return new asn1js.Constructed({ idBlock: { tagClass: 3, tagNumber: 1 }, value });
}

export async function respondToOcspRequest(
  requestDer: Uint8Array,
  authorities: readonly Issuer[],
  lookup: StatusLookup,
  at: Date,
): Promise<Uint8Array> {
  const now = wholeSeconds(at);
  let request: pkijs.OCSPRequest;
  try {
    request = new pkijs.OCSPRequest({ schema: parseDer(requestDer) });
  } catch {
    return malformed(1); // malformedRequest
  }
  const list = request.tbsRequest.requestList;
  if (list.length === 0) return malformed(1);
  const first = list[0]?.reqCert;
  const firstHash = first ? Buffer.from(first.issuerKeyHash.valueBlock.valueHexView) : Buffer.alloc(0);
  const withHash = authorities.map((issuer) => ({ issuer, keyHash: keyHashOf(issuer.certificate) }));
  const responder = withHash.find((a) => a.keyHash.equals(firstHash)) ?? withHash[withHash.length - 1];
  if (!responder) return malformed(2); // internalError
  const responses: pkijs.SingleResponse[] = [];
  for (const item of list) {
    const certId = item.reqCert;
    const keyHash = Buffer.from(certId.issuerKeyHash.valueBlock.valueHexView);
    const issuer = withHash.find((a) => a.keyHash.equals(keyHash));
    const sha1 = certId.hashAlgorithm.algorithmId === OID.sha1;
    const serial = normaliseSerial(Buffer.from(certId.serialNumber.valueBlock.valueHexView).toString('hex'));
    const status: CertificateStatus =
      issuer && sha1 && issuer.issuer === responder.issuer
        ? await lookup(issuer.issuer, serial)
        : { kind: 'unknown' };
    responses.push(
      new pkijs.SingleResponse({
        certID: certId,
        certStatus: certStatusOf(status),
        thisUpdate: now,
        nextUpdate: new Date(now.getTime() + VALIDITY_MS),
      }),
    );
  }
  const nonce = request.tbsRequest.requestExtensions?.find((e) => e.extnID === OID.ocspNonce);
  const basic = new pkijs.BasicOCSPResponse({
    tbsResponseData: new pkijs.ResponseData({
      // byKey: pkijs adds the [2] tag.
      responderID: new asn1js.OctetString({ valueHex: toArrayBuffer(responder.keyHash) }),
      producedAt: now,
      responses,
      ...(nonce ? { responseExtensions: [nonce] } : {}),
    }),
    certs: [toPkijs(responder.issuer.certificate)],
  });
  await basic.sign(libKey(responder.issuer.key), 'SHA-256');
  const response = new pkijs.OCSPResponse({
    responseStatus: new asn1js.Enumerated({ value: 0 }),
    responseBytes: new pkijs.ResponseBytes({
      responseType: OID.ocspBasic,
      response: new asn1js.OctetString({ valueHex: basic.toSchema().toBER() }),
    }),
  });
  return new Uint8Array(response.toSchema().toBER());
}

/** A DER OCSP request for one certificate (used by the verifier and the tests). */
export async function buildOcspRequest(
  certificate: pkijs.Certificate,
  issuer: pkijs.Certificate,
): Promise<Uint8Array> {
  const request = new pkijs.OCSPRequest();
  await request.createForCertificate(certificate, { hashAlgorithm: 'SHA-1', issuerCertificate: issuer });
  return new Uint8Array(request.toSchema(true).toBER());
}

/**
 * Reads an OCSP answer for `certificate`: its status and the responder's certificate, after
 * checking the response's signature against `issuer` (the only responder this PKI trusts).
 */
export async function readOcspResponse(
  responseDer: Uint8Array,
  certificate: pkijs.Certificate,
  issuer: pkijs.Certificate,
): Promise<{ status: CertificateStatus; producedAt: Date; thisUpdate: Date } | null> {
  const response = new pkijs.OCSPResponse({ schema: parseDer(responseDer) });
  if (response.responseStatus.valueBlock.valueDec !== 0 || !response.responseBytes) return null;
  const basic = new pkijs.BasicOCSPResponse({
    schema: asn1js.fromBER(response.responseBytes.response.valueBlock.valueHexView).result,
  });
  // Signed by the certificate's issuer itself (this PKI uses no delegated responders).
  const issuerKey = await importSpki(new Uint8Array(issuer.subjectPublicKeyInfo.toSchema().toBER()));
  const verified = await webcrypto.subtle
    .verify(
      SIGNING_ALGORITHM,
      issuerKey,
      toArrayBuffer(basic.signature.valueBlock.valueHexView),
      toArrayBuffer(basic.tbsResponseData.tbsView),
    )
    .catch(() => false);
  if (!verified) return null;
  const serial = normaliseSerial(
    Buffer.from(certificate.serialNumber.valueBlock.valueHexView).toString('hex'),
  );
  for (const single of basic.tbsResponseData.responses) {
    const s = normaliseSerial(
      Buffer.from(single.certID.serialNumber.valueBlock.valueHexView).toString('hex'),
    );
    if (s !== serial) continue;
    const tag = (single.certStatus as asn1js.AsnType).idBlock.tagNumber;
    let status: CertificateStatus = { kind: 'unknown' };
    if (tag === 0) status = { kind: 'good' };
    if (tag === 1) {
      const revokedInfo = single.certStatus as asn1js.Constructed;
      const time = revokedInfo.valueBlock.value[0] as asn1js.GeneralizedTime;
      const reasonTag = revokedInfo.valueBlock.value[1] as asn1js.Constructed | undefined;
      const reason = reasonTag
        ? (reasonTag.valueBlock.value[0] as asn1js.Enumerated).valueBlock.valueDec
        : null;
      status = { kind: 'revoked', at: time.toDate(), reason };
    }
    return { status, producedAt: basic.tbsResponseData.producedAt, thisUpdate: single.thisUpdate };
  }
  return null;
}
