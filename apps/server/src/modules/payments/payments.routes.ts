import {
  CreatePaymentInput,
  DossierIdParams,
  PaymentCallbackParams,
  PaymentCallbackResult,
  PaymentIdParams,
  PaymentList,
  PaymentView,
  ProblemDetails,
  SimulatedPaymentView,
  SimulatorCompleteInput,
} from '@lienthong/contracts';
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { originOf } from '../../platform/audit/index.ts';
import { actorOf, publicRoute, requireActor } from '../../platform/auth/actor.ts';
import { AppError } from '../../platform/http/app-error.ts';
import { contentDisposition } from '../../platform/http/content-disposition.ts';
import type { PaymentsService } from './payments.service.ts';

export type PaymentsRoutesOptions = { payments: PaymentsService };

const TAG = ['Phí, lệ phí'];
const problems = {
  400: ProblemDetails,
  401: ProblemDetails,
  403: ProblemDetails,
  404: ProblemDetails,
  409: ProblemDetails,
};

/** Fees of dossiers: pay online (VietQR, provider), record at the desk, receipts, the provider's callback. */
export const paymentsRoutes: FastifyPluginAsync<PaymentsRoutesOptions> = async (base, { payments }) => {
  const app = base.withTypeProvider<ZodTypeProvider>();

  app.post(
    '/api/v1/dossiers/:id/payments',
    {
      schema: {
        tags: TAG,
        summary: 'Thanh toán phí, lệ phí của hồ sơ',
        description:
          '`online` (mặc định; người nộp hồ sơ, hoặc cán bộ một cửa cho công dân quét mã): tạo khoản thanh toán chờ, trả về mã VietQR và trang thanh toán; gọi lại khi đang chờ thì trả về khoản đang chờ. `desk` (cần dossier.receive tại đơn vị giải quyết): ghi nhận nộp tiền mặt hoặc thẻ tại quầy, cấp biên lai ngay. 409 PAYMENT_NOT_DUE khi hồ sơ không thu phí, PAYMENT_ALREADY_PAID khi đã nộp.',
        params: DossierIdParams,
        body: CreatePaymentInput.nullish(),
        response: { 200: PaymentView, ...problems },
      },
      preHandler: requireActor(),
    },
    async (request) =>
      payments.create(
        actorOf(request),
        originOf(request),
        request.params.id,
        request.body ?? { method: 'online' },
      ),
  );

  app.get(
    '/api/v1/dossiers/:id/payments',
    {
      schema: {
        tags: TAG,
        summary: 'Các khoản thanh toán phí, lệ phí của hồ sơ (mới nhất trước)',
        params: DossierIdParams,
        response: { 200: PaymentList, ...problems },
      },
      preHandler: requireActor(),
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return { items: await payments.list(actorOf(request), originOf(request), request.params.id) };
    },
  );

  app.get(
    '/api/v1/payments/:id/receipt',
    {
      schema: {
        tags: TAG,
        summary: 'Biên lai thu phí, lệ phí (PDF)',
        description: '404 khi khoản thanh toán chưa hoàn tất, hoặc thuộc hồ sơ mình không được xem.',
        params: PaymentIdParams,
        response: { 200: z.string().meta({ format: 'binary' }), ...problems },
      },
      preHandler: requireActor(),
    },
    async (request, reply) => {
      const { bytes, fileName } = await payments.receipt(
        actorOf(request),
        originOf(request),
        request.params.id,
      );
      return reply
        .header('cache-control', 'private, no-store')
        .header('content-type', 'application/pdf')
        .header('content-disposition', contentDisposition(fileName, 'inline'))
        .send(Buffer.from(bytes) as unknown as string);
    },
  );

  // The provider's callback: the raw body is kept, for the signature is over its exact bytes.
  await app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: 64 * 1024 }, (_request, body, done) =>
      done(null, body),
    );
    scope.withTypeProvider<ZodTypeProvider>().post(
      '/api/v1/payments/callback/:provider',
      {
        schema: {
          tags: TAG,
          summary: 'Tổ chức cung ứng dịch vụ thanh toán thông báo kết quả giao dịch',
          description:
            'Công khai nhưng phải có chữ ký của tổ chức thanh toán (mô phỏng: HMAC-SHA256, tiêu đề `X-Simulator-Signature: t=<unix>,v1=<hex>` trên `<t>.<nội dung>`); 401 PAYMENT_SIGNATURE_INVALID khi sai chữ ký. Gửi lại cùng thông báo không thay đổi gì.',
          params: PaymentCallbackParams,
          response: { 200: PaymentCallbackResult, ...problems },
        },
        preHandler: publicRoute,
      },
      async (request) => {
        const raw = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
        return payments.handleCallback(
          request.params.provider,
          request.headers,
          raw,
          originOf(request),
          request.log,
        );
      },
    );
  });

  app.get(
    '/api/v1/payments/simulator/:id',
    {
      schema: {
        tags: TAG,
        summary: 'Trang thanh toán mô phỏng: thông tin khoản thanh toán',
        description: 'Chỉ khi PAYMENT_PROVIDER=simulator (phát triển, trình diễn); 404 nếu không.',
        params: PaymentIdParams,
        response: { 200: SimulatedPaymentView, ...problems },
      },
      preHandler: publicRoute,
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return payments.simulatorView(request.params.id);
    },
  );

  app.post(
    '/api/v1/payments/simulator/:id/complete',
    {
      schema: {
        tags: TAG,
        summary: 'Trang thanh toán mô phỏng: xác nhận đã thanh toán hoặc hủy',
        description:
          'Chỉ khi PAYMENT_PROVIDER=simulator; 404 nếu không. Hệ thống tự gửi cho mình thông báo kết quả có chữ ký như một ngân hàng (POST /api/v1/payments/callback/simulator).',
        params: PaymentIdParams,
        body: SimulatorCompleteInput,
        response: { 200: SimulatedPaymentView, ...problems },
      },
      preHandler: publicRoute,
    },
    async (request) => {
      const { headers, rawBody } = await payments.simulatorCallback(request.params.id, request.body.outcome);
      const res = await app.inject({
        method: 'POST',
        url: '/api/v1/payments/callback/simulator',
        headers: { ...headers, 'x-request-id': request.id },
        payload: rawBody,
      });
      if (res.statusCode !== 200) {
        request.log.warn({ status: res.statusCode }, 'payment simulator callback refused');
        throw new AppError('SERVICE_UNAVAILABLE');
      }
      return payments.simulatorView(request.params.id);
    },
  );
};
