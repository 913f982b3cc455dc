/** A trie over syllables: each node knows whether the path from the root is a whole entry. */
export type SyllableTrie = { end: boolean; next: Map<string, SyllableTrie> };

export function createSyllableTrie(): SyllableTrie {
  return { end: false, next: new Map() };
}

export function addToTrie(trie: SyllableTrie, syllables: readonly string[]): void {
  let node = trie;
  for (const syllable of syllables) {
    let child = node.next.get(syllable);
    if (child === undefined) {
      child = createSyllableTrie();
      node.next.set(syllable, child);
    }
    node = child;
  }
  if (syllables.length > 0) node.end = true;
}

/** Length (in syllables) of the longest entry starting at `from`, 0 when none. */
export function matchLongest(trie: SyllableTrie, syllables: readonly string[], from: number): number {
  let node: SyllableTrie | undefined = trie;
  let longest = 0;
  for (let i = from; i < syllables.length; i++) {
    node = node.next.get(syllables[i] ?? '');
    if (node === undefined) break;
    if (node.end) longest = i - from + 1;
  }
  return longest;
}
