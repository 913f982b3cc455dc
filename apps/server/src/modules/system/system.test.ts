import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { TEST_BACKEND } from '../../../test/test-database.ts';
import { createDatabase } from '../../platform/db/index.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('GET /api/v1/system/status', () => {
  it('reports the database backend after a round trip, to anonymous callers', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/system/status' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ status: 'ok', database: { backend: TEST_BACKEND } });
    expect(body.database.version).toMatch(/^PostgreSQL \d+$/);
    expect(body.database.latencyMs).toBeGreaterThanOrEqual(0);
    expect(Number.isNaN(Date.parse(body.serverTime))).toBe(false);
  });
});

describe('health', () => {
  it('is live and ready with a database', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/healthz' })).json()).toEqual({ status: 'ok' });
    const ready = await t.app.inject({ method: 'GET', url: '/readyz' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ status: 'ready', checks: { database: 'ok', jobs: 'disabled' } });
  });
});

describe('database down', () => {
  it('answers 503 at once instead of hanging', async () => {
    // A port nothing listens on: connections are refused immediately.
    const down = createDatabase({
      url: 'postgresql://postgres@127.0.0.1:1/postgres',
      backend: 'postgres',
      poolMax: 2,
      connectTimeoutMs: 2000,
      statementTimeoutMs: 1000,
    });
    const unavailable = await createTestApp(
      {},
      { db: { database: down, url: down.url, close: () => down.close() } },
    );
    try {
      const ready = await unavailable.app.inject({ method: 'GET', url: '/readyz' });
      expect(ready.statusCode).toBe(503);
      expect(ready.json()).toMatchObject({ status: 'unavailable', checks: { database: 'unavailable' } });
      const status = await unavailable.app.inject({ method: 'GET', url: '/api/v1/system/status' });
      expect(status.statusCode).toBe(503);
      expect(status.json()).toMatchObject({ code: 'DATABASE_UNAVAILABLE', status: 503 });
      expect(status.headers['retry-after']).toBe('5');
      expect(status.json().detail).toBe('Cơ sở dữ liệu tạm thời không sẵn sàng. Vui lòng thử lại sau.');
    } finally {
      await unavailable.close();
      await down.close();
    }
  });
});
