// The shape of a Vietnamese syllable (initial consonant, vowel cluster, final consonant) and
// where its tone mark goes.
//
// Tone placement style, used everywhere: the tone sits on the main vowel of the cluster, the
// style of the 2018 school spelling rules and of this project's own texts ("nhà văn hoá"):
// hoà, hoá, khoẻ, thuỷ, tuý, quý, but hoàng, toán, huỳnh (a final consonant follows) and
// mía, múa, gửi, người, khuyến, nguyễn (a marked vowel, or the first of ia/ua/ưa/ai …).
import { compose, isVowelBase, type Letter } from './letters';

/** Where the parts of a word are: letters [0, nucleusStart) are the initial consonant … */
export interface SyllableShape {
  nucleusStart: number;
  nucleusEnd: number;
  /** Whether the word can be (the start of) one Vietnamese syllable. */
  plausible: boolean;
}

const INITIALS = new Set(
  'b c ch d đ g gh gi h k kh l m n ng ngh nh p ph q qu r s t th tr v x'.split(' ').concat(''),
);
const FINALS = new Set(['', 'c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't']);

/** Every vowel cluster Vietnamese spells, with its marks and no tone. */
export const VOWEL_CLUSTERS = new Set(
  (
    'a ă â e ê i o ô ơ u ư y ai ao au âu ay ây eo êu ia iê iu oa oă oe oi ôi ơi oo ua uâ uê ui ' +
    'uô uơ uy ưa ưi ươ ưu yê iêu oai oay oao oeo uây uôi uya uyê uyu ươi ươu yêu'
  ).split(' '),
);
// The same clusters without marks: what a resident has typed before adding the marks.
const CLUSTER_SKELETONS = new Set(
  [...VOWEL_CLUSTERS].map((c) => c.normalize('NFD').replace(/[\u0300-\u036f]/g, '')),
);

const plain = (letters: Letter[]) =>
  letters.map((l) => compose({ ...l, tone: 'none', upper: false })).join('');

/** Finds the initial, vowel cluster and final of a word (qu and gi count as initials). */
export function shapeOf(word: Letter[]): SyllableShape {
  let start = 0;
  while (start < word.length && !isVowelBase(word[start]!.base)) start++;
  let end = start;
  while (end < word.length && isVowelBase(word[end]!.base)) end++;
  const initial = word
    .slice(0, start)
    .map((l) => (l.mark === 'stroke' ? 'đ' : l.base))
    .join('');
  // In "quốc" and "giữ" the u and i belong to the consonant, unless they are the only vowel.
  if (end - start > 1 && initial === 'q' && word[start]!.base === 'u') start++;
  else if (end - start > 1 && initial === 'g' && word[start]!.base === 'i') start++;
  const fullInitial =
    initial +
    word
      .slice(initial.length, start)
      .map((l) => l.base)
      .join('');
  const final = plain(word.slice(end));
  const cluster = plain(word.slice(start, end));
  const plausible =
    start < end
      ? INITIALS.has(fullInitial) && FINALS.has(final) && CLUSTER_SKELETONS.has(skeleton(cluster))
      : [...INITIALS].some((i) => i.startsWith(fullInitial)) && final === '';
  return { nucleusStart: start, nucleusEnd: end, plausible };
}

function skeleton(cluster: string): string {
  return cluster.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/** The vowel cluster of `word` as text with marks and no tone, e.g. "ươ" in "người". */
export function clusterOf(word: Letter[], shape: SyllableShape = shapeOf(word)): string {
  return plain(word.slice(shape.nucleusStart, shape.nucleusEnd));
}

/** Index of the letter that carries the tone, or -1 when the word has no vowel. */
export function tonePosition(word: Letter[], shape: SyllableShape = shapeOf(word)): number {
  const { nucleusStart: start, nucleusEnd: end } = shape;
  const size = end - start;
  if (size <= 0) return -1;
  for (let i = end - 1; i >= start; i--) {
    const mark = word[i]!.mark;
    if (mark === 'circumflex' || mark === 'breve' || mark === 'horn') return i;
  }
  if (size >= 3) return start + 1;
  if (size === 1) return start;
  const pair = word[start]!.base + word[start + 1]!.base;
  const closed = end < word.length;
  return closed || pair === 'oa' || pair === 'oe' || pair === 'uy' ? start + 1 : start;
}

/** The word's tone, or none; a word with several (pasted text) counts its last one. */
export function toneOf(word: Letter[]): Letter['tone'] {
  for (let i = word.length - 1; i >= 0; i--) if (word[i]!.tone !== 'none') return word[i]!.tone;
  return 'none';
}

/** The word with `tone` on the right vowel and no other tone; unchanged if it has no vowel. */
export function withTone(word: Letter[], tone: Letter['tone']): Letter[] {
  const at = tonePosition(word);
  if (at < 0) return word;
  return word.map((l, i) => ({ ...l, tone: i === at ? tone : 'none' }));
}
