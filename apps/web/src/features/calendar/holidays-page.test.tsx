import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, problemResponse, renderApp, stubFetch } from '../../test/render.tsx';
import { YEARS } from './calendar-fixtures.ts';

// The first render loads the lazy shell and page chunks with Ant Design: slow on a busy machine.
configure({ asyncUtilTimeout: 5_000 });

/** 10:00 on 23/11/2026 in Hà Nội. */
const NOW = new Date('2026-11-23T03:00:00Z');

/** The page's first calendar request (the portal header asks about sign-in too). */
function firstCalendarCall(fetchMock: { mock: { calls: unknown[][] } }): unknown {
  return fetchMock.mock.calls.map(([url]) => url).find((url) => String(url).startsWith('/api/v1/calendar/'));
}

function calendarApi(url: string, init?: RequestInit): Response {
  const year = /\/api\/v1\/calendar\/years\/(\d+)$/.exec(url);
  if (year) {
    const view = YEARS[Number(year[1])];
    return view ? jsonResponse(view) : jsonResponse({ ...YEARS[2026], year: Number(year[1]), daysOff: [] });
  }
  if (url === '/api/v1/calendar/deadline' && init?.method === 'POST') {
    return jsonResponse({
      due: '2026-05-06T17:00:00+07:00',
      receiptDate: '2026-04-29',
      calendarVersion: '2025.1+db.0',
    });
  }
  return problemResponse(404, 'NOT_FOUND', 'Không tìm thấy.');
}

beforeEach(() => {
  vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
});

afterEach(() => {
  vi.useRealTimers();
});

describe('HolidaysPage (/lich-nghi)', () => {
  it("shows the current year's days off with weekday, name and kind, and the statutory-rule notice", async () => {
    const fetchMock = stubFetch(calendarApi);
    renderApp('/lich-nghi');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Lịch nghỉ lễ và ngày làm việc' }),
    ).toBeTruthy();
    const table = await screen.findByRole('table', { name: 'Ngày nghỉ lễ, Tết năm 2026' });
    const row = within(table).getByText('Thứ Sáu, 01/05/2026').closest('tr');
    expect(row).toBeTruthy();
    expect(within(row as HTMLElement).getByText('Ngày Quốc tế lao động (1/5)')).toBeTruthy();
    expect(within(row as HTMLElement).getByText('Ngày lễ')).toBeTruthy();
    const compensatory = within(table).getByText('Thứ Hai, 27/04/2026').closest('tr') as HTMLElement;
    expect(within(compensatory).getByText('Nghỉ bù')).toBeTruthy();
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Ngày', 'Tên ngày nghỉ', 'Loại']);
    expect(screen.getByText('Năm 2026 không có ngày làm bù.')).toBeTruthy();
    const notice = screen
      .getByText('Chưa có quyết định về ngày nghỉ của năm 2026')
      .closest('[role="status"]');
    expect(notice?.textContent).toContain('Điều 112 Bộ luật Lao động năm 2019');
    expect(firstCalendarCall(fetchMock)).toBe('/api/v1/calendar/years/2026');
    await waitFor(() =>
      expect(document.title).toBe('Lịch nghỉ lễ và ngày làm việc – Cổng dịch vụ công Liên Thông'),
    );
  });

  it('switches year with the previous-year button and shows the decision, make-up days and kinds', async () => {
    const fetchMock = stubFetch(calendarApi);
    const { router } = renderApp('/lich-nghi');
    await screen.findByText('Thứ Sáu, 01/05/2026');
    fireEvent.click(screen.getByRole('button', { name: /Năm trước/ }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Ngày nghỉ lễ, Tết năm 2025' })).toBeTruthy();
    expect(router.state.location.search).toBe('?nam=2025');
    expect(fetchMock.mock.calls.map(([url]) => url)).toContain('/api/v1/calendar/years/2025');
    const table = screen.getByRole('table', { name: 'Ngày nghỉ lễ, Tết năm 2025' });
    const decided = within(table).getByText('Thứ Hai, 27/01/2025').closest('tr') as HTMLElement;
    expect(within(decided).getByText('Theo quyết định')).toBeTruthy();
    const makeUp = screen.getByRole('heading', { level: 2, name: 'Ngày làm bù năm 2025' }).closest('section');
    expect(within(makeUp as HTMLElement).getByText('Thứ Bảy, 08/02/2025')).toBeTruthy();
    expect(screen.getByText(/Tết Ất Tỵ: nghỉ 9 ngày liên tục/)).toBeTruthy();
    expect(screen.getByText(/Thông báo của Bộ Lao động – Thương binh và Xã hội/)).toBeTruthy();
    expect(screen.queryByText(/Chưa có quyết định về ngày nghỉ/)).toBeNull();
  });

  it('opens the year of ?nam= and falls back to the current year outside 2000–2100', async () => {
    const fetchMock = stubFetch(calendarApi);
    renderApp('/lich-nghi?nam=2025');
    expect(await screen.findByText('Thứ Bảy, 08/02/2025')).toBeTruthy();
    expect(firstCalendarCall(fetchMock)).toBe('/api/v1/calendar/years/2025');

    fetchMock.mockClear();
    renderApp('/lich-nghi?nam=1999');
    await waitFor(() => expect(firstCalendarCall(fetchMock)).toBeDefined());
    expect(firstCalendarCall(fetchMock)).toBe('/api/v1/calendar/years/2026');
  });

  it("shows the server's message when the year cannot be loaded", async () => {
    stubFetch(() => problemResponse(503, 'DATABASE_UNAVAILABLE', 'Cơ sở dữ liệu tạm thời không sẵn sàng.'));
    renderApp('/lich-nghi');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Chưa tải được lịch nghỉ của năm 2026');
    expect(alert.textContent).toContain('Cơ sở dữ liệu tạm thời không sẵn sàng.');
  });
});
