import { Writable } from 'node:stream';
import { eq } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { bearer, createTestApp, type TestApp } from '../../../test/test-app.ts';
import { type Config, loadConfig } from '../../config.ts';
import type { Db } from '../db/index.ts';
import { createLogger } from '../logging.ts';
import { createNotifier, type NotifierDeps, notifications } from './index.ts';

/**
 * Notifications: rows in the caller's transaction, e-mail over SMTP to a real smtp-server (UTF-8
 * intact), retries with backoff until failed, SMS through the log sender, and the bell's routes.
 */

type Received = { from: string; to: string[]; raw: string };

/** A real SMTP server on a random loopback port; `refuse` makes it reject every recipient. */
async function startSmtp(options: { refuse?: boolean } = {}) {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (options.refuse) {
        const error = new Error(`Recipient ${address.address} rejected`) as Error & { responseCode: number };
        error.responseCode = 550;
        callback(error);
        return;
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const address = server.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** RFC 2047 encoded words (B and Q) → text. */
function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_match, _charset: string, kind: string, text: string) =>
      kind.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : Buffer.from(
            text
              .replace(/_/g, ' ')
              .replace(/=([0-9A-Fa-f]{2})/g, (_m, hex: string) =>
                String.fromCharCode(Number.parseInt(hex, 16)),
              ),
            'latin1',
          ).toString('utf8'),
    );
}

/** Subject and text body of a single-part message as a mail reader shows them. */
function readMessage(raw: string): { subject: string; body: string; headers: string } {
  const split = raw.indexOf('\r\n\r\n');
  const headers = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const subject = decodeWords(/^Subject: (.*)$/im.exec(headers)?.[1] ?? '');
  const encoding = /^Content-Transfer-Encoding: (.*)$/im.exec(headers)?.[1]?.trim().toLowerCase();
  const rawBody = raw.slice(split + 4);
  const body =
    encoding === 'base64'
      ? Buffer.from(rawBody.replace(/\s+/g, ''), 'base64').toString('utf8')
      : encoding === 'quoted-printable'
        ? Buffer.from(
            rawBody
              .replace(/=\r\n/g, '')
              .replace(/=([0-9A-Fa-f]{2})/g, (_m, hex: string) =>
                String.fromCharCode(Number.parseInt(hex, 16)),
              ),
            'latin1',
          ).toString('utf8')
        : rawBody;
  return { subject, body: body.replace(/\r\n/g, '\n').trim(), headers };
}

let t: TestApp;
const db = (): Db => t.db.database.db;
const logs: string[] = [];
const logger = createLogger(
  'info',
  new Writable({
    write(chunk, _encoding, callback) {
      logs.push(String(chunk));
      callback();
    },
  }),
);

beforeAll(async () => {
  t = await createTestApp({ PUBLIC_URL: 'https://dichvucong.hanoi.test' });
});
afterAll(() => t?.close());

function configWith(env: Record<string, string>): Config {
  return loadConfig({ NODE_ENV: 'test', PUBLIC_URL: 'https://dichvucong.hanoi.test', ...env });
}

function notifier(env: Record<string, string>, extra: Partial<NotifierDeps> = {}) {
  return createNotifier({ db: db(), config: configWith(env), logger, ...extra });
}

async function rowsOf(recipientId: string) {
  return db().select().from(notifications).where(eq(notifications.recipientId, recipientId));
}

const SUBJECT = 'Hồ sơ H26.1.01-260305-0007 đã được tiếp nhận — hẹn trả ngày 12/03/2026';
const BODY =
  'Kính gửi ông Nguyễn Văn An: Ủy ban nhân dân phường Ba Đình đã tiếp nhận hồ sơ đăng ký khai sinh.';

describe('notify', () => {
  it('writes the in-app row, and e-mail and SMS rows for the addresses given, in the caller transaction', async () => {
    const n = notifier({});
    await db().transaction(async (tx) => {
      await n.notify(tx, {
        recipientId: 'cong-dan-1',
        subject: SUBJECT,
        body: BODY,
        link: '/ca-nhan/ho-so/1',
        email: 'an@example.com',
        phone: '0912 345 678',
      });
    });
    const rows = await rowsOf('cong-dan-1');
    expect(rows.map((row) => [row.channel, row.status, row.address]).sort()).toEqual([
      ['email', 'pending', 'an@example.com'],
      ['in_app', 'sent', null],
      ['sms', 'pending', '0912345678'],
    ]);
    // A rolled-back change leaves no notification.
    await db()
      .transaction(async (tx) => {
        await n.notify(tx, { recipientId: 'cong-dan-2', subject: SUBJECT, body: BODY });
        throw new Error('rollback');
      })
      .catch(() => {});
    expect(await rowsOf('cong-dan-2')).toEqual([]);
  });
});

describe('e-mail delivery over SMTP', () => {
  // Each test starts with no e-mail waiting.
  beforeEach(async () => {
    await db().delete(notifications).where(eq(notifications.status, 'pending'));
  });

  it('delivers the Vietnamese subject and body intact (UTF-8), once', async () => {
    const smtp = await startSmtp();
    try {
      const n = notifier({
        SMTP_URL: smtp.url,
        SMTP_FROM: 'Cổng dịch vụ công <khong-tra-loi@hanoi.test>',
        SMS_SENDER: 'none',
      });
      await n.notify(db(), {
        recipientId: 'cong-dan-3',
        subject: SUBJECT,
        body: BODY,
        link: '/ca-nhan/ho-so/3',
        email: 'an3@example.com',
      });
      const [first, again] = await Promise.all([n.deliverPending(), n.deliverPending()]);
      expect((first?.sent ?? 0) + (again?.sent ?? 0)).toBe(1);
      expect(await n.deliverPending()).toEqual({ sent: 0, failed: 0 });
      expect(smtp.received).toHaveLength(1);
      const [mail] = smtp.received;
      expect(mail?.to).toEqual(['an3@example.com']);
      const message = readMessage(mail?.raw ?? '');
      expect(message.subject).toBe(SUBJECT);
      expect(message.body).toBe(`${BODY}\n\nhttps://dichvucong.hanoi.test/ca-nhan/ho-so/3`);
      expect(message.headers).toMatch(/charset=utf-8/i);
      const email = (await rowsOf('cong-dan-3')).find((row) => row.channel === 'email');
      expect(email).toMatchObject({ status: 'sent', attempts: 1 });
      expect(email?.sentAt).toBeInstanceOf(Date);
      n.close();
    } finally {
      await smtp.close();
    }
  });

  it('retries with backoff, then marks the row failed after NOTIFY_MAX_ATTEMPTS, logging no address', async () => {
    const smtp = await startSmtp({ refuse: true });
    let clock = new Date('2026-03-05T02:00:00Z');
    try {
      const n = notifier(
        { SMTP_URL: smtp.url, NOTIFY_MAX_ATTEMPTS: '3', NOTIFY_RETRY_BASE_SECONDS: '60', SMS_SENDER: 'none' },
        { clock: () => clock },
      );
      await n.notify(db(), {
        recipientId: 'cong-dan-4',
        subject: SUBJECT,
        body: BODY,
        email: 'tu-choi@example.com',
      });
      const email = async () => (await rowsOf('cong-dan-4')).find((row) => row.channel === 'email');
      logs.length = 0;
      expect(await n.deliverPending()).toEqual({ sent: 0, failed: 1 });
      expect(await email()).toMatchObject({ status: 'pending', attempts: 1 });
      // Not due again before the backoff (60 s after the first attempt).
      clock = new Date(clock.getTime() + 30_000);
      expect(await n.deliverPending()).toEqual({ sent: 0, failed: 0 });
      clock = new Date(clock.getTime() + 30_000);
      expect(await n.deliverPending()).toEqual({ sent: 0, failed: 1 });
      expect(await email()).toMatchObject({ status: 'pending', attempts: 2 });
      // The third attempt is due 60 · (2² − 1) = 180 s after creation.
      clock = new Date(clock.getTime() + 60_000);
      expect(await n.deliverPending()).toEqual({ sent: 0, failed: 0 });
      clock = new Date(clock.getTime() + 60_000);
      expect(await n.deliverPending()).toEqual({ sent: 0, failed: 1 });
      expect(await email()).toMatchObject({ status: 'failed', attempts: 3 });
      clock = new Date(clock.getTime() + 3_600_000);
      expect(await n.deliverPending()).toEqual({ sent: 0, failed: 0 });
      expect(smtp.received).toEqual([]);
      const failures = logs.map((line) => JSON.parse(line)).filter((entry) => entry.notificationId);
      expect(failures.map((entry) => [entry.attempt, entry.final, entry.responseCode])).toEqual([
        [1, false, 550],
        [2, false, 550],
        [3, true, 550],
      ]);
      expect(logs.join('')).not.toContain('tu-choi@example.com');
      n.close();
    } finally {
      await smtp.close();
    }
  });

  it('without SMTP_URL leaves e-mails pending and reports how many, without addresses', async () => {
    const n = notifier({ SMS_SENDER: 'none' });
    await n.notify(db(), {
      recipientId: 'cong-dan-5',
      subject: SUBJECT,
      body: BODY,
      email: 'cho-gui@example.com',
    });
    logs.length = 0;
    expect(await n.deliverPending()).toEqual({ sent: 0, failed: 0 });
    expect((await rowsOf('cong-dan-5')).find((row) => row.channel === 'email')?.status).toBe('pending');
    const waiting = logs.map((line) => JSON.parse(line)).find((entry) => entry.pendingEmails);
    expect(waiting?.pendingEmails).toBeGreaterThan(0);
    expect(logs.join('')).not.toContain('cho-gui@example.com');
  });
});

describe('SMS delivery', () => {
  it('the log sender names only the row, never the number or the text', async () => {
    const n = notifier({}, { mailer: null });
    await n.notify(db(), { recipientId: 'cong-dan-6', subject: SUBJECT, body: BODY, phone: '0987654321' });
    logs.length = 0;
    const result = await n.deliverPending();
    expect(result.sent).toBeGreaterThanOrEqual(1);
    const sms = (await rowsOf('cong-dan-6')).find((row) => row.channel === 'sms');
    expect(sms?.status).toBe('sent');
    const lines = logs.join('');
    expect(lines).toContain(sms?.id);
    expect(lines).not.toContain('0987654321');
    expect(lines).not.toContain('Nguyễn Văn An');
  });
});

describe('GET/POST /api/v1/notifications', () => {
  const me = bearer('can-bo-thong-bao', []);
  const other = bearer('can-bo-khac', []);
  const ids: string[] = [];

  beforeAll(async () => {
    const n = notifier({});
    for (const [index, subject] of [
      'Thông báo thứ nhất',
      'Thông báo thứ hai',
      'Thông báo thứ ba',
    ].entries()) {
      await n.notify(db(), {
        recipientId: 'can-bo-thong-bao',
        subject,
        body: `Nội dung ${index + 1}`,
        link: `/app/mot-cua/ho-so/${index}`,
      });
    }
    await n.notify(db(), { recipientId: 'can-bo-khac', subject: 'Của người khác', body: '...' });
    const rows = await rowsOf('can-bo-thong-bao');
    ids.push(...rows.filter((row) => row.channel === 'in_app').map((row) => row.id));
  });

  const list = (headers: Record<string, string>, query = '') =>
    t.app.inject({ method: 'GET', url: `/api/v1/notifications${query}`, headers });
  const post = (url: string, headers: Record<string, string>) =>
    t.app.inject({ method: 'POST', url, headers });

  it('401 for anonymous callers', async () => {
    expect((await list({})).statusCode).toBe(401);
    expect((await post(`/api/v1/notifications/${ids[0]}/read`, {})).statusCode).toBe(401);
    expect((await post('/api/v1/notifications/read-all', {})).statusCode).toBe(401);
  });

  it('lists only the own in-app notifications, newest first, with the unread count', async () => {
    const res = await list(me, '?pageSize=2');
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const body = res.json();
    expect(body.unread).toBe(3);
    expect(body.total).toBe(3);
    expect(body.items.map((item: { subject: string }) => item.subject)).toEqual([
      'Thông báo thứ ba',
      'Thông báo thứ hai',
    ]);
    expect(body.items[0]).toMatchObject({ read: false, link: '/app/mot-cua/ho-so/2' });
  });

  it('404 for another person notification, 400 with the field path for a bad id', async () => {
    const others = await rowsOf('can-bo-khac');
    const res = await post(`/api/v1/notifications/${others[0]?.id}/read`, me);
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('NOT_FOUND');
    const bad = await post('/api/v1/notifications/khong-phai-ma/read', me);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('params.id');
    expect((await list(other)).json().unread).toBe(1);
  });

  it('marks one read, then all, and audits it', async () => {
    const one = await post(`/api/v1/notifications/${ids[0]}/read`, me);
    expect(one.statusCode).toBe(200);
    expect(one.json()).toEqual({ updated: 1, unread: 2 });
    expect((await post(`/api/v1/notifications/${ids[0]}/read`, me)).json()).toEqual({
      updated: 0,
      unread: 2,
    });
    expect((await list(me, '?unread=true')).json().items).toHaveLength(2);
    expect((await post('/api/v1/notifications/read-all', me)).json()).toEqual({ updated: 2, unread: 0 });
    expect((await list(me)).json().items.every((item: { read: boolean }) => item.read)).toBe(true);
    expect((await list(other)).json().unread).toBe(1);
    const audit = await t.app.inject({
      method: 'GET',
      url: '/api/v1/audit?actorId=can-bo-thong-bao',
      headers: bearer('kiem-tra', ['audit.read']),
    });
    expect(
      audit
        .json()
        .items.map((entry: { action: string }) => entry.action)
        .sort(),
    ).toEqual(['notification.read', 'notification.read-all']);
  });
});
