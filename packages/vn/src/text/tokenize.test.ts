import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isStopword } from './stopwords.ts';
import { VIETNAMESE_STOPWORDS } from './stopwords-vi.ts';
import { listSearchTerms, tokenizeForSearch } from './tokenize.ts';

describe('tokenizeForSearch', () => {
  it('gives lower-case syllables and bigrams with and without accents', () => {
    const tokens = tokenizeForSearch('Phường Hoàn Kiếm, Hà Nội');
    expect(tokens.syllables).toEqual(['phường', 'hoàn', 'kiếm', 'hà', 'nội']);
    expect(tokens.foldedSyllables).toEqual(['phuong', 'hoan', 'kiem', 'ha', 'noi']);
    expect(tokens.bigrams).toEqual(['phường hoàn', 'hoàn kiếm', 'hà nội']);
    expect(tokens.foldedBigrams).toEqual(['phuong hoan', 'hoan kiem', 'ha noi']);
  });

  it('gives the same tokens for both tone styles and for NFD input', () => {
    const modern = tokenizeForSearch('Uỷ ban tỉnh Hoà Bình');
    expect(tokenizeForSearch('Ủy ban tỉnh Hòa Bình')).toEqual(modern);
    expect(tokenizeForSearch('Ủy ban tỉnh Hòa Bình'.normalize('NFD'))).toEqual(modern);
    expect(tokenizeForSearch('Uỷ ban', { toneStyle: 'traditional' }).syllables).toEqual(['ủy', 'ban']);
  });

  it('never pairs syllables across punctuation', () => {
    expect(tokenizeForSearch('Hà Nội. Hôm nay; (mưa)').bigrams).toEqual(['hà nội', 'hôm nay']);
  });

  it('keeps stop words by default and drops whole stop phrases on request', () => {
    const text = 'Hồ sơ của tôi bao giờ có kết quả';
    expect(tokenizeForSearch(text).syllables).toHaveLength(9);
    const dropped = tokenizeForSearch(text, { dropStopwords: true });
    expect(dropped.syllables).not.toContain('của');
    expect(dropped.syllables).not.toContain('giờ');
    expect(dropped.syllables).toContain('hồ');
    expect(dropped.bigrams).not.toContain('sơ kết');
  });

  it('can skip bigrams', () => {
    expect(tokenizeForSearch('Hà Nội', { bigrams: false }).bigrams).toEqual([]);
  });

  it('lists distinct search terms', () => {
    expect(listSearchTerms('Hà Nội hà nội')).toEqual([
      'hà',
      'nội',
      'ha',
      'noi',
      'hà nội',
      'nội hà',
      'ha noi',
      'noi ha',
    ]);
  });

  it('outputs NFC, lower-case, non-empty tokens without spaces except the bigram one (property)', () => {
    const vietnamese = fc.constantFrom(
      'Hà',
      'Nội',
      'ỦY',
      'hoà',
      'thuỷ',
      'người',
      'của',
      ',',
      '.',
      ' ',
      '\n',
      'Đ',
      'x²',
    );
    const text = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 60 }),
      fc.array(vietnamese).map((p) => p.join(' ')),
    );
    fc.assert(
      fc.property(text, fc.boolean(), (input, dropStopwords) => {
        const tokens = tokenizeForSearch(input, { dropStopwords });
        for (const token of [...tokens.syllables, ...tokens.foldedSyllables]) {
          expect(token).toBe(token.normalize('NFC'));
          expect(token.length).toBeGreaterThan(0);
          expect(token).not.toMatch(/\s/);
        }
        for (const bigram of [...tokens.bigrams, ...tokens.foldedBigrams]) {
          expect(bigram).toBe(bigram.normalize('NFC'));
          expect(bigram.split(' ')).toHaveLength(2);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('stop words', () => {
  it('ships the MIT list', () => {
    expect(VIETNAMESE_STOPWORDS).toHaveLength(1942);
    expect(VIETNAMESE_STOPWORDS).toContain('ai nấy');
  });

  it('recognises whole entries in any case and spelling', () => {
    expect(isStopword('của')).toBe(true);
    expect(isStopword('Bao Giờ')).toBe(true);
    expect(isStopword('bao')).toBe(false); // only "bao giờ", "bao lâu"… are entries
    expect(isStopword('hồ sơ')).toBe(false);
    expect(isStopword('')).toBe(false);
  });
});
