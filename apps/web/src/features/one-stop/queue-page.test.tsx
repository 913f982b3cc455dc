import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, renderApp } from '../../test/render.tsx';
import { callsTo, oneStopApi } from './one-stop-api.ts';
import { CLERK, DESK_OFFICER, IDS, LEADER, NO_DOSSIERS, NOW } from './one-stop-fixtures.ts';

// The first render loads the lazy shell and page chunks with Ant Design: slow on a busy machine.
configure({ asyncUtilTimeout: 8_000 });

beforeEach(() => {
  vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

const TABLE = 'Danh sách hồ sơ: Tất cả';

/** The queue's table once its rows arrived. */
async function loadedTable(name = TABLE) {
  const table = await screen.findByRole('table', { name });
  await within(table).findByRole('link', { name: '00004-260309-0001' });
  return table;
}

/** Types a dd/mm/yyyy date into an antd DatePicker and confirms it with Enter. */
function typeDate(input: HTMLElement, text: string) {
  fireEvent.mouseDown(input);
  fireEvent.focus(input);
  fireEvent.change(input, { target: { value: text } });
  fireEvent.keyDown(input, { key: 'Enter', code: 'Enter', keyCode: 13 });
  fireEvent.blur(input);
}

/** Types in a select (unit or procedure picker) and picks the option whose label starts with `name`. */
async function pick(input: HTMLElement, text: string, name: string) {
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

describe('QueuePage (/app/mot-cua)', { timeout: 60_000 }, () => {
  it('lists the queues as tabs with their counts and the dossiers with deadlines in words', async () => {
    const fetchMock = oneStopApi(DESK_OFFICER);
    renderApp('/app/mot-cua');
    expect(await screen.findByRole('heading', { level: 1, name: 'Hồ sơ một cửa' })).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Điều hướng không gian làm việc' });
    expect(within(nav).getByRole('link', { name: 'Hồ sơ một cửa' }).getAttribute('href')).toBe(
      '/app/mot-cua',
    );
    expect(within(nav).getByRole('link', { name: 'Thống kê một cửa' }).getAttribute('href')).toBe(
      '/app/mot-cua/thong-ke',
    );

    const table = await loadedTable();
    const tabs = screen.getAllByRole('tab').map((tab) => tab.textContent);
    expect(tabs).toEqual([
      'Chờ tiếp nhận (5)',
      'Được giao cho tôi (2)',
      'Đang xử lý (12)',
      'Chờ phê duyệt (1)',
      'Chờ ký (0)',
      'Chờ đóng dấu, phát hành (3)',
      'Chờ trả kết quả (4)',
      'Chờ bổ sung (1)',
      'Sắp đến hạn (6)',
      'Quá hạn (2)',
      'Tất cả (43)',
    ]);
    expect(screen.getByRole('tab', { name: 'Tất cả (43)' }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByText('Số hồ sơ: 43')).toBeTruthy();

    const rows = within(table).getAllByRole('row');
    expect(rows[1]?.textContent).toContain('00004-260309-0001');
    expect(rows[1]?.textContent).toContain('Đăng ký khai sinh');
    expect(rows[1]?.textContent).toContain('Nguyễn Văn An');
    expect(rows[1]?.textContent).toContain('09/03/2026 09:15');
    expect(rows[1]?.textContent).toContain('11/03/2026 17:00');
    expect(rows[1]?.textContent).toContain('Đã tiếp nhận');
    expect(rows[1]?.textContent).toContain('Chưa giao');
    expect(rows[2]?.textContent).toContain('Sắp đến hạn');
    expect(rows[2]?.textContent).toContain('Phạm Minh Châu');
    expect(rows[3]?.textContent).toContain('Quá hạn');
    expect(within(rows[3] as HTMLElement).getByText('Quá hạn').className).toContain('one-stop-tag--late');
    expect(within(table).getByRole('link', { name: '00004-260309-0001' }).getAttribute('href')).toBe(
      `/app/mot-cua/ho-so/${IDS.d1}`,
    );
    expect(callsTo(fetchMock, '/api/v1/dossiers')[0]).toBe('/api/v1/dossiers?queue=all&page=1&pageSize=20');
    expect(screen.getByRole('link', { name: 'Nộp hồ sơ tại quầy' }).getAttribute('href')).toBe(
      '/app/mot-cua/nop-ho-so',
    );
  });

  it('switches queues and filters through the URL and asks the API with them', async () => {
    const fetchMock = oneStopApi(DESK_OFFICER);
    const { router } = renderApp('/app/mot-cua');
    await loadedTable();

    fireEvent.click(screen.getByRole('tab', { name: 'Quá hạn (2)' }));
    await waitFor(() => expect(router.state.location.search).toBe('?hang-doi=late'));
    await screen.findByRole('table', { name: 'Danh sách hồ sơ: Quá hạn' });

    fireEvent.change(screen.getByLabelText('Mã hồ sơ hoặc tên người nộp'), { target: { value: ' an ' } });
    await pick(screen.getByLabelText('Đơn vị giải quyết'), 'ba dinh', 'Phường Ba Đình');
    await pick(screen.getByLabelText('Thủ tục hành chính'), 'khai sinh', 'Đăng ký khai sinh');
    fireEvent.mouseDown(screen.getByLabelText('Trạng thái'));
    fireEvent.click(await screen.findByTitle('Đang giải quyết'));
    typeDate(screen.getByLabelText('Tiếp nhận từ ngày'), '01/03/2026');
    typeDate(screen.getByLabelText('Đến ngày'), '09/03/2026');
    fireEvent.click(screen.getByRole('button', { name: 'Lọc' }));

    await waitFor(() =>
      expect(router.state.location.search).toBe(
        `?hang-doi=late&don-vi=${IDS.baDinh}&thu-tuc=${IDS.procedure}&trang-thai=in_process&tu=2026-03-01&den=2026-03-09&q=an`,
      ),
    );
    await waitFor(() =>
      expect(callsTo(fetchMock, '/api/v1/dossiers')).toContain(
        `/api/v1/dossiers?queue=late&unitId=${IDS.baDinh}&procedureId=${IDS.procedure}&state=in_process&q=an&receivedFrom=2026-03-01&receivedTo=2026-03-09&page=1&pageSize=20`,
      ),
    );

    fireEvent.click(screen.getByRole('listitem', { name: '2' }).querySelector('a') as HTMLElement);
    await waitFor(() => expect(router.state.location.search).toContain('&trang=2'));
    await waitFor(() =>
      expect(callsTo(fetchMock, '/api/v1/dossiers').at(-1)).toContain('&page=2&pageSize=20'),
    );
  });

  it('refuses a received-to date before the received-from date', async () => {
    oneStopApi(DESK_OFFICER);
    const { router } = renderApp('/app/mot-cua?tu=2026-03-09');
    await loadedTable();
    typeDate(screen.getByLabelText('Đến ngày'), '01/03/2026');
    fireEvent.click(screen.getByRole('button', { name: 'Lọc' }));
    expect(await screen.findByText('Ngày kết thúc phải từ ngày bắt đầu trở đi.')).toBeTruthy();
    expect(router.state.location.search).toBe('?tu=2026-03-09');
  });

  it('receives the selected dossiers at once and shows the result of each', async () => {
    const bodies: Record<string, unknown>[] = [];
    oneStopApi(DESK_OFFICER, {
      write: (method, url, body) => {
        if (method !== 'POST' || url !== '/api/v1/dossiers/bulk') return undefined;
        bodies.push(body);
        return jsonResponse({
          results: [
            { id: IDS.d1, ok: true },
            {
              id: IDS.d3,
              ok: false,
              code: 'DOSSIER_ACTION_NOT_ALLOWED',
              message: 'Thao tác không được phép ở trạng thái hiện tại của hồ sơ.',
            },
          ],
        });
      },
    });
    renderApp('/app/mot-cua');
    const table = await loadedTable();
    const bar = screen.getByRole('group', { name: 'Thao tác với các hồ sơ đã chọn' });
    expect(within(bar).getByRole('button', { name: 'Tiếp nhận' }).hasAttribute('disabled')).toBe(true);
    fireEvent.click(within(table).getByRole('checkbox', { name: 'Chọn hồ sơ 00004-260309-0001' }));
    fireEvent.click(within(table).getByRole('checkbox', { name: 'Chọn hồ sơ 00004-260220-0003' }));
    expect(within(bar).getByText('Đã chọn 2 hồ sơ')).toBeTruthy();
    expect(
      within(bar)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Tiếp nhận', 'Chuyển xử lý', 'Đóng dấu, phát hành', 'Trả kết quả', 'Lưu trữ']);

    fireEvent.click(within(bar).getByRole('button', { name: 'Tiếp nhận' }));
    const dialog = await screen.findByRole('dialog', { name: 'Tiếp nhận' });
    expect(within(dialog).getByText('00004-260309-0001, 00004-260220-0003')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Tiếp nhận 2 hồ sơ' }));

    expect(await within(dialog).findByText('Thành công 1/2 hồ sơ.')).toBeTruthy();
    expect(bodies).toEqual([{ action: 'receive', ids: [IDS.d1, IDS.d3] }]);
    const results = within(dialog).getByRole('table', { name: 'Kết quả theo từng hồ sơ' });
    const rows = within(results).getAllByRole('row');
    expect(rows[1]?.textContent).toBe('00004-260309-0001Thành công');
    expect(rows[2]?.textContent).toContain('00004-260220-0003Không thực hiện được');
    expect(rows[2]?.textContent).toContain('Thao tác không được phép ở trạng thái hiện tại của hồ sơ.');
    fireEvent.click(within(dialog).getAllByRole('button', { name: 'Đóng' }).at(-1) as HTMLElement);
    await waitFor(() => expect(within(bar).getByText('Đã chọn 1 hồ sơ')).toBeTruthy());
  });

  it('assigns in bulk to an official of the dossiers’ unit', async () => {
    const bodies: Record<string, unknown>[] = [];
    const fetchMock = oneStopApi(LEADER, {
      write: (_method, url, body) => {
        if (url !== '/api/v1/dossiers/bulk') return undefined;
        bodies.push(body);
        const ids = body.ids as string[];
        return jsonResponse({ results: ids.map((id) => ({ id, ok: true })) });
      },
    });
    renderApp('/app/mot-cua');
    const table = await loadedTable();
    const bar = screen.getByRole('group', { name: 'Thao tác với các hồ sơ đã chọn' });
    // A leader processes: no receiving, sealing or delivering at the desk.
    expect(
      within(bar)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Chuyển xử lý']);
    expect(screen.queryByRole('link', { name: 'Nộp hồ sơ tại quầy' })).toBeNull();
    fireEvent.click(within(table).getByRole('checkbox', { name: 'Chọn hồ sơ 00004-260305-0007' }));
    fireEvent.click(within(bar).getByRole('button', { name: 'Chuyển xử lý' }));
    const dialog = await screen.findByRole('dialog', { name: 'Chuyển xử lý' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Chuyển xử lý 1 hồ sơ' }));
    expect(await within(dialog).findByText('Cần chọn cán bộ xử lý.')).toBeTruthy();
    fireEvent.mouseDown(within(dialog).getByLabelText('Cán bộ xử lý'));
    fireEvent.click(await screen.findByTitle('Nguyễn Thị Hằng'));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Chuyển xử lý 1 hồ sơ' }));
    expect(await within(dialog).findByText('Thành công 1/1 hồ sơ.')).toBeTruthy();
    expect(bodies).toEqual([{ action: 'assign', ids: [IDS.d2], assigneeId: IDS.officerB }]);
    expect(callsTo(fetchMock, `/api/v1/dossiers/${IDS.d2}/assignees`).length).toBeGreaterThan(0);
  });

  it('delivers in bulk by the chosen method', async () => {
    const bodies: Record<string, unknown>[] = [];
    oneStopApi(DESK_OFFICER, {
      write: (_method, url, body) => {
        if (url !== '/api/v1/dossiers/bulk') return undefined;
        bodies.push(body);
        return jsonResponse({ results: [{ id: IDS.d1, ok: true }] });
      },
    });
    renderApp('/app/mot-cua');
    const table = await loadedTable();
    fireEvent.click(within(table).getByRole('checkbox', { name: 'Chọn hồ sơ 00004-260309-0001' }));
    fireEvent.click(screen.getByRole('button', { name: 'Trả kết quả' }));
    const dialog = await screen.findByRole('dialog', { name: 'Trả kết quả' });
    expect((within(dialog).getByLabelText('Tại bộ phận một cửa') as HTMLInputElement).checked).toBe(true);
    fireEvent.click(within(dialog).getByLabelText('Qua bưu chính'));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Trả kết quả 1 hồ sơ' }));
    expect(await within(dialog).findByText('Thành công 1/1 hồ sơ.')).toBeTruthy();
    expect(bodies).toEqual([{ action: 'deliver', ids: [IDS.d1], method: 'post' }]);
  });

  it('downloads the register (form 07) for a unit and a period', async () => {
    oneStopApi(DESK_OFFICER);
    renderApp(`/app/mot-cua?don-vi=${IDS.baDinh}`);
    await loadedTable();
    fireEvent.click(screen.getByRole('button', { name: 'Sổ theo dõi hồ sơ' }));
    const dialog = await screen.findByRole('dialog', { name: 'Sổ theo dõi hồ sơ (mẫu 07)' });
    const link = within(dialog).getByRole('link', { name: 'Tải sổ (PDF)' });
    await waitFor(() =>
      expect(link.getAttribute('href')).toBe(
        `/api/v1/dossiers/register?unitId=${IDS.baDinh}&from=2026-03-01&to=2026-03-10`,
      ),
    );
  });

  it('shows no bulk actions to readers, and is closed without dossier.read', async () => {
    oneStopApi(CLERK);
    const view = renderApp('/app/mot-cua');
    const table = await loadedTable();
    expect(within(table).queryAllByRole('checkbox')).toHaveLength(0);
    expect(screen.queryByRole('group', { name: 'Thao tác với các hồ sơ đã chọn' })).toBeNull();
    view.unmount();

    oneStopApi(NO_DOSSIERS);
    renderApp('/app/mot-cua');
    expect(await screen.findByRole('heading', { level: 1, name: 'Không có quyền truy cập' })).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Điều hướng không gian làm việc' });
    expect(within(nav).queryByRole('link', { name: 'Hồ sơ một cửa' })).toBeNull();
  });
});

describe('ProcedureChooserPage (/app/mot-cua/nop-ho-so)', { timeout: 60_000 }, () => {
  it('searches the catalogue and links each procedure to desk filing', async () => {
    const fetchMock = oneStopApi(DESK_OFFICER);
    const { router } = renderApp('/app/mot-cua/nop-ho-so');
    expect(await screen.findByRole('heading', { level: 1, name: 'Nộp hồ sơ tại quầy' })).toBeTruthy();
    const table = await screen.findByRole('table', {
      name: 'Danh mục thủ tục hành chính để nộp hồ sơ tại quầy',
    });
    const row = within(table).getAllByRole('row')[1] as HTMLElement;
    expect(row.textContent).toContain('Đăng ký khai sinh');
    expect(row.textContent).toContain('Mã 1.001193');
    expect(row.textContent).toContain('1 ngày làm việc');
    expect(row.textContent).toContain('8.000 ₫');
    expect(
      within(row).getByRole('link', { name: 'Chọn thủ tục Đăng ký khai sinh' }).getAttribute('href'),
    ).toBe(`/app/mot-cua/nop-ho-so/${IDS.procedure}`);

    fireEvent.change(screen.getByLabelText('Tên hoặc mã thủ tục'), { target: { value: 'khai sinh' } });
    fireEvent.mouseDown(screen.getByLabelText('Cấp giải quyết'));
    fireEvent.click(await screen.findByTitle('Cấp xã'));
    fireEvent.click(screen.getByRole('button', { name: 'Tìm' }));
    await waitFor(() => expect(router.state.location.search).toBe('?q=khai+sinh&cap=commune'));
    await waitFor(() =>
      expect(callsTo(fetchMock, '/api/v1/procedures').at(-1)).toBe(
        '/api/v1/procedures?q=khai+sinh&level=commune&page=1&pageSize=20',
      ),
    );
  });

  it('is for officers who receive dossiers', async () => {
    oneStopApi(LEADER);
    renderApp('/app/mot-cua/nop-ho-so');
    expect(await screen.findByRole('heading', { level: 1, name: 'Không có quyền truy cập' })).toBeTruthy();
  });
});
