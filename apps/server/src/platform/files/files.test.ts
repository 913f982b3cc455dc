import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipart, PDF_BYTES, PNG_BYTES } from '../../../test/fixtures.ts';
import { bearer, createTestApp, type TestApp } from '../../../test/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ UPLOAD_MAX_BYTES: '4096' });
});
afterAll(() => t.close());

const uploader = bearer('can-bo-1', ['file.upload', 'file.read']);

function upload(
  content: Uint8Array,
  headers: Record<string, string>,
  name = 'ảnh chụp.png',
  type = 'text/plain',
) {
  const form = multipart('file', name, type, content);
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/files',
    headers: { ...headers, ...form.headers },
    payload: form.body,
  });
}

describe('POST /api/v1/files', () => {
  it('401 for an anonymous caller', async () => {
    const res = await upload(PNG_BYTES, {});
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('UNAUTHENTICATED');
  });

  it('403 without the file.upload permission', async () => {
    const res = await upload(PNG_BYTES, bearer('can-bo-2', ['file.read']));
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('FORBIDDEN');
  });

  it('stores the file by content and takes the type from the content, not the client', async () => {
    const res = await upload(PNG_BYTES, uploader, 'Ảnh chụp/../giấy tờ.png', 'application/x-msdownload');
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({ mediaType: 'image/png', size: PNG_BYTES.length, name: 'giấy tờ.png' });
    expect(body.sha256).toMatch(/^[0-9a-f]{64}$/);
    const again = await upload(PNG_BYTES, uploader);
    expect(again.json().sha256).toBe(body.sha256);
    expect(again.json().id).not.toBe(body.id);
  });

  it('415 FILE_TYPE_NOT_ALLOWED for content of a type not on the list', async () => {
    const res = await upload(
      new TextEncoder().encode('MZ\x90\x00 not really an exe, just text'),
      uploader,
      'a.pdf',
      'application/pdf',
    );
    expect(res.statusCode).toBe(415);
    expect(res.json().code).toBe('FILE_TYPE_NOT_ALLOWED');
  });

  it('413 for a file over the limit, and nothing is kept', async () => {
    const big = new Uint8Array(5000);
    big.set(PDF_BYTES);
    const res = await upload(big, uploader, 'lon.pdf');
    expect(res.statusCode).toBe(413);
    expect(res.json().code).toBe('PAYLOAD_TOO_LARGE');
    const count = await t.db.database.pool.query(
      "select count(*)::int as n from stored_files where name = 'lon.pdf'",
    );
    expect(count.rows[0].n).toBe(0);
  });

  it('400 with a field path when the file field is missing', async () => {
    const form = multipart('other', 'a.pdf', 'application/pdf', PDF_BYTES);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/files',
      headers: { ...uploader, ...form.headers },
      payload: form.body,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([{ path: 'body.file', message: 'Thiếu tệp trong trường "file"' }]);
  });

  it('415 when the request is not multipart', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/files',
      headers: uploader,
      payload: { a: 1 },
    });
    expect(res.statusCode).toBe(415);
  });
});

describe('GET /api/v1/files/:id', () => {
  it('returns the owner their file, and 404 to anyone else without revealing it exists', async () => {
    const created = (await upload(PDF_BYTES, uploader, 'Quyết định số 05.pdf')).json();
    const own = await t.app.inject({ method: 'GET', url: `/api/v1/files/${created.id}`, headers: uploader });
    expect(own.statusCode).toBe(200);
    expect(own.headers['content-type']).toBe('application/pdf');
    expect(own.headers['content-disposition']).toContain("filename*=UTF-8''Quy%E1%BA%BFt");
    expect(new Uint8Array(own.rawPayload)).toEqual(PDF_BYTES);

    const other = await t.app.inject({
      method: 'GET',
      url: `/api/v1/files/${created.id}`,
      headers: bearer('can-bo-khac', ['file.read']),
    });
    expect(other.statusCode).toBe(404);
    const missing = await t.app.inject({
      method: 'GET',
      url: '/api/v1/files/0190a4b2-0000-7000-8000-000000000000',
      headers: uploader,
    });
    expect(missing.statusCode).toBe(404);
    expect(other.json()).toEqual({
      ...missing.json(),
      instance: other.json().instance,
      requestId: other.json().requestId,
    });
  });

  it('401 anonymous, 403 without file.read, 400 for a malformed id', async () => {
    const id = '0190a4b2-0000-7000-8000-000000000000';
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/files/${id}` })).statusCode).toBe(401);
    expect(
      (
        await t.app.inject({
          method: 'GET',
          url: `/api/v1/files/${id}`,
          headers: bearer('x', ['file.upload']),
        })
      ).statusCode,
    ).toBe(403);
    const bad = await t.app.inject({
      method: 'GET',
      url: '/api/v1/files/khong-phai-uuid',
      headers: uploader,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('params.id');
  });
});
