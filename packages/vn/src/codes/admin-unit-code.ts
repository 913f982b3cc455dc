import { fail, succeed, type VnResult } from '../errors.ts';

/**
 * Administrative unit codes of the statistics office (GSO/NSO, Decision 124/2004/QĐ-TTg and its
 * updates, latest Decision 19/2025/QĐ-TTg): province 2 digits (01–96), district 3 digits, commune
 * 5 digits. The level is read from the length only; no code table is needed (or shipped) here.
 * The district level ends on 2025-07-01, but its codes stay valid in older records.
 */
export type AdminUnitLevel = 'province' | 'district' | 'commune';
export type AdminUnitCode = { code: string; level: AdminUnitLevel };

const LEVEL_BY_LENGTH: Readonly<Record<number, AdminUnitLevel>> = {
  2: 'province',
  3: 'district',
  5: 'commune',
};
const LEVEL_NAMES: Readonly<Record<AdminUnitLevel, string>> = {
  province: 'cấp tỉnh (2 chữ số)',
  district: 'cấp huyện (3 chữ số)',
  commune: 'cấp xã (5 chữ số)',
};
const MAX_PROVINCE = 96;

/** The level of a well-formed code, or undefined. */
export function detectAdminUnitLevel(code: string): AdminUnitLevel | undefined {
  const result = validateAdminUnitCode(code);
  return result.ok ? result.value.level : undefined;
}

/** Checks a code (optionally of an expected level) and tells its level. */
export function validateAdminUnitCode(code: string, expected?: AdminUnitLevel): VnResult<AdminUnitCode> {
  const trimmed = code.trim();
  const level = /^\d+$/.test(trimmed) ? LEVEL_BY_LENGTH[trimmed.length] : undefined;
  if (level === undefined) {
    return fail(
      'INVALID_ADMIN_UNIT_CODE',
      `Mã đơn vị hành chính "${trimmed}" không hợp lệ: phải gồm 2 (cấp tỉnh), 3 (cấp huyện) hoặc 5 (cấp xã) chữ số.`,
    );
  }
  if (Number(trimmed) === 0 || (level === 'province' && Number(trimmed) > MAX_PROVINCE)) {
    return fail('INVALID_ADMIN_UNIT_CODE', `Mã đơn vị hành chính "${trimmed}" nằm ngoài dải mã được cấp.`);
  }
  if (expected !== undefined && level !== expected) {
    return fail(
      'INVALID_ADMIN_UNIT_CODE',
      `Mã "${trimmed}" là mã ${LEVEL_NAMES[level]}, không phải mã ${LEVEL_NAMES[expected]}.`,
    );
  }
  return succeed({ code: trimmed, level });
}
