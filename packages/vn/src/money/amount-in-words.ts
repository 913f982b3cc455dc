import { VnError } from '../errors.ts';
import { toWholeDong } from './vnd-format.ts';

/**
 * An amount of money in Vietnamese words, as written on invoices and payment orders:
 * `amountInWords(100000) === 'Một trăm nghìn đồng'`.
 *
 * Rules:
 * - numbers are read in groups of three digits: đơn vị, nghìn, triệu, then tỷ, which repeats
 *   (nghìn tỷ, triệu tỷ, tỷ tỷ…); a group of 000 is skipped;
 * - inside a number, a group after a larger one is read in full, hundreds included:
 *   1.005.000 → "một triệu không trăm linh năm nghìn";
 * - a zero tens digit before a non-zero unit is "linh" (option: "lẻ"): 105 → "một trăm linh năm";
 * - tens: 10–19 "mười …", 20–99 "… mươi …";
 * - unit 1 after tens 2–9 is "mốt" (21 "hai mươi mốt"; but 11 "mười một", 101 "một trăm linh một");
 * - unit 5 after any tens is "lăm" (15 "mười lăm", 25 "hai mươi lăm"; but 105 "một trăm linh năm");
 * - unit 4 after tens 2–9 is "tư" (24 "hai mươi tư"; option: "bốn"; 14 is always "mười bốn");
 * - the first letter is capitalised; negative amounts start with "Âm"; 0 is "Không đồng".
 */
export type AmountInWordsOptions = {
  zeroTens?: 'linh' | 'lẻ';
  four?: 'tư' | 'bốn';
  thousand?: 'nghìn' | 'ngàn';
  /** Word after the number; default 'đồng', '' for none. */
  unit?: string;
};

type Resolved = Required<AmountInWordsOptions>;

const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'] as const;
const BILLION = 1_000_000_000n;

function digit(value: number): string {
  return DIGITS[value] ?? '';
}

/** Words of 0–999; `full` reads the hundreds (and "linh") even when the hundreds digit is 0. */
function readGroup(value: number, full: boolean, options: Resolved): string[] {
  const hundreds = Math.floor(value / 100);
  const tens = Math.floor(value / 10) % 10;
  const units = value % 10;
  const words: string[] = [];
  if (full || hundreds > 0) words.push(digit(hundreds), 'trăm');
  if (tens === 0) {
    if (units > 0 && words.length > 0) words.push(options.zeroTens);
  } else if (tens === 1) {
    words.push('mười');
  } else {
    words.push(digit(tens), 'mươi');
  }
  if (units === 1 && tens >= 2) words.push('mốt');
  else if (units === 5 && tens >= 1) words.push('lăm');
  else if (units === 4 && tens >= 2) words.push(options.four);
  else if (units > 0) words.push(digit(units));
  return words;
}

/** Words of 1–999 999 999 (group names nghìn, triệu). */
function readBelowBillion(value: number, leading: boolean, options: Resolved): string[] {
  const groups = [Math.floor(value / 1_000_000), Math.floor(value / 1000) % 1000, value % 1000];
  const scales = ['triệu', options.thousand, ''];
  const words: string[] = [];
  let first = leading;
  groups.forEach((group, index) => {
    if (group === 0) return;
    words.push(...readGroup(group, !first, options));
    const scale = scales[index];
    if (scale) words.push(scale);
    first = false;
  });
  return words;
}

function readPositive(value: bigint, leading: boolean, options: Resolved): string[] {
  if (value < BILLION) return readBelowBillion(Number(value), leading, options);
  const high = value / BILLION;
  const low = value % BILLION;
  const words = [...readPositive(high, leading, options), 'tỷ'];
  if (low > 0n) words.push(...readBelowBillion(Number(low), false, options));
  return words;
}

export function amountInWords(amount: number | bigint, options: AmountInWordsOptions = {}): string {
  if (typeof amount === 'number' && !Number.isSafeInteger(amount)) {
    throw new VnError('INVALID_AMOUNT', `Số tiền phải là số nguyên đồng (nhận được ${amount}).`);
  }
  const resolved: Resolved = {
    zeroTens: options.zeroTens ?? 'linh',
    four: options.four ?? 'tư',
    thousand: options.thousand ?? 'nghìn',
    unit: options.unit ?? 'đồng',
  };
  const value = toWholeDong(amount);
  const words = value === 0n ? ['không'] : readPositive(value < 0n ? -value : value, true, resolved);
  if (value < 0n) words.unshift('âm');
  if (resolved.unit.trim() !== '') words.push(resolved.unit.trim());
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
