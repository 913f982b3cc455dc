import { HealthView, ReadinessView } from '@lienthong/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { publicRoute } from '../auth/actor.ts';
import type { Database } from '../db/database.ts';
import type { JobsStatus } from '../jobs/jobs.ts';

/**
 * Liveness (/healthz: the process answers) and readiness (/readyz: the database answers
 * and the job system runs). Both are public by design and carry no data.
 */
export function registerHealth(
  base: FastifyInstance,
  deps: { database: Database; jobsStatus: () => JobsStatus; isShuttingDown: () => boolean },
): void {
  const app = base.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/healthz',
    {
      schema: { tags: ['Hệ thống'], summary: 'Tiến trình còn hoạt động', response: { 200: HealthView } },
      config: { rateLimit: false },
      preHandler: publicRoute,
    },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/readyz',
    {
      schema: {
        tags: ['Hệ thống'],
        summary: 'Sẵn sàng phục vụ (cơ sở dữ liệu, hàng đợi công việc)',
        response: { 200: ReadinessView, 503: ReadinessView },
      },
      config: { rateLimit: false },
      preHandler: publicRoute,
    },
    async (_request, reply) => {
      const database = await deps.database.ping().then(
        () => 'ok' as const,
        () => 'unavailable' as const,
      );
      const jobs = deps.jobsStatus();
      const ready = database === 'ok' && jobs !== 'stopped' && !deps.isShuttingDown();
      return reply
        .status(ready ? 200 : 503)
        .send({ status: ready ? 'ready' : 'unavailable', checks: { database, jobs } });
    },
  );
}
