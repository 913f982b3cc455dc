import { type DateInput, toDateParts } from '../calendar/local-date.ts';
import { fail, succeed, type VnResult } from '../errors.ts';

/**
 * The 12-digit personal identification number (số định danh cá nhân, printed on the CCCD / căn
 * cước card), Circular 59/2021/TT-BCA, Art. 7:
 * - digits 1–3: code of the province where the birth was registered (the 63 provinces before
 *   the 2025 merger; numbers already issued never change);
 * - digit 4: century of birth and sex: 0/1 = 1900s male/female, 2/3 = 2000s, 4/5 = 2100s,
 *   6/7 = 2200s, 8/9 = 2300s;
 * - digits 5–6: last two digits of the year of birth;
 * - digits 7–12: a random number.
 * There is no check digit: a number that passes is well-formed, not necessarily issued.
 */
export type Sex = 'male' | 'female';
export type PersonalIdInfo = {
  id: string;
  provinceCode: string;
  provinceName: string;
  sex: Sex;
  birthYear: number;
};

// biome-ignore format: one pair per line would take 63 lines
const PROVINCES: ReadonlyArray<readonly [string, string]> = [
  ['001', 'Hà Nội'], ['002', 'Hà Giang'], ['004', 'Cao Bằng'], ['006', 'Bắc Kạn'], ['008', 'Tuyên Quang'],
  ['010', 'Lào Cai'], ['011', 'Điện Biên'], ['012', 'Lai Châu'], ['014', 'Sơn La'], ['015', 'Yên Bái'],
  ['017', 'Hòa Bình'], ['019', 'Thái Nguyên'], ['020', 'Lạng Sơn'], ['022', 'Quảng Ninh'], ['024', 'Bắc Giang'],
  ['025', 'Phú Thọ'], ['026', 'Vĩnh Phúc'], ['027', 'Bắc Ninh'], ['030', 'Hải Dương'], ['031', 'Hải Phòng'],
  ['033', 'Hưng Yên'], ['034', 'Thái Bình'], ['035', 'Hà Nam'], ['036', 'Nam Định'], ['037', 'Ninh Bình'],
  ['038', 'Thanh Hóa'], ['040', 'Nghệ An'], ['042', 'Hà Tĩnh'], ['044', 'Quảng Bình'], ['045', 'Quảng Trị'],
  ['046', 'Thừa Thiên Huế'], ['048', 'Đà Nẵng'], ['049', 'Quảng Nam'], ['051', 'Quảng Ngãi'], ['052', 'Bình Định'],
  ['054', 'Phú Yên'], ['056', 'Khánh Hòa'], ['058', 'Ninh Thuận'], ['060', 'Bình Thuận'], ['062', 'Kon Tum'],
  ['064', 'Gia Lai'], ['066', 'Đắk Lắk'], ['067', 'Đắk Nông'], ['068', 'Lâm Đồng'], ['070', 'Bình Phước'],
  ['072', 'Tây Ninh'], ['074', 'Bình Dương'], ['075', 'Đồng Nai'], ['077', 'Bà Rịa - Vũng Tàu'],
  ['079', 'Hồ Chí Minh'], ['080', 'Long An'], ['082', 'Tiền Giang'], ['083', 'Bến Tre'], ['084', 'Trà Vinh'],
  ['086', 'Vĩnh Long'], ['087', 'Đồng Tháp'], ['089', 'An Giang'], ['091', 'Kiên Giang'], ['092', 'Cần Thơ'],
  ['093', 'Hậu Giang'], ['094', 'Sóc Trăng'], ['095', 'Bạc Liêu'], ['096', 'Cà Mau'],
];

/** The 63 province codes of birth registration used in personal ID numbers. */
export const PERSONAL_ID_PROVINCES: ReadonlyMap<string, string> = new Map(PROVINCES);

function invalid(message: string): VnResult<PersonalIdInfo> {
  return fail('INVALID_PERSONAL_ID', message);
}

/**
 * Checks the structure of a personal ID number and decodes it. `today` (a date or moment, read in
 * UTC+7) bounds the year of birth: a birth year after it is rejected.
 */
export function decodePersonalId(input: string, today: DateInput): VnResult<PersonalIdInfo> {
  const id = input.replace(/\s+/g, '');
  if (!/^\d{12}$/.test(id)) return invalid('Số định danh cá nhân phải gồm đúng 12 chữ số.');
  const provinceCode = id.slice(0, 3);
  const provinceName = PERSONAL_ID_PROVINCES.get(provinceCode);
  if (provinceName === undefined) {
    return invalid(`Mã tỉnh nơi đăng ký khai sinh "${provinceCode}" (3 chữ số đầu) không có trong danh mục.`);
  }
  const centuryAndSex = Number(id.charAt(3));
  const birthYear = 1900 + Math.floor(centuryAndSex / 2) * 100 + Number(id.slice(4, 6));
  const currentYear = toDateParts(today).year;
  if (birthYear > currentYear) {
    return invalid(
      `Năm sinh ${birthYear} (chữ số thứ 4 đến thứ 6) không thể sau năm hiện tại ${currentYear}.`,
    );
  }
  return succeed({
    id,
    provinceCode,
    provinceName,
    sex: centuryAndSex % 2 === 0 ? 'male' : 'female',
    birthYear,
  });
}
