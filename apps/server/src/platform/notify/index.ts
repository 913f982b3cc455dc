import type { Logger } from 'pino';
import type { Config } from '../../config.ts';
import type { Db } from '../db/database.ts';
import type { Jobs } from '../jobs/jobs.ts';
import { createNotifier } from './notifier.ts';

export { createSmtpMailer, type Mailer } from './mailer.ts';
export {
  createNotifier,
  type DeliveryResult,
  type Notifier,
  type NotifierDeps,
  type NotifierService,
  type NotifyMessage,
} from './notifier.ts';
export { type NotificationsRoutesOptions, notificationsRoutes } from './notify.routes.ts';
export { notifications } from './notify.schema.ts';
export { createLogSmsSender, type SmsSender } from './sms.ts';

/** The delivery job: every minute, sends the e-mail and SMS rows that are due (retries with backoff). */
export const DELIVER_JOB = 'notify.deliver';

export function registerNotifyJobs(jobs: Jobs, db: Db, config: Config, logger: Logger): void {
  const notifier = createNotifier({ db, config, logger });
  jobs.register(
    DELIVER_JOB,
    async () => {
      await notifier.deliverPending();
    },
    { cron: '* * * * *' },
  );
}
