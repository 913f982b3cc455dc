import { addWorkingHours, createWorkingCalendar, getDefaultCalendar, toMoment } from '@lienthong/vn';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dueAtOnReceipt,
  isDueSoon,
  isLate,
  resumeAfterPause,
  stepDueAt,
  WORKING_HOURS_PER_DAY,
} from './dossier-deadline.ts';

/**
 * Days off used below (statutory rule of the Labour Code 2019, Art. 111–112; the same days as
 * the date-holidays oracle of packages/vn, plus the compensatory days the oracle lacks):
 * - Tết 2026: Mon 16/02 – Fri 20/02/2026.
 * - Tết 2027: Fri 05/02 – Tue 09/02/2027, with 06–07/02 on the weekend → compensatory Wed 10/02
 *   and Thu 11/02/2027.
 * - Hùng Kings 2026 on Sun 26/04 → compensatory Mon 27/04; 30/4 Thu and 1/5 Fri 2026.
 * - National Day 2026: Tue 01/09 and Wed 02/09.
 */
const cal = getDefaultCalendar();
const at = (date: string, time = '00:00') => toMoment(date, time);
/** 'YYYY-MM-DD HH:mm' in Vietnam time. */
function local(moment: Date): string {
  const shifted = new Date(moment.getTime() + 7 * 3_600_000).toISOString();
  return `${shifted.slice(0, 10)} ${shifted.slice(11, 16)}`;
}

describe('dueAtOnReceipt', () => {
  it('has an 8-hour working day', () => {
    expect(WORKING_HOURS_PER_DAY).toBe(8);
  });

  it.each([
    ['across Tết 2026', '2026-02-13', '10:00', 3, '2026-02-25 17:00'],
    [
      'received on the eve of Tết 2027 (with its compensatory days)',
      '2027-02-04',
      '09:00',
      1,
      '2027-02-12 17:00',
    ],
    ['received during Tết 2027', '2027-02-08', '09:00', 2, '2027-02-16 17:00'],
    ['across 30/4–1/5/2026', '2026-04-29', '10:00', 2, '2026-05-05 17:00'],
    ['across 2/9/2026 and its adjacent day', '2026-08-31', '10:00', 1, '2026-09-03 17:00'],
    ['received on a Saturday', '2026-03-07', '10:00', 1, '2026-03-10 17:00'],
    ['received after 15:00 (counts from the next day anyway)', '2026-03-05', '16:00', 1, '2026-03-06 17:00'],
    ['received after the end of the workday', '2026-03-05', '17:30', 1, '2026-03-09 17:00'],
    ['15 working days', '2026-03-02', '08:30', 15, '2026-03-23 17:00'],
  ])('%s', (_label, date, time, days, expected) => {
    expect(local(dueAtOnReceipt(at(date, time), days, cal))).toBe(expected);
  });

  it('a 0-day procedure is due at the end of the day of receipt, or the next working day after 15:00', () => {
    expect(local(dueAtOnReceipt(at('2026-03-05', '14:59'), 0, cal))).toBe('2026-03-05 17:00');
    expect(local(dueAtOnReceipt(at('2026-03-05', '15:00'), 0, cal))).toBe('2026-03-06 17:00');
    expect(local(dueAtOnReceipt(at('2026-03-06', '15:30'), 0, cal))).toBe('2026-03-09 17:00');
    expect(local(dueAtOnReceipt(at('2026-04-30', '09:00'), 0, cal))).toBe('2026-05-04 17:00');
    expect(local(dueAtOnReceipt(at('2026-03-05', '15:30'), 0, cal, { sameDayCutoff: '16:00' }))).toBe(
      '2026-03-05 17:00',
    );
  });

  it('counts half a day in working hours from receipt', () => {
    expect(local(dueAtOnReceipt(at('2026-03-05', '09:00'), 0.5, cal))).toBe('2026-03-05 14:00');
    expect(local(dueAtOnReceipt(at('2026-03-06', '16:00'), 0.5, cal))).toBe('2026-03-09 11:00');
    expect(local(dueAtOnReceipt(at('2026-02-13', '15:00'), 0.5, cal))).toBe('2026-02-23 10:00');
  });

  it('counts whole days first, then the fraction in working hours', () => {
    expect(local(dueAtOnReceipt(at('2026-03-05', '09:00'), 1.5, cal))).toBe('2026-03-09 12:00');
    expect(local(dueAtOnReceipt(at('2026-03-05', '09:00'), 2.25, cal))).toBe('2026-03-10 10:00');
  });

  it('follows the yearly decision kept in the calendar', () => {
    const decided = createWorkingCalendar({
      version: 'test.1',
      effectiveFrom: '2026-01-01',
      years: {
        '2026': {
          daysOff: ['2026-05-04'],
          workingDays: ['2026-05-09'],
          note: 'Hoán đổi thứ Hai 04/5 sang thứ Bảy 09/5.',
          source: 'Thông báo thử nghiệm',
        },
      },
    });
    expect(local(dueAtOnReceipt(at('2026-04-29', '10:00'), 2, decided))).toBe('2026-05-06 17:00');
    expect(local(dueAtOnReceipt(at('2026-05-08', '10:00'), 1, decided))).toBe('2026-05-09 17:00');
  });

  it('refuses a negative limit', () => {
    expect(() => dueAtOnReceipt(at('2026-03-05', '09:00'), -1, cal)).toThrow(RangeError);
  });
});

describe('stepDueAt', () => {
  it('counts a step budget in working hours from the hand-off', () => {
    expect(local(stepDueAt(at('2026-03-05', '10:00'), 0.5, cal))).toBe('2026-03-05 15:00');
    expect(local(stepDueAt(at('2026-03-05', '10:00'), 1, cal))).toBe('2026-03-06 10:00');
    expect(local(stepDueAt(at('2026-02-13', '16:00'), 1, cal))).toBe('2026-02-23 16:00');
  });

  it('a 0-day step ends with the working day', () => {
    expect(local(stepDueAt(at('2026-03-05', '10:00'), 0, cal))).toBe('2026-03-05 17:00');
    expect(local(stepDueAt(at('2026-03-07', '10:00'), 0, cal))).toBe('2026-03-09 17:00');
  });
});

describe('resumeAfterPause', () => {
  it('moves the due time by the working time of a pause spanning a holiday', () => {
    // Received Mon 20/04/2026 09:00, 10 days → Thu 07/05 (27/04, 30/04, 01/05 are days off).
    const due = dueAtOnReceipt(at('2026-04-20', '09:00'), 10, cal);
    expect(local(due)).toBe('2026-05-07 17:00');
    // Paused Wed 22/04 10:00 → Mon 04/05 10:00: 6 + 8 + 8 + 8 + 8 + 2 = 40 working hours.
    const resumed = resumeAfterPause(due, at('2026-04-22', '10:00'), at('2026-05-04', '10:00'), cal);
    expect(local(resumed)).toBe('2026-05-14 17:00');
  });

  it('adds two pauses one after the other', () => {
    const due = at('2026-03-20', '17:00');
    const first = resumeAfterPause(due, at('2026-03-09', '15:00'), at('2026-03-10', '10:00'), cal);
    expect(local(first)).toBe('2026-03-23 12:00');
    const second = resumeAfterPause(first, at('2026-03-11', '16:00'), at('2026-03-13', '16:00'), cal);
    expect(local(second)).toBe('2026-03-25 12:00');
  });

  it('a pause over a weekend night changes nothing', () => {
    const due = at('2026-03-20', '17:00');
    expect(resumeAfterPause(due, at('2026-03-06', '17:30'), at('2026-03-09', '07:45'), cal)).toEqual(due);
    expect(resumeAfterPause(due, at('2026-03-10', '10:00'), at('2026-03-10', '09:00'), cal)).toEqual(due);
  });
});

describe('isLate and isDueSoon', () => {
  const due = at('2026-03-09', '17:00');

  it('isLate compares the end (or now) with the due time', () => {
    expect(isLate(null, null, at('2030-01-01'))).toBe(false);
    expect(isLate(due, at('2026-03-09', '17:00'), at('2030-01-01'))).toBe(false);
    expect(isLate(due, at('2026-03-09', '17:01'), at('2026-03-01'))).toBe(true);
    expect(isLate(due, null, at('2026-03-09', '16:59'))).toBe(false);
    expect(isLate(due, null, at('2026-03-10', '08:00'))).toBe(true);
  });

  it('isDueSoon counts the working hours left', () => {
    expect(isDueSoon(null, at('2026-03-09', '16:00'), cal)).toBe(false);
    expect(isDueSoon(due, at('2026-03-06', '16:00'), cal)).toBe(false); // 9 h left
    expect(isDueSoon(due, at('2026-03-07', '10:00'), cal)).toBe(false); // Saturday: 8 h left
    expect(isDueSoon(due, at('2026-03-09', '09:00'), cal)).toBe(true); // 7 h left
    expect(isDueSoon(due, at('2026-03-09', '17:00'), cal)).toBe(true);
    expect(isDueSoon(due, at('2026-03-09', '17:01'), cal)).toBe(false); // late, not "soon"
    expect(isDueSoon(due, at('2026-03-06', '16:00'), cal, 16)).toBe(true);
  });
});

describe('properties', () => {
  const FROM = Date.UTC(2025, 0, 1);
  const TO = Date.UTC(2028, 11, 1);
  const moment = fc.integer({ min: FROM, max: TO }).map((ms) => new Date(ms));
  const limit = fc.oneof(
    fc.integer({ min: 0, max: 60 }),
    fc.integer({ min: 0, max: 240 }).map((quarters) => quarters / 4),
  );

  it('the due time is never before receipt, and grows with the limit', () => {
    fc.assert(
      fc.property(moment, limit, (receivedAt, days) => {
        const due = dueAtOnReceipt(receivedAt, days, cal);
        expect(due.getTime()).toBeGreaterThanOrEqual(receivedAt.getTime());
        if (days >= 1) {
          expect(dueAtOnReceipt(receivedAt, days + 1, cal).getTime()).toBeGreaterThan(due.getTime());
        }
      }),
      { numRuns: 300 },
    );
  });

  it('resuming never moves the due time earlier', () => {
    fc.assert(
      fc.property(
        moment,
        moment,
        fc.integer({ min: 0, max: 30 * 86_400_000 }),
        (due, pausedSince, length) => {
          const resumedAt = new Date(pausedSince.getTime() + length);
          const next = resumeAfterPause(due, pausedSince, resumedAt, cal);
          expect(next.getTime()).toBeGreaterThanOrEqual(due.getTime());
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a pause with no working time in it leaves the due time unchanged', () => {
    fc.assert(
      fc.property(moment, moment, fc.double({ min: 0, max: 1, noNaN: true }), (due, pausedSince, share) => {
        // The first working instant at or after pausedSince: anything up to it is outside working time.
        const firstWorking = addWorkingHours(pausedSince, 1 / 3_600_000, { calendar: cal }).getTime() - 1;
        const resumedAt = new Date(
          pausedSince.getTime() + Math.floor((firstWorking - pausedSince.getTime()) * share),
        );
        expect(resumeAfterPause(due, pausedSince, resumedAt, cal)).toEqual(due);
      }),
      { numRuns: 300 },
    );
  });
});
