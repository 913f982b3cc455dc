import { z } from 'zod';

export const DatabaseBackend = z.enum(['pglite', 'postgres']);
export type DatabaseBackend = z.infer<typeof DatabaseBackend>;

export const HealthView = z.object({ status: z.literal('ok') });
export type HealthView = z.infer<typeof HealthView>;

export const ReadinessView = z.object({
  status: z.enum(['ready', 'unavailable']),
  checks: z.object({
    database: z.enum(['ok', 'unavailable']),
    jobs: z.enum(['ok', 'stopped', 'disabled']),
  }),
});
export type ReadinessView = z.infer<typeof ReadinessView>;

export const SystemStatusView = z
  .object({
    status: z.literal('ok'),
    version: z.string().meta({ description: 'Phiên bản Liên Thông' }),
    serverTime: z.iso.datetime({ offset: true }),
    database: z.object({
      backend: DatabaseBackend,
      version: z.string().meta({ description: 'Phiên bản chính của PostgreSQL, ví dụ "PostgreSQL 17"' }),
      latencyMs: z.number().nonnegative(),
    }),
  })
  .meta({ id: 'SystemStatusView' });
export type SystemStatusView = z.infer<typeof SystemStatusView>;
