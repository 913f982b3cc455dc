import { fail, succeed, VnError, type VnResult } from '../errors.ts';

/**
 * Vietnamese phone numbers after the 2018 renumbering (national numbering plan, Circular
 * 22/2014/TT-BTTTT as amended; mobile prefixes moved to 03x, 05x, 07x, 08x, 09x; landline area
 * codes to 02x):
 * - mobile: 10 digits with the trunk 0: 03/05/07/08/09 + 8 digits ("0912 345 678");
 * - landline: 11 digits: 02 + area code digits + subscriber number; Hà Nội 024 and TP. Hồ Chí
 *   Minh 028 have 8-digit subscriber numbers ("024 3825 1234"), other areas 02xx + 7 digits
 *   ("0203 382 5123").
 * Input may use +84, 84, 0084 or 0, and spaces, dots, hyphens or brackets.
 */
export type PhoneKind = 'mobile' | 'landline';
export type PhoneNumber = { national: string; international: string; kind: PhoneKind };

const SEPARATORS = /[\s.\-()]/g;
const MOBILE = /^0[35789]\d{8}$/;
const LANDLINE = /^02\d{9}$/;

function toNational(compact: string): string {
  let rest = compact;
  if (rest.startsWith('+84')) rest = rest.slice(3);
  else if (rest.startsWith('0084')) rest = rest.slice(4);
  else if (rest.startsWith('84') && (rest.length === 11 || rest.length === 12)) rest = rest.slice(2);
  else return rest;
  return rest.startsWith('0') ? rest : `0${rest}`;
}

/** Normalises and checks a phone number. */
export function parsePhoneNumber(input: string): VnResult<PhoneNumber> {
  const compact = input.replace(SEPARATORS, '');
  const national = toNational(compact);
  const kind: PhoneKind | undefined = MOBILE.test(national)
    ? 'mobile'
    : LANDLINE.test(national)
      ? 'landline'
      : undefined;
  if (kind === undefined) {
    return fail(
      'INVALID_PHONE_NUMBER',
      `Số điện thoại "${input.trim()}" không hợp lệ: số di động gồm 10 chữ số bắt đầu bằng 03, 05, 07, 08, 09; ` +
        'số cố định gồm 11 chữ số bắt đầu bằng 02.',
    );
  }
  return succeed({ national, international: `+84${national.slice(1)}`, kind });
}

/** Groups of digits for display: 4-3-3 for mobiles, 3-4-4 (024, 028) or 4-3-4 for landlines. */
function group(national: string, kind: PhoneKind): string[] {
  if (kind === 'mobile') return [national.slice(0, 4), national.slice(4, 7), national.slice(7)];
  const areaLength = national.startsWith('024') || national.startsWith('028') ? 3 : 4;
  const subscriber = national.slice(areaLength);
  const split = subscriber.length === 8 ? 4 : 3;
  return [national.slice(0, areaLength), subscriber.slice(0, split), subscriber.slice(split)];
}

/**
 * A phone number for display: "0912 345 678" or "+84 912 345 678"; throws `VnError` if invalid.
 */
export function formatPhoneNumber(
  input: string | PhoneNumber,
  style: 'national' | 'international' = 'national',
): string {
  const parsed = typeof input === 'string' ? parsePhoneNumber(input) : parsePhoneNumber(input.national);
  if (!parsed.ok) throw new VnError(parsed.error.code, parsed.error.message);
  const groups = group(parsed.value.national, parsed.value.kind);
  if (style === 'national') return groups.join(' ');
  const [first = '', ...others] = groups;
  return ['+84', first.slice(1), ...others].join(' ');
}
