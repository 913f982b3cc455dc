import nodemailer from 'nodemailer';

/** Sends e-mail. `send` throws when the server refuses or cannot be reached (the row is retried). */
export type Mailer = {
  send(message: { to: string; subject: string; text: string }): Promise<void>;
  close(): void;
};

/** E-mail over SMTP (SMTP_URL, e.g. `smtp://user:pass@mail.hanoi.gov.vn:587`), UTF-8 throughout. */
export function createSmtpMailer(options: { url: string; from: string }): Mailer {
  const transport = nodemailer.createTransport({
    url: options.url,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  return {
    async send({ to, subject, text }) {
      await transport.sendMail({ from: options.from, to, subject, text });
    },
    close: () => transport.close(),
  };
}
