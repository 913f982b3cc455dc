import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type DeadlineOptions, SAME_DAY_CUTOFF } from './deadline-options.ts';
import { formatLocalDateTime, toMoment } from './local-date.ts';
import { getDefaultCalendar } from './working-calendar.ts';
import { addWorkingDays, countWorkingDays, resolveReceiptDate } from './working-days.ts';

const at = (date: string, time: string) => toMoment(date, time);
const due = (start: Date, n: number, options?: DeadlineOptions) =>
  formatLocalDateTime(addWorkingDays(start, n, options));

describe('addWorkingDays', () => {
  it('lands at 17:00 of the n-th working day after the receipt day', () => {
    const monday = at('2025-03-03', '10:00');
    expect(due(monday, 0)).toBe('2025-03-03T17:00:00+07:00');
    expect(due(monday, 1)).toBe('2025-03-04T17:00:00+07:00');
    expect(due(monday, 5)).toBe('2025-03-10T17:00:00+07:00');
    expect(due(monday, 15)).toBe('2025-03-24T17:00:00+07:00');
  });

  it('moves receipts after the cut-off or on a day off to the next working day', () => {
    expect(due(at('2025-03-03', '16:00'), 1)).toBe('2025-03-04T17:00:00+07:00');
    expect(due(at('2025-03-03', '17:30'), 1)).toBe('2025-03-05T17:00:00+07:00');
    expect(due(at('2025-03-08', '09:00'), 1)).toBe('2025-03-11T17:00:00+07:00'); // Saturday → Monday
    expect(resolveReceiptDate(at('2025-03-08', '09:00'))).toBe('2025-03-10');
  });

  it('applies the 15:00 same-day cut-off when asked', () => {
    const options = { cutoff: SAME_DAY_CUTOFF };
    expect(due(at('2025-03-03', '14:59'), 0, options)).toBe('2025-03-03T17:00:00+07:00');
    expect(due(at('2025-03-03', '15:00'), 0, options)).toBe('2025-03-04T17:00:00+07:00');
    expect(due(at('2025-03-07', '15:30'), 0, options)).toBe('2025-03-10T17:00:00+07:00');
    expect(due(at('2025-03-03', '15:30'), 2, options)).toBe('2025-03-06T17:00:00+07:00');
  });

  it('skips Tết and the yearly swaps', () => {
    expect(due(at('2025-01-24', '10:00'), 3)).toBe('2025-02-05T17:00:00+07:00');
    expect(due(at('2025-02-07', '10:00'), 1)).toBe('2025-02-08T17:00:00+07:00'); // make-up Saturday
    expect(due(at('2025-04-29', '09:00'), 1)).toBe('2025-05-02T17:00:00+07:00');
  });

  it('extends the deadline by the working days the clock was stopped', () => {
    const monday = at('2025-03-03', '10:00');
    const pause = (from: Date, to: Date) => ({ pauses: [{ from, to }] });
    expect(due(monday, 3)).toBe('2025-03-06T17:00:00+07:00');
    expect(due(monday, 3, pause(at('2025-03-04', '10:00'), at('2025-03-05', '10:00')))).toBe(
      '2025-03-07T17:00:00+07:00',
    );
    expect(due(monday, 3, pause(at('2025-03-04', '09:00'), at('2025-03-04', '16:00')))).toBe(
      '2025-03-06T17:00:00+07:00',
    );
    expect(due(monday, 5, pause(at('2025-03-07', '10:00'), at('2025-03-10', '09:00')))).toBe(
      '2025-03-11T17:00:00+07:00',
    );
    expect(due(monday, 3, pause(at('2025-03-10', '10:00'), at('2025-03-12', '10:00')))).toBe(
      '2025-03-06T17:00:00+07:00',
    );
  });

  it('rejects impossible arguments in Vietnamese', () => {
    expect(() => addWorkingDays(at('2025-03-03', '10:00'), -1)).toThrow('số nguyên không âm');
    expect(() => addWorkingDays(at('2025-03-03', '10:00'), 1.5)).toThrow('số nguyên không âm');
    const backwards = { pauses: [{ from: at('2025-03-05', '10:00'), to: at('2025-03-04', '10:00') }] };
    expect(() => addWorkingDays(at('2025-03-03', '10:00'), 1, backwards)).toThrow('kết thúc trước');
    expect(() => addWorkingDays(at('2025-03-03', '10:00'), 1, { cutoff: '3pm' })).toThrow('HH:MM');
  });
});

describe('countWorkingDays', () => {
  it('counts working days after `from` up to and including `to`', () => {
    expect(countWorkingDays('2025-03-03', '2025-03-10')).toBe(5);
    expect(countWorkingDays('2025-03-03', '2025-03-03')).toBe(0);
    expect(countWorkingDays('2025-03-10', '2025-03-03')).toBe(-5);
    expect(countWorkingDays('2025-01-24', '2025-02-05')).toBe(3);
    // 261 weekdays − 11 weekdays off (1/1, 27–31/1, 7/4, 30/4, 1/5, 1–2/9) + make-up Saturday 8/2
    expect(countWorkingDays('2025-01-01', '2025-12-31')).toBe(251);
  });

  it('accepts moments and pauses', () => {
    const pauses = [{ from: at('2025-03-04', '10:00'), to: at('2025-03-05', '10:00') }];
    expect(countWorkingDays(at('2025-03-03', '23:00'), at('2025-03-10', '01:00'), { pauses })).toBe(4);
  });
});

describe('deadline properties', () => {
  const FROM = Date.UTC(2024, 0, 1);
  const TO = Date.UTC(2026, 5, 30);
  const moment = fc.integer({ min: FROM, max: TO }).map((ms) => new Date(ms));
  const pause = fc
    .tuple(fc.integer({ min: FROM, max: TO }), fc.integer({ min: 0, max: 10 * 86_400_000 }))
    .map(([from, length]) => ({ from: new Date(from), to: new Date(from + length) }));
  const options = fc.record({
    cutoff: fc.constantFrom(undefined, SAME_DAY_CUTOFF, '12:00'),
    pauses: fc.array(pause, { maxLength: 3 }),
  });
  const n = fc.integer({ min: 0, max: 30 });
  const runs = { numRuns: 150 };

  it('count(receipt day, addWorkingDays(start, n)) = n, landing on a counted working day at 17:00', () => {
    const calendar = getDefaultCalendar();
    fc.assert(
      fc.property(moment, n, options, (start, days, opts) => {
        const deadline = addWorkingDays(start, days, opts);
        expect(countWorkingDays(resolveReceiptDate(start, opts), deadline, opts)).toBe(days);
        expect(calendar.isWorkingDay(deadline)).toBe(true);
        expect(formatLocalDateTime(deadline).slice(11)).toBe('17:00:00+07:00');
      }),
      runs,
    );
  });

  it('is strictly increasing in n', () => {
    fc.assert(
      fc.property(moment, n, options, (start, days, opts) => {
        expect(addWorkingDays(start, days + 1, opts).getTime()).toBeGreaterThan(
          addWorkingDays(start, days, opts).getTime(),
        );
      }),
      runs,
    );
  });

  it('never gets earlier with pauses, a later start or the 15:00 cut-off', () => {
    fc.assert(
      fc.property(moment, n, fc.array(pause, { maxLength: 3 }), pause, (start, days, pauses, extra) => {
        const plain = addWorkingDays(start, days).getTime();
        const paused = addWorkingDays(start, days, { pauses }).getTime();
        expect(paused).toBeGreaterThanOrEqual(plain);
        expect(addWorkingDays(start, days, { pauses: [...pauses, extra] }).getTime()).toBeGreaterThanOrEqual(
          paused,
        );
        expect(addWorkingDays(start, days, { cutoff: SAME_DAY_CUTOFF }).getTime()).toBeGreaterThanOrEqual(
          plain,
        );
        expect(addWorkingDays(new Date(start.getTime() + 3_600_000), days).getTime()).toBeGreaterThanOrEqual(
          plain,
        );
      }),
      runs,
    );
  });
});
