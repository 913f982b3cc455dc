import {
  ApiTokenCreated,
  ApiTokenCreateInput,
  ApiTokenList,
  IdParams,
  LoginInput,
  LoginResult,
  PasswordChangeInput,
  ProblemDetails,
  SessionList,
  TotpCodeInput,
  TotpEnrolment,
} from '@lienthong/contracts';
import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { originOf } from '../../platform/audit/index.ts';
import { actorOf, publicRoute, requireActor } from '../../platform/auth/actor.ts';
import { AccountLockedError, type IdentityService, type StepResult } from './identity.service.ts';
import { clearSessionCookies, type IssuedSession, setSessionCookies } from './session-cookies.ts';

export type IdentityRoutesOptions = { identity: IdentityService; secureCookies: boolean };

const TAG = ['Đăng nhập'];
/** Sign-in steps are limited more strictly than the API: 10 a minute per client address. */
const SIGN_IN_LIMIT = { rateLimit: { max: 10, timeWindow: 60_000 } };

/** preHandler: any signed-in official (401 otherwise; 403 for citizens); what they may see is their own. */
export const requireSignedIn = requireActor('official');

const NoContent = z.null().meta({ description: 'Không có nội dung' });
const problems = { 400: ProblemDetails, 401: ProblemDetails, 403: ProblemDetails, 404: ProblemDetails };

export const identityRoutes: FastifyPluginAsync<IdentityRoutesOptions> = async (base, options) => {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const { identity, secureCookies } = options;

  function setCookies(reply: FastifyReply, issued: IssuedSession | undefined) {
    if (issued) setSessionCookies(reply, issued, secureCookies);
  }
  const clearCookies = (reply: FastifyReply) => clearSessionCookies(reply, secureCookies);
  async function step(reply: FastifyReply, run: () => Promise<StepResult>) {
    reply.header('cache-control', 'no-store');
    try {
      const { result, issued } = await run();
      setCookies(reply, issued);
      return result;
    } catch (error) {
      if (error instanceof AccountLockedError) reply.header('retry-after', String(error.retryAfterSeconds));
      throw error;
    }
  }
  const stepResponse = {
    200: LoginResult,
    ...problems,
    409: ProblemDetails,
    423: ProblemDetails,
    429: ProblemDetails,
  };

  app.post(
    '/api/v1/auth/login',
    {
      schema: {
        tags: TAG,
        summary: 'Đăng nhập bằng tên đăng nhập và mật khẩu',
        description:
          'Trả về `ok` (đã đăng nhập), `totp_required` (cần mã xác thực) hoặc `totp_enrolment_required` (tài khoản quản trị phải đăng ký xác thực hai bước). Sai 5 lần liên tiếp: khóa 1 phút, gấp đôi mỗi lần sai tiếp, tối đa 60 phút.',
        body: LoginInput,
        response: stepResponse,
      },
      config: SIGN_IN_LIMIT,
      preHandler: publicRoute,
    },
    async (request, reply) =>
      step(reply, () =>
        identity.login(request.body, originOf(request), {
          ip: request.ip,
          userAgent: request.headers['user-agent'],
        }),
      ),
  );

  app.post(
    '/api/v1/auth/totp',
    {
      schema: {
        tags: TAG,
        summary: 'Bước hai của đăng nhập: mã xác thực 6 chữ số (TOTP)',
        body: TotpCodeInput,
        response: stepResponse,
      },
      config: SIGN_IN_LIMIT,
      preHandler: publicRoute,
    },
    async (request, reply) =>
      step(reply, () => identity.verifySecondFactor(request, request.body.code, originOf(request))),
  );

  app.post(
    '/api/v1/auth/totp/enrol',
    {
      schema: {
        tags: TAG,
        summary: 'Bắt đầu đăng ký xác thực hai bước: khóa bí mật và mã QR',
        response: { 200: TotpEnrolment, ...problems, 409: ProblemDetails },
      },
      config: SIGN_IN_LIMIT,
      preHandler: publicRoute,
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return identity.enrolTotp(request, originOf(request));
    },
  );

  app.post(
    '/api/v1/auth/totp/confirm',
    {
      schema: {
        tags: TAG,
        summary: 'Xác nhận đăng ký xác thực hai bước bằng mã đầu tiên',
        body: TotpCodeInput,
        response: stepResponse,
      },
      config: SIGN_IN_LIMIT,
      preHandler: publicRoute,
    },
    async (request, reply) =>
      step(reply, () => identity.confirmTotp(request, request.body.code, originOf(request))),
  );

  app.post(
    '/api/v1/auth/logout',
    {
      schema: {
        tags: TAG,
        summary: 'Đăng xuất (kết thúc phiên hiện tại)',
        response: { 204: NoContent, 403: ProblemDetails },
      },
      preHandler: publicRoute,
    },
    async (request, reply) => {
      await identity.logout(request, originOf(request));
      clearCookies(reply);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/v1/auth/sessions',
    {
      schema: {
        tags: TAG,
        summary: 'Các phiên đăng nhập đang mở của tôi',
        response: { 200: SessionList, ...problems },
      },
      preHandler: requireSignedIn,
    },
    async (request) => ({ items: await identity.listSessions(request) }),
  );

  app.delete(
    '/api/v1/auth/sessions/:id',
    {
      schema: {
        tags: TAG,
        summary: 'Kết thúc một phiên đăng nhập của tôi',
        params: IdParams,
        response: { 204: NoContent, ...problems },
      },
      preHandler: requireSignedIn,
    },
    async (request, reply) => {
      await identity.revokeOwnSession(request, request.params.id, actorOf(request), originOf(request));
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/v1/auth/password',
    {
      schema: {
        tags: TAG,
        summary: 'Đổi mật khẩu của tôi',
        body: PasswordChangeInput,
        response: { 204: NoContent, ...problems },
      },
      config: SIGN_IN_LIMIT,
      preHandler: requireSignedIn,
    },
    async (request, reply) => {
      await identity.changePassword(request, actorOf(request), request.body, originOf(request));
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/v1/auth/tokens',
    {
      schema: {
        tags: TAG,
        summary: 'Tạo mã truy cập API cá nhân (chỉ hiển thị một lần)',
        body: ApiTokenCreateInput,
        response: { 201: ApiTokenCreated, ...problems },
      },
      preHandler: requireSignedIn,
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      const created = await identity.createToken(request, actorOf(request), request.body, originOf(request));
      return reply.status(201).send(created);
    },
  );

  app.get(
    '/api/v1/auth/tokens',
    {
      schema: {
        tags: TAG,
        summary: 'Các mã truy cập API của tôi',
        response: { 200: ApiTokenList, ...problems },
      },
      preHandler: requireSignedIn,
    },
    async (request) => ({ items: await identity.listTokens(request) }),
  );

  app.delete(
    '/api/v1/auth/tokens/:id',
    {
      schema: {
        tags: TAG,
        summary: 'Thu hồi một mã truy cập API của tôi',
        params: IdParams,
        response: { 204: NoContent, ...problems },
      },
      preHandler: requireSignedIn,
    },
    async (request, reply) => {
      await identity.revokeToken(request, request.params.id, actorOf(request), originOf(request));
      return reply.status(204).send(null);
    },
  );
};
