import { z } from 'zod';

/** Digital signatures: signing stored files (PAdES, CAdES), verification reports, certificates. */

const isoTime = z.iso.datetime({ offset: true });

export const SIGNATURE_CHECK_CODES = [
  'FORMAT',
  'INTEGRITY',
  'SIGNATURE',
  'CHAIN',
  'CERT_VALIDITY',
  'KEY_USAGE',
  'REVOCATION',
  'TIMESTAMP',
  'COVERAGE',
] as const;

export const SignatureCheck = z.object({
  code: z.enum(SIGNATURE_CHECK_CODES),
  status: z.enum(['passed', 'failed', 'warning', 'indeterminate']),
  message: z.string().meta({ description: 'Kết quả kiểm tra, tiếng Việt' }),
});
export type SignatureCheck = z.infer<typeof SignatureCheck>;

export const CertificateInfo = z.object({
  subject: z.string(),
  commonName: z.string(),
  issuer: z.string(),
  serial: z.string(),
  notBefore: isoTime,
  notAfter: isoTime,
});
export type CertificateInfo = z.infer<typeof CertificateInfo>;

export const SignatureReport = z
  .object({
    index: z.number().int().positive(),
    fieldName: z.string().nullable(),
    status: z.enum(['valid', 'invalid', 'indeterminate']),
    signer: CertificateInfo.extend({ role: z.enum(['official', 'seal', 'citizen']).nullable() }).nullable(),
    signingTime: isoTime
      .nullable()
      .meta({ description: 'Thời điểm ký do người ký khai (không được bảo đảm)' }),
    timestamp: z.object({ time: isoTime, authority: z.string() }).nullable(),
    level: z.enum(['CMS', 'B-B', 'B-T', 'B-LT']),
    chain: z.array(CertificateInfo),
    revocation: z
      .object({
        status: z.enum(['good', 'revoked', 'unknown']),
        source: z.enum(['ocsp', 'crl', 'none']),
        revokedAt: isoTime.nullable(),
        reason: z.number().int().nullable(),
      })
      .nullable(),
    coverage: z
      .object({
        wholeDocument: z.boolean(),
        laterChanges: z.enum(['none', 'signatures_only', 'other']),
      })
      .nullable(),
    checks: z.array(SignatureCheck),
  })
  .meta({ id: 'SignatureReport' });
export type SignatureReport = z.infer<typeof SignatureReport>;

export const VerificationReport = z
  .object({
    status: z.enum(['valid', 'invalid', 'indeterminate', 'no_signature']),
    kind: z.enum(['pdf', 'detached']),
    fileName: z.string(),
    sha256: z.string(),
    size: z.number().int().nonnegative(),
    problems: z.array(z.string()).meta({ description: 'Lỗi của cả tệp (bị cắt cụt, không đọc được…)' }),
    signatures: z.array(SignatureReport),
    /** Set when the file was found by the code of its QR: what the platform recorded at signing. */
    record: z
      .object({ code: z.string(), signedAt: isoTime, mode: z.enum(['personal', 'seal', 'attachment']) })
      .nullable(),
    checkedAt: isoTime,
  })
  .meta({ id: 'VerificationReport' });
export type VerificationReport = z.infer<typeof VerificationReport>;

export const SIGNATURE_MODES = ['personal', 'seal', 'attachment'] as const;

export const SignFileInput = z
  .object({
    fileId: z.uuid(),
    /** personal: the official's own signature; seal: the unit's; attachment: the unit's, top right of page 1. */
    mode: z.enum(SIGNATURE_MODES),
    /** The unit whose seal signs (seal, attachment). */
    unitId: z.uuid().optional(),
    format: z.enum(['pades', 'cades']).default('pades'),
    level: z.enum(['B-B', 'B-T', 'B-LT']).default('B-T'),
    reason: z.string().trim().min(1).max(200).optional(),
    /** Document number shown on attachments, e.g. "05/QĐ-UBND". */
    documentNumber: z.string().trim().max(60).optional(),
    /** The signer's title shown under the name (Decree 68: the document carries the title). */
    title: z.string().trim().max(120).optional(),
    /** A PNG/JPEG the actor uploaded: signature or seal image. */
    imageFileId: z.uuid().optional(),
  })
  .refine((v) => v.mode === 'personal' || v.unitId !== undefined, {
    message: 'Cần chọn đơn vị khi ký bằng chữ ký số của cơ quan',
    path: ['unitId'],
  });
export type SignFileInput = z.infer<typeof SignFileInput>;

export const SignatureResult = z
  .object({
    id: z.uuid(),
    code: z.string(),
    verifyUrl: z.string(),
    format: z.enum(['pades', 'cades']),
    level: z.enum(['B-B', 'B-T', 'B-LT']),
    mode: z.enum(SIGNATURE_MODES),
    fileId: z.uuid().meta({ description: 'Tệp kết quả: PDF đã ký hoặc tệp chữ ký .p7s' }),
    fileName: z.string(),
    signer: z.string(),
    signedAt: isoTime,
  })
  .meta({ id: 'SignatureResult' });
export type SignatureResult = z.infer<typeof SignatureResult>;

export const VerifyCodeParams = z.object({ code: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/) });

export const CERTIFICATE_ROLES = ['official', 'seal', 'citizen'] as const;

export const CertificateView = z
  .object({
    id: z.uuid(),
    role: z.enum(CERTIFICATE_ROLES),
    subjectType: z.enum(['official', 'org_unit', 'citizen']),
    subjectRef: z.string(),
    subjectName: z.string(),
    serial: z.string(),
    notBefore: isoTime,
    notAfter: isoTime,
    status: z.enum(['active', 'revoked']),
    revokedAt: isoTime.nullable(),
    keyLocation: z.enum(['software', 'pkcs11', 'remote']),
    certificatePem: z.string(),
  })
  .meta({ id: 'CertificateView' });
export type CertificateView = z.infer<typeof CertificateView>;

export const CertificateList = z.object({ items: z.array(CertificateView) });
export type CertificateList = z.infer<typeof CertificateList>;

export const IssueCertificateInput = z.object({
  role: z.enum(CERTIFICATE_ROLES),
  /** official: an official's id; seal: an org unit's id; citizen: a citizen's id. */
  subjectRef: z.string().min(1).max(100),
  commonName: z.string().trim().min(2).max(200),
  organisation: z.string().trim().max(200).optional(),
  email: z.email().optional(),
  validYears: z.number().int().min(1).max(5).default(3),
});
export type IssueCertificateInput = z.infer<typeof IssueCertificateInput>;

export const CertificateQuery = z.object({
  subjectType: z.enum(['official', 'org_unit', 'citizen']),
  subjectRef: z.string().min(1).max(100),
});

export const RevokeCertificateInput = z.object({
  /** RFC 5280 CRLReason: 0 unspecified, 1 keyCompromise, 3 affiliationChanged, 4 superseded, 5 cessationOfOperation. */
  reason: z.union([z.literal(0), z.literal(1), z.literal(3), z.literal(4), z.literal(5)]).default(0),
});
