import type { DatabaseBackend } from '@lienthong/contracts';
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { AppError } from '../http/app-error.ts';

export type Db = NodePgDatabase<Record<string, never>>;

export type Database = {
  backend: DatabaseBackend;
  url: string;
  pool: pg.Pool;
  db: Db;
  /** One round trip; throws AppError('DATABASE_UNAVAILABLE') when the database is unreachable. */
  ping(): Promise<{ latencyMs: number; serverVersion: string }>;
  close(): Promise<void>;
};

export type DatabaseOptions = {
  url: string;
  backend: DatabaseBackend;
  poolMax: number;
  connectTimeoutMs: number;
  statementTimeoutMs: number;
  applicationName?: string;
};

// Return bigint as string and timestamps as Date (pg's defaults), dates as plain strings.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);

const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now
  '08000',
  '08001',
  '08003',
  '08006',
]);

/** True when an error means "the database cannot be reached", not "the query is wrong". */
export function isUnavailableError(error: unknown, depth = 0): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: string }).code;
  if (code && UNAVAILABLE_CODES.has(code)) return true;
  if (
    /timeout exceeded when trying to connect|Connection terminated|connect ECONNREFUSED|pool.*ended/i.test(
      error.message,
    )
  ) {
    return true;
  }
  // Drizzle wraps the driver's error ("Failed query: …") and keeps it as the cause.
  return depth < 3 && isUnavailableError(error.cause, depth + 1);
}

export function createDatabase(options: DatabaseOptions): Database {
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.poolMax,
    connectionTimeoutMillis: options.connectTimeoutMs,
    idleTimeoutMillis: 30_000,
    application_name: options.applicationName ?? 'lienthong',
    ...(options.backend === 'postgres' ? { statement_timeout: options.statementTimeoutMs } : {}),
  });
  // An idle client that loses its connection must not crash the process.
  pool.on('error', () => {});
  const db = drizzle({ client: pool }) as Db;
  return {
    backend: options.backend,
    url: options.url,
    pool,
    db,
    async ping() {
      const started = performance.now();
      try {
        const result = await pool.query<{ v: string }>("select current_setting('server_version') as v");
        return { latencyMs: performance.now() - started, serverVersion: result.rows[0]?.v ?? '' };
      } catch (error) {
        if (isUnavailableError(error))
          throw new AppError('DATABASE_UNAVAILABLE', undefined, undefined, error);
        throw error;
      }
    },
    async close() {
      await pool.end();
    },
  };
}
