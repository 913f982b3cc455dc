import { ProblemDetails, SessionView } from '@lienthong/contracts';
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf, publicRoute } from './actor.ts';

/**
 * `GET /api/v1/auth/session`: who the current request is signed in as (401 when nobody).
 * Sign-in itself belongs to the identity module; this answer only reflects `Authenticate`.
 */
export const sessionRoutes: FastifyPluginAsync = async (base) => {
  const app = base.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/api/v1/auth/session',
    {
      schema: {
        tags: ['Đăng nhập'],
        summary: 'Phiên đăng nhập hiện tại',
        response: { 200: SessionView, 401: ProblemDetails },
      },
      // Anyone may ask; the answer is 401 without a session.
      preHandler: publicRoute,
    },
    async (request, reply) => {
      const actor = actorOf(request);
      reply.header('cache-control', 'no-store');
      return {
        user: {
          id: actor.id,
          kind: actor.kind,
          displayName: actor.displayName,
          ...(actor.orgUnitName ? { orgUnitName: actor.orgUnitName } : {}),
          roles: [...actor.roles],
          permissions: [...actor.permissions].sort(),
        },
      };
    },
  );
};
