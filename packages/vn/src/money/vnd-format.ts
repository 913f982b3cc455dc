import { VnError } from '../errors.ts';

/**
 * Amounts in Vietnamese đồng (VND has no minor unit): thousands separated by dots, the symbol
 * after the number (`formatVnd(1500000) === '1.500.000 ₫'`) or the word (`'1.500.000 đồng'`).
 */
export type VndStyle = 'symbol' | 'word';
export type FormatVndOptions = { style?: VndStyle };

/** An integer amount as a bigint; numbers are rounded to the nearest đồng (half away from zero). */
export function toWholeDong(amount: number | bigint): bigint {
  if (typeof amount === 'bigint') return amount;
  if (!Number.isFinite(amount)) throw new VnError('INVALID_AMOUNT', `Số tiền "${amount}" không hợp lệ.`);
  const rounded = Math.sign(amount) * Math.round(Math.abs(amount));
  if (!Number.isSafeInteger(rounded)) {
    throw new VnError(
      'INVALID_AMOUNT',
      'Số tiền quá lớn để biểu diễn chính xác; hãy truyền vào dạng bigint.',
    );
  }
  return BigInt(rounded);
}

/** Digits grouped by three with dots: 1500000n → '1.500.000'. */
export function groupThousands(value: bigint): string {
  const digits = (value < 0n ? -value : value).toString();
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return value < 0n ? `-${grouped}` : grouped;
}

export function formatVnd(amount: number | bigint, options: FormatVndOptions = {}): string {
  const unit = options.style === 'word' ? 'đồng' : '₫';
  return `${groupThousands(toWholeDong(amount))} ${unit}`;
}
