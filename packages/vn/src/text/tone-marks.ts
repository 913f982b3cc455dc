/**
 * Placement of the tone mark in a Vietnamese syllable.
 *
 * Two spellings are in use for open syllables whose vowel cluster is `oa`, `oe` or `uy`:
 * the modern style puts the tone on the second vowel (hoà, khoẻ, thuỷ, uỷ), the traditional
 * style on the first (hòa, khỏe, thủy, ủy). Every other syllable has a single correct place,
 * which this module also restores when a text has the mark on the wrong vowel ("qúa" → "quá").
 * Words that do not parse as a Vietnamese syllable (foreign words, codes) are left untouched.
 */
export type ToneStyle = 'modern' | 'traditional';

const TONES = ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323'] as const;
const TONED_BASES = 'aăâeêioôơuưyAĂÂEÊIOÔƠUƯY';
const VOWELS = new Set('aăâeêioôơuưy');
const SHAPED_VOWELS = new Set('ăâêôơư');

/** Toned letter → its letter without tone and the tone mark; and the reverse. */
const TONE_OF = new Map<string, { base: string; tone: string }>();
const WITH_TONE = new Map<string, string>();
for (const base of TONED_BASES) {
  for (const tone of TONES) {
    const toned = (base + tone).normalize('NFC');
    TONE_OF.set(toned, { base, tone });
    WITH_TONE.set(base + tone, toned);
  }
}

// The empty initial is the leading '' of the split.
const INITIALS = new Set(' b c ch d đ g gh h k kh l m n ng ngh nh p ph r s t th tr v x'.split(' '));
const FINALS = new Set(' c ch m n ng nh p t'.split(' '));
const CLUSTERS = new Set(
  [
    'a ă â e ê i o ô ơ u ư y',
    'ai ao au ay âu ây eo êu ia iê iu oa oă oe oi ôi ơi oo ua uâ uê ui uô uơ uy ưa ưi ươ ưu yê',
    'iêu oai oao oay oeo uây uôi uya uyê uyu ươi ươu yêu',
  ]
    .join(' ')
    .split(' '),
);
const STYLE_DEPENDENT = new Set(['oa', 'oe', 'uy']);

/**
 * Index in `word` (lower case, no tone) of the vowel that carries the tone, or -1 when the word
 * is not a Vietnamese syllable.
 */
export function locateToneVowel(word: string, style: ToneStyle): number {
  let start = 0;
  if ((word.startsWith('qu') || word.startsWith('gi')) && VOWELS.has(word.charAt(2))) {
    start = 2;
  } else {
    while (start < word.length && !VOWELS.has(word.charAt(start))) start++;
    if (!INITIALS.has(word.slice(0, start))) return -1;
  }
  let end = start;
  while (end < word.length && VOWELS.has(word.charAt(end))) end++;
  const cluster = word.slice(start, end);
  const hasFinal = end < word.length;
  if (!CLUSTERS.has(cluster) || !FINALS.has(word.slice(end))) return -1;
  return start + placeInCluster(cluster, hasFinal, style);
}

function placeInCluster(cluster: string, hasFinal: boolean, style: ToneStyle): number {
  if (cluster.length === 1) return 0;
  for (let i = cluster.length - 1; i >= 0; i--) {
    if (SHAPED_VOWELS.has(cluster.charAt(i))) return i; // ươ → ơ: the last shaped vowel wins
  }
  if (cluster.length === 3) return 1;
  if (hasFinal) return 1;
  if (STYLE_DEPENDENT.has(cluster)) return style === 'modern' ? 1 : 0;
  return 0;
}

const TONE_MARKS = new Set<string>(TONES);
const COMBINING_MARK = /\p{M}/u;

/** One word (letters and marks, NFC): the same word with its tone mark on the right vowel. */
function placeTone(word: string, style: ToneStyle): string {
  // Marks NFC could not compose (e.g. a tone typed before the circumflex) are handled on NFD.
  const decomposed = COMBINING_MARK.test(word);
  let tone = '';
  let toneless = '';
  for (const char of decomposed ? word.normalize('NFD') : word) {
    const found = TONE_MARKS.has(char) ? { base: '', tone: char } : TONE_OF.get(char);
    if (found === undefined) {
      toneless += char;
      continue;
    }
    if (tone !== '') return word; // two tone marks: not ours to fix
    tone = found.tone;
    toneless += found.base;
  }
  if (tone === '') return word;
  if (decomposed) toneless = toneless.normalize('NFC');
  const index = locateToneVowel(toneless.toLowerCase(), style);
  if (index < 0) return word;
  const toned = WITH_TONE.get(toneless.charAt(index) + tone);
  if (toned === undefined) return word;
  return toneless.slice(0, index) + toned + toneless.slice(index + 1);
}

const CACHE_LIMIT = 50_000;
const caches: Record<ToneStyle, Map<string, string>> = { modern: new Map(), traditional: new Map() };

/** `placeTone` with a memo: running text repeats a few thousand syllables. */
export function placeToneCached(word: string, style: ToneStyle): string {
  const cache = caches[style];
  let placed = cache.get(word);
  if (placed === undefined) {
    placed = placeTone(word, style);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(word, placed);
  }
  return placed;
}

const WORD = /[\p{L}\p{M}]+/gu;

/**
 * NFC text with every Vietnamese syllable's tone mark in the place the style asks for:
 * `normalizeToneMarks('hòa thủy') === 'hoà thuỷ'`,
 * `normalizeToneMarks('hoà thuỷ', 'traditional') === 'hòa thủy'`. "quả", "giữa" keep their mark.
 */
export function normalizeToneMarks(text: string, style: ToneStyle = 'modern'): string {
  return text.normalize('NFC').replace(WORD, (word) => placeToneCached(word, style));
}
