import type { Logger } from 'pino';
import type { Config } from '../../config.ts';
import type { Db } from '../../platform/db/index.ts';
import type { Jobs } from '../../platform/jobs/jobs.ts';
import { createNotifier } from '../../platform/notify/index.ts';
import { createCalendarService } from '../calendar/index.ts';
import { createDeadlineWatch } from './dossier-deadline-watch.ts';

export const DEADLINE_WATCH_JOB = 'dossiers.deadline-watch';

/** The dossiers' periodic work: deadline warnings every 15 minutes. */
export function registerDossierJobs(jobs: Jobs, db: Db, config: Config, logger: Logger): void {
  const watch = createDeadlineWatch({
    db,
    calendar: createCalendarService(db),
    notifier: createNotifier({ db, config, logger }),
  });
  jobs.register(
    DEADLINE_WATCH_JOB,
    async () => {
      const sent = await watch.sweep();
      if (sent > 0) logger.info({ sent }, 'dossier deadline warnings sent');
    },
    { cron: '*/15 * * * *' },
  );
}
