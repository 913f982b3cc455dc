import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, problemResponse, renderApp } from '../../test/render.tsx';
import {
  ADMIN,
  NOW,
  OFFICIAL_IDS,
  OFFICIALS,
  officialsApi,
  SPECIALIST,
  UNIT_IDS,
  type Write,
} from './officials-fixtures.ts';

// The first render loads the lazy shell and page chunks with Ant Design: slow on a busy machine.
configure({ asyncUtilTimeout: 8_000 });

beforeEach(() => {
  vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

const listCalls = (fetchMock: ReturnType<typeof officialsApi>) =>
  fetchMock.mock.calls.map(([url]) => String(url)).filter((url) => url.startsWith('/api/v1/officials?'));

/** Types in a unit picker and chooses the option whose label starts with `name`. */
async function pickUnit(input: HTMLElement, text: string, name: string) {
  fireEvent.mouseDown(input);
  fireEvent.change(input, { target: { value: text } });
  const option = await waitFor(() => {
    const found = [...document.querySelectorAll<HTMLElement>('.ant-select-item-option')].find((element) =>
      element.textContent?.startsWith(name),
    );
    if (!found) throw new Error(`no option ${name}`);
    return found;
  });
  fireEvent.click(option);
}

function describedText(element: HTMLElement): string {
  return (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
}

describe('OfficialsPage (/app/quan-tri/can-bo)', { timeout: 30_000 }, () => {
  it('is in the navigation of official.manage holders and lists officials with their state', async () => {
    officialsApi(ADMIN);
    renderApp('/app/quan-tri/can-bo');
    expect(await screen.findByRole('heading', { level: 1, name: 'Cán bộ và phân quyền' })).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Điều hướng không gian làm việc' });
    expect(within(nav).getByRole('link', { name: 'Cán bộ và phân quyền' }).getAttribute('href')).toBe(
      '/app/quan-tri/can-bo',
    );
    const table = await screen.findByRole('table', { name: 'Danh sách cán bộ theo tên đăng nhập' });
    const rows = within(table).getAllByRole('row');
    expect(rows[1]?.textContent).toContain('badinh.lanhdao');
    expect(rows[1]?.textContent).toContain('Nguyễn Thị Hằng');
    expect(rows[1]?.textContent).toContain('Phường Ba Đình');
    expect(rows[1]?.textContent).toContain('Đang khóa đến 10/03/2026 10:30');
    expect(rows[1]?.textContent).toContain('Đã bật');
    expect(rows[2]?.textContent).toContain('Phải đổi mật khẩu');
    expect(rows[2]?.textContent).toContain('Chưa bật');
    expect(rows[3]?.textContent).toContain('Vô hiệu hóa');
    expect(screen.getByText('Số cán bộ tìm thấy: 45')).toBeTruthy();
    expect(within(table).getByRole('link', { name: 'badinh.lanhdao' }).getAttribute('href')).toBe(
      `/app/quan-tri/can-bo?can-bo=${OFFICIAL_IDS.hang}`,
    );
  });

  it('is neither in the navigation nor open without official.manage', async () => {
    officialsApi(SPECIALIST);
    renderApp('/app/quan-tri/can-bo');
    expect(await screen.findByRole('heading', { level: 1, name: 'Không có quyền truy cập' })).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Điều hướng không gian làm việc' });
    expect(within(nav).queryByRole('link', { name: 'Cán bộ và phân quyền' })).toBeNull();
  });

  it('keeps the search, the unit and the page in the URL and asks the API with them', async () => {
    const fetchMock = officialsApi(ADMIN);
    const { router } = renderApp('/app/quan-tri/can-bo');
    await screen.findByRole('table', { name: 'Danh sách cán bộ theo tên đăng nhập' });
    expect(listCalls(fetchMock)[0]).toBe('/api/v1/officials?limit=20&offset=0');

    fireEvent.change(screen.getByLabelText('Tên đăng nhập hoặc họ tên'), { target: { value: 'hằng' } });
    await pickUnit(screen.getByLabelText('Đơn vị'), 'ba dinh', 'Phường Ba Đình');
    fireEvent.click(screen.getByRole('button', { name: 'Tìm' }));
    await waitFor(() =>
      expect(router.state.location.search).toBe(`?q=h%E1%BA%B1ng&don-vi=${UNIT_IDS.baDinh}`),
    );
    await waitFor(() =>
      expect(listCalls(fetchMock)).toContain(
        `/api/v1/officials?q=h%E1%BA%B1ng&orgUnitId=${UNIT_IDS.baDinh}&limit=20&offset=0`,
      ),
    );
    const unitSearch = fetchMock.mock.calls
      .map(([url]) => String(url))
      .find((url) => url.includes('/org/units?'));
    expect(unitSearch).toBe('/api/v1/org/units?q=ba+dinh&asOf=2026-03-10&limit=20');

    fireEvent.click(screen.getByRole('listitem', { name: '2' }).querySelector('a') as HTMLElement);
    await waitFor(() =>
      expect(router.state.location.search).toBe(`?q=h%E1%BA%B1ng&don-vi=${UNIT_IDS.baDinh}&trang=2`),
    );
    await waitFor(() =>
      expect(listCalls(fetchMock)).toContain(
        `/api/v1/officials?q=h%E1%BA%B1ng&orgUnitId=${UNIT_IDS.baDinh}&limit=20&offset=20`,
      ),
    );
  });

  it('reads the filters from the URL, the unit by its id', async () => {
    const fetchMock = officialsApi(ADMIN);
    renderApp(`/app/quan-tri/can-bo?q=khoa&don-vi=${UNIT_IDS.baDinh}&trang=3`);
    await screen.findByRole('table', { name: 'Danh sách cán bộ theo tên đăng nhập' });
    expect(listCalls(fetchMock)[0]).toBe(
      `/api/v1/officials?q=khoa&orgUnitId=${UNIT_IDS.baDinh}&limit=20&offset=40`,
    );
    expect((screen.getByLabelText('Tên đăng nhập hoặc họ tên') as HTMLInputElement).value).toBe('khoa');
    expect(await screen.findByText('Phường Ba Đình · Phường · mã 00004 (Thành phố Hà Nội)')).toBeTruthy();
  });

  it('creates an official: the server field errors go on their fields, a 409 on the username', async () => {
    const posts: Record<string, unknown>[] = [];
    let answer: Response = problemResponse(
      400,
      'VALIDATION_FAILED',
      'Dữ liệu gửi lên không hợp lệ. Vui lòng kiểm tra các trường bị lỗi.',
      [
        { path: 'body.temporaryPassword', message: 'Mật khẩu không được trùng tên đăng nhập' },
        { path: 'body.orgUnitId', message: 'Đơn vị không tồn tại hoặc đã hết hiệu lực' },
      ],
    );
    const write: Write = (method, url, body) => {
      if (method !== 'POST' || url !== '/api/v1/officials') return undefined;
      posts.push(body);
      return answer;
    };
    officialsApi(ADMIN, write);
    renderApp('/app/quan-tri/can-bo');
    fireEvent.click(await screen.findByRole('button', { name: /Thêm cán bộ/ }));
    const dialog = await screen.findByRole('dialog');

    fireEvent.click(within(dialog).getByRole('button', { name: 'Tạo tài khoản' }));
    expect(await within(dialog).findByText('Vui lòng nhập tên đăng nhập.')).toBeTruthy();
    expect(within(dialog).getByText('Vui lòng chọn đơn vị.')).toBeTruthy();
    expect(posts).toHaveLength(0);

    const username = within(dialog).getByLabelText('Tên đăng nhập');
    fireEvent.change(username, { target: { value: 'Ba Dinh' } });
    expect(
      await within(dialog).findByText(
        'Tên đăng nhập gồm 3–64 ký tự: chữ cái không dấu, chữ số, dấu chấm, gạch dưới, gạch ngang.',
      ),
    ).toBeTruthy();
    fireEvent.change(username, { target: { value: 'Badinh.Moi' } });
    fireEvent.change(within(dialog).getByLabelText('Họ và tên'), { target: { value: 'Lê Văn Mới' } });
    await pickUnit(within(dialog).getByLabelText('Đơn vị'), 'ba dinh', 'Phường Ba Đình');
    const password = within(dialog).getByLabelText('Mật khẩu tạm thời') as HTMLInputElement;
    fireEvent.click(within(dialog).getByRole('button', { name: /Tạo mật khẩu ngẫu nhiên/ }));
    expect(password.value).toMatch(/^\S{16}$/);
    expect(within(dialog).getByRole('button', { name: 'Sao chép mật khẩu' })).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Tạo tài khoản' }));

    await waitFor(() => expect(describedText(password)).toContain('Mật khẩu không được trùng tên đăng nhập'));
    expect(password.getAttribute('aria-invalid')).toBe('true');
    expect(describedText(within(dialog).getByLabelText('Đơn vị'))).toContain(
      'Đơn vị không tồn tại hoặc đã hết hiệu lực',
    );
    expect(within(dialog).getByRole('alert').textContent).toContain('Chưa tạo được tài khoản');
    expect(posts[0]).toEqual({
      username: 'badinh.moi',
      displayName: 'Lê Văn Mới',
      orgUnitId: UNIT_IDS.baDinh,
      temporaryPassword: password.value,
    });

    answer = problemResponse(409, 'CONFLICT', 'Tên đăng nhập đã tồn tại');
    fireEvent.change(password, { target: { value: 'MatKhauTam@2026' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Tạo tài khoản' }));
    await waitFor(() => expect(describedText(username)).toContain('Tên đăng nhập đã tồn tại'));
    expect(username.getAttribute('aria-invalid')).toBe('true');
    expect(posts).toHaveLength(2);
  });

  it('opens the new official after creating it', async () => {
    const write: Write = (method, url) =>
      method === 'POST' && url === '/api/v1/officials'
        ? jsonResponse({ ...OFFICIALS[0], id: OFFICIAL_IDS.hang, username: 'badinh.lanhdao' }, 201)
        : undefined;
    officialsApi(ADMIN, write);
    const { router } = renderApp('/app/quan-tri/can-bo');
    fireEvent.click(await screen.findByRole('button', { name: /Thêm cán bộ/ }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('Tên đăng nhập'), { target: { value: 'badinh.lanhdao' } });
    fireEvent.change(within(dialog).getByLabelText('Họ và tên'), { target: { value: 'Nguyễn Thị Hằng' } });
    await pickUnit(within(dialog).getByLabelText('Đơn vị'), 'ba dinh', 'Phường Ba Đình');
    fireEvent.change(within(dialog).getByLabelText('Mật khẩu tạm thời'), {
      target: { value: 'MatKhauTam@2026' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Tạo tài khoản' }));
    await waitFor(() => expect(router.state.location.search).toBe(`?can-bo=${OFFICIAL_IDS.hang}`));
    expect(await screen.findByText('Đã tạo tài khoản badinh.lanhdao')).toBeTruthy();
    expect(await screen.findByRole('heading', { level: 3, name: 'Vai trò được phân' })).toBeTruthy();
  });
});
