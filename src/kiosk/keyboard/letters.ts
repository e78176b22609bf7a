// A Vietnamese letter taken apart: base letter, mark (â ă ơ ư đ) and tone, so the input engine
// can change one without touching the others and put the letter back together in NFC.

/** The five tones and none, in the order of the TONED rows below. */
export const TONES = ['none', 'sac', 'huyen', 'hoi', 'nga', 'nang'] as const;
/** A tone key: sắc, huyền, hỏi, ngã, nặng, or none to remove the tone. */
export type Tone = (typeof TONES)[number];

/** A mark key: circumflex (â ê ô), breve (ă), horn (ơ ư), stroke (đ). */
export type Mark = 'circumflex' | 'breve' | 'horn' | 'stroke';

/** One letter in parts; `base` is a lower-case letter (a–z, or any other letter as typed). */
export interface Letter {
  base: string;
  mark: Mark | 'none';
  tone: Tone;
  upper: boolean;
}

// Each marked vowel with its tones: none, sắc, huyền, hỏi, ngã, nặng (all precomposed NFC).
const TONED: Record<string, string> = {
  a: 'aáàảãạ',
  ă: 'ăắằẳẵặ',
  â: 'âấầẩẫậ',
  e: 'eéèẻẽẹ',
  ê: 'êếềểễệ',
  i: 'iíìỉĩị',
  o: 'oóòỏõọ',
  ô: 'ôốồổỗộ',
  ơ: 'ơớờởỡợ',
  u: 'uúùủũụ',
  ư: 'ưứừửữự',
  y: 'yýỳỷỹỵ',
};

const MARKED: Record<string, [string, Mark | 'none']> = {
  a: ['a', 'none'],
  ă: ['a', 'breve'],
  â: ['a', 'circumflex'],
  e: ['e', 'none'],
  ê: ['e', 'circumflex'],
  i: ['i', 'none'],
  o: ['o', 'none'],
  ô: ['o', 'circumflex'],
  ơ: ['o', 'horn'],
  u: ['u', 'none'],
  ư: ['u', 'horn'],
  y: ['y', 'none'],
};

const DECOMPOSED = new Map<string, Omit<Letter, 'upper'>>();
for (const [marked, row] of Object.entries(TONED)) {
  const [base, mark] = MARKED[marked]!;
  [...row].forEach((ch, t) => DECOMPOSED.set(ch, { base, mark, tone: TONES[t]! }));
}
DECOMPOSED.set('đ', { base: 'd', mark: 'stroke', tone: 'none' });

/** Whether a base letter is a vowel (a e i o u y). */
export function isVowelBase(base: string): boolean {
  return 'aeiouy'.includes(base) && base.length === 1;
}

/** Takes one character apart; characters that are not Vietnamese letters keep their base. */
export function decompose(ch: string): Letter {
  const lower = ch.toLowerCase();
  const parts = DECOMPOSED.get(lower);
  const upper = lower !== ch;
  return parts ? { ...parts, upper } : { base: lower, mark: 'none', tone: 'none', upper };
}

/** Puts a letter back together as one precomposed (NFC) character. */
export function compose(letter: Letter): string {
  let ch = letter.base;
  if (letter.base === 'd' && letter.mark === 'stroke') ch = 'đ';
  else if (isVowelBase(letter.base)) {
    const marked = markedVowel(letter.base, letter.mark);
    ch = TONED[marked]?.[TONES.indexOf(letter.tone)] ?? letter.base;
  }
  return letter.upper ? ch.toUpperCase() : ch;
}

/** The vowel with its mark and no tone (a + circumflex → â); the base if the mark does not fit. */
export function markedVowel(base: string, mark: Letter['mark']): string {
  for (const [marked, [b, m]] of Object.entries(MARKED)) {
    if (b === base && m === mark) return marked;
  }
  return base;
}

/** Whether a mark can sit on a base letter at all (circumflex on a/e/o, horn on o/u …). */
export function markFits(base: string, mark: Mark): boolean {
  if (mark === 'stroke') return base === 'd';
  return markedVowel(base, mark) !== base;
}
