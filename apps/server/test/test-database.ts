import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import pg from 'pg';
import { inject } from 'vitest';
import {
  createDatabase,
  type Database,
  type EmbeddedPostgres,
  startEmbeddedPostgres,
} from '../src/platform/db/index.ts';

export type TestDatabase = { database: Database; url: string; close(): Promise<void> };

export const TEST_BACKEND: 'pglite' | 'postgres' = process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite';

/**
 * A fresh, migrated database for one test file: a clone of the PGlite template, or a
 * PostgreSQL database created from the template database. Never a mock.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (adminUrl) {
    const name = `lt_t_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`create database ${name} template ${inject('pgTemplate')}`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    const database = createDatabase({
      url: url.toString(),
      backend: 'postgres',
      poolMax: 5,
      connectTimeoutMs: 5000,
      statementTimeoutMs: 30_000,
    });
    return {
      database,
      url: url.toString(),
      async close() {
        await database.close().catch(() => {});
        await admin.query(`drop database if exists ${name} with (force)`);
        await admin.end();
      },
    };
  }
  const tarball = fs.readFileSync(inject('pgliteTemplate'));
  const embedded: EmbeddedPostgres = await startEmbeddedPostgres({ loadDataDir: new Blob([tarball]) });
  const database = createDatabase({
    url: embedded.url,
    backend: 'pglite',
    poolMax: 5,
    connectTimeoutMs: 5000,
    statementTimeoutMs: 30_000,
  });
  return {
    database,
    url: embedded.url,
    async close() {
      await database.close().catch(() => {});
      await embedded.stop();
    },
  };
}
