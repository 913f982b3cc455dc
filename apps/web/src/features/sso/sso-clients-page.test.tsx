import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, problemResponse, renderApp, stubFetch } from '../../test/render.tsx';
import type { SsoClientView } from './queries.ts';

configure({ asyncUtilTimeout: 8_000 });

const OFFICIAL = {
  id: 'u1',
  kind: 'official',
  displayName: 'Phạm Thị Dung',
  roles: ['specialist'],
  permissions: ['file.read'],
};
const ADMIN = { ...OFFICIAL, id: 'u2', roles: ['system_admin'], permissions: ['sso.manage'] };

const MAIL: SsoClientView = {
  clientId: '0190a0b0-0000-7000-8000-00000000000a',
  name: 'Thư điện tử công vụ',
  kind: 'confidential',
  redirectUris: ['https://mail.hanoi.gov.vn/oidc/callback'],
  postLogoutRedirectUris: [],
  createdBy: 'u2',
  createdAt: '2026-03-02T02:05:00Z',
  updatedAt: '2026-03-02T02:05:00Z',
  disabledAt: null,
};
const SECRET = 'bi-mat-chi-hien-mot-lan-0123456789abcdefghij';

function ssoApi(user: Record<string, unknown>) {
  let items: SsoClientView[] = [MAIL];
  return stubFetch((url, init) => {
    const path = new URL(url, 'http://localhost').pathname;
    if (path === '/api/v1/auth/session') return jsonResponse({ user });
    if (path === '/oidc/.well-known/openid-configuration')
      return jsonResponse({ issuer: 'https://lienthong.hanoi.gov.vn/oidc' });
    if (path === '/api/v1/sso/clients' && init?.method === 'POST') {
      const body = JSON.parse(String(init.body));
      if (body.redirectUris.some((uri: string) => uri.includes('sai'))) {
        return problemResponse(400, 'VALIDATION_FAILED', 'Dữ liệu gửi lên không hợp lệ.', [
          { path: 'body.redirectUris.0', message: 'Địa chỉ do máy chủ từ chối' },
        ]);
      }
      const created = { ...MAIL, clientId: 'moi', name: body.name, redirectUris: body.redirectUris };
      items = [...items, created];
      return jsonResponse({ ...created, clientSecret: SECRET }, 201);
    }
    if (path === '/api/v1/sso/clients') return jsonResponse({ items });
    if (path === `/api/v1/sso/clients/${MAIL.clientId}/rotate-secret`) {
      return jsonResponse({ ...MAIL, clientSecret: `${SECRET}-moi` });
    }
    if (path === `/api/v1/sso/clients/${MAIL.clientId}/disable`) {
      items = items.map((item) =>
        item.clientId === MAIL.clientId ? { ...item, disabledAt: '2026-03-03T01:00:00Z' } : item,
      );
      return jsonResponse(items[0]);
    }
    return problemResponse(404, 'NOT_FOUND', 'Không tìm thấy.');
  });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

/**
 * The open dialog showing `text`. (In tests antd gives every dialog the same title id, so a
 * dialog still closing would lend its name to the next one: find dialogs by content instead.)
 */
async function dialogWith(text: string): Promise<HTMLElement> {
  const found = await screen.findAllByText(text, { selector: '.ant-modal-title, .ant-modal-confirm-title' });
  const dialog = found.at(-1)?.closest<HTMLElement>('[role="dialog"]');
  if (!dialog) throw new Error(`no dialog around ${text}`);
  return dialog;
}

describe('SsoClientsPage (/app/quan-tri/dang-nhap-mot-lan)', { timeout: 30_000 }, () => {
  it('is neither listed nor opened without sso.manage', async () => {
    ssoApi(OFFICIAL);
    renderApp('/app/quan-tri/dang-nhap-mot-lan');
    expect(await screen.findByRole('heading', { level: 1, name: 'Không có quyền truy cập' })).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Điều hướng không gian làm việc' });
    expect(within(nav).queryByRole('link', { name: 'Đăng nhập một lần' })).toBeNull();
  });

  it('lists the applications with the connection details', async () => {
    ssoApi(ADMIN);
    renderApp('/app/quan-tri/dang-nhap-mot-lan');
    expect(await screen.findByRole('heading', { level: 1, name: 'Đăng nhập một lần' })).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Điều hướng không gian làm việc' });
    expect(within(nav).getByRole('link', { name: 'Đăng nhập một lần' }).getAttribute('href')).toBe(
      '/app/quan-tri/dang-nhap-mot-lan',
    );
    expect(await screen.findByText('https://lienthong.hanoi.gov.vn/oidc')).toBeTruthy();
    const table = await screen.findByRole('table', { name: 'Danh sách ứng dụng đăng nhập một lần' });
    await within(table).findByText('Thư điện tử công vụ');
    expect(within(table).getByText(MAIL.clientId)).toBeTruthy();
    expect(within(table).getByText('02/03/2026 09:05')).toBeTruthy();
    expect(within(table).getByText('Đang hoạt động')).toBeTruthy();
  });

  it('registers an application and shows its secret once, with copy buttons and a warning', async () => {
    const writeText = vi.fn(async () => {});
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    const fetchMock = ssoApi(ADMIN);
    renderApp('/app/quan-tri/dang-nhap-mot-lan');
    fireEvent.click(await screen.findByRole('button', { name: /Đăng ký ứng dụng/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Đăng ký ứng dụng đăng nhập một lần' });

    // Checked in the browser first: an http address outside this machine is refused.
    fireEvent.change(within(dialog).getByLabelText('Tên ứng dụng'), { target: { value: 'Họp trực tuyến' } });
    const uris = within(dialog).getByLabelText('Địa chỉ nhận kết quả đăng nhập (redirect_uri)');
    fireEvent.change(uris, { target: { value: 'http://hop.hanoi.gov.vn/cb' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Đăng ký' }));
    expect(
      await within(dialog).findByText(/Địa chỉ không hợp lệ: http:\/\/hop.hanoi.gov.vn\/cb/),
    ).toBeTruthy();

    // The server's field errors go on the field.
    fireEvent.change(uris, { target: { value: 'https://sai.hanoi.gov.vn/cb' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Đăng ký' }));
    expect(await within(dialog).findByText('Địa chỉ do máy chủ từ chối')).toBeTruthy();

    fireEvent.change(uris, {
      target: { value: 'https://hop.hanoi.gov.vn/cb\n\nhttp://localhost:8080/cb\n' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Đăng ký' }));
    const shown = await dialogWith('Thông tin kết nối của Họp trực tuyến');
    const posted = fetchMock.mock.calls.filter(([, init]) => init?.method === 'POST').at(-1);
    expect(JSON.parse(String(posted?.[1]?.body))).toEqual({
      name: 'Họp trực tuyến',
      kind: 'confidential',
      redirectUris: ['https://hop.hanoi.gov.vn/cb', 'http://localhost:8080/cb'],
      postLogoutRedirectUris: [],
    });
    expect(within(shown).getByRole('alert').textContent).toContain('Mã bí mật chỉ hiển thị một lần');
    expect((within(shown).getByLabelText('Mã bí mật (client_secret)') as HTMLInputElement).value).toBe(
      SECRET,
    );
    fireEvent.click(within(shown).getByRole('button', { name: 'Sao chép mã bí mật' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledWith(SECRET));

    fireEvent.click(within(shown).getByRole('button', { name: 'Tôi đã lưu mã bí mật' }));
    await waitFor(() => expect(screen.queryByText(SECRET)).toBeNull());
    expect(screen.queryByDisplayValue(SECRET)).toBeNull();
  });

  it('rotates a secret and disables an application after confirming', async () => {
    const fetchMock = ssoApi(ADMIN);
    renderApp('/app/quan-tri/dang-nhap-mot-lan');
    fireEvent.click(await screen.findByLabelText('Cấp mã bí mật mới cho Thư điện tử công vụ'));
    const rotate = await dialogWith('Cấp mã bí mật mới cho Thư điện tử công vụ?');
    fireEvent.click(within(rotate).getByRole('button', { name: 'Cấp mã bí mật mới' }));
    const shown = await dialogWith('Thông tin kết nối của Thư điện tử công vụ');
    expect((within(shown).getByLabelText('Mã bí mật (client_secret)') as HTMLInputElement).value).toBe(
      `${SECRET}-moi`,
    );
    fireEvent.click(within(shown).getByRole('button', { name: 'Tôi đã lưu mã bí mật' }));

    fireEvent.click(await screen.findByLabelText('Vô hiệu hóa Thư điện tử công vụ'));
    const confirm = await dialogWith('Vô hiệu hóa Thư điện tử công vụ?');
    fireEvent.click(within(confirm).getByRole('button', { name: 'Vô hiệu hóa' }));
    expect(await screen.findByText('Đã vô hiệu hóa lúc 03/03/2026 08:00')).toBeTruthy();
    expect(fetchMock.mock.calls.some(([url]) => String(url).endsWith('/disable'))).toBe(true);
    expect(screen.queryByLabelText('Vô hiệu hóa Thư điện tử công vụ')).toBeNull();
  });
});
