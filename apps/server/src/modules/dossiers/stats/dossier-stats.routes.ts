import { DossierStats, DossierStatsQuery, ProblemDetails } from '@lienthong/contracts';
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf, requirePermission } from '../../../platform/auth/actor.ts';
import type { Db } from '../../../platform/db/index.ts';
import { createDossierStatsService } from './dossier-stats.service.ts';

export type DossierStatsRoutesOptions = { db: Db };

const TAG = ['Thủ tục hành chính'];

export const dossierStatsRoutes: FastifyPluginAsync<DossierStatsRoutesOptions> = async (base, { db }) => {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const stats = createDossierStatsService(db);

  app.get(
    '/api/v1/dossier-stats',
    {
      schema: {
        tags: TAG,
        summary: 'Thống kê giải quyết hồ sơ và điểm chất lượng phục vụ (QĐ 766/QĐ-TTg)',
        description:
          'Số hồ sơ tiếp nhận, đã giải quyết (đúng hạn, quá hạn), đang giải quyết (quá hạn) tính đến cuối kỳ, tỷ lệ trực tuyến, toàn trình, số hóa, thanh toán trực tuyến, mức độ hài lòng, theo đơn vị trực thuộc, thủ tục hoặc tháng (giờ Việt Nam), trong phạm vi đơn vị của người xem.',
        querystring: DossierStatsQuery,
        response: {
          200: DossierStats,
          400: ProblemDetails,
          401: ProblemDetails,
          403: ProblemDetails,
          404: ProblemDetails,
        },
      },
      preHandler: requirePermission('dossier.stats'),
    },
    async (request) => stats.getStats(actorOf(request), request.query),
  );
};
