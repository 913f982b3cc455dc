import {
  ProblemDetails,
  SsoClientCreated,
  SsoClientCreateInput,
  SsoClientList,
  SsoClientParams,
  SsoClientView,
} from '@lienthong/contracts';
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { originOf } from '../../platform/audit/index.ts';
import { actorOf, requirePermission } from '../../platform/auth/actor.ts';
import type { SsoService } from './sso.service.ts';

export type SsoClientRoutesOptions = { sso: SsoService };

const TAG = ['Đăng nhập một lần'];
const problems = {
  400: ProblemDetails,
  401: ProblemDetails,
  403: ProblemDetails,
  404: ProblemDetails,
  409: ProblemDetails,
};

/** `/api/v1/sso/clients`: the applications that sign officials in through the platform. */
export const ssoClientRoutes: FastifyPluginAsync<SsoClientRoutesOptions> = async (base, { sso }) => {
  const app = base.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/v1/sso/clients',
    {
      schema: {
        tags: TAG,
        summary: 'Các ứng dụng đăng nhập một lần (OpenID Connect) đã đăng ký',
        response: { 200: SsoClientList, ...problems },
      },
      preHandler: requirePermission('sso.manage'),
    },
    async () => ({ items: await sso.list() }),
  );

  app.post(
    '/api/v1/sso/clients',
    {
      schema: {
        tags: TAG,
        summary: 'Đăng ký ứng dụng (mã bí mật của ứng dụng confidential chỉ hiển thị một lần)',
        body: SsoClientCreateInput,
        response: { 201: SsoClientCreated, ...problems },
      },
      preHandler: requirePermission('sso.manage'),
    },
    async (request, reply) =>
      reply.status(201).send(await sso.create(actorOf(request), originOf(request), request.body)),
  );

  app.post(
    '/api/v1/sso/clients/:clientId/rotate-secret',
    {
      schema: {
        tags: TAG,
        summary: 'Cấp mã bí mật mới (mã cũ hết hiệu lực ngay; mã mới chỉ hiển thị một lần)',
        params: SsoClientParams,
        response: { 200: SsoClientCreated, ...problems },
      },
      preHandler: requirePermission('sso.manage'),
    },
    async (request) => sso.rotateSecret(actorOf(request), originOf(request), request.params.clientId),
  );

  app.post(
    '/api/v1/sso/clients/:clientId/disable',
    {
      schema: {
        tags: TAG,
        summary: 'Vô hiệu hóa ứng dụng (thu hồi mã ủy quyền và mã truy cập đã cấp)',
        params: SsoClientParams,
        response: { 200: SsoClientView, ...problems },
      },
      preHandler: requirePermission('sso.manage'),
    },
    async (request) => sso.disable(actorOf(request), originOf(request), request.params.clientId),
  );
};
