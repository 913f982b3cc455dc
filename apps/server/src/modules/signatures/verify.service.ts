import type { VerificationReport } from '@lienthong/contracts';
import { eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.ts';
import type { FileStorage } from '../../platform/files/index.ts';
import { readFileById } from '../../platform/files/index.ts';
import { AppError } from '../../platform/http/app-error.ts';
import { isPdf } from './pdf/incremental.ts';
import { sha256, toPkijs, x509 } from './pki/crypto.ts';
import { buildOcspRequest, readOcspResponse } from './pki/ocsp.ts';
import type { PkiService } from './pki/pki.service.ts';
import { signatureRecords } from './signatures.schema.ts';
import { type VerifyContext, verifyCms } from './verify/cms-verify.ts';
import { verifyPdf } from './verify/pdf-verify.ts';
import { overallStatus } from './verify/report.ts';

export type VerifyService = ReturnType<typeof createVerifyService>;

/** OCSP over HTTP for certificates of other CAs (their AIA), with a short timeout. */
async function fetchOcsp(url: string, request: Uint8Array): Promise<Uint8Array | undefined> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/ocsp-request' },
      body: request,
      signal: AbortSignal.timeout(5000),
    });
    return response.ok ? new Uint8Array(await response.arrayBuffer()) : undefined;
  } catch {
    return undefined;
  }
}

export function createVerifyService(deps: {
  db: Db;
  storage: FileStorage;
  pki: PkiService;
  maxBytes: number;
}) {
  const { pki } = deps;

  async function context(): Promise<VerifyContext> {
    const internal = pki.config.mode === 'internal' ? await pki.authorities() : undefined;
    return {
      trustAnchors: await pki.trustAnchors(),
      intermediates: await pki.intermediates(),
      now: pki.now(),
      async revocation(certificate, issuer) {
        const request = await buildOcspRequest(toPkijs(certificate), toPkijs(issuer));
        let answer: Uint8Array | undefined;
        if (
          internal &&
          (issuer.equal(internal.issuing.certificate) || issuer.equal(internal.root.certificate))
        ) {
          answer = await pki.ocsp(request); // the platform's own responder, in-process
        } else {
          const aia = certificate.getExtension(x509.AuthorityInfoAccessExtension);
          const url = aia?.ocsp.find((name) => name.type === 'url')?.value;
          if (url) answer = await fetchOcsp(url, request);
        }
        const read = answer ? await readOcspResponse(answer, toPkijs(certificate), toPkijs(issuer)) : null;
        return read
          ? { status: read.status, source: 'ocsp' }
          : { status: { kind: 'unknown' }, source: 'none' };
      },
    };
  }

  /** Verifies a PDF (its embedded signatures) or any file with its detached signature. */
  async function verifyBytes(
    file: Uint8Array,
    fileName: string,
    detached?: Uint8Array,
    claimsPdf = false,
  ): Promise<VerificationReport> {
    const base = { fileName, sha256: sha256(file).toString('hex'), size: file.length, record: null };
    const ctx = await context();
    if (detached) {
      const result = await verifyCms(detached, sha256(file), ctx);
      const signatures = [{ ...result, index: 1, fieldName: null, coverage: null }];
      return {
        ...base,
        kind: 'detached',
        status: overallStatus(signatures, []),
        problems: [],
        signatures,
        checkedAt: ctx.now.toISOString(),
      };
    }
    if (!isPdf(file)) {
      if (claimsPdf) throw new AppError('SIGNATURE_NOT_PDF');
      throw new AppError('SIGNATURE_UNSUPPORTED_FILE');
    }
    const { signatures, problems } = await verifyPdf(file, ctx);
    return {
      ...base,
      kind: 'pdf',
      status: overallStatus(signatures, problems),
      problems,
      signatures,
      checkedAt: ctx.now.toISOString(),
    };
  }

  /** The QR code's page: verifies the file the platform signed under `code`. */
  async function verifyByCode(code: string): Promise<VerificationReport> {
    const [record] = await deps.db.select().from(signatureRecords).where(eq(signatureRecords.code, code));
    if (!record) throw new AppError('NOT_FOUND');
    const files = { db: deps.db, storage: deps.storage, maxBytes: deps.maxBytes };
    const result = await readFileById(files, record.resultFileId);
    if (!result) throw new AppError('NOT_FOUND');
    let report: VerificationReport;
    if (record.format === 'cades') {
      const source = await readFileById(files, record.sourceFileId);
      if (!source) throw new AppError('NOT_FOUND');
      report = await verifyBytes(source.bytes, source.row.name, result.bytes);
    } else {
      report = await verifyBytes(result.bytes, result.row.name);
    }
    return {
      ...report,
      record: {
        code: record.code,
        signedAt: record.signedAt.toISOString(),
        mode: record.mode as 'personal' | 'seal' | 'attachment',
      },
    };
  }

  return { verifyBytes, verifyByCode, context };
}
