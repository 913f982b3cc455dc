import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/**
 * Certificates of the internal PKI: the deployment's root and issuing CAs and its timestamp
 * authority, and the certificates issued to officials, organisations (seal) and citizens.
 * Private keys are PKCS#8 sealed with the server key (AES-256-GCM); a key kept on a token
 * or by a remote provider has no `key_sealed`.
 */
export const pkiCertificates = pgTable(
  'pki_certificates',
  {
    id: uuid('id').primaryKey(),
    /** Hex serial number without leading zeros, unique per issuer. */
    serial: text('serial').notNull(),
    /** 'root' | 'issuing' | 'tsa' | 'official' | 'seal' | 'citizen'. */
    role: text('role').notNull(),
    /** The issuing certificate (null for the self-signed root). */
    issuerId: uuid('issuer_id'),
    /** 'official' | 'org_unit' | 'citizen' for end-entity certificates. */
    subjectType: text('subject_type'),
    /** The official, org unit or citizen id (no foreign key across modules). */
    subjectRef: text('subject_ref'),
    subjectName: text('subject_name').notNull(),
    /** The certificate, PEM. */
    certificatePem: text('certificate_pem').notNull(),
    /** PKCS#8 DER, base64, sealed with the server key; null when the key lives elsewhere. */
    keySealed: text('key_sealed'),
    /** 'software' | 'pkcs11' | 'remote'. */
    keyLocation: text('key_location').notNull(),
    notBefore: timestamp('not_before', { withTimezone: true }).notNull(),
    notAfter: timestamp('not_after', { withTimezone: true }).notNull(),
    /** 'active' | 'revoked'. */
    status: text('status').notNull().default('active'),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    /** RFC 5280 CRLReason code. */
    revocationReason: integer('revocation_reason'),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('pki_certificates_issuer_serial_key').on(table.issuerId, table.serial),
    index('pki_certificates_subject_idx').on(table.subjectType, table.subjectRef),
    index('pki_certificates_role_idx').on(table.role),
  ],
);

/**
 * Every signature the platform made: which file, with which certificate, by whom, and the
 * random code the QR on the result carries (the public verification page looks it up).
 */
export const signatureRecords = pgTable(
  'signature_records',
  {
    id: uuid('id').primaryKey(),
    /** Random, unguessable (128 bits, base64url): the QR code's `ma`. */
    code: text('code').notNull(),
    /** 'pades' | 'cades'. */
    format: text('format').notNull(),
    /** 'B-B' | 'B-T' | 'B-LT'. */
    level: text('level').notNull(),
    /** 'personal' | 'seal' | 'attachment'. */
    mode: text('mode').notNull(),
    sourceFileId: uuid('source_file_id').notNull(),
    /** The signed PDF, or the detached .p7s for 'cades'. */
    resultFileId: uuid('result_file_id').notNull(),
    resultSha256: text('result_sha256').notNull(),
    certificateId: uuid('certificate_id').notNull(),
    /** The unit whose seal signed ('seal' and 'attachment'). */
    unitId: uuid('unit_id'),
    signedBy: text('signed_by').notNull(),
    /** What the signature is for, when another module asked (e.g. 'document:<id>'). */
    purpose: text('purpose'),
    signedAt: timestamp('signed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('signature_records_code_key').on(table.code),
    index('signature_records_signed_by_idx').on(table.signedBy),
  ],
);
