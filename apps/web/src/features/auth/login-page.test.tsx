import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { jsonResponse, problemResponse, renderApp, stubFetch } from '../../test/render.tsx';
import { serverPage } from './safe-next.ts';

async function submit(username: string, password: string) {
  fireEvent.change(await screen.findByLabelText('Tên đăng nhập'), { target: { value: username } });
  fireEvent.change(screen.getByLabelText('Mật khẩu'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Đăng nhập' }));
}

describe('LoginPage', () => {
  it('has a title, labelled fields and the VNeID button', async () => {
    stubFetch(() => jsonResponse({}));
    renderApp('/app/login');
    expect(await screen.findByRole('heading', { level: 1, name: 'Đăng nhập hệ thống' })).toBeTruthy();
    expect(screen.getByLabelText('Tên đăng nhập')).toBeTruthy();
    expect(screen.getByLabelText('Mật khẩu')).toBeTruthy();
    const vneid = screen.getByRole('link', { name: /Đăng nhập bằng VNeID/ });
    expect(vneid.getAttribute('href')).toBe('/api/v1/auth/citizen/login?next=%2Fca-nhan');
    await waitFor(() => expect(document.title).toBe('Đăng nhập hệ thống – Không gian làm việc – Liên Thông'));
  });

  it("shows the server's detail on 401", async () => {
    const fetchMock = stubFetch(() =>
      problemResponse(401, 'UNAUTHENTICATED', 'Tên đăng nhập hoặc mật khẩu không đúng.'),
    );
    renderApp('/app/login');
    await submit('nguyenvana', 'sai-mat-khau');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Đăng nhập không thành công');
    expect(alert.textContent).toContain('Tên đăng nhập hoặc mật khẩu không đúng.');
    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe('/api/v1/auth/login');
    expect(init?.method).toBe('POST');
    expect(JSON.parse(String(init?.body))).toEqual({ username: 'nguyenvana', password: 'sai-mat-khau' });
  });

  it("shows the server's detail on 503", async () => {
    stubFetch(() =>
      problemResponse(
        503,
        'SERVICE_UNAVAILABLE',
        'Chức năng đăng nhập đang được triển khai. Vui lòng quay lại sau.',
      ),
    );
    renderApp('/app/login');
    await submit('nguyenvana', 'mat-khau');
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Chức năng đăng nhập đang được triển khai. Vui lòng quay lại sau.',
    );
  });

  it('shows a generic Vietnamese message when the server cannot be reached', async () => {
    stubFetch(() => {
      throw new TypeError('Failed to fetch');
    });
    renderApp('/app/login');
    await submit('nguyenvana', 'mat-khau');
    expect((await screen.findByRole('alert')).textContent).toContain('Không kết nối được tới máy chủ.');
  });

  it('asks for empty fields without calling the server', async () => {
    const fetchMock = stubFetch(() => jsonResponse({}));
    renderApp('/app/login');
    fireEvent.click(await screen.findByRole('button', { name: 'Đăng nhập' }));
    expect(await screen.findByText('Vui lòng nhập tên đăng nhập.')).toBeTruthy();
    expect(await screen.findByText('Vui lòng nhập mật khẩu.')).toBeTruthy();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('goes to `next` after signing in', async () => {
    const user = { id: 'u1', displayName: 'Nguyễn Văn A', roles: ['officer'] };
    stubFetch((url) => {
      if (url === '/api/v1/auth/login') return jsonResponse({ user });
      if (url === '/api/v1/auth/session') return jsonResponse({ user });
      return jsonResponse({
        status: 'ok',
        version: '0.1.0',
        serverTime: '2025-11-23T07:05:00Z',
        database: { backend: 'pglite', version: 'PostgreSQL 17', latencyMs: 1.2 },
      });
    });
    const { router } = renderApp('/app/login?next=%2Fapp');
    await submit('nguyenvana', 'dung-mat-khau');
    await waitFor(() => expect(router.state.location.pathname).toBe('/app'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Tổng quan' })).toBeTruthy();
  });

  it('returns to a single sign-on interaction with a full page load after signing in', async () => {
    const open = vi.spyOn(serverPage, 'open').mockImplementation(() => {});
    const user = { id: 'u1', displayName: 'Nguyễn Văn A', roles: ['officer'], permissions: [] };
    stubFetch((url) => {
      if (url === '/api/v1/auth/login') return jsonResponse({ status: 'ok', user });
      return jsonResponse({ user });
    });
    renderApp('/app/login?next=%2Foidc%2Finteraction%2FaB3_x-Yz9');
    await submit('nguyenvana', 'dung-mat-khau');
    await waitFor(() => expect(open).toHaveBeenCalledWith('/oidc/interaction/aB3_x-Yz9'));
    open.mockRestore();
  });
});
