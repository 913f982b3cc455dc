import { configure, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, problemResponse, renderApp, stubFetch } from '../../test/render.tsx';
import { trackingUrl } from './queries.ts';
import en from './tracking.en.json';
import vi from './tracking.vi.json';

configure({ asyncUtilTimeout: 8_000 });

const CODE = '000.00.04.H26-260305-0007';
const VIEW = {
  code: CODE,
  procedureName: 'Đăng ký khai sinh',
  state: 'in_process',
  stateLabel: 'Đang giải quyết',
  competentUnitName: 'Phường Ba Đình',
  receivedAt: '2026-03-05T02:00:00.000Z',
  dueAt: '2026-03-06T10:00:00.000Z',
  promisedAt: null,
  late: false,
  steps: [
    { label: 'Nộp hồ sơ', at: '2026-03-04T02:00:00.000Z' },
    { label: 'Tiếp nhận (mẫu 01)', at: '2026-03-05T02:00:00.000Z' },
  ],
};

describe('Tra cứu hồ sơ (public)', () => {
  it('looks a dossier up from the QR code link (?ma&bi-mat) without signing in', async () => {
    const fetchMock = stubFetch((url) =>
      url.startsWith('/api/v1/tracking')
        ? jsonResponse(VIEW)
        : problemResponse(404, 'NOT_FOUND', 'Không tìm thấy.'),
    );
    renderApp(`/tra-cuu-ho-so?ma=${encodeURIComponent(CODE)}&bi-mat=K7P2QX`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Tra cứu hồ sơ' })).toBeTruthy();
    expect(await screen.findByText('Đang giải quyết')).toBeTruthy();
    expect(fetchMock.mock.calls.map(([u]) => String(u))).toContain(
      `/api/v1/tracking?code=${encodeURIComponent(CODE)}&secret=K7P2QX`,
    );
    expect(fetchMock.mock.calls.some(([u]) => String(u).includes('/auth/session'))).toBe(false);
    expect(screen.getByRole('heading', { level: 2, name: 'Kết quả tra cứu' })).toBeTruthy();
    expect(screen.getByText('Phường Ba Đình')).toBeTruthy();
    expect(screen.getByText('06/03/2026 17:00')).toBeTruthy();
    expect(screen.getByText('Tiếp nhận (mẫu 01)')).toBeTruthy();
    expect((screen.getByLabelText('Mã hồ sơ') as HTMLInputElement).value).toBe(CODE);
    expect((screen.getByLabelText('Mã tra cứu') as HTMLInputElement).value).toBe('K7P2QX');
  });

  it('asks for both codes, then says when no dossier matches', async () => {
    const fetchMock = stubFetch(() =>
      problemResponse(404, 'NOT_FOUND', 'Không tìm thấy hồ sơ hoặc mã tra cứu không đúng.'),
    );
    const { router } = renderApp('/tra-cuu-ho-so');
    fireEvent.click(await screen.findByRole('button', { name: /Tra cứu/ }));
    expect(await screen.findByText('Vui lòng nhập mã hồ sơ')).toBeTruthy();
    expect(screen.getByText('Vui lòng nhập mã tra cứu')).toBeTruthy();
    expect(fetchMock.mock.calls.some(([u]) => String(u).startsWith('/api/v1/tracking'))).toBe(false);

    fireEvent.change(screen.getByLabelText('Mã hồ sơ'), { target: { value: ` ${CODE} ` } });
    fireEvent.change(screen.getByLabelText('Mã tra cứu'), { target: { value: 'SAI123' } });
    fireEvent.click(screen.getByRole('button', { name: /Tra cứu/ }));
    await waitFor(() =>
      expect(router.state.location.search).toBe(`?ma=${encodeURIComponent(CODE)}&bi-mat=SAI123`),
    );
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Không tìm thấy hồ sơ với mã hồ sơ và mã tra cứu này');
    expect(alert.textContent).toContain('mã tra cứu không đúng');
  });

  it('builds the address the receipt’s QR code carries', () => {
    expect(trackingUrl('https://dichvucong.hanoi.gov.vn/', CODE, 'K7P2QX')).toBe(
      `https://dichvucong.hanoi.gov.vn/tra-cuu-ho-so?ma=${encodeURIComponent(CODE)}&bi-mat=K7P2QX`,
    );
  });

  it('has the same texts in Vietnamese and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
  });
});
