import type { SystemStatusView } from '@lienthong/contracts';
import type { Database } from '../../platform/db/database.ts';

/** One database round trip, reported with the backend and the major server version only. */
export async function getSystemStatus(database: Database, version: string): Promise<SystemStatusView> {
  const ping = await database.ping();
  const major = ping.serverVersion.split('.')[0] ?? '';
  return {
    status: 'ok',
    version,
    serverTime: new Date().toISOString(),
    database: {
      backend: database.backend,
      version: `PostgreSQL ${major}`,
      latencyMs: Math.round(ping.latencyMs * 100) / 100,
    },
  };
}
