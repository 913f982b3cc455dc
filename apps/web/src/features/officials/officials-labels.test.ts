import { ROLES } from '@lienthong/contracts';
import { describe, expect, it } from 'vitest';
import { i18n } from '../../i18n/i18n.ts';
import {
  dayBefore,
  grantState,
  grantValidity,
  officialStatuses,
  ROLE_CODES,
  randomPassword,
  roleLabel,
  todayInVietnam,
} from './officials-labels.ts';
import type { OfficialView } from './queries.ts';

const t = i18n.t.bind(i18n);

describe('officials labels', () => {
  it('list every role of the contracts, with its Vietnamese label', () => {
    expect([...ROLE_CODES].sort()).toEqual(Object.keys(ROLES).sort());
    for (const role of ROLE_CODES) expect(roleLabel(t, role)).toBe(ROLES[role]);
  });

  it('date grants in Vietnam time, the end day excluded', () => {
    expect(todayInVietnam(new Date('2026-03-09T17:30:00Z'))).toBe('2026-03-10');
    expect(dayBefore('2026-03-01')).toBe('2026-02-28');
    const grant = { validFrom: '2026-03-10', validTo: '2026-04-01' };
    expect(grantState(grant, '2026-03-09')).toBe('future');
    expect(grantState(grant, '2026-03-10')).toBe('active');
    expect(grantState(grant, '2026-03-31')).toBe('active');
    expect(grantState(grant, '2026-04-01')).toBe('ended');
    expect(grantState({ validFrom: '2025-01-01', validTo: null }, '2099-01-01')).toBe('active');
    expect(grantValidity(t, grant)).toBe('10/03/2026 – 31/03/2026');
    expect(grantValidity(t, { validFrom: '2025-07-01', validTo: null })).toBe('Từ 01/07/2025');
  });

  it('tell an account state: disabled first, then locked and must change password', () => {
    const base: OfficialView = {
      id: 'x',
      username: 'a.b',
      displayName: 'A B',
      email: null,
      orgUnitId: null,
      orgUnitName: null,
      mustChangePassword: false,
      totpEnabled: false,
      lockedUntil: null,
      disabledAt: null,
      createdAt: '2026-01-01T00:00:00Z',
    };
    const now = new Date('2026-03-10T03:00:00Z');
    const labels = (official: OfficialView) => officialStatuses(t, official, now).map((s) => s.label);
    expect(labels(base)).toEqual(['Hoạt động']);
    expect(labels({ ...base, lockedUntil: '2026-03-10T02:00:00Z' })).toEqual(['Hoạt động']);
    expect(labels({ ...base, lockedUntil: '2026-03-10T04:05:00Z', mustChangePassword: true })).toEqual([
      'Đang khóa đến 10/03/2026 11:05',
      'Phải đổi mật khẩu',
    ]);
    expect(labels({ ...base, disabledAt: '2026-03-01T00:00:00Z', mustChangePassword: true })).toEqual([
      'Vô hiệu hóa',
    ]);
  });

  it('generate temporary passwords long enough, without look-alike characters, all different', () => {
    const passwords = new Set(Array.from({ length: 50 }, () => randomPassword()));
    expect(passwords.size).toBe(50);
    for (const password of passwords) {
      expect(password).toHaveLength(16);
      expect(password).not.toMatch(/[0O1lI\s]/);
    }
  });
});
