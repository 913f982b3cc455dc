import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { apiRequest } from '../../lib/api.ts';
import { jsonResponse, problemResponse, renderApp, stubFetch } from '../../test/render.tsx';

const USER = {
  id: 'u1',
  kind: 'official',
  displayName: 'Nguyễn Văn Quản',
  roles: ['system_admin'],
  permissions: [],
};
const STATUS = {
  status: 'ok',
  version: '0.1.0',
  serverTime: '2026-11-23T07:05:00Z',
  database: { backend: 'pglite', version: 'PostgreSQL 17', latencyMs: 1.2 },
};
const OTPAUTH =
  'otpauth://totp/Li%C3%AAn%20Th%C3%B4ng:quantri?secret=JBSWY3DPEHPK3PXP&issuer=Li%C3%AAn%20Th%C3%B4ng&algorithm=SHA1&digits=6&period=30';

function clearCsrfCookie() {
  // biome-ignore lint/suspicious/noDocumentCookie: the test plays the server setting the cookie
  document.cookie = 'lt_csrf=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
}
afterEach(clearCsrfCookie);

async function submitPassword() {
  fireEvent.change(await screen.findByLabelText('Tên đăng nhập'), { target: { value: 'quantri' } });
  fireEvent.change(screen.getByLabelText('Mật khẩu'), { target: { value: 'LienThong@2026' } });
  fireEvent.click(screen.getByRole('button', { name: 'Đăng nhập' }));
}

describe('two-step sign-in', () => {
  it('asks for the 6-digit code after the password, then opens the workspace', async () => {
    let signedIn = false;
    const fetchMock = stubFetch((url, init) => {
      if (url === '/api/v1/auth/login') return jsonResponse({ status: 'totp_required' });
      if (url === '/api/v1/auth/totp') {
        const { code } = JSON.parse(String(init?.body));
        if (code !== '287082') {
          return problemResponse(401, 'INVALID_TOTP_CODE', 'Mã xác thực không đúng hoặc đã được sử dụng.');
        }
        signedIn = true;
        return jsonResponse({ status: 'ok', user: USER });
      }
      if (url === '/api/v1/auth/session') {
        return signedIn
          ? jsonResponse({ user: USER })
          : problemResponse(401, 'UNAUTHENTICATED', 'Bạn cần đăng nhập để thực hiện thao tác này.');
      }
      return jsonResponse(STATUS);
    });
    const { router } = renderApp('/app/login?next=%2Fapp');
    await submitPassword();
    expect(await screen.findByRole('heading', { level: 2, name: 'Xác thực hai bước' })).toBeTruthy();
    const code = screen.getByLabelText('Mã xác thực');
    expect(code.getAttribute('autocomplete')).toBe('one-time-code');
    expect(code.getAttribute('inputmode')).toBe('numeric');

    fireEvent.click(screen.getByRole('button', { name: 'Xác nhận' }));
    expect(await screen.findByText('Vui lòng nhập mã xác thực gồm 6 chữ số.')).toBeTruthy();

    fireEvent.change(code, { target: { value: '000000' } });
    fireEvent.click(screen.getByRole('button', { name: 'Xác nhận' }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Mã xác thực không đúng hoặc đã được sử dụng.',
    );

    fireEvent.change(code, { target: { value: '287082' } });
    fireEvent.click(screen.getByRole('button', { name: 'Xác nhận' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/app'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Tổng quan' })).toBeTruthy();
    const totpCalls = fetchMock.mock.calls.filter(([url]) => url === '/api/v1/auth/totp');
    expect(totpCalls.map(([, init]) => JSON.parse(String(init?.body)).code)).toEqual(['000000', '287082']);
  });

  it('goes back to the password step', async () => {
    stubFetch((url) =>
      url === '/api/v1/auth/login' ? jsonResponse({ status: 'totp_required' }) : jsonResponse(STATUS),
    );
    renderApp('/app/login');
    await submitPassword();
    fireEvent.click(await screen.findByRole('button', { name: 'Quay lại bước đăng nhập' }));
    expect(await screen.findByLabelText('Tên đăng nhập')).toBeTruthy();
  });

  it('makes an administrator enrol: QR code, secret, and a first code', async () => {
    const fetchMock = stubFetch((url) => {
      if (url === '/api/v1/auth/login') return jsonResponse({ status: 'totp_enrolment_required' });
      if (url === '/api/v1/auth/totp/enrol')
        return jsonResponse({ secret: 'JBSWY3DPEHPK3PXP', otpauthUri: OTPAUTH });
      if (url === '/api/v1/auth/totp/confirm') return jsonResponse({ status: 'ok', user: USER });
      if (url === '/api/v1/auth/session') return jsonResponse({ user: USER });
      return jsonResponse(STATUS);
    });
    const { router } = renderApp('/app/login');
    await submitPassword();
    expect(await screen.findByRole('heading', { level: 2, name: 'Đăng ký xác thực hai bước' })).toBeTruthy();
    expect(
      await screen.findByRole('img', { name: 'Mã QR để thêm tài khoản vào ứng dụng xác thực' }),
    ).toBeTruthy();
    expect(screen.getByTestId('totp-secret').textContent).toBe('JBSWY3DPEHPK3PXP');
    fireEvent.change(screen.getByLabelText('Mã xác thực'), { target: { value: '123456' } });
    fireEvent.click(screen.getByRole('button', { name: 'Xác nhận' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/app'));
    expect(fetchMock.mock.calls.filter(([url]) => url === '/api/v1/auth/totp/enrol')).toHaveLength(1);
    const confirm = fetchMock.mock.calls.find(([url]) => url === '/api/v1/auth/totp/confirm');
    expect(JSON.parse(String(confirm?.[1]?.body))).toEqual({ code: '123456' });
  });
});

describe('CSRF token', () => {
  it('sends X-CSRF-Token from the lt_csrf cookie on changes, never on reads', async () => {
    // biome-ignore lint/suspicious/noDocumentCookie: the test plays the server setting the cookie
    document.cookie = 'lt_csrf=abc-123_x; path=/';
    const fetchMock = stubFetch(() => jsonResponse({}));
    await apiRequest('/api/v1/auth/logout', { method: 'POST' });
    await apiRequest('/api/v1/auth/session');
    const headers = (i: number) => fetchMock.mock.calls[i]?.[1]?.headers as Record<string, string>;
    expect(headers(0)['X-CSRF-Token']).toBe('abc-123_x');
    expect(headers(1)['X-CSRF-Token']).toBeUndefined();
  });

  it('signs out with the token', async () => {
    // biome-ignore lint/suspicious/noDocumentCookie: the test plays the server setting the cookie
    document.cookie = 'lt_csrf=tok; path=/';
    const fetchMock = stubFetch((url, init) => {
      if (url === '/api/v1/auth/session') return jsonResponse({ user: USER });
      if (url === '/api/v1/auth/logout' && init?.method === 'POST')
        return new Response(null, { status: 204 });
      return jsonResponse(STATUS);
    });
    const { router } = renderApp('/app');
    fireEvent.click(await screen.findByRole('button', { name: /Nguyễn Văn Quản/ }));
    fireEvent.click(await screen.findByText('Đăng xuất'));
    await waitFor(() => expect(router.state.location.pathname).toBe('/app/login'));
    const logout = fetchMock.mock.calls.find(([url]) => url === '/api/v1/auth/logout');
    expect(new Headers(logout?.[1]?.headers).get('X-CSRF-Token')).toBe('tok');
  });
});
