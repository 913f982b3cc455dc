import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import pino from 'pino';
import type { TestProject } from 'vitest/node';
import { createDatabase, runMigrations, startEmbeddedPostgres } from '../src/platform/db/index.ts';
import { createJobs } from '../src/platform/jobs/jobs.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** PGlite: path of a migrated data directory tarball. */
    pgliteTemplate: string;
    /** PostgreSQL: the template database each test file is created from. */
    pgTemplate: string;
  }
}

/** Migrates once (tables and pg-boss's schema) into a template every test file clones. */
async function prepare(url: string, backend: 'pglite' | 'postgres'): Promise<void> {
  const database = createDatabase({
    url,
    backend,
    poolMax: 4,
    connectTimeoutMs: 5000,
    statementTimeoutMs: 60_000,
  });
  try {
    await runMigrations(database.pool);
    const jobs = createJobs({ url, logger: pino({ level: 'silent' }) });
    await jobs.start({ work: false });
    await jobs.stop(1000);
  } finally {
    await database.close();
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (adminUrl) {
    const template = `lt_tpl_${process.pid}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`drop database if exists ${template}`);
    await admin.query(`create database ${template}`);
    const url = new URL(adminUrl);
    url.pathname = `/${template}`;
    await prepare(url.toString(), 'postgres');
    project.provide('pgTemplate', template);
    project.provide('pgliteTemplate', '');
    return async () => {
      const leftovers = await admin.query<{ datname: string }>(
        "select datname from pg_database where datname like 'lt_t\\_%' or datname = $1",
        [template],
      );
      for (const row of leftovers.rows)
        await admin.query(`drop database if exists ${row.datname} with (force)`);
      await admin.end();
    };
  }
  const embedded = await startEmbeddedPostgres();
  const file = path.join(os.tmpdir(), `lienthong-pglite-template-${process.pid}.tar`);
  try {
    await prepare(embedded.url, 'pglite');
    const dump = await embedded.db.dumpDataDir('none');
    fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  } finally {
    await embedded.stop();
  }
  project.provide('pgliteTemplate', file);
  project.provide('pgTemplate', '');
  return async () => fs.rmSync(file, { force: true });
}
