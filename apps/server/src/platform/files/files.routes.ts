import multipart from '@fastify/multipart';
import { FileIdParams, ProblemDetails, StoredFileView } from '@lienthong/contracts';
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { originOf } from '../audit/index.ts';
import { actorOf, requirePermission } from '../auth/actor.ts';
import type { Db } from '../db/database.ts';
import { AppError } from '../http/app-error.ts';
import { contentDisposition } from '../http/content-disposition.ts';
import { openFile, presentFile, uploadFile } from './files.service.ts';
import type { FileStorage } from './storage.ts';

export type FilesRoutesOptions = { db: Db; storage: FileStorage; maxUploadBytes: number };

const errors = { 400: ProblemDetails, 401: ProblemDetails, 403: ProblemDetails, 404: ProblemDetails };

export const filesRoutes: FastifyPluginAsync<FilesRoutesOptions> = async (base, options) => {
  const app = base.withTypeProvider<ZodTypeProvider>();
  await app.register(multipart, {
    // One byte over the limit reaches the spool, which refuses it (busboy alone truncates quietly).
    limits: { fileSize: options.maxUploadBytes + 1, files: 1, fields: 0, parts: 2, headerPairs: 100 },
  });

  app.post(
    '/api/v1/files',
    {
      schema: {
        tags: ['Tệp'],
        summary: 'Tải lên một tệp (multipart/form-data, trường "file")',
        description:
          'Tệp được lưu theo địa chỉ nội dung (sha256). Kiểu tệp được nhận diện từ nội dung, không lấy từ máy khách.',
        consumes: ['multipart/form-data'],
        response: { 201: StoredFileView, ...errors, 413: ProblemDetails, 415: ProblemDetails },
      },
      preHandler: requirePermission('file.upload'),
    },
    async (request, reply) => {
      if (!request.isMultipart())
        throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Cần gửi tệp dạng multipart/form-data.');
      const part = await request.file();
      if (part?.fieldname !== 'file') {
        throw new AppError('VALIDATION_FAILED', undefined, [
          { path: 'body.file', message: 'Thiếu tệp trong trường "file"' },
        ]);
      }
      const row = await uploadFile(
        { db: options.db, storage: options.storage, maxBytes: options.maxUploadBytes },
        actorOf(request),
        originOf(request),
        part.file,
        part.filename,
      );
      return reply.status(201).send(presentFile(row));
    },
  );

  app.get(
    '/api/v1/files/:id',
    {
      schema: {
        tags: ['Tệp'],
        summary: 'Tải xuống một tệp mình đã tải lên',
        params: FileIdParams,
        response: { 200: z.string().meta({ format: 'binary' }), ...errors },
      },
      preHandler: requirePermission('file.read'),
    },
    async (request, reply) => {
      const { file, content } = await openFile(
        options,
        actorOf(request),
        originOf(request),
        request.params.id,
      );
      return (
        reply
          .header('content-type', file.mediaType)
          .header('content-length', String(file.size))
          .header('content-disposition', contentDisposition(file.name))
          .header('x-content-type-options', 'nosniff')
          .header('etag', `"${file.sha256}"`)
          // A stream is sent as is; the 200 schema documents the binary body for OpenAPI.
          .send(content as unknown as string)
      );
    },
  );
};
