import {
  GrantEndInput,
  GrantInput,
  GrantParams,
  GrantView,
  IdParams,
  OfficialCreateInput,
  OfficialDetail,
  OfficialListQuery,
  OfficialPage,
  OfficialUpdateInput,
  OfficialView,
  ProblemDetails,
  ResetPasswordInput,
  RevokedCount,
} from '@lienthong/contracts';
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { originOf } from '../../platform/audit/index.ts';
import { actorOf, requirePermission } from '../../platform/auth/actor.ts';
import type { OfficialsService } from './officials.service.ts';

export type OfficialsRoutesOptions = { officials: OfficialsService };

const TAG = ['Cán bộ'];
const problems = {
  400: ProblemDetails,
  401: ProblemDetails,
  403: ProblemDetails,
  404: ProblemDetails,
  409: ProblemDetails,
};

export const officialsRoutes: FastifyPluginAsync<OfficialsRoutesOptions> = async (base, { officials }) => {
  const app = base.withTypeProvider<ZodTypeProvider>();

  app.post(
    '/api/v1/officials',
    {
      schema: {
        tags: TAG,
        summary: 'Tạo tài khoản cán bộ (mật khẩu tạm, phải đổi khi đăng nhập)',
        body: OfficialCreateInput,
        response: { 201: OfficialView, ...problems },
      },
      preHandler: requirePermission('official.manage'),
    },
    async (request, reply) =>
      reply.status(201).send(await officials.create(actorOf(request), originOf(request), request.body)),
  );

  app.get(
    '/api/v1/officials',
    {
      schema: {
        tags: TAG,
        summary: 'Danh sách cán bộ (tìm theo tên đăng nhập hoặc họ tên)',
        querystring: OfficialListQuery,
        response: { 200: OfficialPage, ...problems },
      },
      preHandler: requirePermission('official.manage'),
    },
    async (request) => officials.list(actorOf(request), request.query),
  );

  app.get(
    '/api/v1/officials/:id',
    {
      schema: {
        tags: TAG,
        summary: 'Một cán bộ và các vai trò được phân',
        params: IdParams,
        response: { 200: OfficialDetail, ...problems },
      },
      preHandler: requirePermission('official.manage'),
    },
    async (request) => officials.get(actorOf(request), request.params.id),
  );

  app.patch(
    '/api/v1/officials/:id',
    {
      schema: {
        tags: TAG,
        summary: 'Cập nhật họ tên, thư điện tử hoặc đơn vị công tác của cán bộ',
        params: IdParams,
        body: OfficialUpdateInput,
        response: { 200: OfficialView, ...problems },
      },
      preHandler: requirePermission('official.manage'),
    },
    async (request) => officials.update(actorOf(request), originOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/v1/officials/:id/reset-password',
    {
      schema: {
        tags: TAG,
        summary: 'Đặt lại mật khẩu tạm (kết thúc mọi phiên của cán bộ)',
        params: IdParams,
        body: ResetPasswordInput,
        response: { 200: OfficialView, ...problems },
      },
      preHandler: requirePermission('official.manage'),
    },
    async (request) =>
      officials.resetPassword(
        actorOf(request),
        originOf(request),
        request.params.id,
        request.body.temporaryPassword,
      ),
  );

  app.post(
    '/api/v1/officials/:id/disable',
    {
      schema: {
        tags: TAG,
        summary: 'Vô hiệu hóa tài khoản (kết thúc phiên, thu hồi mã truy cập API)',
        params: IdParams,
        response: { 200: OfficialView, ...problems },
      },
      preHandler: requirePermission('official.manage'),
    },
    async (request) => officials.disable(actorOf(request), originOf(request), request.params.id),
  );

  app.post(
    '/api/v1/officials/:id/enable',
    {
      schema: {
        tags: TAG,
        summary: 'Kích hoạt lại tài khoản đã vô hiệu hóa',
        params: IdParams,
        response: { 200: OfficialView, ...problems },
      },
      preHandler: requirePermission('official.manage'),
    },
    async (request) => officials.enable(actorOf(request), originOf(request), request.params.id),
  );

  app.post(
    '/api/v1/officials/:id/reset-totp',
    {
      schema: {
        tags: TAG,
        summary:
          'Đặt lại xác thực hai lớp (mất thiết bị): cán bộ đăng ký lại khi đăng nhập, các phiên kết thúc',
        params: IdParams,
        response: { 200: OfficialView, ...problems },
      },
      preHandler: requirePermission('official.manage'),
    },
    async (request) => officials.resetTotp(actorOf(request), originOf(request), request.params.id),
  );

  app.post(
    '/api/v1/officials/:id/revoke-sessions',
    {
      schema: {
        tags: TAG,
        summary: 'Kết thúc mọi phiên đăng nhập của một cán bộ',
        params: IdParams,
        response: { 200: RevokedCount, ...problems },
      },
      preHandler: requirePermission('session.revoke'),
    },
    async (request) => ({
      revoked: await officials.revokeSessions(actorOf(request), originOf(request), request.params.id),
    }),
  );

  app.post(
    '/api/v1/officials/:id/grants',
    {
      schema: {
        tags: TAG,
        summary: 'Phân vai trò (có thời hạn hiệu lực)',
        params: IdParams,
        body: GrantInput,
        response: { 201: GrantView, ...problems },
      },
      preHandler: requirePermission('role.grant'),
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await officials.addGrant(actorOf(request), originOf(request), request.params.id, request.body)),
  );

  app.post(
    '/api/v1/officials/:id/grants/:grantId/end',
    {
      schema: {
        tags: TAG,
        summary: 'Kết thúc một vai trò từ ngày cho trước',
        params: GrantParams,
        body: GrantEndInput,
        response: { 200: GrantView, ...problems },
      },
      preHandler: requirePermission('role.grant'),
    },
    async (request) =>
      officials.endGrant(
        actorOf(request),
        originOf(request),
        request.params.id,
        request.params.grantId,
        request.body,
      ),
  );
};
