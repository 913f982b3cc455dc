import { AuditListQuery, AuditPage, AuditVerifyView, ProblemDetails } from '@lienthong/contracts';
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requirePermission } from '../auth/actor.ts';
import type { Db } from '../db/database.ts';
import { listAudit, verifyAudit } from './audit.service.ts';

const errors = { 400: ProblemDetails, 401: ProblemDetails, 403: ProblemDetails };

export const auditRoutes: FastifyPluginAsync<{ db: Db }> = async (base, { db }) => {
  const app = base.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/api/v1/audit',
    {
      schema: {
        tags: ['Nhật ký'],
        summary: 'Tra cứu nhật ký (mới nhất trước, phân trang theo id)',
        querystring: AuditListQuery,
        response: { 200: AuditPage, ...errors },
      },
      preHandler: requirePermission('audit.read'),
    },
    async (request) => listAudit(db, request.query),
  );
  app.get(
    '/api/v1/audit/verify',
    {
      schema: {
        tags: ['Nhật ký'],
        summary: 'Kiểm tra chuỗi băm của toàn bộ nhật ký',
        response: { 200: AuditVerifyView, ...errors },
      },
      preHandler: requirePermission('audit.verify'),
    },
    async () => verifyAudit(db),
  );
};
