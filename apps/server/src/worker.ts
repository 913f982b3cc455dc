import type { Config } from './config.ts';
import { registerPlatformJobs, stopOnSignals } from './main.ts';
import { registerDossierJobs } from './modules/dossiers/index.ts';
import { registerSsoJobs } from './modules/sso/index.ts';
import { openDatabase, runMigrations } from './platform/db/index.ts';
import { createJobs } from './platform/jobs/jobs.ts';
import { createLogger } from './platform/logging.ts';
import { registerNotifyJobs } from './platform/notify/index.ts';

/**
 * Processes jobs in a process of its own (`lienthong worker`), beside servers started with
 * JOBS_IN_PROCESS=false. It needs a shared PostgreSQL: the embedded database belongs to
 * the one process that opened it.
 */
export async function runWorker(config: Config): Promise<void> {
  if (!config.database.url) {
    throw new Error(
      'lienthong worker cần DATABASE_URL: cơ sở dữ liệu nhúng chỉ phục vụ tiến trình đã mở nó. ' +
        'Khi dùng CSDL nhúng, công việc nền chạy ngay trong tiến trình máy chủ (JOBS_IN_PROCESS=true).',
    );
  }
  const logger = createLogger(config.logLevel);
  const opened = await openDatabase(config, 'lienthong-worker');
  await runMigrations(opened.database.pool);
  const jobs = createJobs({ url: opened.database.url, logger });
  registerPlatformJobs(jobs, config, logger);
  registerSsoJobs(jobs, opened.database.db, logger);
  registerNotifyJobs(jobs, opened.database.db, config, logger);
  registerDossierJobs(jobs, opened.database.db, config, logger);
  await jobs.start({ work: true });
  logger.info('worker started');
  stopOnSignals(
    async () => {
      await jobs.stop(config.http.shutdownTimeoutMs);
      await opened.close();
    },
    config.http.shutdownTimeoutMs,
    logger,
  );
}
