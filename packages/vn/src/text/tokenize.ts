import { getStopwordTrie } from './stopwords.ts';
import { matchLongest } from './syllable-trie.ts';
import { splitPhrases } from './syllables.ts';
import type { ToneStyle } from './tone-marks.ts';

export type TokenizeOptions = {
  /** Drop stop words and stop phrases (longest match against the MIT list). Default false. */
  dropStopwords?: boolean;
  /** Emit syllable bigrams. Default true. */
  bigrams?: boolean;
  /** Tone placement of the accent-kept forms. Default 'modern'. */
  toneStyle?: ToneStyle;
};

/**
 * Search tokens of a text, all lower case and NFC. `syllables` keep their accents (with the tone
 * mark placed in one style, so "hòa" and "hoà" give the same token); `folded*` drop them.
 * Bigrams pair neighbouring syllables of one phrase (never across punctuation or a dropped stop
 * word) and are written with one space: "hà nội" / "ha noi".
 */
export type SearchTokens = {
  syllables: string[];
  foldedSyllables: string[];
  bigrams: string[];
  foldedBigrams: string[];
};

export function tokenizeForSearch(text: string, options: TokenizeOptions = {}): SearchTokens {
  const tokens: SearchTokens = { syllables: [], foldedSyllables: [], bigrams: [], foldedBigrams: [] };
  const withBigrams = options.bigrams ?? true;
  const trie = options.dropStopwords ? getStopwordTrie() : undefined;
  for (const phrase of splitPhrases(text, options.toneStyle)) {
    const texts = trie === undefined ? [] : phrase.map((syllable) => syllable.text);
    let previous: { text: string; folded: string } | undefined;
    for (let i = 0; i < phrase.length; i++) {
      const stop = trie === undefined ? 0 : matchLongest(trie, texts, i);
      if (stop > 0) {
        i += stop - 1;
        previous = undefined;
        continue;
      }
      const syllable = phrase[i];
      if (syllable === undefined) continue;
      tokens.syllables.push(syllable.text);
      tokens.foldedSyllables.push(syllable.folded);
      if (withBigrams && previous !== undefined) {
        tokens.bigrams.push(`${previous.text} ${syllable.text}`);
        tokens.foldedBigrams.push(`${previous.folded} ${syllable.folded}`);
      }
      previous = syllable;
    }
  }
  return tokens;
}

/**
 * The distinct terms of a text for an inverted index or a query: accent-kept and folded
 * syllables and bigrams together, in first-seen order.
 */
export function listSearchTerms(text: string, options: TokenizeOptions = {}): string[] {
  const tokens = tokenizeForSearch(text, options);
  return [
    ...new Set([...tokens.syllables, ...tokens.foldedSyllables, ...tokens.bigrams, ...tokens.foldedBigrams]),
  ];
}
