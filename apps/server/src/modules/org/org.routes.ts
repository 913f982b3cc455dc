import {
  CreateOrgUnitInput,
  OrgAsOfQuery,
  OrgRestructureListQuery,
  OrgRestructurePage,
  OrgRestructureResult,
  OrgSubtreeCount,
  OrgUnitDetail,
  OrgUnitHistory,
  OrgUnitIdParams,
  OrgUnitListQuery,
  OrgUnitPage,
  OrgUnitView,
  ProblemDetails,
  RestructureInput,
} from '@lienthong/contracts';
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { originOf } from '../../platform/audit/index.ts';
import { actorOf, can, publicRoute, requirePermission } from '../../platform/auth/actor.ts';
import { AppError } from '../../platform/http/app-error.ts';
import { permissionForKind } from './org.policy.ts';
import type { OrgUnitsService } from './org-units.service.ts';
import type { RestructureService } from './restructure.service.ts';

export type OrgRoutesOptions = { units: OrgUnitsService; restructures: RestructureService };

const TAG = ['Tổ chức'];
const READ_ERRORS = { 400: ProblemDetails, 404: ProblemDetails };
const WRITE_ERRORS = {
  400: ProblemDetails,
  401: ProblemDetails,
  403: ProblemDetails,
  404: ProblemDetails,
  409: ProblemDetails,
};

/**
 * 401 anonymous; 403 without either permission (before validation); once the body is valid, 403
 * without the permission its kind of change needs.
 */
const requireRestructurePermission = requirePermission('org.manage', 'org.restructure');

function assertMayRestructure(request: FastifyRequest, kind: RestructureInput['kind']): void {
  if (!can(actorOf(request), permissionForKind(kind))) throw new AppError('FORBIDDEN');
}

export const orgRoutes: FastifyPluginAsync<OrgRoutesOptions> = async (base, { units, restructures }) => {
  const app = base.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/v1/org/units',
    {
      schema: {
        tags: TAG,
        summary: 'Danh sách đơn vị vào một ngày: trực thuộc một đơn vị, theo cấp, hoặc tìm theo tên',
        description:
          'Không có parentId, level, q: các đơn vị cấp cao nhất. q tìm không phân biệt dấu và hoa thường (trong cây của parentId nếu có).',
        querystring: OrgUnitListQuery,
        response: { 200: OrgUnitPage, 400: ProblemDetails },
      },
      preHandler: publicRoute,
    },
    async (request) => units.listUnits(request.query),
  );

  app.get(
    '/api/v1/org/units/:id',
    {
      schema: {
        tags: TAG,
        summary: 'Một đơn vị vào một ngày, với các đơn vị cấp trên',
        params: OrgUnitIdParams,
        querystring: OrgAsOfQuery,
        response: { 200: OrgUnitDetail, ...READ_ERRORS },
      },
      preHandler: publicRoute,
    },
    async (request) => units.getUnit(request.params.id, request.query.asOf),
  );

  app.get(
    '/api/v1/org/units/:id/history',
    {
      schema: {
        tags: TAG,
        summary: 'Lịch sử của đơn vị: các giai đoạn và các lần sắp xếp liên quan',
        params: OrgUnitIdParams,
        response: { 200: OrgUnitHistory, ...READ_ERRORS },
      },
      preHandler: publicRoute,
    },
    async (request) => units.getHistory(request.params.id),
  );

  app.get(
    '/api/v1/org/units/:id/subtree-count',
    {
      schema: {
        tags: TAG,
        summary: 'Số đơn vị trực thuộc (mọi cấp) vào một ngày, theo cấp',
        params: OrgUnitIdParams,
        querystring: OrgAsOfQuery,
        response: { 200: OrgSubtreeCount, ...READ_ERRORS },
      },
      preHandler: publicRoute,
    },
    async (request) => units.countSubtree(request.params.id, request.query.asOf),
  );

  app.post(
    '/api/v1/org/units',
    {
      schema: {
        tags: TAG,
        summary: 'Thành lập đơn vị',
        body: CreateOrgUnitInput,
        response: { 201: OrgUnitView, ...WRITE_ERRORS },
      },
      preHandler: requirePermission('org.manage'),
    },
    async (request, reply) => {
      const unit = await restructures.createUnit(actorOf(request), originOf(request), request.body);
      return reply.code(201).send(unit);
    },
  );

  app.post(
    '/api/v1/org/restructures',
    {
      schema: {
        tags: TAG,
        summary: 'Sắp xếp đơn vị: thành lập, đổi tên, chuyển, sáp nhập, chia tách, giải thể',
        description:
          'Quyền: org.manage cho create, rename, move; org.restructure cho merge, split, dissolve. Với preview: true chỉ kiểm tra và trả về kết quả dự kiến (200), không ghi.',
        body: RestructureInput,
        response: { 200: OrgRestructureResult, 201: OrgRestructureResult, ...WRITE_ERRORS },
      },
      preHandler: requireRestructurePermission,
    },
    async (request, reply) => {
      assertMayRestructure(request, request.body.kind);
      const result = await restructures.apply(actorOf(request), originOf(request), request.body);
      return reply.code(result.preview ? 200 : 201).send(result);
    },
  );

  app.get(
    '/api/v1/org/restructures',
    {
      schema: {
        tags: TAG,
        summary: 'Các lần sắp xếp theo ngày hiệu lực, với quan hệ kế thừa',
        querystring: OrgRestructureListQuery,
        response: { 200: OrgRestructurePage, 400: ProblemDetails },
      },
      preHandler: publicRoute,
    },
    async (request) => restructures.listRestructures(request.query),
  );
};
