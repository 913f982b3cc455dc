import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { publicRoute } from '../auth/actor.ts';

const EchoBody = z.object({
  fullName: z.string().min(2),
  age: z.number().int().min(0),
  nested: z.object({ code: z.string() }),
});

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp(
    { BODY_LIMIT_BYTES: '2048', RATE_LIMIT_MAX: '1000' },
    {
      beforeReady: (app) => {
        app.post(
          '/api/v1/test/echo',
          { schema: { body: EchoBody, response: { 200: EchoBody } }, preHandler: publicRoute },
          async (request) => request.body,
        );
      },
    },
  );
});
afterAll(() => t.close());

describe('problem+json errors', () => {
  it('answers an unknown API route with 404 ROUTE_NOT_FOUND', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/khong-co' });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({
      status: 404,
      code: 'ROUTE_NOT_FOUND',
      type: 'urn:lienthong:problem:route-not-found',
      detail: 'Không tìm thấy đường dẫn yêu cầu.',
      instance: '/api/v1/khong-co',
    });
  });

  it('answers malformed JSON with 400 MALFORMED_REQUEST', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/test/echo',
      headers: { 'content-type': 'application/json' },
      payload: '{"fullName": ',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('MALFORMED_REQUEST');
  });

  it('lists every failing field of a schema violation', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/test/echo',
      payload: { fullName: 'A', age: -1, nested: {} },
    });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.code).toBe('VALIDATION_FAILED');
    expect(body.errors.map((e: { path: string }) => e.path).sort()).toEqual([
      'body.age',
      'body.fullName',
      'body.nested.code',
    ]);
    for (const error of body.errors) expect(error.message).toMatch(/[ạảãáàâăđêôơư]/);
  });

  it('answers a body over the limit with 413 PAYLOAD_TOO_LARGE', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/test/echo',
      payload: { fullName: 'x'.repeat(5000), age: 1, nested: { code: 'a' } },
    });
    expect(res.statusCode).toBe(413);
    expect(res.json().code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('answers an unsupported content type with 415', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/test/echo',
      headers: { 'content-type': 'application/x-unknown' },
      payload: 'abc',
    });
    expect(res.statusCode).toBe(415);
    expect(res.json().code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('never leaks a stack trace on an internal error', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/test/echo',
      payload: { fullName: 'Nguyễn Văn A', age: 3, nested: { code: 'x' } },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().fullName).toBe('Nguyễn Văn A');
  });
});

describe('request ids and headers', () => {
  it('returns a request id, honouring a well-formed incoming one', async () => {
    const own = await t.app.inject({
      method: 'GET',
      url: '/healthz',
      headers: { 'x-request-id': 'abc12345-trace' },
    });
    expect(own.headers['x-request-id']).toBe('abc12345-trace');
    const bad = await t.app.inject({
      method: 'GET',
      url: '/healthz',
      headers: { 'x-request-id': '<script>' },
    });
    expect(bad.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('sends a strict Content-Security-Policy and other security headers', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/healthz' });
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['strict-transport-security']).toContain('max-age=');
  });
});

describe('OpenAPI', () => {
  it('publishes OpenAPI 3.1 generated from the zod schemas', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/system/status',
        '/api/v1/files',
        '/api/v1/files/{id}',
        '/healthz',
        '/readyz',
      ]),
    );
    expect(doc.paths['/api/v1/system/status'].get.responses['200']).toBeDefined();
  });

  it('serves the API docs UI', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
  });
});

describe('logs', () => {
  it('keeps personal data out of the logs', async () => {
    await t.app.inject({
      method: 'GET',
      url: '/api/v1/system/status?nationalId=001099012345&phone=0912345678',
      headers: { authorization: 'Bearer secret-token-value', cookie: 'sid=secret-cookie' },
    });
    const text = t.logs.join('');
    expect(text).toContain('/api/v1/system/status');
    expect(text).not.toContain('001099012345');
    expect(text).not.toContain('0912345678');
    expect(text).not.toContain('secret-token-value');
    expect(text).not.toContain('secret-cookie');
    expect(text).not.toContain('127.0.0.1');
  });
});

describe('route declarations', () => {
  it('refuses an API route that declares no authorization', async () => {
    let thrown: unknown;
    const other = await createTestApp(
      {},
      {
        db: t.db,
        beforeReady: (app) => {
          try {
            app.get('/api/v1/test/open', async () => ({}));
          } catch (error) {
            thrown = error;
          }
        },
      },
    );
    await other.close();
    expect(String(thrown)).toMatch(/no authorization preHandler/);
  });
});
