import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeVietnamese } from './normalize.ts';
import { normalizeToneMarks } from './tone-marks.ts';

describe('normalizeToneMarks', () => {
  it.each([
    ['hòa', 'hoà'],
    ['hoà', 'hoà'],
    ['thủy', 'thuỷ'],
    ['ủy', 'uỷ'],
    ['khỏe', 'khoẻ'],
    ['Hòa Bình', 'Hoà Bình'],
    ['ỦY BAN', 'UỶ BAN'],
    ['tòa án', 'toà án'],
  ])('modern style: %s → %s', (input, expected) => {
    expect(normalizeToneMarks(input)).toBe(expected);
    expect(normalizeToneMarks(input, 'modern')).toBe(expected);
  });

  it.each([
    ['hoà', 'hòa'],
    ['thuỷ', 'thủy'],
    ['uỷ', 'ủy'],
    ['khoẻ', 'khỏe'],
    ['Thuỷ Hoà', 'Thủy Hòa'],
  ])('traditional style: %s → %s', (input, expected) => {
    expect(normalizeToneMarks(input, 'traditional')).toBe(expected);
  });

  it.each([
    'quả',
    'giữa',
    'quý',
    'quyển',
    'người',
    'rượu',
    'khuỷu',
    'ngoài',
    'hoàn',
    'thuở',
    'gì',
    'giếng',
    'của',
    'mùa',
    'khuyến',
    'huýt',
    'xoắn',
    'thuế',
    'yêu',
    'Nguyễn',
  ])('keeps %s in both styles', (word) => {
    expect(normalizeToneMarks(word, 'modern')).toBe(word);
    expect(normalizeToneMarks(word, 'traditional')).toBe(word);
  });

  it('moves misplaced marks onto the right vowel', () => {
    expect(normalizeToneMarks('qúa')).toBe('quá');
    expect(normalizeToneMarks('ngừơi')).toBe('người');
    expect(normalizeToneMarks('gìơ')).toBe('giờ');
  });

  it('composes decomposed input (NFD, and marks typed in the wrong order) to NFC', () => {
    expect(normalizeToneMarks('Hà Nội'.normalize('NFD'))).toBe('Hà Nội');
    expect(normalizeToneMarks('vie\u0301\u0302t')).toBe('viết');
  });

  it('leaves words that are not Vietnamese syllables alone', () => {
    expect(normalizeToneMarks('café résumé naïve São')).toBe('café résumé naïve São');
    expect(normalizeToneMarks('ABC-123 x²')).toBe('ABC-123 x²');
  });

  it('makes both spellings equal and is idempotent (property)', () => {
    const syllable = fc.constantFrom(
      'hòa',
      'hoà',
      'thủy',
      'thuỷ',
      'khỏe',
      'khoẻ',
      'quả',
      'giữa',
      'Hà',
      'Nội',
      ' ',
      ', ',
    );
    fc.assert(
      fc.property(
        fc.array(syllable, { maxLength: 12 }),
        fc.constantFrom('modern', 'traditional'),
        (parts, style) => {
          const text = parts.join(' ');
          const once = normalizeToneMarks(text, style);
          expect(normalizeToneMarks(once, style)).toBe(once);
          expect(once).toBe(once.normalize('NFC'));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('normalizeVietnamese', () => {
  it('applies NFC, tone placement and white-space collapsing', () => {
    expect(normalizeVietnamese('  Ủy   ban\tnhân\u00a0dân \n tỉnh Hòa Bình\u200b ')).toBe(
      'Uỷ ban nhân dân tỉnh Hoà Bình',
    );
    expect(normalizeVietnamese('Hoà Bình', { toneStyle: 'traditional' })).toBe('Hòa Bình');
  });

  it('gives the same result for both tone styles of the input', () => {
    expect(normalizeVietnamese('Thủy lợi Hòa Bình')).toBe(normalizeVietnamese('Thuỷ lợi Hoà Bình'));
  });
});
