import {
  BulkActionInput,
  BulkActionResult,
  CreateDossierInput,
  DossierActionBodies,
  DossierFormParams,
  DossierIdParams,
  DossierList,
  DossierListQuery,
  DossierView,
  PrefillQuery,
  PrefillView,
  ProblemDetails,
  RateDossierInput,
  TrackingQuery,
  TrackingView,
  UpdateDraftInput,
} from '@lienthong/contracts';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { originOf } from '../../platform/audit/index.ts';
import {
  type AuthorizationCheck,
  actorOf,
  publicRoute,
  requireActor,
  requirePermission,
} from '../../platform/auth/actor.ts';
import { AppError } from '../../platform/http/app-error.ts';
import { contentDisposition } from '../../platform/http/content-disposition.ts';
import type { DossiersService } from './dossiers.service.ts';

/** HTTP only: schemas from contracts, the authorization rule, the service call. See README.md. */

const TAG = ['Hồ sơ thủ tục hành chính'];
const problems = {
  400: ProblemDetails,
  401: ProblemDetails,
  403: ProblemDetails,
  404: ProblemDetails,
  409: ProblemDetails,
  422: ProblemDetails,
};
const PDF = z.string().meta({ format: 'binary' });
const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{8,100}$/;
const TRACKING_LIMIT = { rateLimit: { max: 20, timeWindow: 60_000 } };

type Action = keyof typeof DossierActionBodies;
const filer = requireActor('citizen', 'official');
const ACTION_RULES: Record<Action, AuthorizationCheck> = {
  submit: filer,
  supplement: filer,
  request_completion: requirePermission('dossier.receive'),
  refuse: requirePermission('dossier.receive'),
  receive: requirePermission('dossier.receive'),
  deliver: requirePermission('dossier.receive'),
  archive: requirePermission('dossier.receive'),
  assign: requirePermission('dossier.receive', 'dossier.process', 'dossier.approve'),
  apologize: requirePermission('dossier.receive', 'dossier.process', 'dossier.approve'),
  consult: requirePermission('dossier.process', 'dossier.approve'),
  consult_reply: requirePermission('dossier.process', 'dossier.approve'),
  request_supplement: requirePermission('dossier.process', 'dossier.approve'),
  approve: requirePermission('dossier.approve'),
  deny: requirePermission('dossier.approve'),
  stop: requirePermission('dossier.approve'),
  sign: requirePermission('dossier.approve'),
  issue: requirePermission('signature.seal'),
};

function idempotencyKey(request: FastifyRequest): string | undefined {
  const value = request.headers['idempotency-key'];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !IDEMPOTENCY_KEY.test(value)) {
    throw new AppError('VALIDATION_FAILED', undefined, [
      {
        path: 'headers.idempotency-key',
        message: 'Khóa chống trùng lặp gồm 8–100 ký tự chữ, số, "-" hoặc "_"',
      },
    ]);
  }
  return value;
}

function sendPdf(reply: FastifyReply, bytes: Uint8Array, name: string) {
  return reply
    .type('application/pdf')
    .header('content-disposition', contentDisposition(name))
    .header('x-content-type-options', 'nosniff')
    .send(Buffer.from(bytes) as unknown as string);
}

export const dossiersRoutes: FastifyPluginAsync<{ dossiers: DossiersService }> = async (
  base,
  { dossiers },
) => {
  const app = base.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/v1/dossiers/prefill',
    {
      schema: {
        tags: TAG,
        summary: 'Dữ liệu điền sẵn cho tờ khai (chỉ nhập một lần), kèm nguồn của từng trường',
        querystring: PrefillQuery.extend({ procedureId: z.uuid() }),
        response: { 200: PrefillView, ...problems },
      },
      preHandler: requireActor('citizen', 'official'),
    },
    async (request) =>
      dossiers.prefill(
        actorOf(request),
        originOf(request),
        request.query.procedureId,
        request.query.personalId,
      ),
  );

  app.post(
    '/api/v1/dossiers',
    {
      schema: {
        tags: TAG,
        summary: 'Lập bản nháp hoặc nộp hồ sơ (nộp: cần tiêu đề Idempotency-Key)',
        body: CreateDossierInput,
        response: { 200: DossierView, 201: DossierView, 428: ProblemDetails, ...problems },
      },
      preHandler: filer,
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const { row, replay } = await dossiers.create(
        actor,
        originOf(request),
        request.body,
        idempotencyKey(request),
      );
      return reply.status(replay ? 200 : 201).send(await dossiers.view(actor, null, row.id));
    },
  );

  app.patch(
    '/api/v1/dossiers/:id',
    {
      schema: {
        tags: TAG,
        summary: 'Cập nhật bản nháp',
        params: DossierIdParams,
        body: UpdateDraftInput,
        response: { 200: DossierView, 410: ProblemDetails, ...problems },
      },
      preHandler: filer,
    },
    async (request) => {
      const actor = actorOf(request);
      await dossiers.updateDraft(actor, originOf(request), request.params.id, request.body);
      return dossiers.view(actor, null, request.params.id);
    },
  );

  app.delete(
    '/api/v1/dossiers/:id',
    {
      schema: {
        tags: TAG,
        summary: 'Xóa bản nháp',
        params: DossierIdParams,
        response: { 204: z.null(), ...problems },
      },
      preHandler: filer,
    },
    async (request, reply) => {
      await dossiers.discard(actorOf(request), originOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/v1/dossiers/:id',
    {
      schema: {
        tags: TAG,
        summary: 'Một hồ sơ: thông tin, thành phần, lịch sử, thao tác được phép',
        params: DossierIdParams,
        response: { 200: DossierView, ...problems },
      },
      preHandler: requireActor('citizen', 'official'),
    },
    async (request) => dossiers.view(actorOf(request), originOf(request), request.params.id),
  );

  for (const action of Object.keys(DossierActionBodies) as Action[]) {
    app.post(
      `/api/v1/dossiers/:id/${action.replaceAll('_', '-')}`,
      {
        schema: {
          tags: TAG,
          summary: `Thao tác trên hồ sơ: ${action}`,
          params: DossierIdParams,
          body: DossierActionBodies[action],
          response: { 200: DossierView, ...problems },
        },
        preHandler: ACTION_RULES[action],
      },
      async (request) => {
        const actor = actorOf(request);
        const origin = originOf(request);
        const { id } = request.params;
        const body = request.body as { revision: number } & Record<string, unknown>;
        if (action === 'sign')
          await dossiers.sign(actor, origin, id, body as { revision: number; title?: string });
        else if (action === 'issue') await dossiers.issue(actor, origin, id, body);
        else await dossiers.act(actor, origin, id, action, body);
        return dossiers.view(actor, null, id);
      },
    );
  }

  app.post(
    '/api/v1/dossiers/:id/rate',
    {
      schema: {
        tags: TAG,
        summary: 'Đánh giá mức độ hài lòng (sau khi nhận kết quả)',
        params: DossierIdParams,
        body: RateDossierInput,
        response: { 200: DossierView, ...problems },
      },
      preHandler: requireActor('citizen'),
    },
    async (request) => {
      const actor = actorOf(request);
      await dossiers.rate(actor, originOf(request), request.params.id, request.body);
      return dossiers.view(actor, null, request.params.id);
    },
  );

  app.get(
    '/api/v1/dossiers/:id/assignees',
    {
      schema: {
        tags: TAG,
        summary: 'Cán bộ của cơ quan giải quyết có thể nhận bước tiếp theo',
        params: DossierIdParams,
        response: {
          200: z.object({
            items: z.array(z.object({ id: z.uuid(), displayName: z.string(), roles: z.array(z.string()) })),
          }),
          ...problems,
        },
      },
      preHandler: requirePermission('dossier.receive', 'dossier.process', 'dossier.approve'),
    },
    async (request) => ({ items: await dossiers.assignees(actorOf(request), request.params.id) }),
  );

  app.get(
    '/api/v1/dossiers/:id/forms/:form',
    {
      schema: {
        tags: TAG,
        summary: 'Biểu mẫu của hồ sơ (mẫu 01–06, PDF)',
        params: DossierFormParams,
        response: { 200: PDF, ...problems },
      },
      preHandler: requireActor('citizen', 'official'),
    },
    async (request, reply) => {
      const bytes = await dossiers.form(
        actorOf(request),
        originOf(request),
        request.params.id,
        request.params.form,
      );
      return sendPdf(reply, bytes, `mau-${request.params.form}.pdf`);
    },
  );

  app.get(
    '/api/v1/dossiers/:id/result',
    {
      schema: {
        tags: TAG,
        summary: 'Tải kết quả đã ký số (người nộp: ghi nhận trả kết quả trực tuyến)',
        params: DossierIdParams,
        response: { 200: PDF, ...problems },
      },
      preHandler: requireActor('citizen', 'official'),
    },
    async (request, reply) => {
      const file = await dossiers.resultFile(actorOf(request), originOf(request), request.params.id);
      return sendPdf(reply, file.bytes, file.name);
    },
  );

  app.get(
    '/api/v1/dossiers',
    {
      schema: {
        tags: TAG,
        summary: 'Hàng đợi hồ sơ của đơn vị (theo phạm vi được giao)',
        querystring: DossierListQuery,
        response: { 200: DossierList, ...problems },
      },
      preHandler: requirePermission('dossier.read'),
    },
    async (request) => dossiers.list(actorOf(request), request.query),
  );

  app.post(
    '/api/v1/dossiers/bulk',
    {
      schema: {
        tags: TAG,
        summary:
          'Một thao tác trên nhiều hồ sơ (tiếp nhận, chuyển, đóng dấu, trả, lưu trữ); kết quả từng hồ sơ',
        body: BulkActionInput,
        response: { 200: BulkActionResult, ...problems },
      },
      preHandler: requirePermission(
        'dossier.receive',
        'dossier.process',
        'dossier.approve',
        'signature.seal',
      ),
    },
    async (request) => dossiers.bulk(actorOf(request), originOf(request), request.body),
  );

  app.get(
    '/api/v1/dossiers/register',
    {
      schema: {
        tags: TAG,
        summary: 'Sổ theo dõi hồ sơ (mẫu 07, PDF) của một đơn vị trong một khoảng thời gian',
        querystring: z.object({ unitId: z.uuid(), from: z.iso.date(), to: z.iso.date() }),
        response: { 200: PDF, ...problems },
      },
      preHandler: requirePermission('dossier.read'),
    },
    async (request, reply) => {
      const { unitId, from, to } = request.query;
      if (to < from) {
        throw new AppError('VALIDATION_FAILED', undefined, [
          { path: 'query.to', message: 'Ngày kết thúc phải sau ngày bắt đầu' },
        ]);
      }
      const bytes = await dossiers.register(actorOf(request), originOf(request), unitId, from, to);
      return sendPdf(reply, bytes, `so-theo-doi-ho-so-${from}-${to}.pdf`);
    },
  );

  app.get(
    '/api/v1/me/dossiers',
    {
      schema: {
        tags: TAG,
        summary: 'Hồ sơ của tôi (kể cả hồ sơ nộp thay tại bộ phận một cửa)',
        querystring: z.object({
          page: z.coerce.number().int().min(1).max(10_000).default(1),
          pageSize: z.coerce.number().int().min(1).max(100).default(20),
        }),
        response: { 200: DossierList, ...problems },
      },
      preHandler: requireActor('citizen'),
    },
    async (request) => dossiers.listMine(actorOf(request), request.query),
  );

  app.get(
    '/api/v1/tracking',
    {
      schema: {
        tags: TAG,
        summary: 'Tra cứu tình trạng hồ sơ bằng mã hồ sơ và mã tra cứu',
        querystring: TrackingQuery,
        response: { 200: TrackingView, ...problems },
      },
      preHandler: publicRoute,
      config: TRACKING_LIMIT,
    },
    async (request) => dossiers.track(request.query.code, request.query.secret),
  );
};
