import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { testAuthenticate } from '../../../test/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import { type App, buildApp } from '../../app.ts';
import { type Config, loadConfig } from '../../config.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import type { Db } from '../../platform/db/index.ts';
import { createStorage } from '../../platform/files/index.ts';
import { newId } from '../../platform/ids.ts';
import { createLogger } from '../../platform/logging.ts';
import { dossiers } from '../dossiers/index.ts';
import { citizens, createIdentityService } from '../identity/index.ts';
import type { PaymentsDossierPort } from './payments.service.ts';

/**
 * A test app whose payments see dossiers through a tiny fake of the dossiers module's port, over
 * rows inserted directly: the applicant citizen (by personal ID) and officials holding
 * dossier.read or dossier.receive everywhere or in the dossier's unit see a dossier.
 */
export type FakeDossierPort = PaymentsDossierPort & {
  markPaidCalls: { dossierId: string; online: boolean }[];
};

export function fakeDossierPort(): FakeDossierPort {
  const markPaidCalls: FakeDossierPort['markPaidCalls'] = [];
  async function personalIdOf(db: Db, actor: Actor): Promise<string | undefined> {
    const [row] = await db
      .select({ personalId: citizens.personalId })
      .from(citizens)
      .where(eq(citizens.id, actor.id));
    return row?.personalId;
  }
  return {
    markPaidCalls,
    async findPayable(db, actor, dossierId) {
      const [row] = await db.select().from(dossiers).where(eq(dossiers.id, dossierId));
      if (!row || row.state === 'draft') return null;
      const sees =
        actor.kind === 'citizen'
          ? (await personalIdOf(db, actor)) === row.applicantPersonalId
          : actor.grants.some(
              (grant) =>
                (grant.permissions.has('dossier.read') || grant.permissions.has('dossier.receive')) &&
                (grant.orgUnitId === null || grant.orgUnitId === row.competentUnitId),
            );
      if (!sees) return null;
      return {
        id: row.id,
        code: row.code,
        state: row.state,
        feeTotal: row.feeTotal,
        paidAt: row.paidAt,
        applicantName: row.applicant.fullName,
        competentUnitId: row.competentUnitId ?? '',
      };
    },
    async markPaid(db, dossierId, at, online) {
      markPaidCalls.push({ dossierId, online });
      await db.update(dossiers).set({ paidAt: at, paidOnline: online }).where(eq(dossiers.id, dossierId));
    },
  };
}

export type PaymentsTestApp = {
  app: App;
  config: Config;
  db: TestDatabase;
  port: FakeDossierPort;
  close(): Promise<void>;
};

export async function createPaymentsTestApp(
  env: Record<string, string> = {},
  options: { db?: TestDatabase; port?: FakeDossierPort } = {},
): Promise<PaymentsTestApp> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lienthong-payments-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATA_DIR: dataDir,
    WEB_DIST: path.join(dataDir, 'no-web-build'),
    ...env,
  });
  const db = options.db ?? (await createTestDatabase());
  const port = options.port ?? fakeDossierPort();
  const identity = createIdentityService({ db: db.database.db, config });
  const app = await buildApp({
    config,
    database: db.database,
    storage: createStorage(config.storage),
    identity,
    authenticate: async (request) => (await testAuthenticate(request)) ?? identity.authenticate(request),
    logger: createLogger(config.logLevel),
    paymentsDossiers: port,
  });
  await app.ready();
  return {
    app,
    config,
    db,
    port,
    async close() {
      await app.close();
      if (!options.db) await db.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A dossier row as the dossiers module would hold it once submitted. */
export async function insertDossier(
  db: Db,
  values: {
    competentUnitId: string;
    applicantPersonalId: string;
    fullName: string;
    feeTotal: number;
    code?: string;
  },
): Promise<string> {
  const id = newId();
  await db.insert(dossiers).values({
    id,
    code: values.code ?? null,
    procedureId: newId(),
    procedureVersionId: newId(),
    state: 'received',
    channel: 'online',
    onlineLevel: 'full',
    applicantPersonalId: values.applicantPersonalId,
    applicant: { kind: 'citizen', fullName: values.fullName, personalId: values.applicantPersonalId },
    filedBy: 'test',
    competentUnitId: values.competentUnitId,
    feeTotal: values.feeTotal,
  });
  return id;
}
