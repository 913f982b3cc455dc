import path from 'node:path';
import type { Config } from '../../config.ts';
import { type DataDirLock, lockDataDir } from './data-dir-lock.ts';
import { createDatabase, type Database } from './database.ts';
import { type EmbeddedPostgres, startEmbeddedPostgres } from './embedded.ts';

export { DataDirLockedError } from './data-dir-lock.ts';
export { createDatabase, type Database, type Db, isUnavailableError } from './database.ts';
export { type EmbeddedPostgres, PGLITE_EXTENSIONS, startEmbeddedPostgres } from './embedded.ts';
export { escapeLike } from './like.ts';
export { MIGRATIONS_FOLDER, runMigrations } from './migrate.ts';

export type OpenedDatabase = {
  database: Database;
  embedded: EmbeddedPostgres | undefined;
  close(): Promise<void>;
};

/**
 * Opens the configured database: DATABASE_URL when set, otherwise the embedded PGlite in
 * `<DATA_DIR>/pg`, locked against a second process.
 */
export async function openDatabase(config: Config, applicationName: string): Promise<OpenedDatabase> {
  let lock: DataDirLock | undefined;
  let embedded: EmbeddedPostgres | undefined;
  if (!config.database.url) {
    lock = lockDataDir(config.dataDir);
    try {
      embedded = await startEmbeddedPostgres({
        dataDir: path.join(config.dataDir, 'pg'),
        port: config.database.pglitePort,
      });
    } catch (error) {
      lock.release();
      throw error;
    }
  }
  const database = createDatabase({
    url: config.database.url ?? embedded?.url ?? '',
    backend: embedded ? 'pglite' : 'postgres',
    poolMax: config.database.poolMax,
    connectTimeoutMs: config.database.connectTimeoutMs,
    statementTimeoutMs: config.database.statementTimeoutMs,
    applicationName,
  });
  return {
    database,
    embedded,
    async close() {
      await database.close().catch(() => {});
      await embedded?.stop();
      lock?.release();
    },
  };
}
