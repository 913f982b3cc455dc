import type { Logger } from 'pino';

/** An SMS gateway (a telecom operator's or a brandname provider's API). */
export type SmsSender = {
  readonly name: string;
  /** Sends one message; throws when the gateway refuses or cannot be reached (the row is retried). */
  send(message: { notificationId: string; phone: string; text: string }): Promise<void>;
};

/**
 * Development and demos: logs that an SMS would be sent, naming only the notification row —
 * never the phone number or the text (personal data).
 */
export function createLogSmsSender(logger: Logger): SmsSender {
  return {
    name: 'log',
    async send({ notificationId, text }) {
      logger.info({ notificationId, length: text.length }, 'sms notification (log sender: not sent)');
    },
  };
}
