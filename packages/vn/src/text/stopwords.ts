import { VIETNAMESE_STOPWORDS } from './stopwords-vi.ts';
import { addToTrie, createSyllableTrie, matchLongest, type SyllableTrie } from './syllable-trie.ts';
import { splitPhrases } from './syllables.ts';

let stopwordTrie: SyllableTrie | undefined;

/** The stop-word list as a trie of normalised syllables (built on first use). */
export function getStopwordTrie(): SyllableTrie {
  if (stopwordTrie === undefined) {
    const trie = createSyllableTrie();
    for (const entry of VIETNAMESE_STOPWORDS) {
      for (const phrase of splitPhrases(entry))
        addToTrie(
          trie,
          phrase.map((syllable) => syllable.text),
        );
    }
    stopwordTrie = trie;
  }
  return stopwordTrie;
}

/** Whether the whole text (any case, spelling or tone style) is one entry of the stop-word list. */
export function isStopword(text: string): boolean {
  const phrases = splitPhrases(text);
  const only = phrases[0];
  if (phrases.length !== 1 || only === undefined) return false;
  const syllables = only.map((syllable) => syllable.text);
  return matchLongest(getStopwordTrie(), syllables, 0) === syllables.length;
}
