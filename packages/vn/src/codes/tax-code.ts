import { fail, succeed, VnError, type VnResult } from '../errors.ts';

/**
 * Tax identification numbers (mã số thuế), Circular 105/2020/TT-BTC, Art. 5:
 * - 10 digits for an enterprise, organisation or (until 2025) individual: N1–N9 and a check digit
 *   N10 = 10 − (Σ Ni·Wi mod 11) with weights W = 31, 29, 23, 19, 17, 13, 7, 5, 3; a sum whose
 *   remainder is 0 would need the check digit 10, so such a prefix is never issued;
 * - 13 digits for a dependent unit (branch): the parent's 10 digits and 001–999, written
 *   `0100109106-001` (also accepted without the hyphen).
 * Since 2025-07-01 individuals use their 12-digit personal ID as tax code (Circular 86/2024/TT-BTC);
 * use `decodePersonalId` for those.
 */
export type TaxCode = { taxCode: string; baseCode: string; branch?: string };

const WEIGHTS = [31, 29, 23, 19, 17, 13, 7, 5, 3] as const;
const FORMAT = /^(\d{10})(?:-?(\d{3}))?$/;

/** The check digit of a 9-digit prefix, or undefined when none exists (remainder 0). */
export function computeTaxCheckDigit(prefix: string): number | undefined {
  if (!/^\d{9}$/.test(prefix)) {
    throw new VnError('INVALID_TAX_CODE', 'Phần đầu của mã số thuế phải gồm đúng 9 chữ số.');
  }
  let sum = 0;
  WEIGHTS.forEach((weight, index) => {
    sum += weight * Number(prefix.charAt(index));
  });
  const check = 10 - (sum % 11);
  return check === 10 ? undefined : check;
}

/** Checks a tax code and returns it in canonical form (`0100109106` or `0100109106-001`). */
export function validateTaxCode(input: string): VnResult<TaxCode> {
  const compact = input.replace(/\s+/g, '');
  const match = FORMAT.exec(compact);
  if (match === null) {
    return fail(
      'INVALID_TAX_CODE',
      'Mã số thuế phải gồm 10 chữ số, hoặc 13 chữ số cho đơn vị phụ thuộc (ví dụ 0100109106-001).',
    );
  }
  const [, baseCode = '', branch] = match;
  if (computeTaxCheckDigit(baseCode.slice(0, 9)) !== Number(baseCode.charAt(9))) {
    return fail('INVALID_TAX_CODE', `Mã số thuế ${baseCode} không đúng chữ số kiểm tra (chữ số thứ 10).`);
  }
  if (branch === undefined) return succeed({ taxCode: baseCode, baseCode });
  if (branch === '000') {
    return fail('INVALID_TAX_CODE', 'Mã đơn vị phụ thuộc (3 chữ số cuối) phải từ 001 đến 999.');
  }
  return succeed({ taxCode: `${baseCode}-${branch}`, baseCode, branch });
}

/**
 * A tax code from a 9-digit prefix (and a branch number 1–999 for a dependent unit); throws
 * `VnError` when the prefix has no check digit.
 */
export function generateTaxCode(prefix: string, branch?: number): string {
  const check = computeTaxCheckDigit(prefix);
  if (check === undefined) {
    throw new VnError(
      'INVALID_TAX_CODE',
      `Không có chữ số kiểm tra cho phần đầu ${prefix}: mã này không được cấp.`,
    );
  }
  if (branch === undefined) return `${prefix}${check}`;
  if (!Number.isInteger(branch) || branch < 1 || branch > 999) {
    throw new VnError('INVALID_TAX_CODE', 'Số thứ tự đơn vị phụ thuộc phải từ 1 đến 999.');
  }
  return `${prefix}${check}-${String(branch).padStart(3, '0')}`;
}
