import { addToTrie, createSyllableTrie, matchLongest } from './syllable-trie.ts';
import { splitPhrases } from './syllables.ts';

export type SegmenterOptions = {
  /** String put between the syllables of one word. Default ' ' ("hà nội"); '_' is common too. */
  joiner?: string;
};

export type Segmenter = {
  /** Number of distinct dictionary entries. */
  readonly size: number;
  /**
   * Words of the text by forward maximum matching: from left to right, the longest dictionary
   * word starting at each syllable, else the syllable alone. Words come lower case, NFC, in the
   * modern tone style, without punctuation; a word never spans punctuation.
   */
  segment(text: string): string[];
};

/**
 * A dictionary-based word segmenter over a word list the caller supplies (this package ships
 * none). Entries and text are normalised the same way, so "uỷ ban" matches "Ủy ban".
 */
export function createSegmenter(words: Iterable<string>, options: SegmenterOptions = {}): Segmenter {
  const joiner = options.joiner ?? ' ';
  const trie = createSyllableTrie();
  const seen = new Set<string>();
  for (const word of words) {
    for (const phrase of splitPhrases(word)) {
      const syllables = phrase.map((syllable) => syllable.text);
      const key = syllables.join(' ');
      if (seen.has(key)) continue;
      seen.add(key);
      addToTrie(trie, syllables);
    }
  }
  return {
    size: seen.size,
    segment(text: string): string[] {
      const result: string[] = [];
      for (const phrase of splitPhrases(text)) {
        const syllables = phrase.map((syllable) => syllable.text);
        let i = 0;
        while (i < syllables.length) {
          const length = Math.max(1, matchLongest(trie, syllables, i));
          result.push(syllables.slice(i, i + length).join(joiner));
          i += length;
        }
      }
      return result;
    },
  };
}
