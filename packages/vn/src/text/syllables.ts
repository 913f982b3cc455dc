import { foldAccents } from './fold.ts';
import { placeToneCached, type ToneStyle } from './tone-marks.ts';

/** A syllable as the search tools use it: lower case, NFC, tone placed; and its folded form. */
export type Syllable = { text: string; folded: string };

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const SPACE_CHAR = /\s/u;
const SPACE = 0;
const WORD = 1;
const PUNCTUATION = 2;
type CharClass = typeof SPACE | typeof WORD | typeof PUNCTUATION;
const classCache = new Map<number, CharClass>();

/** Letter, mark or digit → WORD; white space → SPACE; anything else → PUNCTUATION. */
function classify(codePoint: number): CharClass {
  // Fast paths: ASCII, Latin-1 letters, Latin Extended-A/B, combining marks, Vietnamese letters.
  if (codePoint < 0x80) {
    if ((codePoint | 0x20) >= 0x61 && (codePoint | 0x20) <= 0x7a) return WORD;
    if (codePoint >= 0x30 && codePoint <= 0x39) return WORD;
    return codePoint === 0x20 || (codePoint >= 0x09 && codePoint <= 0x0d) ? SPACE : PUNCTUATION;
  }
  if (
    (codePoint >= 0xc0 && codePoint <= 0x24f && codePoint !== 0xd7 && codePoint !== 0xf7) ||
    (codePoint >= 0x300 && codePoint <= 0x36f) ||
    (codePoint >= 0x1e00 && codePoint <= 0x1eff)
  ) {
    return WORD;
  }
  let found = classCache.get(codePoint);
  if (found === undefined) {
    const char = String.fromCodePoint(codePoint);
    found = WORD_CHAR.test(char) ? WORD : SPACE_CHAR.test(char) ? SPACE : PUNCTUATION;
    if (classCache.size < CACHE_LIMIT) classCache.set(codePoint, found);
  }
  return found;
}
const CACHE_LIMIT = 50_000;
const caches: Record<ToneStyle, Map<string, Syllable>> = { modern: new Map(), traditional: new Map() };

function toSyllable(raw: string, style: ToneStyle): Syllable {
  const cache = caches[style];
  let syllable = cache.get(raw);
  if (syllable === undefined) {
    const text = placeToneCached(raw.toLowerCase().normalize('NFC'), style);
    syllable = { text, folded: foldAccents(text) };
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(raw, syllable);
  }
  return syllable;
}

/**
 * The syllables of a text grouped in phrases: punctuation (`.`, `,`, `-`, brackets…) ends a
 * phrase, so that later steps never pair syllables across it.
 */
export function splitPhrases(text: string, style: ToneStyle = 'modern'): Syllable[][] {
  const phrases: Syllable[][] = [];
  const normalized = text.normalize('NFC');
  let current: Syllable[] = [];
  let wordStart = -1;
  const endWord = (end: number) => {
    if (wordStart >= 0) current.push(toSyllable(normalized.slice(wordStart, end), style));
    wordStart = -1;
  };
  for (let index = 0; index < normalized.length; ) {
    const codePoint = normalized.codePointAt(index) ?? 0;
    const charClass = classify(codePoint);
    if (charClass === WORD) {
      if (wordStart < 0) wordStart = index;
    } else {
      endWord(index);
      if (charClass === PUNCTUATION && current.length > 0) {
        phrases.push(current);
        current = [];
      }
    }
    index += codePoint > 0xffff ? 2 : 1;
  }
  endWord(normalized.length);
  if (current.length > 0) phrases.push(current);
  return phrases;
}
