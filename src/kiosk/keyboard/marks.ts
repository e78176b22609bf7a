// Putting â ă ê ô ơ ư đ on the right letter of a word, for the mark keys and for Telex alike.
import type { Letter, Mark } from './letters';
import { clusterOf, shapeOf, VOWEL_CLUSTERS } from './syllable';

const withMark = (word: Letter[], at: number[], mark: Letter['mark']) =>
  word.map((l, i) => (at.includes(i) ? { ...l, mark } : l));

const validCluster = (word: Letter[]) => VOWEL_CLUSTERS.has(clusterOf(word));

/**
 * The word with `mark` added where Vietnamese spelling allows it, or undefined when there is
 * nowhere to put it (or it is already there). `only` limits a circumflex to one vowel, as the
 * Telex keys aa, ee, oo do.
 */
export function addMark(word: Letter[], mark: Mark, only?: string): Letter[] | undefined {
  if (mark === 'stroke') {
    return word[0]?.base === 'd' && word[0].mark === 'none'
      ? withMark(word, [0], 'stroke')
      : undefined;
  }
  const { nucleusStart: start, nucleusEnd: end } = shapeOf(word);
  if (mark === 'horn') {
    const pair = hornPair(word, start, end);
    if (pair) return pair;
  }
  // Right to left for â ê ô (tiếng, khuyến); left to right for ư ơ ă (mưa, cứu, hoặc).
  const order = [...Array(end - start).keys()].map((k) => start + k);
  if (mark === 'circumflex') order.reverse();
  for (const i of order) {
    const letter = word[i]!;
    if (letter.mark === mark || (only !== undefined && letter.base !== only)) continue;
    const target = mark === 'breve' ? 'a' : mark === 'horn' ? 'uo' : 'aeo';
    if (!target.includes(letter.base)) continue;
    const marked = withMark(word, [i], mark);
    if (validCluster(marked)) return marked;
  }
  return undefined;
}

// u and o side by side take the horn together (người, trường); an o that ends the word takes it
// alone (thuở), and fixUps adds the u's horn once more letters follow (trươ… → trường).
function hornPair(word: Letter[], start: number, end: number): Letter[] | undefined {
  for (let i = start; i + 1 < end; i++) {
    if (word[i]!.base !== 'u' || word[i + 1]!.base !== 'o') continue;
    const openEnd = i + 2 === word.length && word[i]!.mark !== 'horn';
    const marked = withMark(word, openEnd ? [i + 1] : [i, i + 1], 'horn');
    const changed = marked.some((l, k) => l.mark !== word[k]!.mark);
    return changed ? marked : undefined;
  }
  return undefined;
}

/** The word without the given marks on its vowels (and without đ's stroke for 'stroke'). */
export function removeMark(word: Letter[], marks: readonly Mark[]): Letter[] {
  return word.map((l) =>
    l.mark !== 'none' && marks.includes(l.mark) ? { ...l, mark: 'none' } : l,
  );
}

/** Whether the word has any of `marks` where a key could have put them. */
export function hasMark(word: Letter[], marks: readonly Mark[], only?: string): boolean {
  return word.some(
    (l) => l.mark !== 'none' && marks.includes(l.mark) && (only === undefined || l.base === only),
  );
}

/** Spelling repairs once more letters follow: "ưo…" and "uơ…" become "ươ…" (not after q). */
export function fixUps(word: Letter[]): Letter[] {
  const { nucleusStart: start, nucleusEnd: end } = shapeOf(word);
  for (let i = start; i + 1 < end; i++) {
    const [u, o] = [word[i]!, word[i + 1]!];
    if (u.base !== 'u' || o.base !== 'o' || i + 2 >= word.length) continue;
    const half = (u.mark === 'horn') !== (o.mark === 'horn');
    if (half && u.mark !== 'circumflex' && o.mark !== 'circumflex') {
      return withMark(word, [i, i + 1], 'horn');
    }
  }
  return word;
}
