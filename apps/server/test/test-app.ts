import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { type Permission, Permission as PermissionSchema } from '@lienthong/contracts';
import { type App, buildApp } from '../src/app.ts';
import { type Config, loadConfig } from '../src/config.ts';
import { type Clock, createIdentityService } from '../src/modules/identity/index.ts';
import type { Actor, Authenticate } from '../src/platform/auth/actor.ts';
import { createStorage } from '../src/platform/files/index.ts';
import { createLogger } from '../src/platform/logging.ts';
import { createTestDatabase, type TestDatabase } from './test-database.ts';

/**
 * Test credentials: `Authorization: Bearer test:<actor id>:<permission,permission>[:<unit id>:<unit|subtree>]`.
 * Without a unit the permissions apply everywhere; with one, only in that unit (or its subtree).
 * Only the test harness installs this authenticator; the identity module provides the real one.
 */
export const testAuthenticate: Authenticate = async (request) => {
  const match = /^Bearer test:([\w-]+):([\w.,]*)(?::([\w-]+):(unit|subtree))?$/.exec(
    request.headers.authorization ?? '',
  );
  if (!match) return null;
  const permissions = new Set(
    (match[2] ?? '').split(',').filter((p): p is Permission => PermissionSchema.safeParse(p).success),
  );
  const orgUnitId = match[3] ?? null;
  const scope = (match[4] ?? 'subtree') as 'unit' | 'subtree';
  const actor: Actor = {
    id: match[1] ?? '',
    kind: 'official',
    displayName: 'Cán bộ thử nghiệm',
    roles: ['specialist'],
    ...(orgUnitId ? { unitId: orgUnitId } : {}),
    permissions,
    grants: [{ role: 'specialist', orgUnitId, scope, permissions }],
  };
  return actor;
};

/** Test credentials; `where` limits the permissions to a unit ('unit') or its subtree ('subtree'). */
export function bearer(
  actorId: string,
  permissions: Permission[],
  where?: { unitId: string; scope?: 'unit' | 'subtree' },
): { authorization: string } {
  const suffix = where ? `:${where.unitId}:${where.scope ?? 'subtree'}` : '';
  return { authorization: `Bearer test:${actorId}:${permissions.join(',')}${suffix}` };
}

export type TestApp = {
  app: App;
  config: Config;
  db: TestDatabase;
  dataDir: string;
  /** Every log line the app wrote. */
  logs: string[];
  close(): Promise<void>;
};

export async function createTestApp(
  env: Record<string, string> = {},
  options: { db?: TestDatabase; beforeReady?: (app: App) => void; clock?: Clock } = {},
): Promise<TestApp> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lienthong-test-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'info',
    DATA_DIR: dataDir,
    WEB_DIST: path.join(dataDir, 'no-web-build'),
    ...env,
  });
  const db = options.db ?? (await createTestDatabase());
  const logs: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, callback) {
      logs.push(String(chunk));
      callback();
    },
  });
  // Real sign-in (sessions, API tokens) on the given clock, plus the test bearer credentials.
  const identity = createIdentityService({
    db: db.database.db,
    config,
    ...(options.clock ? { clock: options.clock } : {}),
  });
  const app = await buildApp({
    config,
    database: db.database,
    storage: createStorage(config.storage),
    identity,
    authenticate: async (request) => (await testAuthenticate(request)) ?? identity.authenticate(request),
    logger: createLogger(config.logLevel, stream),
  });
  options.beforeReady?.(app);
  await app.ready();
  return {
    app,
    config,
    db,
    dataDir,
    logs,
    async close() {
      await app.close();
      if (!options.db) await db.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
