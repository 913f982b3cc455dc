import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createTestApp, type TestApp } from '../../../test/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('GET /api/v1/auth/session', () => {
  it('answers 401 UNAUTHENTICATED when nobody is signed in', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/auth/session' });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({
      code: 'UNAUTHENTICATED',
      detail: 'Bạn cần đăng nhập để thực hiện thao tác này.',
    });
  });

  it('describes the signed-in actor, never cached', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/auth/session',
      headers: bearer('can-bo-7', ['file.upload', 'file.read']),
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.json()).toEqual({
      user: {
        id: 'can-bo-7',
        kind: 'official',
        displayName: 'Cán bộ thử nghiệm',
        roles: ['specialist'],
        permissions: ['file.read', 'file.upload'],
      },
    });
  });
});
