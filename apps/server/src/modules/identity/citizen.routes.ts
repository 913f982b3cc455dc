import {
  CitizenAccessLogPage,
  CitizenAccessLogQuery,
  CitizenLoginQuery,
  CitizenLookupQuery,
  type CitizenSignInError,
  CitizenSignInOptions,
  CitizenView,
  ProblemDetails,
} from '@lienthong/contracts';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { originOf } from '../../platform/audit/index.ts';
import { actorOf, publicRoute, requireActor, requirePermission } from '../../platform/auth/actor.ts';
import { buildProblem, sendProblem } from '../../platform/http/problem.ts';
import { citizenFromClaims, safePortalNext } from './citizen.policy.ts';
import type { CitizensService } from './citizen.service.ts';
import { type EidClient, EidError, type EidTransaction } from './eid-client.ts';
import type { IdentityService } from './identity.service.ts';
import { type IssuedSession, setSessionCookies } from './session-cookies.ts';

export type CitizenRoutesOptions = {
  identity: IdentityService;
  citizens: CitizensService;
  eid: EidClient;
  secureCookies: boolean;
};

const TAG = ['Công dân'];
const AUTH_TAG = ['Đăng nhập'];
const SIGN_IN_LIMIT = { rateLimit: { max: 10, timeWindow: 60_000 } };
const LOOKUP_LIMIT = { rateLimit: { max: 30, timeWindow: 60_000 } };

/** The sign-in transaction between the redirect and the callback: sealed, httpOnly, 10 minutes. */
const TRANSACTION_COOKIE = 'lt_eid_tx';
const TRANSACTION_PATH = '/api/v1/auth/citizen';
const TRANSACTION_MS = 10 * 60_000;
/** The portal page that explains a failed sign-in (`?ma=<reason>`). */
const ERROR_PAGE = '/dang-nhap/loi';

type SealedTransaction = EidTransaction & { next: string; exp: number };

/** preHandler: a citizen signed in with the e-ID (401 anonymous, 403 officials). */
export const requireCitizen = requireActor('citizen');

const Redirect = z.null().meta({ description: 'Chuyển hướng (302, tiêu đề Location)' });
const problems = { 400: ProblemDetails, 401: ProblemDetails, 403: ProblemDetails, 404: ProblemDetails };

export const citizenRoutes: FastifyPluginAsync<CitizenRoutesOptions> = async (base, options) => {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const { identity, citizens, eid, secureCookies } = options;

  const setSession = (reply: FastifyReply, issued: IssuedSession) =>
    setSessionCookies(reply, issued, secureCookies);

  function readTransaction(request: FastifyRequest): SealedTransaction | undefined {
    const sealed = request.cookies?.[TRANSACTION_COOKIE];
    if (!sealed) return undefined;
    try {
      const value = JSON.parse(identity.secretBox().open(sealed)) as SealedTransaction;
      return value.exp > Date.now() ? value : undefined;
    } catch {
      return undefined;
    }
  }

  function failed(request: FastifyRequest, reply: FastifyReply, reason: CitizenSignInError, cause?: unknown) {
    request.log.warn(
      { reason, err: cause instanceof Error ? cause.message : undefined },
      'citizen sign-in failed',
    );
    return reply.redirect(`${ERROR_PAGE}?ma=${reason}`, 302);
  }

  app.get(
    '/api/v1/auth/citizen',
    {
      schema: {
        tags: AUTH_TAG,
        summary: 'Cổng có cho đăng nhập bằng định danh điện tử (VNeID) không',
        response: { 200: CitizenSignInOptions },
      },
      preHandler: publicRoute,
    },
    async () => ({ enabled: eid.enabled, provider: 'VNeID' }),
  );

  app.get(
    '/api/v1/auth/citizen/login',
    {
      schema: {
        tags: AUTH_TAG,
        summary: 'Đăng nhập bằng định danh điện tử: chuyển đến hệ thống định danh',
        description:
          'Chuyển hướng (302) đến trang đăng nhập của hệ thống định danh điện tử (OpenID Connect, mã ủy quyền + PKCE S256, state, nonce). `next`: trang của Cổng để quay về sau khi đăng nhập. 503 khi hệ thống chưa cấu hình định danh điện tử.',
        querystring: CitizenLoginQuery,
        response: { 302: Redirect, 400: ProblemDetails, 429: ProblemDetails, 503: ProblemDetails },
      },
      config: SIGN_IN_LIMIT,
      preHandler: publicRoute,
    },
    async (request, reply) => {
      if (!eid.enabled) {
        // Sent as is: the platform replaces the detail of thrown 5xx errors with a generic one.
        const detail = 'Đăng nhập bằng định danh điện tử chưa được cấu hình trên hệ thống này.';
        return sendProblem(reply, buildProblem(request, 'SERVICE_UNAVAILABLE', detail));
      }
      reply.header('cache-control', 'no-store');
      let started: Awaited<ReturnType<EidClient['begin']>>;
      try {
        started = await eid.begin();
      } catch (error) {
        return failed(request, reply, 'unavailable', error);
      }
      const sealed: SealedTransaction = {
        ...started.transaction,
        next: safePortalNext(request.query.next),
        exp: Date.now() + TRANSACTION_MS,
      };
      reply.setCookie(TRANSACTION_COOKIE, identity.secretBox().seal(JSON.stringify(sealed)), {
        path: TRANSACTION_PATH,
        httpOnly: true,
        sameSite: 'lax',
        secure: secureCookies,
        maxAge: TRANSACTION_MS / 1000,
      });
      return reply.redirect(started.url, 302);
    },
  );

  app.get(
    '/api/v1/auth/citizen/callback',
    {
      schema: {
        tags: AUTH_TAG,
        summary: 'Nơi hệ thống định danh điện tử trả về sau khi đăng nhập',
        description:
          'Kiểm tra state, đổi mã lấy token, kiểm tra ID token (nonce), đọc userinfo, kiểm tra số định danh cá nhân, cập nhật hồ sơ công dân và mở phiên. Thành công: 302 về `next`; lỗi: 302 về trang `/dang-nhap/loi?ma=…` của Cổng.',
        response: { 302: Redirect, 429: ProblemDetails },
      },
      config: SIGN_IN_LIMIT,
      preHandler: publicRoute,
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      const transaction = readTransaction(request);
      // Used once: a replayed callback finds no transaction.
      reply.clearCookie(TRANSACTION_COOKIE, {
        path: TRANSACTION_PATH,
        httpOnly: true,
        sameSite: 'lax',
        secure: secureCookies,
      });
      const search = new URL(request.url, 'http://callback.invalid').search;
      const params = new URLSearchParams(search);
      if (!transaction || params.get('state') !== transaction.state) return failed(request, reply, 'expired');
      if (!eid.enabled) return failed(request, reply, 'unavailable');
      let identityClaims: Awaited<ReturnType<EidClient['complete']>>;
      try {
        identityClaims = await eid.complete(search, transaction);
      } catch (error) {
        const reason = error instanceof EidError && error.reason !== 'rejected' ? error.reason : 'failed';
        return failed(request, reply, reason, error);
      }
      const record = citizenFromClaims(identityClaims.claims, identity.now());
      if (!record.ok) return failed(request, reply, 'invalid-identity', new Error(record.problem));
      const { issued } = await identity.citizenSessions.signIn(
        { issuer: identityClaims.issuer, subject: identityClaims.subject, record: record.value },
        originOf(request),
        { ip: request.ip, userAgent: request.headers['user-agent'] },
      );
      setSession(reply, issued);
      return reply.redirect(transaction.next, 302);
    },
  );

  app.get(
    '/api/v1/me/citizen',
    {
      schema: {
        tags: TAG,
        summary: 'Thông tin nhân thân của tôi (từ định danh điện tử)',
        description: 'Mỗi lần xem được ghi vào nhật ký với mục đích "Công dân tự xem".',
        response: { 200: CitizenView, ...problems },
      },
      preHandler: requireCitizen,
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      const citizenId = identity.citizenSessions.citizenIdOf(request);
      return citizens.ownRecord(citizenId, actorOf(request), originOf(request));
    },
  );

  app.get(
    '/api/v1/me/citizen/access-log',
    {
      schema: {
        tags: TAG,
        summary: 'Ai đã truy cập dữ liệu cá nhân của tôi, khi nào, vì sao',
        description:
          'Các mục nhật ký về hồ sơ của tôi, mới nhất trước: thời điểm, người truy cập, đơn vị, thao tác, mục đích. Mặc định bỏ qua những gì chính tôi làm (`includeOwn=true` để xem cả).',
        querystring: CitizenAccessLogQuery,
        response: { 200: CitizenAccessLogPage, ...problems },
      },
      preHandler: requireCitizen,
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      const citizenId = identity.citizenSessions.citizenIdOf(request);
      return citizens.accessLog(citizenId, request.query);
    },
  );

  app.get(
    '/api/v1/citizens/lookup',
    {
      schema: {
        tags: TAG,
        summary: 'Tra cứu thông tin nhân thân của công dân theo số định danh cá nhân',
        description:
          'Bắt buộc ghi mục đích; lần tra cứu được ghi vào nhật ký và công dân xem được ở trang "Ai đã truy cập dữ liệu của tôi". 404 khi không có công dân này.',
        querystring: CitizenLookupQuery,
        response: { 200: CitizenView, ...problems, 429: ProblemDetails },
      },
      config: LOOKUP_LIMIT,
      preHandler: requirePermission('citizen.lookup'),
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return citizens.lookup(actorOf(request), request.query, originOf(request));
    },
  );
};
