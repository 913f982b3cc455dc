import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, problemResponse, renderApp, stubFetch } from '../test/render.tsx';

const USER = {
  id: 'u1',
  displayName: 'Phạm Thị Dung',
  orgUnitName: 'Văn phòng UBND thành phố',
  roles: ['officer'],
};

function api(url: string, init: RequestInit | undefined) {
  if (url === '/api/v1/auth/session') return jsonResponse({ user: USER });
  if (url === '/api/v1/auth/logout' && init?.method === 'POST') return new Response(null, { status: 204 });
  return problemResponse(503, 'DATABASE_UNAVAILABLE', 'Cơ sở dữ liệu tạm thời không sẵn sàng.');
}

describe('WorkspaceShell', () => {
  it('collapses the side navigation, keeping the labels for screen readers', async () => {
    stubFetch(api);
    renderApp('/app');
    const toggle = await screen.findByRole('button', { name: 'Thu gọn thanh điều hướng' });
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(toggle);
    expect(
      screen.getByRole('button', { name: 'Mở rộng thanh điều hướng' }).getAttribute('aria-expanded'),
    ).toBe('false');
    expect(screen.getByRole('link', { name: 'Tổng quan' })).toBeTruthy();
  });

  it('signs out and goes to the login page', async () => {
    const fetchMock = stubFetch(api);
    const { router } = renderApp('/app');
    fireEvent.click(await screen.findByRole('button', { name: /Phạm Thị Dung/ }));
    fireEvent.click(await screen.findByText('Đăng xuất'));
    await waitFor(() => expect(router.state.location.pathname).toBe('/app/login'));
    expect(
      fetchMock.mock.calls.some(([url, init]) => url === '/api/v1/auth/logout' && init?.method === 'POST'),
    ).toBe(true);
  });

  it('shows "Không tìm thấy trang" for unknown workspace paths', async () => {
    stubFetch(api);
    renderApp('/app/khong-co');
    expect(await screen.findByRole('heading', { level: 1, name: 'Không tìm thấy trang' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Về trang Tổng quan' }).getAttribute('href')).toBe('/app');
  });
});
