import { AuditListQuery, AuditPage, AuditVerifyView, ProblemDetails } from '@lienthong/contracts';
import { sql } from 'drizzle-orm';
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf, requirePermission } from '../auth/actor.ts';
import { type ScopeSql, unitScope } from '../auth/scope.ts';
import type { Db } from '../db/database.ts';
import { auditEntries } from './audit.schema.ts';
import { listAudit, verifyAudit } from './audit.service.ts';

const errors = { 400: ProblemDetails, 401: ProblemDetails, 403: ProblemDetails };

/** `unit_id` is text (any actor's unit reference); compare it as a uuid when it is one. */
const UNIT_AS_UUID = sql`(case when ${auditEntries.unitId} ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' then ${auditEntries.unitId}::uuid end)`;

/**
 * `scopeSql` (from the org module, wired by app.ts) limits a reader with a unit-scoped `audit.read`
 * to the entries of actors acting for units within that scope; without it only platform-wide
 * readers see entries.
 */
export const auditRoutes: FastifyPluginAsync<{ db: Db; scopeSql?: ScopeSql }> = async (
  base,
  { db, scopeSql },
) => {
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
    async (request) => {
      const scope = unitScope(actorOf(request), 'audit.read');
      const within = scope.kind === 'all' ? undefined : scopeSql ? scopeSql(UNIT_AS_UUID, scope) : sql`false`;
      return listAudit(db, request.query, within);
    },
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
