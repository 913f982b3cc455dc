import { configure, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, problemResponse, renderApp, stubFetch } from '../../test/render.tsx';
import { YEAR_2026 } from './calendar-fixtures.ts';

// The first render loads the lazy shell and page chunks with Ant Design: slow on a busy machine.
configure({ asyncUtilTimeout: 5_000 });

/** 10:00 on 23/11/2026 in Hà Nội; 19:00 on 22/11/2026 in Los Angeles. */
const NOW = new Date('2026-11-23T03:00:00Z');
const ORIGINAL_TZ = process.env.TZ;

beforeEach(() => {
  // A browser far from Việt Nam: the start sent must still be the Vietnamese wall clock.
  process.env.TZ = 'America/Los_Angeles';
  vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
});

afterEach(() => {
  vi.useRealTimers();
  if (ORIGINAL_TZ === undefined) delete process.env.TZ;
  else process.env.TZ = ORIGINAL_TZ;
});

/** Types into an antd DatePicker/TimePicker and confirms with Enter. */
function pick(label: string, text: string) {
  const input = screen.getByLabelText(label) as HTMLInputElement;
  fireEvent.mouseDown(input);
  fireEvent.focus(input);
  fireEvent.change(input, { target: { value: text } });
  fireEvent.keyDown(input, { key: 'Enter', code: 'Enter', keyCode: 13 });
  fireEvent.blur(input);
  return input;
}

function api(handler?: (init: RequestInit | undefined) => Response) {
  return stubFetch((url, init) => {
    if (url.startsWith('/api/v1/calendar/years/')) return jsonResponse(YEAR_2026);
    if (url === '/api/v1/calendar/deadline' && handler) return handler(init);
    return jsonResponse({
      due: '2026-05-06T17:00:00+07:00',
      receiptDate: '2026-04-29',
      calendarVersion: '2025.1+db.0',
    });
  });
}

describe('DeadlineCalculator', () => {
  it("starts at today's date and time in Việt Nam, whatever the browser's zone", async () => {
    api();
    renderApp('/lich-nghi');
    const date = (await screen.findByLabelText('Ngày tiếp nhận')) as HTMLInputElement;
    expect(date.value).toBe('23/11/2026');
    expect((screen.getByLabelText('Giờ tiếp nhận') as HTMLInputElement).value).toBe('10:00');
  });

  it('sends the picked date and time as +07:00 and shows the due moment with its weekday', async () => {
    const fetchMock = api();
    renderApp('/lich-nghi');
    await screen.findByLabelText('Ngày tiếp nhận');
    expect(pick('Ngày tiếp nhận', '28/04/2026').value).toBe('28/04/2026');
    expect(pick('Giờ tiếp nhận', '16:00').value).toBe('16:00');
    fireEvent.change(screen.getByLabelText('Số ngày làm việc'), { target: { value: '3' } });
    fireEvent.click(
      screen.getByLabelText('Áp dụng mốc 15:00 (nhận sau 15 giờ tính từ ngày làm việc tiếp theo)'),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Tính hạn' }));

    expect(await screen.findByText('Hạn giải quyết: 17:00, Thứ Tư, 06/05/2026')).toBeTruthy();
    expect(screen.getByText('Ngày tiếp nhận được tính: Thứ Tư, 29/04/2026')).toBeTruthy();
    const call = fetchMock.mock.calls.find(([url]) => url === '/api/v1/calendar/deadline');
    expect(call?.[1]?.method).toBe('POST');
    expect(JSON.parse(String(call?.[1]?.body))).toEqual({
      start: '2026-04-28T16:00:00+07:00',
      workingDays: 3,
      sameDayCutoff: true,
    });
    expect(screen.getByText('Hạn giải quyết: 17:00, Thứ Tư, 06/05/2026').closest('[aria-live]')).toBeTruthy();
  });

  it('announces missing fields, and shows the server’s message when it refuses', async () => {
    api(() =>
      problemResponse(400, 'VALIDATION_FAILED', 'Dữ liệu gửi lên không hợp lệ.', [
        { path: 'body.workingDays', message: 'Giá trị quá lớn' },
      ]),
    );
    renderApp('/lich-nghi');
    await screen.findByLabelText('Ngày tiếp nhận');
    fireEvent.click(screen.getByRole('button', { name: 'Tính hạn' }));
    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain('Vui lòng nhập số ngày làm việc (từ 0 đến 365).');
    expect(screen.getByLabelText('Số ngày làm việc').getAttribute('aria-invalid')).toBe('true');

    fireEvent.change(screen.getByLabelText('Số ngày làm việc'), { target: { value: '5' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tính hạn' }));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain('Không tính được hạn giải quyết'),
    );
    expect(screen.getByRole('alert').textContent).toContain('Dữ liệu gửi lên không hợp lệ.');
    expect(screen.getByRole('alert').textContent).toContain('Giá trị quá lớn');
  });
});
