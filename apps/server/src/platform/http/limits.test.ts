import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({
    RATE_LIMIT_MAX: '3',
    RATE_LIMIT_WINDOW_MS: '60000',
    METRICS_TOKEN: 'metrics-token-0123456789',
  });
});
afterAll(() => t.close());

describe('rate limiting', () => {
  it('answers 429 RATE_LIMITED past the limit, with Retry-After, and never limits health checks', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      statuses.push(
        (await t.app.inject({ method: 'GET', url: '/api/v1/system/status', remoteAddress: '10.9.9.9' }))
          .statusCode,
      );
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    const limited = await t.app.inject({
      method: 'GET',
      url: '/api/v1/system/status',
      remoteAddress: '10.9.9.9',
    });
    expect(limited.headers['content-type']).toContain('application/problem+json');
    expect(limited.json()).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
    expect(limited.json().detail).toMatch(/thử lại sau \d+ giây/);
    expect(limited.headers['retry-after']).toBeDefined();
    for (let i = 0; i < 5; i++) {
      expect(
        (await t.app.inject({ method: 'GET', url: '/healthz', remoteAddress: '10.9.9.9' })).statusCode,
      ).toBe(200);
    }
    // Another client is not affected.
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/system/status', remoteAddress: '10.9.9.8' }))
        .statusCode,
    ).toBe(200);
  });
});

describe('metrics', () => {
  it('requires the metrics token when one is configured', async () => {
    const anonymous = await t.app.inject({ method: 'GET', url: '/metrics' });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json().code).toBe('UNAUTHENTICATED');
    const wrong = await t.app.inject({
      method: 'GET',
      url: '/metrics',
      headers: { authorization: 'Bearer nope' },
    });
    expect(wrong.statusCode).toBe(401);
    const ok = await t.app.inject({
      method: 'GET',
      url: '/metrics',
      headers: { authorization: 'Bearer metrics-token-0123456789' },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.body).toContain('lienthong_http_request_duration_seconds_bucket');
    expect(ok.body).toContain('route="/api/v1/system/status"');
    expect(ok.body).toContain('lienthong_process_cpu_user_seconds_total');
  });

  it('without a token, serves loopback callers only', async () => {
    const open = await createTestApp({}, { db: t.db });
    try {
      expect((await open.app.inject({ method: 'GET', url: '/metrics' })).statusCode).toBe(200);
      const remote = await open.app.inject({ method: 'GET', url: '/metrics', remoteAddress: '203.0.113.5' });
      expect(remote.statusCode).toBe(403);
      expect(remote.json().code).toBe('FORBIDDEN');
    } finally {
      await open.close();
    }
  });
});
