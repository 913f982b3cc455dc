import {
  CalendarDecisionHistory,
  CalendarDecisionInput,
  CalendarYearParams,
  CalendarYearView,
  DeadlineInput,
  DeadlineView,
  ProblemDetails,
} from '@lienthong/contracts';
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { originOf } from '../../platform/audit/index.ts';
import { actorOf, publicRoute, requirePermission } from '../../platform/auth/actor.ts';
import type { CalendarService } from './calendar.service.ts';

export type CalendarRoutesOptions = { calendar: CalendarService };

const TAG = ['Lịch làm việc'];

export const calendarRoutes: FastifyPluginAsync<CalendarRoutesOptions> = async (base, { calendar }) => {
  const app = base.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/v1/calendar/years/:year',
    {
      schema: {
        tags: TAG,
        summary: 'Ngày nghỉ lễ, nghỉ bù, ngày làm bù của một năm',
        params: CalendarYearParams,
        response: { 200: CalendarYearView, 400: ProblemDetails },
      },
      preHandler: publicRoute,
    },
    async (request) => calendar.getYearView(request.params.year),
  );

  app.get(
    '/api/v1/calendar/years/:year/decisions',
    {
      schema: {
        tags: TAG,
        summary: 'Các phiên bản quyết định nghỉ lễ của một năm (mới nhất trước)',
        params: CalendarYearParams,
        response: { 200: CalendarDecisionHistory, 400: ProblemDetails },
      },
      preHandler: publicRoute,
    },
    async (request) => ({ items: await calendar.listHistory(request.params.year) }),
  );

  app.put(
    '/api/v1/calendar/years/:year/decision',
    {
      schema: {
        tags: TAG,
        summary: 'Cập nhật quyết định nghỉ lễ, làm bù của năm (tạo phiên bản mới)',
        params: CalendarYearParams,
        body: CalendarDecisionInput,
        response: { 200: CalendarYearView, 400: ProblemDetails, 401: ProblemDetails, 403: ProblemDetails },
      },
      preHandler: requirePermission('calendar.manage'),
    },
    async (request) =>
      calendar.saveDecision(actorOf(request), originOf(request), request.params.year, request.body),
  );

  app.post(
    '/api/v1/calendar/deadline',
    {
      schema: {
        tags: TAG,
        summary: 'Tính hạn xử lý theo ngày hoặc giờ làm việc',
        description:
          'Ngày làm việc: thứ Hai–thứ Sáu trừ ngày lễ, nghỉ bù và theo quyết định hằng năm. Hạn N ngày là 17:00 của ngày làm việc thứ N kể từ sau ngày tiếp nhận.',
        body: DeadlineInput,
        response: { 200: DeadlineView, 400: ProblemDetails },
      },
      preHandler: publicRoute,
    },
    async (request) => calendar.computeDeadline(request.body),
  );
};
