import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, problemResponse, renderApp, stubFetch } from '../../test/render.tsx';
import { DECISION_2025, YEAR_2025, YEAR_2026 } from './calendar-fixtures.ts';
import { mapFieldErrors } from './decision-form.tsx';
import type { CalendarDecisionView } from './queries.ts';

// The first render loads the lazy shell and page chunks with Ant Design: slow on a busy machine.
configure({ asyncUtilTimeout: 5_000 });

const NOW = new Date('2026-11-23T03:00:00Z');

const OFFICIAL = {
  id: 'u1',
  kind: 'official',
  displayName: 'Phạm Thị Dung',
  orgUnitName: 'Văn phòng UBND thành phố',
  roles: ['officer'],
  permissions: ['system.status.read'],
};
const CALENDAR_ADMIN = { ...OFFICIAL, id: 'quan-tri-lich', permissions: ['calendar.manage'] };

const VERSION_1: CalendarDecisionView = {
  ...DECISION_2025,
  version: 1,
  daysOff: ['2025-01-27', '2025-04-29'],
  decidedBy: 'quan-tri-lich',
  decidedAt: '2026-11-23T03:05:00Z',
};

interface Options {
  user: typeof OFFICIAL;
  put?: (body: unknown) => Response;
}

/** The workspace API: session, 2025 and 2026, the 2025 history (grows after a successful save). */
function workspaceApi({ user, put }: Options) {
  let history: CalendarDecisionView[] = [DECISION_2025];
  return stubFetch((url, init) => {
    if (url === '/api/v1/auth/session') return jsonResponse({ user });
    if (url === '/api/v1/calendar/years/2025') return jsonResponse({ ...YEAR_2025, decision: history[0] });
    if (url === '/api/v1/calendar/years/2026') return jsonResponse(YEAR_2026);
    if (url === '/api/v1/calendar/years/2025/decisions') return jsonResponse({ items: history });
    if (url === '/api/v1/calendar/years/2026/decisions') return jsonResponse({ items: [] });
    if (url === '/api/v1/calendar/years/2025/decision' && init?.method === 'PUT' && put) {
      const response = put(JSON.parse(String(init.body)));
      if (response.ok) history = [VERSION_1, ...history];
      return response;
    }
    return problemResponse(404, 'NOT_FOUND', 'Không tìm thấy.');
  });
}

beforeEach(() => {
  vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
});

afterEach(() => {
  vi.useRealTimers();
});

describe('WorkCalendarPage (/app/lich-lam-viec)', () => {
  it('is in the workspace navigation and read-only without calendar.manage', async () => {
    workspaceApi({ user: OFFICIAL });
    renderApp('/app/lich-lam-viec?nam=2025');
    expect(await screen.findByRole('heading', { level: 1, name: 'Lịch làm việc' })).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Điều hướng không gian làm việc' });
    expect(within(nav).getByRole('link', { name: 'Lịch làm việc' }).getAttribute('href')).toBe(
      '/app/lich-lam-viec',
    );

    expect(await screen.findByText('Phiên bản 0')).toBeTruthy();
    expect(screen.getByText('Dữ liệu có sẵn của Liên Thông')).toBeTruthy();
    expect(await screen.findByRole('table', { name: 'Ngày nghỉ lễ, Tết năm 2025' })).toBeTruthy();
    expect(screen.getByText('Chỉ xem')).toBeTruthy();
    expect(screen.getByText(/chưa được giao quyền quản lý lịch làm việc/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Lưu phiên bản mới' })).toBeNull();
    expect(screen.queryByLabelText('Nội dung quyết định')).toBeNull();
  });

  it('says when a year has no version yet', async () => {
    workspaceApi({ user: OFFICIAL });
    renderApp('/app/lich-lam-viec');
    expect(await screen.findByText('Năm 2026 chưa có phiên bản quyết định nào.')).toBeTruthy();
  });

  it('starts the form of a calendar manager from the current decision', async () => {
    workspaceApi({ user: CALENDAR_ADMIN });
    renderApp('/app/lich-lam-viec?nam=2025');
    const dayOff = (await screen.findByLabelText('Ngày nghỉ 1')) as HTMLInputElement;
    expect(dayOff.value).toBe('27/01/2025');
    expect((screen.getByLabelText('Ngày làm bù 1') as HTMLInputElement).value).toBe('03/02/2025');
    expect((screen.getByLabelText('Ngày làm bù 2') as HTMLInputElement).value).toBe('08/02/2025');
    expect((screen.getByLabelText('Nội dung quyết định') as HTMLTextAreaElement).value).toBe(
      DECISION_2025.note,
    );
    expect((screen.getByLabelText('Căn cứ (số, ngày văn bản)') as HTMLInputElement).value).toBe(
      DECISION_2025.source,
    );
    expect(screen.getByRole('button', { name: 'Xóa ngày làm bù 2' })).toBeTruthy();
    expect(screen.queryByText('Chỉ xem')).toBeNull();
  });

  it("puts the server's field errors (body.daysOff.0, body.source) on their fields", async () => {
    const fetchMock = workspaceApi({
      user: CALENDAR_ADMIN,
      put: () =>
        problemResponse(
          400,
          'VALIDATION_FAILED',
          'Dữ liệu gửi lên không hợp lệ. Vui lòng kiểm tra các trường bị lỗi.',
          [
            { path: 'body.daysOff.0', message: 'Ngày phải thuộc năm 2025' },
            { path: 'body.source', message: 'Cần ghi căn cứ (số, ngày văn bản)' },
            { path: 'body.workingDays', message: 'Tối đa 60 ngày làm bù' },
          ],
        ),
    });
    renderApp('/app/lich-lam-viec?nam=2025');
    await screen.findByLabelText('Ngày nghỉ 1');
    fireEvent.click(screen.getByRole('button', { name: 'Lưu phiên bản mới' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Chưa lưu được quyết định');
    expect(alert.textContent).toContain('Dữ liệu gửi lên không hợp lệ.');
    const dayOff = screen.getByLabelText('Ngày nghỉ 1');
    await waitFor(() => expect(dayOff.getAttribute('aria-invalid')).toBe('true'));
    expect(describedText(dayOff)).toContain('Ngày phải thuộc năm 2025');
    const source = screen.getByLabelText('Căn cứ (số, ngày văn bản)');
    expect(source.getAttribute('aria-invalid')).toBe('true');
    expect(describedText(source)).toContain('Cần ghi căn cứ (số, ngày văn bản)');
    expect(screen.getByLabelText('Nội dung quyết định').getAttribute('aria-invalid')).toBeNull();
    const workingDays = screen.getByRole('group', { name: 'Ngày làm bù, ngày đi làm thay' });
    expect(within(workingDays).getByText('Tối đa 60 ngày làm bù')).toBeTruthy();

    const put = fetchMock.mock.calls.find(([, init]) => init?.method === 'PUT');
    expect(put?.[0]).toBe('/api/v1/calendar/years/2025/decision');
    expect(JSON.parse(String(put?.[1]?.body))).toEqual({
      daysOff: ['2025-01-27'],
      workingDays: ['2025-02-03', '2025-02-08'],
      note: DECISION_2025.note,
      source: DECISION_2025.source,
    });
  });

  it('saves a new version, says "Đã lưu phiên bản 1" and refreshes the history', async () => {
    const fetchMock = workspaceApi({
      user: CALENDAR_ADMIN,
      put: () => jsonResponse({ ...YEAR_2025, decision: VERSION_1 }),
    });
    renderApp('/app/lich-lam-viec?nam=2025');
    await screen.findByLabelText('Ngày nghỉ 1');
    fireEvent.click(screen.getByRole('button', { name: 'Thêm ngày nghỉ' }));
    const added = (await screen.findByLabelText('Ngày nghỉ 2')) as HTMLInputElement;
    fireEvent.mouseDown(added);
    fireEvent.change(added, { target: { value: '29/04/2025' } });
    fireEvent.keyDown(added, { key: 'Enter', code: 'Enter', keyCode: 13 });
    fireEvent.blur(added);
    fireEvent.click(screen.getByRole('button', { name: 'Lưu phiên bản mới' }));

    expect(await screen.findByText('Đã lưu phiên bản 1')).toBeTruthy();
    expect(await screen.findByText('Phiên bản 1')).toBeTruthy();
    expect(screen.getByText('quan-tri-lich')).toBeTruthy();
    expect(screen.getByText('23/11/2026 10:05')).toBeTruthy();
    const put = fetchMock.mock.calls.find(([, init]) => init?.method === 'PUT');
    expect(JSON.parse(String(put?.[1]?.body)).daysOff).toEqual(['2025-01-27', '2025-04-29']);
    const historyCalls = fetchMock.mock.calls.filter(
      ([url]) => url === '/api/v1/calendar/years/2025/decisions',
    );
    expect(historyCalls.length).toBeGreaterThanOrEqual(2);
  });
});

describe('mapFieldErrors', () => {
  const values = { daysOff: [null, null], workingDays: [null] };

  it('maps body.<list>.<n> to the list item and body.<field> to the field', () => {
    const mapped = mapFieldErrors(
      [
        { path: 'body.daysOff.1', message: 'Ngày không hợp lệ' },
        { path: 'body.daysOff.1', message: 'Trùng ngày' },
        { path: 'body.workingDays.4', message: 'Quá nhiều ngày' },
        { path: 'body.note', message: 'Cần ghi nội dung quyết định' },
        { path: 'params.year', message: 'Giá trị quá lớn' },
        { path: 'body', message: 'Thiếu dữ liệu' },
      ],
      values,
    );
    expect(mapped.fields).toEqual([
      { name: ['daysOff', 1], errors: ['Ngày không hợp lệ', 'Trùng ngày'] },
      { name: ['workingDays'], errors: ['Quá nhiều ngày'] },
      { name: ['note'], errors: ['Cần ghi nội dung quyết định'] },
    ]);
    expect(mapped.unmapped.map((e) => e.path)).toEqual(['params.year', 'body']);
  });
});

function describedText(element: HTMLElement): string {
  return (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
}
