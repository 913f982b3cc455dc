import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amountInWords } from './amount-in-words.ts';

describe('amountInWords', () => {
  it.each([
    [0, 'Không đồng'],
    [5, 'Năm đồng'],
    [10, 'Mười đồng'],
    [11, 'Mười một đồng'],
    [14, 'Mười bốn đồng'],
    [15, 'Mười lăm đồng'],
    [21, 'Hai mươi mốt đồng'],
    [24, 'Hai mươi tư đồng'],
    [25, 'Hai mươi lăm đồng'],
    [101, 'Một trăm linh một đồng'],
    [105, 'Một trăm linh năm đồng'],
    [110, 'Một trăm mười đồng'],
    [115, 'Một trăm mười lăm đồng'],
    [1001, 'Một nghìn không trăm linh một đồng'],
    [1010, 'Một nghìn không trăm mười đồng'],
    [100000, 'Một trăm nghìn đồng'],
    [1500000, 'Một triệu năm trăm nghìn đồng'],
    [1005000, 'Một triệu không trăm linh năm nghìn đồng'],
    [1000021, 'Một triệu không trăm hai mươi mốt đồng'],
    [2_000_000_000, 'Hai tỷ đồng'],
    [1_000_005_000, 'Một tỷ không trăm linh năm nghìn đồng'],
    [1_000_000_000_000, 'Một nghìn tỷ đồng'],
    [999_000_000_000_000, 'Chín trăm chín mươi chín nghìn tỷ đồng'],
    [1_000_001_000_000_000, 'Một triệu không trăm linh một tỷ đồng'],
    [-45000, 'Âm bốn mươi lăm nghìn đồng'],
  ])('%i → %s', (amount, words) => {
    expect(amountInWords(amount)).toBe(words);
  });

  it('handles bigints beyond 2^53', () => {
    expect(amountInWords(10n ** 18n)).toBe('Một tỷ tỷ đồng');
    expect(amountInWords(999_999_999_999_999_999n)).toBe(
      'Chín trăm chín mươi chín triệu chín trăm chín mươi chín nghìn chín trăm chín mươi chín tỷ ' +
        'chín trăm chín mươi chín triệu chín trăm chín mươi chín nghìn chín trăm chín mươi chín đồng',
    );
  });

  it('has options for lẻ, bốn, ngàn and the unit', () => {
    expect(amountInWords(105, { zeroTens: 'lẻ' })).toBe('Một trăm lẻ năm đồng');
    expect(amountInWords(24, { four: 'bốn' })).toBe('Hai mươi bốn đồng');
    expect(amountInWords(2000, { thousand: 'ngàn' })).toBe('Hai ngàn đồng');
    expect(amountInWords(2000, { unit: '' })).toBe('Hai nghìn');
  });

  it('rejects amounts that are not whole đồng', () => {
    expect(() => amountInWords(1.5)).toThrow('số nguyên');
    expect(() => amountInWords(2 ** 60)).toThrow('số nguyên');
  });

  it('never throws, never doubles spaces and is capitalised on random amounts (property)', () => {
    const amounts = fc.oneof(
      fc.integer({ min: -1_000_000, max: 1_000_000 }),
      fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
      fc.bigInt({ min: -(10n ** 24n), max: 10n ** 24n }),
    );
    fc.assert(
      fc.property(amounts, (amount) => {
        const words = amountInWords(amount);
        expect(words).not.toMatch(/\s{2}|^\s|\s$/);
        expect(words).toMatch(/^[A-ZÂK]/);
        expect(words.endsWith(' đồng')).toBe(true);
        expect(words).toBe(words.normalize('NFC'));
      }),
      { numRuns: 500 },
    );
  });
});
