import multipart from '@fastify/multipart';
import {
  CertificateList,
  CertificateQuery,
  CertificateView,
  IdParams,
  IssueCertificateInput,
  ProblemDetails,
  RevokeCertificateInput,
  SignatureResult,
  SignFileInput,
  VerificationReport,
  VerifyCodeParams,
} from '@lienthong/contracts';
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { originOf } from '../../platform/audit/index.ts';
import { actorOf, publicRoute, requirePermission } from '../../platform/auth/actor.ts';
import { AppError } from '../../platform/http/app-error.ts';
import type { CertificatesService } from './certificates.service.ts';
import type { SigningService } from './signatures.service.ts';
import type { VerifyService } from './verify.service.ts';

export type SignaturesRoutesOptions = {
  signing: SigningService;
  verify: VerifyService;
  certificates: CertificatesService;
  maxUploadBytes: number;
};

const TAG = ['Chữ ký số'];
/** Public verification costs CPU: 20 a minute per client address. */
const VERIFY_LIMIT = { rateLimit: { max: 20, timeWindow: 60_000 } };
const problems = { 400: ProblemDetails, 401: ProblemDetails, 403: ProblemDetails, 404: ProblemDetails };

/** Reads the multipart fields `file` and, optionally, `signature` (a detached .p7s). */
async function readUpload(request: FastifyRequest, maxBytes: number) {
  if (!request.isMultipart())
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Cần gửi tệp dạng multipart/form-data.');
  let file: { name: string; bytes: Buffer; claimsPdf: boolean } | undefined;
  let signature: Buffer | undefined;
  for await (const part of request.files()) {
    const bytes = await part.toBuffer();
    if (part.file.truncated || bytes.length > maxBytes) throw new AppError('PAYLOAD_TOO_LARGE');
    if (part.fieldname === 'file') {
      file = {
        name: part.filename.normalize('NFC').slice(0, 255) || 'tep',
        bytes,
        claimsPdf: part.mimetype === 'application/pdf' || /\.pdf$/i.test(part.filename),
      };
    } else if (part.fieldname === 'signature') signature = bytes;
  }
  if (!file) {
    throw new AppError('VALIDATION_FAILED', undefined, [
      { path: 'body.file', message: 'Thiếu tệp trong trường "file"' },
    ]);
  }
  return { file, signature };
}

export const signaturesRoutes: FastifyPluginAsync<SignaturesRoutesOptions> = async (base, options) => {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const { signing, verify, certificates } = options;
  await app.register(multipart, {
    limits: { fileSize: options.maxUploadBytes + 1, files: 2, fields: 0, parts: 3, headerPairs: 100 },
  });

  app.post(
    '/api/v1/signatures/sign',
    {
      schema: {
        tags: TAG,
        summary: 'Ký số một tệp đã tải lên (PAdES cho PDF, CAdES tách rời cho mọi tệp)',
        description:
          'mode=personal: chữ ký của cán bộ (quyền signature.sign); seal/attachment: chữ ký số của cơ quan, đơn vị trong phạm vi quyền signature.seal (ngoài phạm vi: 404). attachment: chữ ký của cơ quan ở góc trên bên phải trang đầu, kèm số văn bản và thời gian ký ISO 8601 (Nghị định 30/2020).',
        body: SignFileInput,
        response: {
          201: SignatureResult,
          ...problems,
          409: ProblemDetails,
          415: ProblemDetails,
          503: ProblemDetails,
        },
      },
      preHandler: requirePermission('signature.sign', 'signature.seal'),
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const needed = request.body.mode === 'personal' ? 'signature.sign' : 'signature.seal';
      if (!actor.permissions.has(needed)) throw new AppError('FORBIDDEN');
      return reply.status(201).send(await signing.signFile(actor, originOf(request), request.body));
    },
  );

  app.post(
    '/api/v1/signatures/verify',
    {
      config: VERIFY_LIMIT,
      schema: {
        tags: TAG,
        summary: 'Xác thực văn bản điện tử: tải lên tệp PDF đã ký, hoặc tệp bất kỳ kèm chữ ký .p7s',
        consumes: ['multipart/form-data'],
        response: {
          200: VerificationReport,
          400: ProblemDetails,
          413: ProblemDetails,
          415: ProblemDetails,
          422: ProblemDetails,
        },
      },
      preHandler: publicRoute,
    },
    async (request, reply) => {
      const { file, signature } = await readUpload(request, options.maxUploadBytes);
      reply.header('cache-control', 'no-store');
      return verify.verifyBytes(file.bytes, file.name, signature, file.claimsPdf);
    },
  );

  app.get(
    '/api/v1/signatures/verify/:code',
    {
      config: VERIFY_LIMIT,
      schema: {
        tags: TAG,
        summary: 'Xác thực văn bản do hệ thống ký theo mã trên mã QR',
        params: VerifyCodeParams,
        response: { 200: VerificationReport, 400: ProblemDetails, 404: ProblemDetails },
      },
      preHandler: publicRoute,
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return verify.verifyByCode(request.params.code);
    },
  );

  app.get(
    '/api/v1/signatures/certificates',
    {
      schema: {
        tags: TAG,
        summary: 'Chứng thư số của một cán bộ, đơn vị hoặc công dân',
        querystring: CertificateQuery,
        response: { 200: CertificateList, ...problems },
      },
      preHandler: requirePermission('pki.manage'),
    },
    async (request) => ({
      items: await certificates.list(request.query.subjectType, request.query.subjectRef),
    }),
  );

  app.post(
    '/api/v1/signatures/certificates',
    {
      schema: {
        tags: TAG,
        summary: 'Cấp chứng thư số (cán bộ, con dấu của cơ quan, công dân) từ CA nội bộ',
        body: IssueCertificateInput,
        response: { 201: CertificateView, ...problems, 409: ProblemDetails },
      },
      preHandler: requirePermission('pki.manage'),
    },
    async (request, reply) =>
      reply.status(201).send(await certificates.issue(actorOf(request), originOf(request), request.body)),
  );

  app.post(
    '/api/v1/signatures/certificates/:id/revoke',
    {
      schema: {
        tags: TAG,
        summary: 'Thu hồi chứng thư số (có hiệu lực ngay trên CRL và OCSP)',
        params: IdParams,
        body: RevokeCertificateInput,
        response: { 200: CertificateView, ...problems, 409: ProblemDetails },
      },
      preHandler: requirePermission('pki.manage'),
    },
    async (request) =>
      certificates.revoke(actorOf(request), originOf(request), request.params.id, request.body.reason),
  );
};
