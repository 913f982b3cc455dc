import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publicRoute } from '../src/platform/auth/actor.ts';
import { createTestApp, type TestApp } from './test-app.ts';

let t: TestApp;
let release: () => void = () => {};
const started = new Promise<void>((resolve) => {
  release = resolve;
});

beforeAll(async () => {
  t = await createTestApp(
    {},
    {
      beforeReady: (app) => {
        app.get('/api/v1/test/slow', { preHandler: publicRoute }, async () => {
          release();
          await new Promise((resolve) => setTimeout(resolve, 500));
          return { done: true };
        });
      },
    },
  );
  await t.app.listen({ host: '127.0.0.1', port: 0 });
});
afterAll(() => t.db.close());

describe('graceful shutdown', () => {
  it('reports not ready while shutting down, so load balancers stop sending traffic', async () => {
    t.app.shuttingDown.value = true;
    const ready = await t.app.inject({ method: 'GET', url: '/readyz' });
    expect(ready.statusCode).toBe(503);
    expect(ready.json().status).toBe('unavailable');
    t.app.shuttingDown.value = false;
  });

  it('lets an in-flight request finish, then refuses new connections', async () => {
    const address = t.app.server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const inFlight = fetch(`http://127.0.0.1:${port}/api/v1/test/slow`);
    await started;
    const closing = t.app.close();
    await expect.poll(() => t.app.shuttingDown.value).toBe(true);
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ done: true });
    await closing;
    await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
  });
});
