import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, problemResponse, renderApp, stubFetch } from '../../test/render.tsx';

const USER = { id: 'u2', displayName: 'Trần Thị Bích', roles: ['specialist'], permissions: [] };
const STATUS = {
  status: 'ok',
  version: '0.1.0',
  serverTime: '2026-11-23T07:05:00Z',
  database: { backend: 'pglite', version: 'PostgreSQL 17', latencyMs: 1.2 },
};

describe('sign-in with a temporary password', () => {
  it('asks for a new password before opening the workspace', async () => {
    const fetchMock = stubFetch((url, init) => {
      if (url === '/api/v1/auth/login') {
        return jsonResponse({ status: 'ok', user: { ...USER, mustChangePassword: true } });
      }
      if (url === '/api/v1/auth/password') {
        const body = JSON.parse(String(init?.body));
        if (body.newPassword === 'tranthibich1') {
          return problemResponse(400, 'VALIDATION_FAILED', 'Dữ liệu gửi lên không hợp lệ.', [
            { path: 'body.newPassword', message: 'Mật khẩu không được trùng với tên đăng nhập' },
          ]);
        }
        return new Response(null, { status: 204 });
      }
      if (url === '/api/v1/auth/session') return jsonResponse({ user: USER });
      return jsonResponse(STATUS);
    });
    const { router } = renderApp('/app/login?next=%2Fapp');
    fireEvent.change(await screen.findByLabelText('Tên đăng nhập'), { target: { value: 'tranthibich1' } });
    fireEvent.change(screen.getByLabelText('Mật khẩu'), { target: { value: 'mat-khau-tam-thoi' } });
    fireEvent.click(screen.getByRole('button', { name: 'Đăng nhập' }));

    expect(await screen.findByRole('heading', { level: 2, name: 'Đổi mật khẩu' })).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Mật khẩu hiện tại'), { target: { value: 'mat-khau-tam-thoi' } });
    fireEvent.change(screen.getByLabelText('Mật khẩu mới'), { target: { value: 'ngan' } });
    fireEvent.change(screen.getByLabelText('Nhập lại mật khẩu mới'), { target: { value: 'khac' } });
    fireEvent.click(screen.getByRole('button', { name: 'Đổi mật khẩu' }));
    expect(await screen.findByText('Mật khẩu mới cần ít nhất 10 ký tự.')).toBeTruthy();
    expect(await screen.findByText('Hai mật khẩu mới không trùng nhau.')).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Mật khẩu mới'), { target: { value: 'tranthibich1' } });
    fireEvent.change(screen.getByLabelText('Nhập lại mật khẩu mới'), { target: { value: 'tranthibich1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Đổi mật khẩu' }));
    expect(await screen.findByText('Mật khẩu không được trùng với tên đăng nhập')).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Mật khẩu mới'), { target: { value: 'mat-khau-rieng-cua-toi' } });
    fireEvent.change(screen.getByLabelText('Nhập lại mật khẩu mới'), {
      target: { value: 'mat-khau-rieng-cua-toi' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Đổi mật khẩu' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/app'));
    const calls = fetchMock.mock.calls.filter(([url]) => url === '/api/v1/auth/password');
    expect(JSON.parse(String(calls.at(-1)?.[1]?.body))).toEqual({
      currentPassword: 'mat-khau-tam-thoi',
      newPassword: 'mat-khau-rieng-cua-toi',
    });
  });
});
