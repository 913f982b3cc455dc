import type { FastifyInstance } from 'fastify';
import { collectDefaultMetrics, Histogram, Registry } from 'prom-client';
import { AppError } from './app-error.ts';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/**
 * Prometheus metrics at /metrics: process metrics and a request-duration histogram by
 * route pattern (never by raw URL, which could carry personal data). Access: a bearer
 * token when METRICS_TOKEN is set, otherwise loopback callers only.
 */
export function registerMetrics(app: FastifyInstance, options: { token: string | undefined }): Registry {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'lienthong_' });
  const duration = new Histogram({
    name: 'lienthong_http_request_duration_seconds',
    help: 'Thời gian xử lý yêu cầu HTTP',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });

  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'not_found';
    if (route === '/metrics') return;
    duration.observe(
      { method: request.method, route, status: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    );
  });

  app.get(
    '/metrics',
    {
      schema: { hide: true },
      config: { rateLimit: false },
      preHandler: async (request) => {
        if (options.token) {
          if (request.headers.authorization !== `Bearer ${options.token}`)
            throw new AppError('UNAUTHENTICATED');
        } else if (!LOOPBACK.has(request.socket.remoteAddress ?? '')) {
          throw new AppError(
            'FORBIDDEN',
            'Chỉ truy cập được số liệu giám sát từ máy chủ nội bộ hoặc bằng mã truy cập.',
          );
        }
      },
    },
    async (_request, reply) => reply.type(registry.contentType).send(await registry.metrics()),
  );
  return registry;
}
