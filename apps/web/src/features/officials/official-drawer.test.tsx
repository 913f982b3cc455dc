import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, problemResponse, renderApp } from '../../test/render.tsx';
import {
  ADMIN,
  GRANT_IDS,
  HANG_DETAIL,
  NOW,
  OFFICIAL_IDS,
  officialsApi,
  UNIT_IDS,
  type Write,
} from './officials-fixtures.ts';

configure({ asyncUtilTimeout: 8_000 });

beforeEach(() => {
  vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

const DETAIL_URL = `/app/quan-tri/can-bo?can-bo=${OFFICIAL_IDS.hang}`;

async function openDrawer() {
  const drawer = await screen.findByRole('dialog', { name: 'Nguyễn Thị Hằng' });
  await within(drawer).findByRole('heading', { level: 3, name: 'Vai trò được phân' });
  return drawer;
}

/**
 * The antd modal with this title. (Under test every antd id is "test-id", so the drawer and
 * the modal share their aria-labelledby: find the modal by its title text.)
 */
function findModal(title: string) {
  return waitFor(() => {
    const modal = [...document.querySelectorAll<HTMLElement>('.ant-modal[role="dialog"]')].find(
      (element) => element.querySelector('.ant-modal-title, .ant-modal-confirm-title')?.textContent === title,
    );
    if (!modal) throw new Error(`no modal "${title}"`);
    return modal;
  });
}

/** Chooses the option `name` of the antd Select labelled `label`. */
async function choose(container: HTMLElement, label: string, name: string) {
  fireEvent.mouseDown(within(container).getByLabelText(label));
  const option = await waitFor(() => {
    const found = [...document.querySelectorAll<HTMLElement>('.ant-select-item-option')].find(
      (element) => element.textContent === name,
    );
    if (!found) throw new Error(`no option ${name}`);
    return found;
  });
  fireEvent.click(option);
}

describe('OfficialDrawer (?can-bo=<id>)', { timeout: 30_000 }, () => {
  it('shows the account and its grants with scope, dd/mm/yyyy validity and state', async () => {
    officialsApi(ADMIN);
    renderApp(DETAIL_URL);
    const drawer = await openDrawer();
    expect(within(drawer).getByText('hang@badinh.hanoi.gov.vn')).toBeTruthy();
    const grants = within(drawer).getByRole('table', { name: 'Vai trò được phân cho Nguyễn Thị Hằng' });
    const rows = within(grants).getAllByRole('row');
    expect(rows[1]?.textContent).toContain('Lãnh đạo');
    expect(rows[1]?.textContent).toContain('Chỉ đơn vị này');
    expect(rows[1]?.textContent).toContain('Từ 01/07/2025');
    expect(rows[1]?.textContent).toContain('Đang hiệu lực');
    expect(
      within(rows[1] as HTMLElement).getByRole('button', {
        name: 'Kết thúc vai trò Lãnh đạo tại Phường Ba Đình',
      }),
    ).toBeTruthy();
    expect(rows[2]?.textContent).toContain('Chuyên viên');
    expect(rows[2]?.textContent).toContain('Đơn vị này và trực thuộc');
    expect(rows[2]?.textContent).toContain('01/07/2025 – 31/12/2025');
    expect(rows[2]?.textContent).toContain('Hết hiệu lực');
    expect(within(rows[2] as HTMLElement).queryByRole('button')).toBeNull();
  });

  it("adds a grant and shows the server's 403 reason as it comes", async () => {
    const posts: Record<string, unknown>[] = [];
    const reason = 'Đơn vị và các đơn vị trực thuộc nằm ngoài phạm vi bạn được phân vai trò.';
    const write: Write = (method, url, body) => {
      if (method !== 'POST' || url !== `/api/v1/officials/${OFFICIAL_IDS.hang}/grants`) return undefined;
      posts.push(body);
      return problemResponse(403, 'FORBIDDEN', reason);
    };
    officialsApi(ADMIN, write);
    renderApp(DETAIL_URL);
    const drawer = await openDrawer();
    const form = within(drawer).getByRole('form', { name: 'Phân vai trò' });
    await choose(form, 'Vai trò', 'Quản trị đơn vị');
    // The unit starts as the official's own, named without a request.
    expect(within(form).getByText('Phường Ba Đình')).toBeTruthy();
    fireEvent.click(within(form).getByRole('radio', { name: 'Đơn vị này và trực thuộc' }));
    expect((within(form).getByLabelText('Hiệu lực từ ngày') as HTMLInputElement).value).toBe('10/03/2026');
    fireEvent.click(within(form).getByRole('button', { name: 'Phân vai trò' }));

    const alert = await within(drawer).findByRole('alert');
    expect(alert.textContent).toContain('Chưa phân được vai trò');
    expect(alert.textContent).toContain(reason);
    expect(posts).toEqual([
      { role: 'unit_admin', orgUnitId: UNIT_IDS.baDinh, scope: 'subtree', validFrom: '2026-03-10' },
    ]);
  });

  it('ends a grant from a chosen day', async () => {
    const posts: { url: string; body: Record<string, unknown> }[] = [];
    const write: Write = (method, url, body) => {
      if (method !== 'POST' || !url.endsWith('/end')) return undefined;
      posts.push({ url, body });
      return jsonResponse({ ...HANG_DETAIL.grants[0], validTo: '2026-03-10' });
    };
    officialsApi(ADMIN, write);
    renderApp(DETAIL_URL);
    const drawer = await openDrawer();
    fireEvent.click(
      within(drawer).getByRole('button', { name: 'Kết thúc vai trò Lãnh đạo tại Phường Ba Đình' }),
    );
    const modal = await findModal('Kết thúc vai trò Lãnh đạo');
    expect((within(modal).getByLabelText('Hết hiệu lực từ ngày') as HTMLInputElement).value).toBe(
      '10/03/2026',
    );
    fireEvent.click(within(modal).getByRole('button', { name: 'Kết thúc' }));
    expect(await screen.findByText('Đã kết thúc vai trò, hết hiệu lực từ ngày 10/03/2026.')).toBeTruthy();
    expect(posts).toEqual([
      {
        url: `/api/v1/officials/${OFFICIAL_IDS.hang}/grants/${GRANT_IDS.leader}/end`,
        body: { validTo: '2026-03-10' },
      },
    ]);
  });

  it('resets the password after confirmation and shows the new one once', async () => {
    const posts: Record<string, unknown>[] = [];
    const write: Write = (method, url, body) => {
      if (method !== 'POST' || !url.endsWith('/reset-password')) return undefined;
      posts.push(body);
      return jsonResponse({ ...HANG_DETAIL, mustChangePassword: true });
    };
    officialsApi(ADMIN, write);
    renderApp(DETAIL_URL);
    const drawer = await openDrawer();
    fireEvent.click(within(drawer).getByRole('button', { name: /Đặt lại mật khẩu/ }));
    const modal = await findModal('Đặt lại mật khẩu cho Nguyễn Thị Hằng');
    const generated = (within(modal).getByLabelText('Mật khẩu tạm thời') as HTMLInputElement).value;
    expect(generated).toMatch(/^\S{16}$/);
    expect(posts).toHaveLength(0);
    fireEvent.click(within(modal).getByRole('button', { name: 'Đặt lại mật khẩu' }));

    const shown = (await within(modal).findByLabelText('Mật khẩu tạm thời mới')) as HTMLInputElement;
    expect(shown.value).toBe(generated);
    expect(within(modal).getByText(/chỉ hiển thị một lần/)).toBeTruthy();
    expect(posts).toEqual([{ temporaryPassword: generated }]);
    fireEvent.click(
      within(modal.querySelector('.ant-modal-footer') as HTMLElement).getByRole('button', { name: 'Đóng' }),
    );
    await waitFor(() => expect(screen.queryByLabelText('Mật khẩu tạm thời mới')).toBeNull());
  });

  it('disables the account only after confirmation', async () => {
    const posts: string[] = [];
    const write: Write = (method, url) => {
      if (method !== 'POST' || !url.endsWith('/disable')) return undefined;
      posts.push(url);
      return jsonResponse({ ...HANG_DETAIL, disabledAt: NOW.toISOString() });
    };
    officialsApi(ADMIN, write);
    renderApp(DETAIL_URL);
    const drawer = await openDrawer();
    fireEvent.click(within(drawer).getByRole('button', { name: /Vô hiệu hóa/ }));
    const confirm = await findModal('Vô hiệu hóa tài khoản của Nguyễn Thị Hằng?');
    expect(posts).toHaveLength(0);
    fireEvent.click(within(confirm).getByRole('button', { name: 'Vô hiệu hóa' }));
    expect(await screen.findByText('Đã vô hiệu hóa tài khoản của Nguyễn Thị Hằng.')).toBeTruthy();
    expect(posts).toEqual([`/api/v1/officials/${OFFICIAL_IDS.hang}/disable`]);
  });

  it.each([
    {
      action: 'reset-totp',
      detail: { ...HANG_DETAIL, totpEnabled: true },
      button: /Đặt lại xác thực hai lớp/,
      title: 'Đặt lại xác thực hai lớp của Nguyễn Thị Hằng?',
      done: 'Đã đặt lại xác thực hai lớp của Nguyễn Thị Hằng.',
    },
    {
      action: 'enable',
      detail: { ...HANG_DETAIL, disabledAt: NOW.toISOString() },
      button: /Kích hoạt lại/,
      title: 'Kích hoạt lại tài khoản của Nguyễn Thị Hằng?',
      done: 'Đã kích hoạt lại tài khoản của Nguyễn Thị Hằng.',
    },
  ])('$action only after confirmation', async ({ action, detail, button, title, done }) => {
    const posts: string[] = [];
    const write: Write = (method, url) => {
      if (method !== 'POST' || !url.endsWith(`/${action}`)) return undefined;
      posts.push(url);
      return jsonResponse(detail);
    };
    officialsApi(ADMIN, write, undefined, detail);
    renderApp(DETAIL_URL);
    const drawer = await openDrawer();
    fireEvent.click(within(drawer).getByRole('button', { name: button }));
    const confirm = await findModal(title);
    expect(posts).toHaveLength(0);
    fireEvent.click(within(confirm).getByRole('button', { name: button }));
    expect(await screen.findByText(done)).toBeTruthy();
    expect(posts).toEqual([`/api/v1/officials/${OFFICIAL_IDS.hang}/${action}`]);
  });

  it('says "not found" for an official outside the administrator\'s scope (404)', async () => {
    officialsApi(ADMIN);
    renderApp(`/app/quan-tri/can-bo?can-bo=${OFFICIAL_IDS.long}`);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Không tìm thấy cán bộ');
    expect(alert.textContent).toContain('Không tìm thấy.');
  });
});
