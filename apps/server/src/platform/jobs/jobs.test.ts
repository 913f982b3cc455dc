import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import { createJobs } from './jobs.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.close());

describe('jobs (pg-boss)', () => {
  it('runs a registered job in-process and stops gracefully', async () => {
    const jobs = createJobs({ url: t.url, logger: pino({ level: 'silent' }) });
    const seen: string[] = [];
    let done: () => void = () => {};
    const finished = new Promise<void>((resolve) => {
      done = resolve;
    });
    jobs.register<{ dossier: string }>('test.echo', async (data) => {
      seen.push(data.dossier);
      done();
    });
    expect(jobs.status()).toBe('disabled');
    await jobs.start({ work: true });
    expect(jobs.status()).toBe('ok');
    const id = await jobs.send('test.echo', { dossier: 'H26-251123-0001' });
    expect(id).toMatch(/[0-9a-f-]{36}/);
    await finished;
    expect(seen).toEqual(['H26-251123-0001']);
    await jobs.stop(5000);
    expect(jobs.status()).toBe('stopped');
    const { rows } = await t.database.pool.query("select state from pgboss.job where name = 'test.echo'");
    expect(rows.map((row) => row.state)).toEqual(['completed']);
  });

  it('can send without working (a separate worker processes the queue)', async () => {
    const sender = createJobs({ url: t.url, logger: pino({ level: 'silent' }) });
    sender.register('test.later', async () => {});
    await sender.start({ work: false });
    await sender.send('test.later', { n: 1 });
    await sender.stop(1000);
    const { rows } = await t.database.pool.query("select state from pgboss.job where name = 'test.later'");
    expect(rows.map((row) => row.state)).toEqual(['created']);
  });
});
