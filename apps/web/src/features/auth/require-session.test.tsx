import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, problemResponse, renderApp, stubFetch } from '../../test/render.tsx';

const STATUS = {
  status: 'ok',
  version: '0.1.0',
  serverTime: '2025-11-23T07:05:00Z',
  database: { backend: 'postgres', version: 'PostgreSQL 17', latencyMs: 3.4 },
};

describe('RequireSession (workspace route guard)', () => {
  it('redirects to /app/login?next=… when the session is 401', async () => {
    const fetchMock = stubFetch(() =>
      problemResponse(401, 'UNAUTHENTICATED', 'Bạn cần đăng nhập để thực hiện thao tác này.'),
    );
    const { router } = renderApp('/app/bao-cao?ky=2025');
    await waitFor(() => expect(router.state.location.pathname).toBe('/app/login'));
    expect(router.state.location.search).toBe(`?next=${encodeURIComponent('/app/bao-cao?ky=2025')}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Đăng nhập hệ thống' })).toBeTruthy();
    expect(fetchMock.mock.calls[0]?.[0]).toBe('/api/v1/auth/session');
  });

  it('sends a citizen session to the portal profile page, not into the workspace', async () => {
    stubFetch((url) =>
      url === '/api/v1/auth/session'
        ? jsonResponse({
            user: {
              id: 'c1',
              kind: 'citizen',
              displayName: 'Lê Văn An',
              roles: ['citizen'],
              permissions: [],
            },
          })
        : problemResponse(404, 'NOT_FOUND', 'Không tìm thấy.'),
    );
    const { router } = renderApp('/app/to-chuc');
    await waitFor(() => expect(router.state.location.pathname).toBe('/ca-nhan'));
  });

  it('shows the dashboard with the user and the system status when signed in', async () => {
    stubFetch((url) =>
      url === '/api/v1/auth/session'
        ? jsonResponse({
            user: {
              id: 'u1',
              displayName: 'Trần Thị Bình',
              orgUnitName: 'UBND phường Hoàn Kiếm',
              roles: ['one_stop_officer', 'not_a_known_role'],
            },
          })
        : jsonResponse(STATUS),
    );
    renderApp('/app');
    expect(await screen.findByRole('heading', { level: 1, name: 'Tổng quan' })).toBeTruthy();
    expect(screen.getAllByText('Trần Thị Bình').length).toBeGreaterThan(0);
    expect(screen.getByText('UBND phường Hoàn Kiếm')).toBeTruthy();
    // Roles by their Vietnamese names; an unknown code is shown as it is.
    expect(screen.getByText('Cán bộ một cửa')).toBeTruthy();
    expect(screen.getByText('not_a_known_role')).toBeTruthy();
    expect(await screen.findByText('23/11/2025 14:05')).toBeTruthy();
    expect(screen.getByText('PostgreSQL · PostgreSQL 17')).toBeTruthy();
    expect(screen.getByText('3,4 ms')).toBeTruthy();
    expect(screen.getByRole('navigation', { name: 'Điều hướng không gian làm việc' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Tổng quan' }).getAttribute('aria-current')).toBe('page');
    await waitFor(() => expect(document.title).toBe('Tổng quan – Không gian làm việc – Liên Thông'));
  });

  it('shows the problem instead of redirecting when the session check fails', async () => {
    stubFetch(() => problemResponse(503, 'DATABASE_UNAVAILABLE', 'Cơ sở dữ liệu tạm thời không sẵn sàng.'));
    const { router } = renderApp('/app');
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Cơ sở dữ liệu tạm thời không sẵn sàng.',
    );
    expect(router.state.location.pathname).toBe('/app');
  });

  it('shows the status error detail on the dashboard', async () => {
    stubFetch((url) =>
      url === '/api/v1/auth/session'
        ? jsonResponse({ user: { id: 'u1', displayName: 'Lê Văn C', roles: [] } })
        : problemResponse(503, 'DATABASE_UNAVAILABLE', 'Cơ sở dữ liệu tạm thời không sẵn sàng.'),
    );
    renderApp('/app');
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Cơ sở dữ liệu tạm thời không sẵn sàng.',
    );
    expect(screen.getByText('Chưa được phân vai trò')).toBeTruthy();
  });
});
