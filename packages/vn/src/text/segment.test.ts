import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createSegmenter } from './segment.ts';

describe('createSegmenter', () => {
  const segmenter = createSegmenter([
    'uỷ ban',
    'uỷ ban nhân dân',
    'nhân dân',
    'thành phố',
    'Hà Nội',
    'hồ sơ',
  ]);

  it('takes the longest dictionary word at each position', () => {
    expect(segmenter.segment('Ủy ban nhân dân thành phố Hà Nội tiếp nhận hồ sơ.')).toEqual([
      'uỷ ban nhân dân',
      'thành phố',
      'hà nội',
      'tiếp',
      'nhận',
      'hồ sơ',
    ]);
  });

  it('does not join across punctuation and can join with an underscore', () => {
    expect(segmenter.segment('thành, phố')).toEqual(['thành', 'phố']);
    expect(createSegmenter(['hà nội'], { joiner: '_' }).segment('Hà Nội')).toEqual(['hà_nội']);
  });

  it('counts distinct entries whatever their spelling', () => {
    expect(createSegmenter(['Hòa Bình', 'hoà bình', ' hoà  bình ']).size).toBe(1);
  });
});

// The GPL-3.0 word list lives outside the package and is only read by this test.
const wordList = fileURLToPath(
  new URL('../../../../../shared/data/nlp/wordlist-GPL-3.0/vi_words_hongocduc_tudientv.txt', import.meta.url),
);
const hasWordList = existsSync(wordList);
if (!hasWordList) console.warn(`[vn] segmenter word-list test skipped: ${wordList} not found`);

describe.skipIf(!hasWordList)('createSegmenter with the Hồ Ngọc Đức word list (test data only)', () => {
  it('segments an administrative sentence into dictionary words', () => {
    const segmenter = createSegmenter(readFileSync(wordList, 'utf8').split('\n'));
    expect(segmenter.size).toBeGreaterThan(70_000);
    const words = segmenter.segment('Công dân nộp hồ sơ đăng ký khai sinh tại Uỷ ban nhân dân phường.');
    expect(words).toContain('công dân');
    expect(words).toContain('hồ sơ');
    expect(words).toContain('đăng ký');
    expect(words).toContain('khai sinh');
    expect(words.join(' ')).toBe('công dân nộp hồ sơ đăng ký khai sinh tại uỷ ban nhân dân phường');
  });
});
