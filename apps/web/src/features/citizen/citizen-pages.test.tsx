import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  type FetchHandler,
  jsonResponse,
  problemResponse,
  renderApp,
  stubFetch,
} from '../../test/render.tsx';

const CITIZEN = {
  id: 'c1',
  kind: 'citizen',
  displayName: 'Nguyễn Văn An',
  roles: ['citizen'],
  permissions: [],
};
const RECORD = {
  id: 'c1',
  personalId: '001085012345',
  fullName: 'Nguyễn Văn An',
  birthDate: '1985-03-14',
  sex: 'male',
  sexLabel: 'Nam',
  nationality: 'Việt Nam',
  placeOfOrigin: 'Thành phố Hà Nội',
  permanentAddress: 'Số 18 phố Đội Cấn, Phường Ba Đình, Thành phố Hà Nội',
  currentAddress: null,
  phone: '0912345678',
  email: null,
  eidLevel: 2,
  lastSignInAt: '2026-03-02T01:05:00.000Z',
};
const ENTRY = {
  id: 41,
  at: '2026-03-02T08:30:00.000Z',
  actorKind: 'official',
  actorName: 'Hoàng Thị Lan',
  self: false,
  unitName: 'Phường Ba Đình',
  action: 'identity.citizen.looked-up',
  actionLabel: 'Tra cứu thông tin nhân thân',
  purpose: 'dossier.processing',
  purposeLabel: 'Giải quyết hồ sơ thủ tục hành chính',
};

/** The browser holds a session (its readable CSRF cookie), so the portal asks who it is. */
function holdSession(): void {
  // biome-ignore lint/suspicious/noDocumentCookie: jsdom, the way the server's cookie arrives
  document.cookie = 'lt_csrf=thu-nghiem; path=/';
}

afterEach(() => {
  // biome-ignore lint/suspicious/noDocumentCookie: jsdom cleanup
  document.cookie = 'lt_csrf=; path=/; expires=Thu, 01 Jan 1970 00:00:00 GMT';
});

function api(options: { enabled?: boolean; user?: unknown; log?: unknown } = {}): FetchHandler {
  return (url, init) => {
    if (url === '/api/v1/auth/citizen')
      return jsonResponse({ enabled: options.enabled ?? true, provider: 'VNeID' });
    if (url === '/api/v1/auth/session') {
      return options.user
        ? jsonResponse({ user: options.user })
        : problemResponse(401, 'UNAUTHENTICATED', 'Bạn cần đăng nhập để thực hiện thao tác này.');
    }
    if (url === '/api/v1/me/citizen') return jsonResponse(RECORD);
    if (url.startsWith('/api/v1/me/citizen/access-log'))
      return jsonResponse(options.log ?? { items: [ENTRY], total: 1 });
    if (url === '/api/v1/auth/logout' && init?.method === 'POST') return new Response(null, { status: 204 });
    return problemResponse(404, 'ROUTE_NOT_FOUND', 'Không tìm thấy đường dẫn yêu cầu.');
  };
}

describe('citizen pages for an anonymous visitor', () => {
  it('asks to sign in with the e-ID, returning to the page; never asks the server who is signed in', async () => {
    const fetchMock = stubFetch(api());
    renderApp('/ca-nhan');
    expect(await screen.findByRole('heading', { level: 1, name: 'Thông tin cá nhân' })).toBeTruthy();
    expect(await screen.findByRole('heading', { level: 2, name: 'Vui lòng đăng nhập' })).toBeTruthy();
    const links = await screen.findAllByRole('link', { name: /Đăng nhập bằng định danh điện tử \(VNeID\)/ });
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      '/api/v1/auth/citizen/login?next=%2Fca-nhan',
      '/api/v1/auth/citizen/login?next=%2Fca-nhan',
    ]);
    expect(fetchMock.mock.calls.map(([url]) => url)).not.toContain('/api/v1/auth/session');
    await waitFor(() => expect(document.title).toBe('Thông tin cá nhân – Cổng dịch vụ công Liên Thông'));
  });

  it('offers the sign-in in the header of every portal page, coming back to it', async () => {
    stubFetch(api());
    renderApp('/lich-nghi?nam=2026');
    const banner = screen.getByRole('banner');
    const link = await within(banner).findByRole('link', { name: /Đăng nhập bằng định danh điện tử/ });
    expect(link.getAttribute('href')).toBe(
      `/api/v1/auth/citizen/login?next=${encodeURIComponent('/lich-nghi?nam=2026')}`,
    );
  });

  it('hides the header button and says so on the prompt when the e-ID is not configured', async () => {
    stubFetch(api({ enabled: false }));
    renderApp('/ca-nhan/truy-cap-du-lieu');
    expect(
      await screen.findByText('Đăng nhập bằng định danh điện tử hiện chưa được bật trên hệ thống này.'),
    ).toBeTruthy();
    expect(screen.queryByRole('link', { name: /Đăng nhập bằng định danh điện tử/ })).toBeNull();
  });
});

describe('/ca-nhan for a signed-in citizen', () => {
  it('shows the identity record, dd/mm/yyyy and 24-hour times in Vietnam', async () => {
    holdSession();
    stubFetch(api({ user: CITIZEN }));
    renderApp('/ca-nhan');
    expect(await screen.findByText('001085012345')).toBeTruthy();
    const value = (label: string) => screen.getByText(label).closest('tr')?.textContent ?? '';
    expect(value('Họ, chữ đệm và tên')).toContain('Nguyễn Văn An');
    expect(value('Ngày, tháng, năm sinh')).toContain('14/03/1985');
    expect(value('Giới tính')).toContain('Nam');
    expect(value('Nơi thường trú')).toContain('Phường Ba Đình, Thành phố Hà Nội');
    expect(value('Nơi ở hiện tại')).toContain('Chưa có thông tin');
    expect(value('Mức định danh điện tử')).toContain('Mức 2');
    expect(value('Đăng nhập gần nhất')).toContain('02/03/2026 08:05');
    expect(
      screen.getByRole('link', { name: 'Xem ai đã truy cập dữ liệu của tôi' }).getAttribute('href'),
    ).toBe('/ca-nhan/truy-cap-du-lieu');
    // The header shows the citizen's menu instead of the sign-in.
    expect(within(screen.getByRole('banner')).getByRole('button', { name: /Nguyễn Văn An/ })).toBeTruthy();
  });

  it('tells an official that the page is for citizens', async () => {
    holdSession();
    stubFetch(api({ user: { id: 'o1', kind: 'official', displayName: 'Trần Minh Đức', roles: ['leader'] } }));
    renderApp('/ca-nhan');
    expect(await screen.findByText('Trang dành cho công dân')).toBeTruthy();
    expect(
      within(screen.getByRole('banner')).getByRole('link', { name: 'Vào Không gian làm việc' }),
    ).toBeTruthy();
  });

  it('signs out from the header menu and goes home', async () => {
    holdSession();
    const fetchMock = stubFetch(api({ user: CITIZEN }));
    const { router } = renderApp('/ca-nhan');
    fireEvent.click(await screen.findByRole('button', { name: /Nguyễn Văn An/ }));
    expect(
      (await screen.findByRole('link', { name: 'Ai đã truy cập dữ liệu của tôi' })).getAttribute('href'),
    ).toBe('/ca-nhan/truy-cap-du-lieu');
    fireEvent.click(screen.getByText('Đăng xuất'));
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(
      fetchMock.mock.calls.some(([url, init]) => url === '/api/v1/auth/logout' && init?.method === 'POST'),
    ).toBe(true);
  });
});

describe('/ca-nhan/truy-cap-du-lieu', () => {
  it('lists who accessed the data: time, who, unit, action, purpose', async () => {
    holdSession();
    stubFetch(api({ user: CITIZEN }));
    renderApp('/ca-nhan/truy-cap-du-lieu');
    const table = await screen.findByRole('table', { name: 'Nhật ký truy cập dữ liệu cá nhân' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Thời gian', 'Người truy cập', 'Đơn vị', 'Thao tác', 'Mục đích']);
    const row = within(table).getByText('Hoàng Thị Lan').closest('tr') as HTMLElement;
    expect(
      within(row)
        .getAllByRole('cell')
        .map((td) => td.textContent),
    ).toEqual([
      '02/03/2026 15:30',
      'Hoàng Thị Lan',
      'Phường Ba Đình',
      'Tra cứu thông tin nhân thân',
      'Giải quyết hồ sơ thủ tục hành chính',
    ]);
    expect(screen.getByText('Số lần truy cập: 1')).toBeTruthy();
  });

  it('says when nobody has accessed the data, and asks again with the own entries', async () => {
    holdSession();
    const fetchMock = stubFetch(api({ user: CITIZEN, log: { items: [], total: 0 } }));
    renderApp('/ca-nhan/truy-cap-du-lieu');
    expect(
      await screen.findByText('Chưa có cơ quan, cán bộ nào truy cập dữ liệu cá nhân của bạn.'),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Hiện cả các lần tôi tự đăng nhập, tự xem' }));
    await waitFor(() =>
      expect(fetchMock.mock.calls.map(([url]) => url)).toContain(
        '/api/v1/me/citizen/access-log?limit=20&offset=0&includeOwn=true',
      ),
    );
  });

  it('pages through a long log', async () => {
    holdSession();
    const items = Array.from({ length: 20 }, (_, i) => ({ ...ENTRY, id: 100 - i }));
    const fetchMock = stubFetch(api({ user: CITIZEN, log: { items, total: 45 } }));
    renderApp('/ca-nhan/truy-cap-du-lieu');
    await screen.findByText('Số lần truy cập: 45');
    fireEvent.click(screen.getByRole('listitem', { name: '2' }));
    await waitFor(() =>
      expect(fetchMock.mock.calls.map(([url]) => url)).toContain(
        '/api/v1/me/citizen/access-log?limit=20&offset=20',
      ),
    );
  });
});

describe('/dang-nhap/loi', () => {
  it('explains a refused consent and offers to sign in again', async () => {
    stubFetch(api());
    renderApp('/dang-nhap/loi?ma=denied');
    expect(await screen.findByRole('heading', { level: 1, name: 'Đăng nhập không thành công' })).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain(
      'Bạn đã từ chối chia sẻ thông tin nên chưa thể đăng nhập.',
    );
    const retry = await within(screen.getByRole('main')).findByRole('link', {
      name: /Đăng nhập bằng định danh/,
    });
    expect(retry.getAttribute('href')).toBe('/api/v1/auth/citizen/login?next=%2Fca-nhan');
  });

  it('falls back to a general message for an unknown reason', async () => {
    stubFetch(api());
    renderApp('/dang-nhap/loi?ma=khong-biet');
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Đăng nhập bằng định danh điện tử không thành công. Vui lòng thử lại.',
    );
  });
});
