import { PgBoss } from 'pg-boss';
import type { Logger } from 'pino';

export type JobHandler<T> = (data: T) => Promise<void>;

type Registration = {
  name: string;
  // biome-ignore lint/suspicious/noExplicitAny: handlers are typed at registration
  handler: JobHandler<any>;
  cron: string | undefined;
};

export type JobsStatus = 'ok' | 'stopped' | 'disabled';

export type Jobs = {
  /** Declares a job kind; `cron` (UTC) makes it periodic. Call before `start`. */
  register<T extends object>(name: string, handler: JobHandler<T>, options?: { cron?: string }): void;
  send<T extends object>(name: string, data: T, options?: { singletonKey?: string }): Promise<string | null>;
  /** Creates queues and schedules; with `work`, also processes jobs in this process. */
  start(options: { work: boolean }): Promise<void>;
  /** Stops taking jobs, lets running ones finish (up to `timeoutMs`), closes the connection. */
  stop(timeoutMs: number): Promise<void>;
  status(): JobsStatus;
};

export function createJobs(options: { url: string; logger: Logger; poolMax?: number }): Jobs {
  const registrations: Registration[] = [];
  let boss: PgBoss | undefined;
  let state: JobsStatus = 'disabled';

  return {
    register(name, handler, registerOptions) {
      registrations.push({ name, handler, cron: registerOptions?.cron });
    },
    async send(name, data, sendOptions) {
      if (!boss) throw new Error('Jobs are not started');
      return boss.send(
        name,
        data,
        sendOptions?.singletonKey ? { singletonKey: sendOptions.singletonKey } : {},
      );
    },
    async start({ work }) {
      boss = new PgBoss({
        connectionString: options.url,
        schema: 'pgboss',
        max: options.poolMax ?? 4,
        application_name: 'lienthong-jobs',
        schedule: work,
        supervise: work,
      });
      boss.on('error', (error) => options.logger.error({ err: error }, 'job system error'));
      await boss.start();
      for (const registration of registrations) {
        await boss.createQueue(registration.name);
        if (registration.cron) await boss.schedule(registration.name, registration.cron, {}, { tz: 'UTC' });
        if (work) {
          await boss.work(registration.name, async (jobs) => {
            for (const job of jobs) {
              options.logger.info({ job: registration.name, jobId: job.id }, 'job started');
              await registration.handler(job.data);
            }
          });
        }
      }
      state = 'ok';
    },
    async stop(timeoutMs) {
      if (!boss) return;
      const current = boss;
      boss = undefined;
      state = 'stopped';
      await current.stop({ graceful: true, timeout: timeoutMs, close: true });
    },
    status: () => state,
  };
}
