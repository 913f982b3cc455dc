import multipart from '@fastify/multipart';
import {
  ImportSummary,
  ProblemDetails,
  ProcedureCatalogue,
  ProcedureExportQuery,
  ProcedureIdParams,
  ProcedureImportQuery,
  ProcedureList,
  ProcedureListQuery,
  ProcedureVersionIdParams,
  ProcedureVersionList,
  ProcedureView,
  PublishProcedureInput,
} from '@lienthong/contracts';
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { originOf } from '../../platform/audit/index.ts';
import { actorOf, publicRoute, requirePermission } from '../../platform/auth/actor.ts';
import { AppError } from '../../platform/http/app-error.ts';
import type { ProceduresService } from './procedures.service.ts';
import { type ImportRow, type ImportRowError, readCatalogueWorkbook } from './procedures-xlsx.ts';
import { fieldErrorsOfIssues } from './zod-messages.ts';

export type ProceduresRoutesOptions = { procedures: ProceduresService };

const TAG = ['Thủ tục hành chính'];
/** Largest catalogue accepted by an import (JSON body or uploaded file). */
export const IMPORT_MAX_BYTES = 8 * 1024 * 1024;
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const problems = { 400: ProblemDetails, 401: ProblemDetails, 403: ProblemDetails, 404: ProblemDetails };

/** The envelope of an imported catalogue; each row is checked on its own (errors per row). */
const CatalogueEnvelope = z.object({
  format: z.literal('lienthong.procedures/v1'),
  exportedAt: z.string().optional(),
  procedures: z.array(z.unknown()).max(5000),
});

function rowsOfCatalogue(value: unknown, prefix: string): ImportRow[] {
  const parsed = CatalogueEnvelope.safeParse(value);
  if (!parsed.success) {
    throw new AppError('VALIDATION_FAILED', undefined, fieldErrorsOfIssues(parsed.error.issues, prefix));
  }
  return parsed.data.procedures.map((item, index) => ({ row: index + 1, value: item }));
}

/** The rows to import: a JSON catalogue body, or an uploaded .xlsx (or .json) file in field `file`. */
async function readImport(
  request: FastifyRequest,
): Promise<{ rows: ImportRow[]; refused: ImportRowError[] }> {
  if (!request.isMultipart()) {
    if (request.body === undefined) {
      throw new AppError('VALIDATION_FAILED', undefined, [
        { path: 'body', message: 'Cần gửi danh mục thủ tục (JSON) hoặc tệp .xlsx' },
      ]);
    }
    return { rows: rowsOfCatalogue(request.body, 'body'), refused: [] };
  }
  const part = await request.file();
  if (part?.fieldname !== 'file') {
    throw new AppError('VALIDATION_FAILED', undefined, [
      { path: 'body.file', message: 'Thiếu tệp trong trường "file"' },
    ]);
  }
  const bytes = await part.toBuffer();
  if (part.file.truncated || bytes.length > IMPORT_MAX_BYTES) throw new AppError('PAYLOAD_TOO_LARGE');
  if (bytes.subarray(0, 4).equals(Buffer.from('PK\u0003\u0004', 'latin1'))) {
    const workbook = await readCatalogueWorkbook(bytes);
    return { rows: workbook.rows, refused: workbook.errors };
  }
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, ''));
  } catch {
    throw new AppError('VALIDATION_FAILED', undefined, [
      { path: 'body.file', message: 'Tệp không phải bảng tính .xlsx hay danh mục JSON hợp lệ' },
    ]);
  }
  return { rows: rowsOfCatalogue(json, 'body.file'), refused: [] };
}

function attachment(name: string): string {
  return `attachment; filename="${name}"`;
}

export const proceduresRoutes: FastifyPluginAsync<ProceduresRoutesOptions> = async (base, { procedures }) => {
  const app = base.withTypeProvider<ZodTypeProvider>();
  await app.register(multipart, {
    limits: { fileSize: IMPORT_MAX_BYTES + 1, files: 1, fields: 0, parts: 2, headerPairs: 100 },
  });

  app.get(
    '/api/v1/procedures',
    {
      schema: {
        tags: TAG,
        summary: 'Danh mục thủ tục hành chính đang có hiệu lực',
        description:
          'Tìm không phân biệt dấu theo mã, tên, lĩnh vực (q); lọc theo lĩnh vực, cấp thực hiện, mức độ trực tuyến. `fields`: các lĩnh vực để lọc.',
        querystring: ProcedureListQuery,
        response: { 200: ProcedureList, 400: ProblemDetails },
      },
      preHandler: publicRoute,
    },
    async (request) => procedures.list(request.query),
  );

  app.get(
    '/api/v1/procedures/export',
    {
      schema: {
        tags: TAG,
        summary: 'Xuất danh mục thủ tục (JSON hoặc Excel)',
        description:
          'Các phiên bản đang có hiệu lực và các phiên bản sẽ có hiệu lực. Tệp xuất ra nhập lại được nguyên vẹn (mọi dòng "không đổi").',
        querystring: ProcedureExportQuery,
        response: { 200: ProcedureCatalogue, ...problems },
      },
      preHandler: requirePermission('procedure.manage'),
    },
    async (request, reply) => {
      const day = procedures.today();
      reply.header('cache-control', 'no-store');
      if (request.query.format === 'xlsx') {
        return (
          reply
            .type(XLSX_TYPE)
            .header('content-disposition', attachment(`danh-muc-thu-tuc-${day}.xlsx`))
            // A Buffer is sent as it is (the 200 schema describes the JSON form).
            .send((await procedures.exportWorkbook()) as never)
        );
      }
      reply.header('content-disposition', attachment(`danh-muc-thu-tuc-${day}.json`));
      return procedures.exportCatalogue();
    },
  );

  app.post(
    '/api/v1/procedures/import',
    {
      bodyLimit: IMPORT_MAX_BYTES,
      schema: {
        tags: TAG,
        summary: 'Nhập danh mục thủ tục (JSON hoặc tệp Excel đã xuất)',
        description:
          'Thân yêu cầu: danh mục JSON (`lienthong.procedures/v1`), hoặc multipart/form-data với tệp .xlsx/.json ở trường "file". dryRun=true: chỉ kiểm tra. mode=all: có dòng lỗi thì không ghi gì; mode=valid: ghi các dòng hợp lệ. Lỗi theo từng dòng (số thứ tự trong danh mục, hoặc số dòng của trang "Thủ tục").',
        consumes: ['application/json', 'multipart/form-data'],
        querystring: ProcedureImportQuery,
        response: { 200: ImportSummary, ...problems, 413: ProblemDetails, 415: ProblemDetails },
      },
      preHandler: requirePermission('procedure.manage'),
    },
    async (request) => {
      const { rows, refused } = await readImport(request);
      return procedures.importRows(
        actorOf(request),
        originOf(request),
        rows,
        { dryRun: request.query.dryRun, mode: request.query.mode },
        refused,
      );
    },
  );

  app.get(
    '/api/v1/procedures/:id',
    {
      schema: {
        tags: TAG,
        summary: 'Một thủ tục: phiên bản đang có hiệu lực',
        params: ProcedureIdParams,
        response: { 200: ProcedureView, 400: ProblemDetails, 404: ProblemDetails },
      },
      preHandler: publicRoute,
    },
    async (request) => procedures.get(request.params.id),
  );

  app.get(
    '/api/v1/procedures/:id/versions',
    {
      schema: {
        tags: TAG,
        summary: 'Các phiên bản của một thủ tục (mới nhất trước)',
        params: ProcedureIdParams,
        response: { 200: ProcedureVersionList, 400: ProblemDetails, 404: ProblemDetails },
      },
      preHandler: publicRoute,
    },
    async (request) => ({ items: await procedures.listVersions(request.params.id) }),
  );

  app.get(
    '/api/v1/procedure-versions/:versionId',
    {
      schema: {
        tags: TAG,
        summary: 'Một phiên bản của thủ tục (phiên bản mà hồ sơ đã được tiếp nhận theo)',
        params: ProcedureVersionIdParams,
        response: { 200: ProcedureView, 400: ProblemDetails, 404: ProblemDetails },
      },
      preHandler: publicRoute,
    },
    async (request) => procedures.getVersionView(request.params.versionId),
  );

  app.post(
    '/api/v1/procedures',
    {
      schema: {
        tags: TAG,
        summary: 'Công bố thủ tục mới hoặc phiên bản mới của thủ tục',
        description:
          'Cùng mã thủ tục: phiên bản mới có hiệu lực từ validFrom (phải sau ngày hiệu lực của phiên bản hiện hành), phiên bản trước hết hiệu lực từ ngày đó. Cùng nội dung: không tạo phiên bản (200).',
        body: PublishProcedureInput,
        response: { 200: ProcedureView, 201: ProcedureView, ...problems, 409: ProblemDetails },
      },
      preHandler: requirePermission('procedure.manage'),
    },
    async (request, reply) => {
      const { outcome, view } = await procedures.publish(actorOf(request), originOf(request), request.body);
      return reply.status(outcome === 'unchanged' ? 200 : 201).send(view);
    },
  );
};
