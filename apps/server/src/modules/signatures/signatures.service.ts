import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import type { SignatureResult, SignFileInput } from '@lienthong/contracts';
import { type AuditOrigin, recordAudit } from '../../platform/audit/index.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { unitScope } from '../../platform/auth/scope.ts';
import type { Db } from '../../platform/db/index.ts';
import type { FileStorage } from '../../platform/files/index.ts';
import { readOwnedFile, saveFile } from '../../platform/files/index.ts';
import { AppError } from '../../platform/http/app-error.ts';
import { newId } from '../../platform/ids.ts';
import { unitInScope, unitNames } from '../org/index.ts';
import type { CertificatesService } from './certificates.service.ts';
import { buildSignedData } from './cms/cms.ts';
import { PdfInputError } from './pdf/incremental.ts';
import { signPdf, type ValidationData } from './pdf/pades.ts';
import { sha256, toPkijs, x509 } from './pki/crypto.ts';
import { buildOcspRequest } from './pki/ocsp.ts';
import type { PkiService } from './pki/pki.service.ts';
import type { CertificateRow } from './pki/pki.store.ts';
import { TimestampError } from './pki/tsa.ts';
import { signatureRecords } from './signatures.schema.ts';

export type SigningService = ReturnType<typeof createSigningService>;

/** What another module passes to its "signing step". */
export type SigningStep = SignFileInput & { purpose: string };

const ISO_VN = (d: Date) => {
  const local = new Date(d.getTime() + 7 * 3_600_000).toISOString().slice(0, 19);
  return `${local}+07:00`;
};
const VN_TIME = (d: Date) =>
  new Intl.DateTimeFormat('vi-VN', {
    dateStyle: 'short',
    timeStyle: 'short',
    timeZone: 'Asia/Ho_Chi_Minh',
  }).format(d);

export function createSigningService(deps: {
  db: Db;
  storage: FileStorage;
  pki: PkiService;
  certificates: CertificatesService;
  fontFile: string;
  baseUrl: string;
  maxBytes: number;
}) {
  const { db, pki } = deps;
  let font: Buffer | undefined;
  function fontBytes(): Buffer {
    font ??= fs.readFileSync(deps.fontFile);
    return font;
  }

  function usable(row: CertificateRow): void {
    const now = pki.now();
    if (row.status === 'revoked') throw new AppError('SIGNATURE_CERTIFICATE_REVOKED');
    if (row.notAfter <= now || row.notBefore > now) throw new AppError('SIGNATURE_CERTIFICATE_EXPIRED');
  }

  async function validationData(row: CertificateRow): Promise<ValidationData> {
    const { issuing, root, tsa } = await pki.authorities();
    const cert = new x509.X509Certificate(row.certificatePem);
    const ocsp = await pki.ocsp(await buildOcspRequest(toPkijs(cert), toPkijs(issuing.certificate)));
    return {
      certificates: [cert, issuing.certificate, root.certificate, tsa.certificate].map(
        (c) => new Uint8Array(c.rawData),
      ),
      crls: [await pki.crl('issuing'), await pki.crl('root')],
      ocsps: [ocsp],
    };
  }

  /** Signs a file the actor uploaded; the result is a new stored file of the actor's. */
  async function signFile(
    actor: Actor,
    origin: AuditOrigin,
    input: SignFileInput,
    purpose?: string,
  ): Promise<SignatureResult> {
    const files = { db, storage: deps.storage, maxBytes: deps.maxBytes };
    const source = await readOwnedFile(files, input.fileId, actor.id);
    let unitName: string | undefined;
    if (input.mode !== 'personal') {
      const unitId = input.unitId ?? '';
      if (!(await unitInScope(db, unitId, unitScope(actor, 'signature.seal'))))
        throw new AppError('NOT_FOUND');
      unitName = (await unitNames(db, [unitId])).get(unitId);
      if (!unitName) throw new AppError('NOT_FOUND');
    }
    const image = input.imageFileId
      ? (await readOwnedFile(files, input.imageFileId, actor.id)).bytes
      : undefined;
    if (image && !(image[0] === 0x89 || (image[0] === 0xff && image[1] === 0xd8))) {
      throw new AppError('VALIDATION_FAILED', undefined, [
        { path: 'body.imageFileId', message: 'Ảnh chữ ký, con dấu phải là PNG hoặc JPEG' },
      ]);
    }
    const certificate =
      input.mode === 'personal'
        ? await deps.certificates.forOfficial(actor, origin)
        : await deps.certificates.forUnit(actor, origin, input.unitId ?? '', unitName ?? '');
    usable(certificate);
    const signer = await pki.signerFor(certificate);
    const signingTime = pki.now();
    const code = randomBytes(16).toString('base64url');
    const verifyUrl = `${deps.baseUrl}/xac-thuc?ma=${code}`;
    const timestamp = input.level === 'B-B' ? undefined : pki.timestampSource();
    if (input.level !== 'B-B' && !timestamp) throw new AppError('TIMESTAMP_UNAVAILABLE');
    const signerName = input.mode === 'personal' ? actor.displayName : (unitName ?? '');

    let bytes: Uint8Array;
    let name: string;
    let mediaType: string;
    try {
      if (input.format === 'cades') {
        bytes = await buildSignedData({
          signer,
          digest: sha256(source.bytes),
          signingTime,
          ...(timestamp ? { timestamp } : {}),
        });
        name = `${source.row.name}.p7s`;
        mediaType = 'application/pkcs7-signature';
      } else {
        if (source.row.mediaType !== 'application/pdf') throw new AppError('SIGNATURE_NOT_PDF');
        const lines =
          input.mode === 'attachment'
            ? [
                unitName ?? '',
                ...(input.documentNumber ? [`Số: ${input.documentNumber}`] : []),
                `Thời gian ký: ${ISO_VN(signingTime)}`,
              ]
            : input.mode === 'seal'
              ? [
                  (unitName ?? '').toUpperCase(),
                  `Ký số bởi cơ quan lúc ${VN_TIME(signingTime)}`,
                  'Mã xác thực qua mã QR',
                ]
              : [
                  actor.displayName,
                  ...(input.title ? [input.title] : []),
                  `Ký số lúc ${VN_TIME(signingTime)}`,
                ];
        bytes = await signPdf(source.bytes, {
          signer,
          level: input.level,
          timestamp,
          validationData: input.level === 'B-LT' ? () => validationData(certificate) : undefined,
          signingTime,
          name: signerName,
          reason:
            input.reason ?? (input.mode === 'personal' ? 'Ký số văn bản' : 'Ký số của cơ quan, tổ chức'),
          location: unitName ?? actor.orgUnitName,
          font: fontBytes(),
          appearance: {
            style: input.mode === 'personal' ? 'signer' : input.mode,
            page: input.mode === 'attachment' ? 'first' : 'last',
            corner: input.mode === 'attachment' || input.mode === 'seal' ? 'top-right' : 'bottom-right',
            lines,
            image,
            qr: verifyUrl,
          },
        });
        name = source.row.name.replace(/(\.pdf)?$/i, '.da-ky.pdf');
        mediaType = 'application/pdf';
      }
    } catch (error) {
      if (error instanceof PdfInputError) {
        throw new AppError(error.kind === 'not_pdf' ? 'SIGNATURE_NOT_PDF' : 'SIGNATURE_PDF_DAMAGED');
      }
      if (error instanceof TimestampError)
        throw new AppError('TIMESTAMP_UNAVAILABLE', undefined, undefined, error);
      throw error;
    }
    return db.transaction(async (tx) => {
      const stored = await saveFile({ db: tx, storage: deps.storage }, bytes, {
        name,
        mediaType,
        ownerId: actor.id,
      });
      const id = newId();
      await tx.insert(signatureRecords).values({
        id,
        code,
        format: input.format,
        level: input.level,
        mode: input.mode,
        sourceFileId: source.row.id,
        resultFileId: stored.id,
        resultSha256: stored.sha256,
        certificateId: certificate.id,
        unitId: input.mode === 'personal' ? null : (input.unitId ?? null),
        signedBy: actor.id,
        purpose: purpose ?? null,
        signedAt: signingTime,
      });
      await recordAudit(tx, actor, origin, {
        action: 'signature.signed',
        subject: { type: 'file', id: source.row.id },
        ...(purpose ? { purpose } : {}),
        details: {
          signatureId: id,
          resultFileId: stored.id,
          format: input.format,
          level: input.level,
          mode: input.mode,
          certificateId: certificate.id,
          ...(input.unitId ? { unitId: input.unitId } : {}),
        },
      });
      return {
        id,
        code,
        verifyUrl,
        format: input.format,
        level: input.level,
        mode: input.mode,
        fileId: stored.id,
        fileName: stored.name,
        signer: signerName,
        signedAt: signingTime.toISOString(),
      };
    });
  }

  /** The signing step other modules call (outgoing documents, results, minutes). */
  async function signingStep(actor: Actor, origin: AuditOrigin, step: SigningStep): Promise<SignatureResult> {
    const { purpose, ...input } = step;
    return signFile(actor, origin, input, purpose);
  }

  return { signFile, signingStep };
}
