import type { Logger } from 'pino';
import { type App, buildApp } from './app.ts';
import type { Config } from './config.ts';
import { registerDossierJobs } from './modules/dossiers/index.ts';
import { createIdentityService, type EidClient, eidClientFromConfig } from './modules/identity/index.ts';
import { registerSsoJobs } from './modules/sso/index.ts';
import { type OpenedDatabase, openDatabase, runMigrations } from './platform/db/index.ts';
import { createStorage, removeStaleTempFiles, tmpDirOf } from './platform/files/index.ts';
import { createJobs, type Jobs } from './platform/jobs/jobs.ts';
import { createLogger } from './platform/logging.ts';
import { registerNotifyJobs } from './platform/notify/index.ts';

/** Job kinds of the platform itself; modules register theirs the same way. */
export function registerPlatformJobs(jobs: Jobs, config: Config, logger: Logger): void {
  jobs.register(
    'maintenance.clean-temp-files',
    async () => {
      const removed = await removeStaleTempFiles(tmpDirOf(config.storage), 60 * 60 * 1000);
      if (removed > 0) logger.info({ removed }, 'removed stale upload spool files');
    },
    { cron: '17 * * * *' },
  );
}

export type RunningServer = {
  app: App;
  url: string;
  opened: OpenedDatabase;
  /** The citizens' e-ID relying party (the demo points it at the simulator). */
  eid: EidClient;
  stop(): Promise<void>;
};

/** Opens the database, migrates, starts jobs and listens. `stop` shuts down in order. */
export async function startServer(
  config: Config,
  logger: Logger = createLogger(config.logLevel),
): Promise<RunningServer> {
  const opened = await openDatabase(config, 'lienthong-server');
  let jobs: Jobs | undefined;
  let app: App | undefined;
  const eid = eidClientFromConfig(config);
  try {
    const { applied } = await runMigrations(opened.database.pool);
    if (applied > 0) logger.info({ applied }, 'database migrations applied');
    const storage = createStorage(config.storage);
    await storage.check();
    const jobSystem = createJobs({ url: opened.database.url, logger });
    jobs = jobSystem;
    registerPlatformJobs(jobSystem, config, logger);
    registerSsoJobs(jobSystem, opened.database.db, logger);
    registerNotifyJobs(jobSystem, opened.database.db, config, logger);
    registerDossierJobs(jobSystem, opened.database.db, config, logger);
    await jobSystem.start({ work: config.jobs.inProcess });
    const identity = createIdentityService({ db: opened.database.db, config });
    app = await buildApp({
      config,
      database: opened.database,
      storage,
      identity,
      eid,
      authenticate: identity.authenticate,
      jobsStatus: jobSystem.status,
      logger,
    });
    await app.listen({ host: config.host, port: config.port });
  } catch (error) {
    await app?.close().catch(() => {});
    await jobs?.stop(1000).catch(() => {});
    await opened.close();
    throw error;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const url = config.publicUrl ?? `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  // With PORT=0 the address is known only now: the e-ID redirect URI derives from it.
  eid.setBaseUrl(url);
  const running = app;
  const runningJobs = jobs;
  let stopping: Promise<void> | undefined;
  return {
    app: running,
    url,
    opened,
    eid,
    stop() {
      stopping ??= (async () => {
        running.shuttingDown.value = true;
        await running.close(); // waits for in-flight requests
        await runningJobs.stop(config.http.shutdownTimeoutMs);
        await opened.close();
      })();
      return stopping;
    },
  };
}

/** Stops on SIGINT/SIGTERM; a second signal or the timeout forces the exit. */
export function stopOnSignals(stop: () => Promise<void>, timeoutMs: number, logger: Logger): void {
  let signalled = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (signalled) process.exit(1);
    signalled = true;
    logger.info({ signal }, 'shutting down');
    const timer = setTimeout(() => {
      logger.error('shutdown timed out, exiting');
      process.exit(1);
    }, timeoutMs + 2000);
    timer.unref();
    stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}
