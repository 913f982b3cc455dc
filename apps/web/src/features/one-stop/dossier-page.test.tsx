import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, problemResponse, renderApp } from '../../test/render.tsx';
import { callsTo, type Extra, oneStopApi, type Write } from './one-stop-api.ts';
import { DESK_OFFICER, dossierView, IDS, LEADER, NOW } from './one-stop-fixtures.ts';
import type { DossierView } from './queries.ts';

configure({ asyncUtilTimeout: 8_000 });

beforeEach(() => {
  vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

const PAGE = `/app/mot-cua/ho-so/${IDS.d1}`;
const DOSSIER_PATH = `/api/v1/dossiers/${IDS.d1}`;

/** The API with a dossier that changes when an action succeeds; POSTs are recorded. */
function dossierApi(
  user: Record<string, unknown>,
  initial: Partial<DossierView> = {},
  answer?: (path: string, body: Record<string, unknown>, current: DossierView) => Response | undefined,
  extra?: Extra,
) {
  let current = dossierView(initial);
  const posts: { path: string; body: Record<string, unknown> }[] = [];
  const write: Write = (method, url, body) => {
    if (method !== 'POST') return undefined;
    posts.push({ path: url, body });
    const custom = answer?.(url, body, current);
    if (custom) return custom;
    if (url.startsWith(`${DOSSIER_PATH}/`)) {
      current = {
        ...current,
        revision: current.revision + 1,
        state: 'in_process',
        stateLabel: 'Đang giải quyết',
      };
      return jsonResponse(current);
    }
    return undefined;
  };
  const fetchMock = oneStopApi(user, { write, dossier: () => current, ...(extra ? { extra } : {}) });
  return {
    fetchMock,
    posts,
    set: (next: Partial<DossierView>) => {
      current = { ...current, ...next };
    },
  };
}

async function openAction(name: string) {
  await screen.findByRole('heading', { level: 1, name: 'Hồ sơ 00004-260309-0001' });
  const actions = screen
    .getByRole('heading', { level: 2, name: 'Thao tác' })
    .closest('.ant-card') as HTMLElement;
  fireEvent.click(within(actions).getByRole('button', { name }));
  return screen.findByRole('dialog', { name });
}

/** Types a dd/mm/yyyy date into an antd DatePicker and confirms it with Enter. */
function typeDate(input: HTMLElement, text: string) {
  fireEvent.mouseDown(input);
  fireEvent.focus(input);
  fireEvent.change(input, { target: { value: text } });
  fireEvent.keyDown(input, { key: 'Enter', code: 'Enter', keyCode: 13 });
  fireEvent.blur(input);
}

describe('DossierPage (/app/mot-cua/ho-so/:id)', { timeout: 60_000 }, () => {
  it('shows the dossier, its form by the schema with prefill sources, parts, forms, fees and history', async () => {
    dossierApi(DESK_OFFICER);
    renderApp(PAGE);
    expect(await screen.findByRole('heading', { level: 1, name: 'Hồ sơ 00004-260309-0001' })).toBeTruthy();
    expect(screen.getByText('Mã thủ tục 1.001193, phiên bản 2')).toBeTruthy();
    expect(screen.getByText('Hạn giải quyết: 11/03/2026 17:00')).toBeTruthy();
    const actions = screen
      .getByRole('heading', { level: 2, name: 'Thao tác' })
      .closest('.ant-card') as HTMLElement;
    expect(
      within(actions)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual([
      'Chuyển xử lý',
      'Yêu cầu bổ sung (mẫu 02)',
      'Xin lỗi và hẹn lại ngày trả (mẫu 04)',
      'Dừng giải quyết (mẫu 05)',
    ]);
    expect(screen.getByText('001085012345')).toBeTruthy();
    expect(screen.getByText('12/04/1985')).toBeTruthy();
    expect(screen.getByText('Thẩm định (hạn 10/03/2026 12:00)')).toBeTruthy();

    const form = screen.getByRole('region', { name: 'Tờ khai' });
    expect(await within(form).findByText('Họ và tên người yêu cầu')).toBeTruthy();
    expect(within(form).getByRole('heading', { level: 3, name: 'Người được khai sinh' })).toBeTruthy();
    expect(within(form).getByText('Nguồn: Cơ sở dữ liệu quốc gia về dân cư (VNeID)')).toBeTruthy();
    expect(within(form).getByText('Thông tin người được khai sinh')).toBeTruthy();
    expect(within(form).getByText('01/03/2026')).toBeTruthy();
    expect(within(form).getByText('Nam')).toBeTruthy();
    expect(within(form).getByText('Cha mẹ cùng nơi cư trú')).toBeTruthy();

    const parts = screen.getByRole('region', { name: 'Thành phần hồ sơ' });
    expect(within(parts).getByRole('link', { name: 'giay-chung-sinh.pdf' }).getAttribute('href')).toBe(
      `/api/v1/files/${IDS.file}`,
    );
    expect(parts.textContent).toContain('Tải lên · 200 KB');
    const documents = screen.getByRole('region', { name: 'Phiếu, biểu mẫu và kết quả' });
    expect(
      within(documents)
        .getAllByRole('link')
        .map((link) => [link.textContent?.trim(), link.getAttribute('href')]),
    ).toEqual([
      ['Mẫu 01: Giấy tiếp nhận hồ sơ và hẹn trả kết quả (PDF)', `${DOSSIER_PATH}/forms/01`],
      ['Mẫu 06: Phiếu kiểm soát quá trình giải quyết hồ sơ (PDF)', `${DOSSIER_PATH}/forms/06`],
    ]);
    const fees = screen.getByRole('region', { name: 'Phí, lệ phí' });
    expect(fees.textContent).toContain('Tổng phí, lệ phí: 8.000 ₫.');
    expect(fees.textContent).toContain('Chưa thanh toán.');
    const history = screen.getByRole('region', { name: 'Quá trình xử lý' });
    const steps = within(history).getAllByRole('listitem');
    expect(steps).toHaveLength(2);
    expect(steps[1]?.textContent).toContain('Tiếp nhận (mẫu 01) · 09/03/2026 09:15');
    expect(steps[1]?.textContent).toContain(
      'Trịnh Văn Long (Phường Ba Đình) · Đã nộp, chờ tiếp nhận → Đã tiếp nhận',
    );
    expect(steps[1]?.textContent).toContain('Đủ thành phần');
  });

  it('asks for a supplement with a reason and the parts, sending the revision seen', async () => {
    const api = dossierApi(DESK_OFFICER);
    renderApp(PAGE);
    const dialog = await openAction('Yêu cầu bổ sung (mẫu 02)');
    expect(within(dialog).getByText(/tạm dừng tính thời hạn/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Yêu cầu bổ sung (mẫu 02)' }));
    expect(await within(dialog).findByText('Cần nhập lý do.')).toBeTruthy();
    expect(api.posts).toEqual([]);
    fireEvent.change(within(dialog).getByLabelText('Lý do'), {
      target: { value: ' Giấy chứng sinh bị mờ ' },
    });
    fireEvent.click(await within(dialog).findByLabelText('Giấy chứng sinh'));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Yêu cầu bổ sung (mẫu 02)' }));
    await waitFor(() =>
      expect(api.posts).toEqual([
        {
          path: `${DOSSIER_PATH}/request-supplement`,
          body: { reason: 'Giấy chứng sinh bị mờ', partCodes: ['giay-chung-sinh'], revision: 3 },
        },
      ]),
    );
    expect(
      await screen.findByText('Đã thực hiện “Yêu cầu bổ sung (mẫu 02)”. Trạng thái hồ sơ: Đang giải quyết.'),
    ).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('assigns to an official of the competent unit', async () => {
    const api = dossierApi(DESK_OFFICER);
    renderApp(PAGE);
    const dialog = await openAction('Chuyển xử lý');
    fireEvent.mouseDown(within(dialog).getByLabelText('Cán bộ xử lý'));
    fireEvent.click(await screen.findByTitle('Phạm Minh Châu (Chuyên viên)'));
    fireEvent.change(within(dialog).getByLabelText('Ghi chú (không bắt buộc)'), {
      target: { value: 'Xử lý gấp' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Chuyển xử lý' }));
    await waitFor(() =>
      expect(api.posts).toEqual([
        {
          path: `${DOSSIER_PATH}/assign`,
          body: { assigneeId: IDS.officerA, note: 'Xử lý gấp', revision: 3 },
        },
      ]),
    );
  });

  it('apologises with a new date that is not in the past (dd/mm/yyyy)', async () => {
    const api = dossierApi(DESK_OFFICER);
    renderApp(PAGE);
    const dialog = await openAction('Xin lỗi và hẹn lại ngày trả (mẫu 04)');
    fireEvent.change(within(dialog).getByLabelText('Lý do'), { target: { value: 'Chờ xác minh' } });
    typeDate(within(dialog).getByLabelText('Ngày hẹn trả kết quả mới'), '09/03/2026');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Xin lỗi và hẹn lại ngày trả (mẫu 04)' }));
    expect(
      await within(dialog).findByText(/Cần chọn ngày hẹn trả mới|không được là ngày đã qua/),
    ).toBeTruthy();
    expect(api.posts).toEqual([]);
    typeDate(within(dialog).getByLabelText('Ngày hẹn trả kết quả mới'), '16/03/2026');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Xin lỗi và hẹn lại ngày trả (mẫu 04)' }));
    await waitFor(() =>
      expect(api.posts).toEqual([
        {
          path: `${DOSSIER_PATH}/apologize`,
          body: { reason: 'Chờ xác minh', newDate: '2026-03-16', revision: 3 },
        },
      ]),
    );
  });

  it('says the dossier was just updated on DOSSIER_STALE, reloads it and retries with the new revision', async () => {
    let stale = true;
    const api = dossierApi(DESK_OFFICER, {}, (path) => {
      if (!path.endsWith('/stop') || !stale) return undefined;
      stale = false;
      api.set({ revision: 7 });
      return problemResponse(409, 'DOSSIER_STALE', 'Hồ sơ vừa được người khác cập nhật.');
    });
    renderApp(PAGE);
    const dialog = await openAction('Dừng giải quyết (mẫu 05)');
    fireEvent.change(within(dialog).getByLabelText('Lý do'), { target: { value: 'Người nộp đề nghị dừng' } });
    const reads = callsTo(api.fetchMock, DOSSIER_PATH).length;
    fireEvent.click(within(dialog).getByRole('button', { name: 'Dừng giải quyết (mẫu 05)' }));
    expect(await within(dialog).findByText('Hồ sơ vừa được cập nhật')).toBeTruthy();
    await waitFor(() => expect(callsTo(api.fetchMock, DOSSIER_PATH).length).toBeGreaterThan(reads));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Dừng giải quyết (mẫu 05)' }));
    await waitFor(() => expect(api.posts).toHaveLength(2));
    expect(api.posts.map((post) => post.body)).toEqual([
      { reason: 'Người nộp đề nghị dừng', revision: 3 },
      { reason: 'Người nộp đề nghị dừng', revision: 7 },
    ]);
  });

  it('shows the server’s field errors under the fields', async () => {
    dossierApi(DESK_OFFICER, {}, (path) =>
      path.endsWith('/stop')
        ? problemResponse(400, 'VALIDATION_FAILED', 'Dữ liệu không hợp lệ.', [
            { path: 'body.reason', message: 'Lý do quá ngắn' },
          ])
        : undefined,
    );
    renderApp(PAGE);
    const dialog = await openAction('Dừng giải quyết (mẫu 05)');
    fireEvent.change(within(dialog).getByLabelText('Lý do'), { target: { value: 'x' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Dừng giải quyết (mẫu 05)' }));
    expect(await within(dialog).findAllByText('Lý do quá ngắn')).not.toHaveLength(0);
    expect(within(dialog).getByRole('alert').textContent).toContain('Dữ liệu không hợp lệ.');
  });

  it('signs with the leader’s certificate and then shows the result and its code', async () => {
    const api = dossierApi(
      LEADER,
      { state: 'approved', stateLabel: 'Đã phê duyệt', allowedActions: ['sign'] },
      (path, _body, current) =>
        path.endsWith('/sign')
          ? jsonResponse({
              ...current,
              state: 'signed',
              stateLabel: 'Đã ký kết quả',
              revision: 4,
              allowedActions: [],
              result: {
                fileId: IDS.resultFile,
                fileName: 'giay-khai-sinh-00004-260309-0001.pdf',
                signatureCode: 'LT-7F3K-92QD',
                verifyUrl: null,
              },
            })
          : undefined,
    );
    renderApp(PAGE);
    const dialog = await openAction('Ký kết quả');
    expect(
      within(dialog).getByText('Ký số kết quả bằng chứng thư số của ông/bà Nguyễn Thị Hằng.'),
    ).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText('Chức danh người ký (không bắt buộc)'), {
      target: { value: 'Chủ tịch' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Ký kết quả' }));
    expect(await within(dialog).findByText('Đã ký số kết quả')).toBeTruthy();
    expect(api.posts).toEqual([{ path: `${DOSSIER_PATH}/sign`, body: { title: 'Chủ tịch', revision: 3 } }]);
    expect(
      within(dialog).getByRole('link', { name: 'giay-khai-sinh-00004-260309-0001.pdf' }).getAttribute('href'),
    ).toBe(`${DOSSIER_PATH}/result`);
    expect(within(dialog).getByText('LT-7F3K-92QD')).toBeTruthy();
    expect(within(dialog).getByRole('link', { name: 'Xác thực kết quả' }).getAttribute('href')).toBe(
      '/xac-thuc?ma=LT-7F3K-92QD',
    );
    fireEvent.click(within(dialog).getAllByRole('button', { name: 'Đóng' }).at(-1) as HTMLElement);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.getByText('Ở bước này bạn không có thao tác nào với hồ sơ.')).toBeTruthy();
  });

  it('says the unit’s seal is applied when issuing', async () => {
    dossierApi(DESK_OFFICER, { state: 'signed', stateLabel: 'Đã ký kết quả', allowedActions: ['issue'] });
    renderApp(PAGE);
    const dialog = await openAction('Đóng dấu, phát hành kết quả');
    expect(
      within(dialog).getByText(
        'Đóng dấu số của đơn vị Phường Ba Đình lên kết quả đã ký và phát hành kết quả.',
      ),
    ).toBeTruthy();
  });

  it('collects the fee at the desk and links the receipt', async () => {
    const payment = {
      id: IDS.payment,
      dossierId: IDS.d1,
      amount: 8000,
      status: 'paid',
      provider: 'desk',
      qrPayload: null,
      payUrl: null,
      receiptNo: '0000123',
      createdAt: '2026-03-10T03:00:00Z',
      paidAt: '2026-03-10T03:00:00Z',
    };
    let paid = false;
    const api = dossierApi(
      DESK_OFFICER,
      {},
      (path) => {
        if (path !== `${DOSSIER_PATH}/payments`) return undefined;
        paid = true;
        return jsonResponse(payment);
      },
      (url, init) =>
        url === `${DOSSIER_PATH}/payments` && init?.method === 'GET' && paid
          ? jsonResponse({ items: [payment] })
          : undefined,
    );
    renderApp(PAGE);
    await screen.findByRole('heading', { level: 1, name: 'Hồ sơ 00004-260309-0001' });
    fireEvent.click(screen.getByRole('button', { name: 'Thu phí tại quầy' }));
    const dialog = await screen.findByRole('dialog', { name: 'Thu phí tại quầy' });
    expect(dialog.textContent).toContain('Xác nhận đã thu 8.000 ₫ của người nộp');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Xác nhận đã thu' }));
    expect(await screen.findByText('Đã ghi nhận thu phí tại quầy và lập biên lai.')).toBeTruthy();
    expect(api.posts).toEqual([{ path: `${DOSSIER_PATH}/payments`, body: { method: 'desk' } }]);
    const receipt = await screen.findByRole('link', { name: /Biên lai số 0000123/ });
    expect(receipt.getAttribute('href')).toBe(`/api/v1/payments/${IDS.payment}/receipt`);
    expect(screen.queryByRole('button', { name: 'Thu phí tại quầy' })).toBeNull();
  });

  it('says when the dossier is not found (or outside the official’s units)', async () => {
    oneStopApi(DESK_OFFICER, {
      extra: (url) =>
        url === DOSSIER_PATH ? problemResponse(404, 'NOT_FOUND', 'Không tìm thấy hồ sơ.') : undefined,
    });
    renderApp(PAGE);
    expect(await screen.findByText('Không tìm thấy hồ sơ.')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Hồ sơ' })).toBeTruthy();
  });
});
