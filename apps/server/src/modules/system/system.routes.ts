import { ProblemDetails, SystemStatusView } from '@lienthong/contracts';
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { publicRoute } from '../../platform/auth/actor.ts';
import type { Database } from '../../platform/db/database.ts';
import { getSystemStatus } from './system.service.ts';

export type SystemRoutesOptions = { database: Database; version: string };

export const systemRoutes: FastifyPluginAsync<SystemRoutesOptions> = async (base, options) => {
  const app = base.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/api/v1/system/status',
    {
      schema: {
        tags: ['Hệ thống'],
        summary: 'Tình trạng hệ thống và độ trễ cơ sở dữ liệu',
        description: 'Công khai: chỉ trả về thông tin không nhạy cảm (loại và phiên bản chính của CSDL).',
        response: { 200: SystemStatusView, 503: ProblemDetails },
      },
      preHandler: publicRoute,
    },
    async () => getSystemStatus(options.database, options.version),
  );
};
