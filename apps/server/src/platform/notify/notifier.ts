import type { Logger } from 'pino';
import type { Config } from '../../config.ts';
import type { Db } from '../db/database.ts';
import { newId } from '../ids.ts';
import { createSmtpMailer, type Mailer } from './mailer.ts';
import * as store from './notify.store.ts';
import { createLogSmsSender, type SmsSender } from './sms.ts';

/**
 * Notifications (Decree 118/2025: the applicant is told of every change of their dossier; form 04
 * is sent by e-mail/SMS to online filers): one in-app row always, plus an e-mail row and an SMS
 * row when the message has an address. Rows are written in the caller's transaction, so a
 * notification exists exactly when the change it announces does; delivery happens later, in a job.
 */
export type NotifyMessage = {
  /** The actor id of the recipient, or `personal:<personal ID>` for a citizen not yet signed in. */
  recipientId: string;
  subject: string;
  body: string;
  /** A path of the app (`/ca-nhan/ho-so/<id>`) or an absolute address. */
  link?: string;
  email?: string | null;
  phone?: string | null;
};

export type Notifier = {
  /** Inserts the rows in `db` (which may be the caller's transaction); sends nothing itself. */
  notify(db: Db, message: NotifyMessage): Promise<void>;
};

export type NotifierDeps = {
  db: Db;
  config: Pick<Config, 'notify' | 'signatures'>;
  logger: Logger;
  /** By default SMTP when SMTP_URL is set, else none (e-mails stay pending). */
  mailer?: Mailer | null;
  /** By default the log sender (SMS_SENDER=log), none with SMS_SENDER=none. */
  sms?: SmsSender | null;
  clock?: () => Date;
};

export type DeliveryResult = { sent: number; failed: number };

const BATCH = 50;

export function createNotifier(deps: NotifierDeps) {
  const { db, config, logger } = deps;
  const now = deps.clock ?? (() => new Date());
  const { maxAttempts, retryBaseMs } = config.notify;
  const mailer =
    deps.mailer !== undefined
      ? deps.mailer
      : config.notify.smtpUrl
        ? createSmtpMailer({ url: config.notify.smtpUrl, from: config.notify.smtpFrom })
        : null;
  const sms =
    deps.sms !== undefined ? deps.sms : config.notify.sms === 'log' ? createLogSmsSender(logger) : null;
  const baseUrl = config.signatures.baseUrl;

  async function notify(tx: Db, message: NotifyMessage): Promise<void> {
    const at = now();
    const common = {
      recipientId: message.recipientId,
      subject: message.subject.normalize('NFC'),
      body: message.body.normalize('NFC'),
      link: message.link ?? null,
      createdAt: at,
    };
    const rows: store.NewNotificationRow[] = [
      { ...common, id: newId(at.getTime()), channel: 'in_app', status: 'sent', sentAt: at },
    ];
    const email = message.email?.trim();
    if (email)
      rows.push({ ...common, id: newId(at.getTime()), channel: 'email', address: email, status: 'pending' });
    const phone = message.phone?.replace(/\s+/g, '');
    if (phone)
      rows.push({ ...common, id: newId(at.getTime()), channel: 'sms', address: phone, status: 'pending' });
    await store.insertNotifications(tx, rows);
  }

  /** The text of an e-mail or SMS: the body, and the link as an absolute address. */
  function textOf(row: store.NotificationRow): string {
    if (!row.link) return row.body;
    const link = /^https?:\/\//.test(row.link) ? row.link : `${baseUrl}${row.link}`;
    return `${row.body}\n\n${link}`;
  }

  async function attempt(row: store.NotificationRow, send: () => Promise<void>): Promise<boolean> {
    if (!(await store.claim(db, row))) return false;
    const attemptNo = row.attempts + 1;
    try {
      await send();
      await store.markSent(db, row.id, now());
      return true;
    } catch (error) {
      // Error codes only: a server's message may quote the address.
      const code = (error as { code?: unknown; responseCode?: unknown }) ?? {};
      const final = attemptNo >= maxAttempts;
      if (final) await store.markFailed(db, row.id);
      logger.warn(
        {
          notificationId: row.id,
          channel: row.channel,
          attempt: attemptNo,
          final,
          code: typeof code.code === 'string' ? code.code : undefined,
          responseCode: typeof code.responseCode === 'number' ? code.responseCode : undefined,
        },
        final ? 'notification delivery failed for good' : 'notification delivery failed, will retry',
      );
      throw error;
    }
  }

  async function deliverChannel(
    channel: store.OutboundChannel,
    send: (row: store.NotificationRow) => Promise<void>,
    result: DeliveryResult,
  ): Promise<void> {
    const seen = new Set<string>();
    for (;;) {
      const due = (await store.findDue(db, channel, now(), retryBaseMs, BATCH)).filter(
        (row) => !seen.has(row.id),
      );
      if (due.length === 0) return;
      for (const row of due) {
        seen.add(row.id);
        try {
          if (await attempt(row, () => send(row))) result.sent += 1;
        } catch {
          result.failed += 1;
        }
      }
    }
  }

  /**
   * Sends the pending e-mail and SMS rows that are due: each row is taken by one worker for one
   * attempt (a row is sent once), retried with exponential backoff, and `failed` after
   * NOTIFY_MAX_ATTEMPTS attempts. Without SMTP (or with SMS_SENDER=none) rows wait, counted in the log.
   */
  async function deliverPending(): Promise<DeliveryResult> {
    const result: DeliveryResult = { sent: 0, failed: 0 };
    if (mailer) {
      await deliverChannel(
        'email',
        (row) => mailer.send({ to: row.address ?? '', subject: row.subject, text: textOf(row) }),
        result,
      );
    } else {
      const waiting = await store.countPending(db, 'email');
      if (waiting > 0)
        logger.warn({ pendingEmails: waiting }, 'e-mail notifications wait: SMTP_URL is not set');
    }
    if (sms) {
      await deliverChannel(
        'sms',
        (row) =>
          sms.send({
            notificationId: row.id,
            phone: row.address ?? '',
            text: `${row.subject}. ${textOf(row)}`,
          }),
        result,
      );
    } else {
      const waiting = await store.countPending(db, 'sms');
      if (waiting > 0)
        logger.warn({ pendingSms: waiting }, 'SMS notifications wait: no SMS sender (SMS_SENDER=none)');
    }
    if (result.sent > 0 || result.failed > 0) logger.info(result, 'notifications delivered');
    return result;
  }

  return {
    notify,
    deliverPending,
    close: () => mailer?.close(),
  };
}

export type NotifierService = ReturnType<typeof createNotifier>;
