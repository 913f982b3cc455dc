import { describe, expect, it } from 'vitest';
import { validateCalendarOverrides } from './calendar-overrides.ts';
import { DEFAULT_CALENDAR_OVERRIDES } from './default-calendar-overrides.ts';

const decision = (patch: Record<string, unknown>) => ({
  version: 'v1',
  effectiveFrom: '2026-01-01',
  years: { '2026': { daysOff: [], workingDays: [], note: '', source: 'Thông báo số 1/TB', ...patch } },
});

function listPaths(input: unknown): string[] {
  const result = validateCalendarOverrides(input);
  return result.ok ? [] : result.errors.map((issue) => issue.path);
}

describe('validateCalendarOverrides', () => {
  it('accepts the shipped data, also after a JSON round trip', () => {
    expect(validateCalendarOverrides(DEFAULT_CALENDAR_OVERRIDES).ok).toBe(true);
    expect(validateCalendarOverrides(JSON.parse(JSON.stringify(DEFAULT_CALENDAR_OVERRIDES))).ok).toBe(true);
  });

  it('rejects a non-object and missing fields', () => {
    expect(listPaths(null)).toEqual(['']);
    expect(listPaths({})).toEqual(['version', 'effectiveFrom', 'years']);
    expect(listPaths({ version: ' ', effectiveFrom: '2026-02-30', years: [] })).toEqual([
      'version',
      'effectiveFrom',
      'years',
    ]);
  });

  it('checks every year and date with a path and a Vietnamese message', () => {
    const result = validateCalendarOverrides(
      decision({
        daysOff: ['2026-02-31', '2025-05-05', '2026-02-13', '2026-02-13'],
        workingDays: 'x',
        source: ' ',
      }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      {
        path: 'years.2026.source',
        message: 'Phải ghi căn cứ (văn bản, số hiệu, ngày ban hành) của quyết định năm 2026.',
      },
      { path: 'years.2026.daysOff[0]', message: 'Ngày "2026-02-31" không hợp lệ (định dạng YYYY-MM-DD).' },
      { path: 'years.2026.daysOff[1]', message: 'Ngày 2025-05-05 không thuộc năm 2026.' },
      { path: 'years.2026.daysOff[3]', message: 'Ngày 2026-02-13 bị khai báo trùng.' },
      {
        path: 'years.2026.workingDays',
        message: 'Phải là danh sách ngày theo định dạng YYYY-MM-DD (có thể rỗng).',
      },
    ]);
  });

  it('flags entries that change nothing, which are likely typos', () => {
    expect(listPaths(decision({ daysOff: ['2026-02-14'] }))).toEqual(['years.2026.daysOff[0]']); // a Saturday
    expect(listPaths(decision({ daysOff: ['2026-04-30'] }))).toEqual(['years.2026.daysOff[0]']); // already a holiday
    expect(listPaths(decision({ workingDays: ['2026-03-03'] }))).toEqual(['years.2026.workingDays[0]']); // a Tuesday
    expect(listPaths(decision({ daysOff: ['2026-03-03'], workingDays: ['2026-03-03'] }))).toEqual([
      'years.2026.workingDays[0]',
    ]);
  });

  it('rejects malformed year keys and decisions', () => {
    expect(listPaths({ version: 'v', effectiveFrom: '2026-01-01', years: { '26': {}, '2027': 5 } })).toEqual([
      'years.26',
      'years.2027',
    ]);
  });
});
