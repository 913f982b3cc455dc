import { ProblemDetails, WalletItemParams, WalletList, WalletListQuery } from '@lienthong/contracts';
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { originOf } from '../../platform/audit/index.ts';
import { actorOf, requireActor } from '../../platform/auth/actor.ts';
import { AppError } from '../../platform/http/app-error.ts';
import { contentDisposition } from '../../platform/http/content-disposition.ts';
import type { PersonalIdOf } from './citizen-personal-id.ts';
import type { WalletService } from './wallet.service.ts';

export type WalletRoutesOptions = { wallet: WalletService; personalIdOf: PersonalIdOf };

const TAG = ['Kho dữ liệu cá nhân'];
const problems = { 400: ProblemDetails, 401: ProblemDetails, 403: ProblemDetails, 404: ProblemDetails };

/** The citizen's own data wallet: the list, and each item's file. */
export const walletRoutes: FastifyPluginAsync<WalletRoutesOptions> = async (
  base,
  { wallet, personalIdOf },
) => {
  const app = base.withTypeProvider<ZodTypeProvider>();

  async function ownerOf(request: FastifyRequest): Promise<string> {
    const personalId = await personalIdOf(actorOf(request));
    if (!personalId)
      throw new AppError(
        'FORBIDDEN',
        'Chức năng này chỉ dành cho công dân đăng nhập bằng định danh điện tử.',
      );
    return personalId;
  }

  app.get(
    '/api/v1/me/wallet',
    {
      schema: {
        tags: TAG,
        summary: 'Kho dữ liệu cá nhân của tôi: kết quả, giấy tờ dùng lại khi làm thủ tục',
        description: 'Mỗi lần xem được ghi vào nhật ký (mục đích: công dân tự xem).',
        querystring: WalletListQuery,
        response: { 200: WalletList, ...problems },
      },
      preHandler: requireActor('citizen'),
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      const personalId = await ownerOf(request);
      const items = await wallet.listOwn(
        actorOf(request),
        originOf(request),
        personalId,
        request.query.kinds,
      );
      return { items };
    },
  );

  app.get(
    '/api/v1/me/wallet/:id/file',
    {
      schema: {
        tags: TAG,
        summary: 'Tải tệp của một giấy tờ trong kho dữ liệu của tôi',
        description: '404 cho giấy tờ của người khác hoặc không có tệp. Mỗi lần tải được ghi vào nhật ký.',
        params: WalletItemParams,
        response: { 200: z.string().meta({ format: 'binary' }), ...problems },
      },
      preHandler: requireActor('citizen'),
    },
    async (request, reply) => {
      const personalId = await ownerOf(request);
      const { file, content } = await wallet.openOwnFile(
        actorOf(request),
        originOf(request),
        personalId,
        request.params.id,
      );
      return reply
        .header('cache-control', 'private, no-store')
        .header('content-type', file.mediaType)
        .header('content-length', String(file.size))
        .header('content-disposition', contentDisposition(file.name))
        .header('x-content-type-options', 'nosniff')
        .send(content as unknown as string);
    },
  );
};
