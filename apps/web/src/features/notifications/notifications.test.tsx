import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import {
  type FetchHandler,
  jsonResponse,
  problemResponse,
  renderApp,
  stubFetch,
} from '../../test/render.tsx';
import { NOTIFICATIONS_RESOURCES } from './i18n.ts';

configure({ asyncUtilTimeout: 8_000 });

const OFFICIAL = { id: 'u1', displayName: 'Trịnh Văn Long', roles: ['one_stop_officer'], permissions: [] };
const CITIZEN = {
  id: 'c1',
  kind: 'citizen',
  displayName: 'Nguyễn Văn An',
  roles: ['citizen'],
  permissions: [],
};

const LIST = {
  items: [
    {
      id: '01a2f000-0000-7000-8000-000000000002',
      subject: 'Hồ sơ 00004-260309-0001 đã được tiếp nhận',
      body: 'Hẹn trả kết quả ngày 12/03/2026.',
      link: '/app/khong-co',
      createdAt: '2026-03-09T02:15:00.000Z',
      read: false,
    },
    {
      id: '01a2f000-0000-7000-8000-000000000001',
      subject: 'Yêu cầu bổ sung hồ sơ',
      body: 'Vui lòng bổ sung giấy chứng sinh.',
      link: null,
      createdAt: '2026-03-08T09:40:00.000Z',
      read: false,
    },
  ],
  unread: 2,
  total: 2,
};

function api(user: unknown, overrides: FetchHandler = () => undefined as unknown as Response): FetchHandler {
  return (url, init) => {
    const custom = overrides(url, init);
    if (custom) return custom;
    if (url === '/api/v1/auth/session') return jsonResponse({ user });
    if (url === '/api/v1/auth/citizen') return jsonResponse({ enabled: true, provider: 'VNeID' });
    if (url.startsWith('/api/v1/notifications?')) return jsonResponse(LIST);
    if (url.endsWith('/read') && init?.method === 'POST') return jsonResponse({ updated: 1, unread: 1 });
    if (url === '/api/v1/notifications/read-all' && init?.method === 'POST')
      return jsonResponse({ updated: 2, unread: 0 });
    return problemResponse(404, 'ROUTE_NOT_FOUND', 'Không tìm thấy đường dẫn yêu cầu.');
  };
}

afterEach(() => {
  // biome-ignore lint/suspicious/noDocumentCookie: jsdom cleanup
  document.cookie = 'lt_csrf=; path=/; expires=Thu, 01 Jan 1970 00:00:00 GMT';
});

async function seriousViolations(): Promise<string[]> {
  const result = await axe.run(document.body, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    rules: { 'color-contrast': { enabled: false } },
  });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('the notification bell in the workspace', { timeout: 30_000 }, () => {
  it('shows the unread count, lists the notifications, marks one read and opens its link', async () => {
    const fetchMock = stubFetch(api(OFFICIAL));
    const { router } = renderApp('/app');
    const bell = await screen.findByRole('button', { name: 'Thông báo, 2 chưa đọc' });
    expect(bell.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(bell);
    const panel = await screen.findByRole('dialog', { name: 'Thông báo' });
    expect(within(panel).getAllByRole('listitem')).toHaveLength(2);
    expect(within(panel).getByText('Hẹn trả kết quả ngày 12/03/2026.')).toBeTruthy();
    expect(within(panel).getByText('09/03/2026 09:15')).toBeTruthy();
    expect(await seriousViolations()).toEqual([]);

    fireEvent.click(
      within(panel).getByRole('button', { name: 'Mở: Hồ sơ 00004-260309-0001 đã được tiếp nhận' }),
    );
    await waitFor(() => expect(router.state.location.pathname).toBe('/app/khong-co'));
    expect(
      fetchMock.mock.calls.some(
        ([url, init]) => url === `/api/v1/notifications/${LIST.items[0]?.id}/read` && init?.method === 'POST',
      ),
    ).toBe(true);
  });

  it('marks all read, and a notification without a link can be marked read alone', async () => {
    const fetchMock = stubFetch(api(OFFICIAL));
    renderApp('/app');
    fireEvent.click(await screen.findByRole('button', { name: 'Thông báo, 2 chưa đọc' }));
    const panel = await screen.findByRole('dialog', { name: 'Thông báo' });
    fireEvent.click(within(panel).getByRole('button', { name: 'Đánh dấu đã đọc' }));
    await waitFor(() =>
      expect(
        fetchMock.mock.calls.some(([url]) => url === `/api/v1/notifications/${LIST.items[1]?.id}/read`),
      ).toBe(true),
    );
    fireEvent.click(within(panel).getByRole('button', { name: 'Đánh dấu tất cả đã đọc' }));
    await waitFor(() =>
      expect(
        fetchMock.mock.calls.some(
          ([url, init]) => url === '/api/v1/notifications/read-all' && init?.method === 'POST',
        ),
      ).toBe(true),
    );
  });

  it('says so when the notifications cannot be loaded', async () => {
    stubFetch(
      api(OFFICIAL, (url) =>
        url.startsWith('/api/v1/notifications?')
          ? problemResponse(503, 'DATABASE_UNAVAILABLE', 'Cơ sở dữ liệu tạm thời không sẵn sàng.')
          : (undefined as unknown as Response),
      ),
    );
    renderApp('/app');
    fireEvent.click(await screen.findByRole('button', { name: 'Thông báo' }));
    expect(await screen.findByText('Không tải được thông báo.')).toBeTruthy();
  });
});

describe('the notification bell in the portal', { timeout: 30_000 }, () => {
  it('is not shown to a visitor, who is never asked about notifications', async () => {
    const fetchMock = stubFetch(api(null));
    renderApp('/');
    await screen.findByRole('link', { name: /Đăng nhập bằng định danh điện tử/ });
    expect(screen.queryByRole('button', { name: /^Thông báo/ })).toBeNull();
    expect(fetchMock.mock.calls.some(([url]) => String(url).startsWith('/api/v1/notifications'))).toBe(false);
  });

  it('is shown to a signed-in citizen', async () => {
    // biome-ignore lint/suspicious/noDocumentCookie: jsdom, the way the server's cookie arrives
    document.cookie = 'lt_csrf=thu-nghiem; path=/';
    stubFetch(api(CITIZEN));
    renderApp('/');
    expect(await screen.findByRole('button', { name: 'Thông báo, 2 chưa đọc' })).toBeTruthy();
  });
});

describe('notification texts', () => {
  it('have the same keys and variables in Vietnamese and English, NFC', () => {
    const { vi, en } = NOTIFICATIONS_RESOURCES;
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    for (const [key, text] of Object.entries(vi)) {
      expect(text.normalize('NFC'), key).toBe(text);
      const vars = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
      expect(vars(en[key as keyof typeof en]), key).toEqual(vars(text));
    }
  });
});
