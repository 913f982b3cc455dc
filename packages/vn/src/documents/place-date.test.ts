import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDayNumber } from '../calendar/local-date.ts';
import { formatPlaceDate, parsePlaceDate } from './place-date.ts';

describe('formatPlaceDate', () => {
  it('pads days below 10 and the months 1 and 2', () => {
    expect(formatPlaceDate('Hà Nội', '2020-03-05')).toBe('Hà Nội, ngày 05 tháng 3 năm 2020');
    expect(formatPlaceDate('Hà Nội', '2021-02-05')).toBe('Hà Nội, ngày 05 tháng 02 năm 2021');
    expect(formatPlaceDate('Hà Nội', '2021-01-15')).toBe('Hà Nội, ngày 15 tháng 01 năm 2021');
    expect(formatPlaceDate('Thành phố Hồ Chí Minh', '2024-12-31')).toBe(
      'Thành phố Hồ Chí Minh, ngày 31 tháng 12 năm 2024',
    );
    expect(formatPlaceDate('Hà Nội', { year: 2020, month: 3, day: 5 })).toBe(
      'Hà Nội, ngày 05 tháng 3 năm 2020',
    );
  });

  it('reads moments in Vietnam time', () => {
    expect(formatPlaceDate('Hà Nội', new Date('2020-03-04T18:00:00Z'))).toBe(
      'Hà Nội, ngày 05 tháng 3 năm 2020',
    );
  });

  it('rejects an empty place or a date that does not exist', () => {
    expect(() => formatPlaceDate('  ', '2020-03-05')).toThrow('Chưa có địa danh');
    expect(() => formatPlaceDate('Hà Nội', { year: 2021, month: 2, day: 29 })).toThrow('không tồn tại');
  });
});

describe('parsePlaceDate', () => {
  it('reads the line back, with or without zeros', () => {
    expect(parsePlaceDate('Hà Nội, ngày 05 tháng 3 năm 2020')).toEqual({
      ok: true,
      value: { place: 'Hà Nội', date: '2020-03-05' },
    });
    expect(parsePlaceDate('  Hà Nội ,  ngày 5 tháng 03 năm 2020 ')).toEqual({
      ok: true,
      value: { place: 'Hà Nội', date: '2020-03-05' },
    });
  });

  it('explains what is wrong', () => {
    const wrong = parsePlaceDate('Hà Nội, 05/3/2020');
    expect(wrong.ok ? '' : wrong.error.message).toContain('không đúng định dạng');
    const missing = parsePlaceDate('Hà Nội, ngày 30 tháng 02 năm 2021');
    expect(missing.ok ? '' : missing.error.message).toBe('Ngày 30 tháng 2 năm 2021 không tồn tại.');
  });

  it('round-trips (property)', () => {
    const places = fc.constantFrom(
      'Hà Nội',
      'Đà Nẵng',
      'Thành phố Hồ Chí Minh',
      'Phường Hoàn Kiếm',
      'Xã Nội Bài',
    );
    fc.assert(
      fc.property(places, fc.integer({ min: -20_000, max: 60_000 }), (place, dayNumber) => {
        const date = fromDayNumber(dayNumber);
        const line = formatPlaceDate(place, date);
        expect(parsePlaceDate(line)).toEqual({ ok: true, value: { place, date } });
      }),
      { numRuns: 300 },
    );
  });
});
