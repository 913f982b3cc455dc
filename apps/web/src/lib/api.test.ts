import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, problemResponse, stubFetch } from '../test/render.tsx';
import { ApiError, api, apiRequest, NetworkError, parseProblem, setApiLanguage, withQuery } from './api.ts';

afterEach(() => setApiLanguage(() => 'vi'));

describe('apiRequest', () => {
  it('parses an RFC 9457 problem+json answer into an ApiError', async () => {
    stubFetch(() =>
      problemResponse(400, 'VALIDATION_FAILED', 'Dữ liệu gửi lên không hợp lệ.', [
        { path: 'body.username', message: 'Sai kiểu dữ liệu hoặc thiếu trường bắt buộc' },
      ]),
    );
    const error = await api.post('/api/v1/auth/login', { username: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    const apiError = error as ApiError;
    expect(apiError.status).toBe(400);
    expect(apiError.code).toBe('VALIDATION_FAILED');
    expect(apiError.detail).toBe('Dữ liệu gửi lên không hợp lệ.');
    expect(apiError.isProblem).toBe(true);
    expect(apiError.type).toBe('urn:lienthong:problem:validation-failed');
    expect(apiError.errors).toEqual([
      { path: 'body.username', message: 'Sai kiểu dữ liệu hoặc thiếu trường bắt buộc' },
    ]);
    expect(apiError.message).toBe('Dữ liệu gửi lên không hợp lệ.');
  });

  it('keeps status and an empty detail when the error body is not problem+json', async () => {
    stubFetch(() => new Response('<html>Bad Gateway</html>', { status: 502, statusText: 'Bad Gateway' }));
    const error = (await api.get('/api/v1/system/status').catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(502);
    expect(error.code).toBe('HTTP_502');
    expect(error.detail).toBe('');
    expect(error.isProblem).toBe(false);
  });

  it('turns a failed fetch into a NetworkError', async () => {
    stubFetch(() => {
      throw new TypeError('Failed to fetch');
    });
    await expect(api.get('/api/v1/system/status')).rejects.toBeInstanceOf(NetworkError);
  });

  it('sends JSON, same-origin credentials and the UI language', async () => {
    setApiLanguage(() => 'en');
    const fetchMock = stubFetch(() => jsonResponse({ ok: true }));
    const result = await api.post<{ ok: boolean }>('/api/v1/auth/login', { username: 'a', password: 'b' });
    expect(result).toEqual({ ok: true });
    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe('/api/v1/auth/login');
    expect(init?.method).toBe('POST');
    expect(init?.credentials).toBe('same-origin');
    expect(init?.body).toBe(JSON.stringify({ username: 'a', password: 'b' }));
    const headers = new Headers(init?.headers);
    expect(headers.get('content-type')).toBe('application/json');
    expect(headers.get('accept-language')).toMatch(/^en/);
    expect(headers.get('accept')).toContain('application/problem+json');
  });

  it('sends Vietnamese as Accept-Language by default', async () => {
    const fetchMock = stubFetch(() => jsonResponse({}));
    await api.get('/api/v1/system/status');
    const headers = new Headers(fetchMock.mock.calls[0]?.[1]?.headers);
    expect(headers.get('accept-language')).toMatch(/^vi-VN, vi/);
  });

  it('returns undefined for 204 No Content', async () => {
    stubFetch(() => new Response(null, { status: 204 }));
    await expect(apiRequest('/api/v1/auth/logout', { method: 'POST' })).resolves.toBeUndefined();
  });

  it('lets an abort through unchanged', async () => {
    stubFetch(() => {
      throw new DOMException('The operation was aborted.', 'AbortError');
    });
    await expect(api.get('/api/v1/system/status')).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('appends the query string without empty values', async () => {
    const fetchMock = stubFetch(() => jsonResponse({ items: [] }));
    await api.get('/api/v1/procedures', { query: { q: 'khai sinh', page: 2, empty: '', none: undefined } });
    expect(fetchMock.mock.calls[0]?.[0]).toBe('/api/v1/procedures?q=khai+sinh&page=2');
    expect(vi.isMockFunction(fetch)).toBe(true);
  });
});

describe('parseProblem', () => {
  it('rejects values that are not problem documents', () => {
    expect(parseProblem(null)).toBeUndefined();
    expect(parseProblem('lỗi')).toBeUndefined();
    expect(parseProblem({ status: 500 })).toBeUndefined();
  });

  it('drops malformed field errors', () => {
    const problem = parseProblem({ status: 400, detail: 'x', errors: [{ path: 'body.a' }, 'b'] });
    expect(problem?.errors).toBeUndefined();
    expect(problem?.code).toBe('HTTP_400');
  });
});

describe('withQuery', () => {
  it('keeps an existing query string', () => {
    expect(withQuery('/a?x=1', { q: 'đ' })).toBe('/a?x=1&q=%C4%91');
    expect(withQuery('/a', {})).toBe('/a');
  });
});

describe('ApiError.language', () => {
  it('is Vietnamese unless the server says otherwise', async () => {
    stubFetch(() => problemResponse(401, 'UNAUTHENTICATED', 'Bạn cần đăng nhập.'));
    expect(((await api.get('/x').catch((e: unknown) => e)) as ApiError).language).toBe('vi');
    const english = problemResponse(401, 'UNAUTHENTICATED', 'Please sign in.');
    english.headers.set('content-language', 'en');
    stubFetch(() => english);
    expect(((await api.get('/x').catch((e: unknown) => e)) as ApiError).language).toBe('en');
  });
});
