import { createServer, type Server } from 'node:net';
import { PGlite } from '@electric-sql/pglite';
import { ltree } from '@electric-sql/pglite/contrib/ltree';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { pgcrypto } from '@electric-sql/pglite/contrib/pgcrypto';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { PGLiteSocketHandler } from '@electric-sql/pglite-socket';
import { SessionQueue } from './pglite-queue.ts';

/** Extensions the platform relies on; they are created by the first migration. */
export const PGLITE_EXTENSIONS = { ltree, pg_trgm, unaccent, pgcrypto };

export type EmbeddedPostgres = {
  url: string;
  db: PGlite;
  stats(): { connections: number; queued: number };
  stop(): Promise<void>;
};

export type EmbeddedOptions = {
  /** Directory for a persistent database; omit for an in-memory one. */
  dataDir?: string;
  /** A data directory tarball to start from (a migrated template in tests). */
  loadDataDir?: Blob;
  port?: number;
  maxConnections?: number;
};

/**
 * PGlite served on loopback over the PostgreSQL wire protocol, so that `pg`, Drizzle and
 * pg-boss use the very same code path as with a real server. Connections share PGlite's
 * single session through {@link SessionQueue}, which keeps batches and transactions whole.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions = {}): Promise<EmbeddedPostgres> {
  const db = await PGlite.create({
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    extensions: PGLITE_EXTENSIONS,
  });
  const queue = new SessionQueue(db);
  const maxConnections = options.maxConnections ?? 32;
  const handlers = new Set<PGLiteSocketHandler>();
  const server: Server = createServer((socket) => {
    if (handlers.size >= maxConnections) {
      socket.end();
      return;
    }
    const handler = new PGLiteSocketHandler({ queryQueue: queue as never, closeOnDetach: true });
    handlers.add(handler);
    const forget = () => handlers.delete(handler);
    handler.addEventListener('close', forget);
    handler.addEventListener('error', forget);
    handler.attach(socket).catch(() => {
      forget();
      socket.destroy();
    });
  });
  server.maxConnections = maxConnections;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (address === null || typeof address !== 'object') throw new Error('PGlite socket has no address');
  const url = `postgresql://postgres@127.0.0.1:${address.port}/postgres?sslmode=disable`;
  let stopped = false;
  return {
    url,
    db,
    stats: () => ({ connections: handlers.size, queued: queue.getQueueLength() }),
    async stop() {
      if (stopped) return;
      stopped = true;
      await Promise.all([...handlers].map((handler) => handler.detach(true)));
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await db.close();
    },
  };
}
