import { configure, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, problemResponse, renderApp, stubFetch } from '../../test/render.tsx';
import { CITY, DESK_OFFICER, DOSSIER_ID, dossierView, PREFILL } from './filing-fixtures.ts';

configure({ asyncUtilTimeout: 8_000 });

function deskApi(user: unknown = DESK_OFFICER, prefill: () => Response = () => jsonResponse(PREFILL)) {
  return stubFetch((raw, init) => {
    const url = new URL(raw, 'http://localhost');
    if (url.pathname === '/api/v1/auth/session') return jsonResponse({ user });
    if (url.pathname === `/api/v1/procedures/${CITY.id}`) return jsonResponse(CITY);
    if (url.pathname === '/api/v1/dossiers/prefill') return prefill();
    if (url.pathname === '/api/v1/dossiers' && init?.method === 'POST') {
      return jsonResponse(
        dossierView({
          state: 'submitted',
          stateLabel: 'Đã nộp, chờ tiếp nhận',
          channel: 'desk',
          feeTotal: 0,
        }),
        201,
      );
    }
    return problemResponse(404, 'ROUTE_NOT_FOUND', 'Không tìm thấy đường dẫn yêu cầu.');
  });
}

describe('filing at the one-stop desk', () => {
  it('looks the citizen up by personal ID, fills the applicant, and files on their behalf', async () => {
    const fetchMock = deskApi();
    renderApp(`/app/mot-cua/nop-ho-so/${CITY.id}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Nộp hồ sơ tại quầy' })).toBeTruthy();
    expect(await screen.findByRole('heading', { level: 2, name: /Bước 1\/3: Người nộp hồ sơ/ })).toBeTruthy();
    // The officer's own data is never prefilled: the citizen is looked up first.
    expect(fetchMock.mock.calls.some(([u]) => String(u).startsWith('/api/v1/dossiers/prefill'))).toBe(false);

    fireEvent.click(screen.getByRole('button', { name: /Tiếp tục/ }));
    await waitFor(() => expect(screen.getAllByText('Trường bắt buộc')).toHaveLength(2));

    const lookup = screen.getByLabelText('Tra cứu công dân theo số định danh cá nhân', { selector: 'input' });
    fireEvent.change(lookup, { target: { value: '0010-8501-2345' } });
    fireEvent.click(screen.getByRole('button', { name: /Tra cứu/ }));
    expect(await screen.findByText(/Đã điền thông tin công dân/)).toBeTruthy();
    expect(fetchMock.mock.calls.map(([u]) => String(u))).toContain(
      `/api/v1/dossiers/prefill?procedureId=${CITY.id}&personalId=001085012345`,
    );
    expect((screen.getByLabelText(/Họ, chữ đệm và tên/) as HTMLInputElement).value).toBe('Nguyễn Văn An');
    expect(
      (
        screen.getByLabelText(/Số định danh cá nhân/, {
          selector: '#applicant-personalId',
        }) as HTMLInputElement
      ).value,
    ).toBe('001085012345');
    await waitFor(() => expect(screen.queryAllByText('Trường bắt buộc')).toHaveLength(0));

    fireEvent.click(screen.getByRole('button', { name: /Tiếp tục/ }));
    expect(await screen.findByRole('heading', { level: 2, name: /Bước 2\/3/ })).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/^Họ, chữ đệm, tên/), { target: { value: 'Nguyễn Bình An' } });
    fireEvent.click(screen.getByLabelText('Nam'));
    const date = screen.getByLabelText(/Ngày, tháng, năm sinh/);
    fireEvent.mouseDown(date);
    fireEvent.change(date, { target: { value: '05/03/2026' } });
    fireEvent.keyDown(date, { key: 'Enter', code: 'Enter' });
    fireEvent.click(screen.getByRole('button', { name: /Tiếp tục/ }));
    expect(await screen.findByRole('heading', { level: 2, name: /Bước 3\/3: Xem lại và nộp/ })).toBeTruthy();
    expect(screen.getByText('Người nộp hồ sơ', { selector: 'h3' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: /Nộp hồ sơ/ }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Đã nộp hồ sơ thay công dân' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Xem hồ sơ' }).getAttribute('href')).toBe(
      `/app/mot-cua/ho-so/${DOSSIER_ID}`,
    );
    const post = fetchMock.mock.calls.find(([u, i]) => u === '/api/v1/dossiers' && i?.method === 'POST');
    const body = JSON.parse(String(post?.[1]?.body));
    expect(body.applicant).toEqual({
      kind: 'citizen',
      personalId: '001085012345',
      fullName: 'Nguyễn Văn An',
    });
    expect(body.submit).toBe(true);
  });

  it('lets the officer type the applicant when the national database does not answer', async () => {
    deskApi(DESK_OFFICER, () =>
      problemResponse(
        503,
        'REGISTRY_UNAVAILABLE',
        'Không kết nối được cơ sở dữ liệu quốc gia. Vui lòng nhập thông tin hoặc thử lại sau.',
      ),
    );
    renderApp(`/app/mot-cua/nop-ho-so/${CITY.id}`);
    const lookup = await screen.findByLabelText('Tra cứu công dân theo số định danh cá nhân', {
      selector: 'input',
    });
    fireEvent.change(lookup, { target: { value: '001085012345' } });
    fireEvent.click(screen.getByRole('button', { name: /Tra cứu/ }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Không kết nối được cơ sở dữ liệu quốc gia');
    fireEvent.change(screen.getByLabelText(/Họ, chữ đệm và tên/), { target: { value: 'Trần Văn Bình' } });
    fireEvent.change(screen.getByLabelText(/Số định danh cá nhân/, { selector: '#applicant-personalId' }), {
      target: { value: '00108501234' },
    });
    fireEvent.click(screen.getByRole('button', { name: /Tiếp tục/ }));
    expect(await screen.findByText('Số định danh cá nhân gồm 12 chữ số')).toBeTruthy();
  });

  it('is closed to officials who do not receive dossiers', async () => {
    deskApi({ ...DESK_OFFICER, roles: ['specialist'], permissions: ['dossier.read'] });
    renderApp(`/app/mot-cua/nop-ho-so/${CITY.id}`);
    expect(await screen.findByRole('heading', { level: 1, name: /Không có quyền|quyền/ })).toBeTruthy();
  });
});
