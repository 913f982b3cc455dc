import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DeadlineOptions } from './deadline-options.ts';
import { formatLocalDateTime, toMoment } from './local-date.ts';
import { addWorkingHours, workingHoursBetween } from './working-hours.ts';

const at = (date: string, time: string) => toMoment(date, time);
const after = (start: Date, hours: number, options?: DeadlineOptions) =>
  formatLocalDateTime(addWorkingHours(start, hours, options));

describe('addWorkingHours', () => {
  it('counts only working periods of working days', () => {
    expect(after(at('2025-03-07', '15:00'), 8)).toBe('2025-03-10T15:00:00+07:00'); // Friday → Monday
    expect(after(at('2025-03-03', '07:00'), 1)).toBe('2025-03-03T09:00:00+07:00');
    expect(after(at('2025-03-03', '11:00'), 2)).toBe('2025-03-03T14:00:00+07:00');
    expect(after(at('2025-03-03', '12:30'), 1)).toBe('2025-03-03T14:00:00+07:00');
    expect(after(at('2025-03-03', '08:00'), 4)).toBe('2025-03-03T12:00:00+07:00');
    expect(after(at('2025-03-03', '16:30'), 0.5)).toBe('2025-03-03T17:00:00+07:00');
    expect(after(at('2025-04-29', '16:00'), 2)).toBe('2025-05-02T09:00:00+07:00'); // over 30/4 and 1/5
  });

  it('accepts another workday', () => {
    const workday = [
      { start: '07:30', end: '11:30' },
      { start: '13:30', end: '17:30' },
    ];
    expect(after(at('2025-03-03', '11:00'), 1, { workday })).toBe('2025-03-03T14:00:00+07:00');
    expect(() =>
      addWorkingHours(at('2025-03-03', '11:00'), 1, { workday: [{ start: '12:00', end: '08:00' }] }),
    ).toThrow('Giờ làm việc không hợp lệ');
    expect(() => addWorkingHours(at('2025-03-03', '11:00'), 1, { workday: [] })).toThrow(
      'ít nhất một khoảng',
    );
  });

  it('does not count time inside pauses', () => {
    const pauses = [{ from: at('2025-03-03', '10:00'), to: at('2025-03-03', '14:00') }];
    expect(after(at('2025-03-03', '08:00'), 8, { pauses })).toBe('2025-03-04T11:00:00+07:00');
  });

  it('returns the start for 0 hours and rejects negative hours', () => {
    const start = at('2025-03-08', '20:00');
    expect(addWorkingHours(start, 0).getTime()).toBe(start.getTime());
    expect(() => addWorkingHours(start, -1)).toThrow('số không âm');
  });
});

describe('workingHoursBetween', () => {
  it('measures working time, signed', () => {
    expect(workingHoursBetween(at('2025-03-07', '15:00'), at('2025-03-10', '15:00'))).toBe(8);
    expect(workingHoursBetween(at('2025-03-10', '15:00'), at('2025-03-07', '15:00'))).toBe(-8);
    expect(workingHoursBetween(at('2025-03-08', '09:00'), at('2025-03-09', '18:00'))).toBe(0);
    expect(workingHoursBetween(at('2025-03-03', '11:30'), at('2025-03-03', '13:15'))).toBe(0.75);
  });

  it('subtracts pauses', () => {
    const pauses = [{ from: at('2025-03-03', '09:00'), to: at('2025-03-03', '10:00') }];
    expect(workingHoursBetween(at('2025-03-03', '08:00'), at('2025-03-03', '17:00'), { pauses })).toBe(7);
  });
});

describe('working-hours properties', () => {
  const FROM = Date.UTC(2024, 0, 1);
  const TO = Date.UTC(2026, 5, 30);
  const moment = fc.integer({ min: FROM, max: TO }).map((ms) => new Date(ms));
  const pauses = fc.array(
    fc
      .tuple(fc.integer({ min: FROM, max: TO }), fc.integer({ min: 0, max: 3 * 86_400_000 }))
      .map(([from, length]) => ({ from: new Date(from), to: new Date(from + length) })),
    { maxLength: 3 },
  );
  const minutes = fc.integer({ min: 0, max: 60 * 40 });

  it('workingHoursBetween(start, addWorkingHours(start, h)) = h', () => {
    fc.assert(
      fc.property(moment, minutes, pauses, (start, m, stops) => {
        const end = addWorkingHours(start, m / 60, { pauses: stops });
        expect(workingHoursBetween(start, end, { pauses: stops }) * 60).toBeCloseTo(m, 6);
      }),
      { numRuns: 150 },
    );
  });

  it('is monotonic in h and pauses only extend', () => {
    fc.assert(
      fc.property(moment, minutes, pauses, (start, m, stops) => {
        const plain = addWorkingHours(start, m / 60).getTime();
        expect(addWorkingHours(start, (m + 1) / 60).getTime()).toBeGreaterThan(plain);
        expect(addWorkingHours(start, m / 60, { pauses: stops }).getTime()).toBeGreaterThanOrEqual(plain);
      }),
      { numRuns: 150 },
    );
  });
});
