import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldAccents, toSearchKey } from './fold.ts';

describe('foldAccents', () => {
  it('removes tone and vowel marks and folds đ', () => {
    expect(foldAccents('Hà Nội')).toBe('Ha Noi');
    expect(foldAccents('Đà Nẵng, đường Điện Biên Phủ')).toBe('Da Nang, duong Dien Bien Phu');
    expect(foldAccents('ăâêôơư ĂÂÊÔƠƯ ỹỲ')).toBe('aaeoou AAEOOU yY');
    expect(foldAccents('Hà Nội'.normalize('NFD'))).toBe('Ha Noi');
  });

  it('returns ASCII unchanged', () => {
    expect(foldAccents('UBND-VP 05/QĐ'.replace('Đ', 'D'))).toBe('UBND-VP 05/QD');
  });

  it('is idempotent and returns NFC (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
        const folded = foldAccents(text);
        expect(foldAccents(folded)).toBe(folded);
        expect(folded).toBe(folded.normalize('NFC'));
      }),
      { numRuns: 300 },
    );
  });

  it('is idempotent on Vietnamese text (property)', () => {
    const letters = 'aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ AĐ';
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...letters), { maxLength: 30 }), (chars) => {
        const folded = foldAccents(chars.join(''));
        expect(foldAccents(folded)).toBe(folded);
        expect(/^[a-zA-Z ]*$/.test(folded)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('toSearchKey', () => {
  it('lower-cases, folds and collapses white space', () => {
    expect(toSearchKey('  Phường  Hoàn Kiếm ')).toBe('phuong hoan kiem');
    expect(toSearchKey('ĐƯỜNG Láng')).toBe('duong lang');
    expect(toSearchKey('Hòa Bình')).toBe(toSearchKey('Hoà Bình'));
  });
});
