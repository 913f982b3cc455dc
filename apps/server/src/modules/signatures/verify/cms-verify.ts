import type { CertificateInfo, SignatureReport } from '@lienthong/contracts';
import {
  asn1js,
  importSpki,
  normaliseSerial,
  OID,
  pkijs,
  SIGNING_ALGORITHM,
  sha256,
  toArrayBuffer,
  webcrypto,
  x509,
} from '../pki/crypto.ts';
import type { CertificateStatus } from '../pki/ocsp.ts';
import { roleOfCertificate } from '../pki/profiles.ts';
import { Checks, REQUIRED_CHECKS } from './report.ts';

/** What the verifier trusts and how it learns revocation status. */
export type VerifyContext = {
  trustAnchors: readonly x509.X509Certificate[];
  intermediates: readonly x509.X509Certificate[];
  /** Status of `certificate` (issued by `issuer`) and where it came from. */
  revocation(
    certificate: x509.X509Certificate,
    issuer: x509.X509Certificate,
  ): Promise<{ status: CertificateStatus; source: 'ocsp' | 'crl' | 'none' }>;
  now: Date;
};

type Parsed = {
  signedData: pkijs.SignedData;
  signerInfo: pkijs.SignerInfo;
  certificates: x509.X509Certificate[];
};

export function parseCms(der: Uint8Array): Parsed {
  const asn = asn1js.fromBER(toArrayBuffer(der));
  if (asn.offset === -1) throw new Error('not DER');
  const info = new pkijs.ContentInfo({ schema: asn.result });
  if (info.contentType !== OID.signedData) throw new Error('not a SignedData');
  const signedData = new pkijs.SignedData({ schema: info.content });
  const signerInfo = signedData.signerInfos[0];
  if (!signerInfo || signedData.signerInfos.length !== 1) throw new Error('expected exactly one signer');
  const certificates = (signedData.certificates ?? [])
    .filter((c): c is pkijs.Certificate => c instanceof pkijs.Certificate)
    .map((c) => new x509.X509Certificate(c.toSchema().toBER()));
  return { signedData, signerInfo, certificates };
}

function attributeValue(info: pkijs.SignerInfo, type: string): asn1js.AsnType | undefined {
  return info.signedAttrs?.attributes.find((a) => a.type === type)?.values[0];
}

function signerCertificate(parsed: Parsed): x509.X509Certificate | undefined {
  const sid = parsed.signerInfo.sid;
  if (!(sid instanceof pkijs.IssuerAndSerialNumber)) return undefined;
  const serial = normaliseSerial(Buffer.from(sid.serialNumber.valueBlock.valueHexView).toString('hex'));
  return parsed.certificates.find((c) => normaliseSerial(c.serialNumber) === serial);
}

/** Checks the message digest and the signature over the signed attributes. */
async function checkSignerInfo(
  parsed: Parsed,
  digest: Uint8Array,
  cert: x509.X509Certificate,
): Promise<{ digestOk: boolean; signatureOk: boolean; reason?: string }> {
  const info = parsed.signerInfo;
  if (info.digestAlgorithm.algorithmId !== OID.sha256) {
    return { digestOk: false, signatureOk: false, reason: 'thuật toán băm không được hỗ trợ (chỉ SHA-256)' };
  }
  const md = attributeValue(info, OID.messageDigest);
  if (!info.signedAttrs || !(md instanceof asn1js.OctetString)) {
    return { digestOk: false, signatureOk: false, reason: 'thiếu thuộc tính message-digest' };
  }
  const digestOk = Buffer.from(md.valueBlock.valueHexView).equals(Buffer.from(digest));
  const signedAttrs = new Uint8Array(info.signedAttrs.encodedValue);
  signedAttrs[0] = 0x31;
  let signatureOk = false;
  try {
    const key = await importSpki(new Uint8Array(cert.publicKey.rawData));
    signatureOk = await webcrypto.subtle.verify(
      SIGNING_ALGORITHM,
      key,
      toArrayBuffer(info.signature.valueBlock.valueHexView),
      toArrayBuffer(signedAttrs),
    );
  } catch {
    return {
      digestOk,
      signatureOk: false,
      reason: 'khóa công khai hoặc thuật toán ký không được hỗ trợ (chỉ RSA SHA-256)',
    };
  }
  return { digestOk, signatureOk };
}

/** Builds the chain from `leaf` to a trust anchor; `trusted` only if one is reached. */
async function buildChain(
  leaf: x509.X509Certificate,
  pool: readonly x509.X509Certificate[],
  anchors: readonly x509.X509Certificate[],
): Promise<{ chain: x509.X509Certificate[]; trusted: boolean }> {
  const chain = [leaf];
  let current = leaf;
  for (let depth = 0; depth < 6; depth += 1) {
    const anchor = anchors.find((a) => a.equal(current));
    if (anchor) return { chain, trusted: true };
    const candidates = [...anchors, ...pool].filter((c) => c.subject === current.issuer && !c.equal(current));
    let next: x509.X509Certificate | undefined;
    for (const candidate of candidates) {
      if (await current.verify({ publicKey: candidate.publicKey, signatureOnly: true }).catch(() => false)) {
        next = candidate;
        break;
      }
    }
    if (!next) return { chain, trusted: false };
    chain.push(next);
    current = next;
  }
  return { chain, trusted: false };
}

export function describeCertificate(c: x509.X509Certificate): CertificateInfo {
  return {
    subject: c.subject,
    commonName: c.subjectName.getField('CN')[0] ?? c.subject,
    issuer: c.issuer,
    serial: normaliseSerial(c.serialNumber),
    notBefore: c.notBefore.toISOString(),
    notAfter: c.notAfter.toISOString(),
  };
}

/** Verifies the RFC 3161 token over `signatureValue`; returns its time when it holds. */
async function verifyTimestamp(
  token: asn1js.AsnType,
  signatureValue: Uint8Array,
  context: VerifyContext,
): Promise<{ time: Date; authority: string } | { error: string }> {
  try {
    const parsed = parseCms(new Uint8Array(token.toBER()));
    const eContent = parsed.signedData.encapContentInfo.eContent;
    if (parsed.signedData.encapContentInfo.eContentType !== OID.tstInfo || !eContent) {
      return { error: 'dấu thời gian không chứa TSTInfo' };
    }
    const tstDer = new Uint8Array(eContent.getValue());
    const tst = pkijs.TSTInfo.fromBER(toArrayBuffer(tstDer));
    const imprint = Buffer.from(tst.messageImprint.hashedMessage.valueBlock.valueHexView);
    if (!imprint.equals(sha256(signatureValue))) return { error: 'dấu thời gian không khớp với chữ ký' };
    const tsa = signerCertificate(parsed);
    if (!tsa) return { error: 'thiếu chứng thư của đơn vị cấp dấu thời gian' };
    const check = await checkSignerInfo(parsed, sha256(tstDer), tsa);
    if (!check.digestOk || !check.signatureOk) return { error: 'chữ ký của dấu thời gian không hợp lệ' };
    const eku = tsa.getExtension(x509.ExtendedKeyUsageExtension);
    if (!eku?.usages.includes(x509.ExtendedKeyUsage.timeStamping)) {
      return { error: 'chứng thư không dùng để cấp dấu thời gian' };
    }
    const { trusted } = await buildChain(
      tsa,
      [...parsed.certificates, ...context.intermediates],
      context.trustAnchors,
    );
    if (!trusted) return { error: 'đơn vị cấp dấu thời gian không thuộc danh sách tin cậy' };
    if (tst.genTime < tsa.notBefore || tst.genTime > tsa.notAfter) {
      return { error: 'chứng thư của đơn vị cấp dấu thời gian hết hạn tại thời điểm cấp' };
    }
    return { time: tst.genTime, authority: tsa.subjectName.getField('CN')[0] ?? tsa.subject };
  } catch (error) {
    return { error: `dấu thời gian không đọc được (${(error as Error).message})` };
  }
}

const VN_TIME = (d: Date) =>
  new Intl.DateTimeFormat('vi-VN', {
    dateStyle: 'short',
    timeStyle: 'medium',
    timeZone: 'Asia/Ho_Chi_Minh',
  }).format(d);

/**
 * Verifies one CMS signature over content whose SHA-256 is `digest`. `claimedTime` is the
 * PDF's /M (PAdES) when the CMS carries no signing-time attribute.
 */
export async function verifyCms(
  der: Uint8Array,
  digest: Uint8Array,
  context: VerifyContext,
  claimedTime?: Date,
): Promise<Omit<SignatureReport, 'index' | 'coverage' | 'fieldName'>> {
  const checks = new Checks();
  let parsed: Parsed;
  try {
    parsed = parseCms(der);
  } catch (error) {
    checks.fail('FORMAT', `Dữ liệu chữ ký không phải CMS/PKCS#7 hợp lệ (${(error as Error).message}).`);
    return {
      status: 'invalid',
      signer: null,
      signingTime: null,
      timestamp: null,
      level: 'CMS',
      chain: [],
      revocation: null,
      checks: checks.items,
    };
  }
  const cert = signerCertificate(parsed);
  if (!cert) {
    checks.fail('FORMAT', 'Chữ ký không kèm chứng thư số của người ký.');
    return {
      status: 'invalid',
      signer: null,
      signingTime: null,
      timestamp: null,
      level: 'CMS',
      chain: [],
      revocation: null,
      checks: checks.items,
    };
  }
  const signedTimeAttr = attributeValue(parsed.signerInfo, OID.signingTime);
  const signingTime =
    signedTimeAttr instanceof asn1js.UTCTime || signedTimeAttr instanceof asn1js.GeneralizedTime
      ? signedTimeAttr.toDate()
      : claimedTime;
  const { digestOk, signatureOk, reason } = await checkSignerInfo(parsed, digest, cert);
  if (digestOk) checks.pass('INTEGRITY', 'Nội dung được ký không bị thay đổi (giá trị băm khớp).');
  else checks.fail('INTEGRITY', reason ?? 'Nội dung đã bị thay đổi sau khi ký: giá trị băm không khớp.');
  if (signatureOk) checks.pass('SIGNATURE', 'Chữ ký số hợp lệ với khóa công khai của chứng thư.');
  else checks.fail('SIGNATURE', reason ?? 'Chữ ký số không khớp với khóa công khai của chứng thư.');
  const hasSigningCert = attributeValue(parsed.signerInfo, OID.signingCertificateV2) !== undefined;

  const tokenAttr = parsed.signerInfo.unsignedAttrs?.attributes.find(
    (a) => a.type === OID.signatureTimeStampToken,
  );
  let timestamp: SignatureReport['timestamp'] = null;
  let proofTime: Date | undefined;
  if (tokenAttr?.values[0]) {
    const ts = await verifyTimestamp(
      tokenAttr.values[0],
      new Uint8Array(parsed.signerInfo.signature.valueBlock.valueHexView),
      context,
    );
    if ('error' in ts) checks.fail('TIMESTAMP', `Dấu thời gian không hợp lệ: ${ts.error}.`);
    else {
      checks.pass('TIMESTAMP', `Có dấu thời gian tin cậy lúc ${VN_TIME(ts.time)} (${ts.authority}).`);
      timestamp = { time: ts.time.toISOString(), authority: ts.authority };
      proofTime = ts.time;
    }
  }
  const at = proofTime ?? signingTime ?? context.now;

  const { chain, trusted } = await buildChain(
    cert,
    [...parsed.certificates, ...context.intermediates],
    context.trustAnchors,
  );
  if (trusted) checks.pass('CHAIN', 'Chứng thư số được cấp bởi tổ chức chứng thực tin cậy.');
  else checks.fail('CHAIN', 'Không xây dựng được chuỗi chứng thư đến tổ chức chứng thực tin cậy.');

  const outside = chain.find((c) => at < c.notBefore || at > c.notAfter);
  if (outside) {
    checks.fail(
      'CERT_VALIDITY',
      `Chứng thư "${outside.subjectName.getField('CN')[0] ?? outside.subject}" không còn hiệu lực tại thời điểm ký (${VN_TIME(at)}): hiệu lực ${VN_TIME(outside.notBefore)} – ${VN_TIME(outside.notAfter)}.`,
    );
  } else {
    checks.pass('CERT_VALIDITY', `Chứng thư còn hiệu lực tại thời điểm ký (${VN_TIME(at)}).`);
  }
  const usage = cert.getExtension(x509.KeyUsagesExtension);
  if (usage && !(usage.usages & (x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.nonRepudiation))) {
    checks.fail('KEY_USAGE', 'Chứng thư không được phép dùng để ký số.');
  }

  let revocation: SignatureReport['revocation'] = null;
  const issuer = chain[1];
  if (!trusted || !issuer) {
    checks.unknown('REVOCATION', 'Không kiểm tra được tình trạng thu hồi (không có chuỗi tin cậy).');
  } else {
    const result = await context.revocation(cert, issuer);
    const s = result.status;
    revocation = {
      status: s.kind,
      source: result.source,
      revokedAt: s.kind === 'revoked' ? s.at.toISOString() : null,
      reason: s.kind === 'revoked' ? s.reason : null,
    };
    if (s.kind === 'good')
      checks.pass('REVOCATION', `Chứng thư chưa bị thu hồi (kiểm tra qua ${result.source.toUpperCase()}).`);
    else if (s.kind === 'unknown')
      checks.unknown('REVOCATION', 'Không xác định được tình trạng thu hồi của chứng thư.');
    else if (proofTime && s.at > proofTime) {
      checks.warn(
        'REVOCATION',
        `Chứng thư bị thu hồi lúc ${VN_TIME(s.at)}, sau thời điểm ký đã được gắn dấu thời gian: chữ ký vẫn có giá trị.`,
      );
    } else {
      checks.fail(
        'REVOCATION',
        `Chứng thư số đã bị thu hồi lúc ${VN_TIME(s.at)}${proofTime ? ', trước thời điểm ký' : ' (không có dấu thời gian chứng minh chữ ký có trước đó)'}.`,
      );
    }
  }
  const level = timestamp ? 'B-T' : hasSigningCert ? 'B-B' : 'CMS';
  return {
    status: checks.status(REQUIRED_CHECKS),
    signer: { ...describeCertificate(cert), role: roleOfCertificate(cert) },
    signingTime: signingTime ? signingTime.toISOString() : null,
    timestamp,
    level,
    chain: chain.map(describeCertificate),
    revocation,
    checks: checks.items,
  };
}
