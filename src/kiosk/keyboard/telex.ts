// Telex: letters typed after a word change it (aa → â, dd → đ, s → sắc …); the same key again
// undoes the change and types the letter itself ("ass" → "as").
import type { Letter, Tone } from './letters';
import { addMark, hasMark, removeMark } from './marks';
import { shapeOf, toneOf, withTone } from './syllable';

const TONE_KEYS: Record<string, Tone> = { s: 'sac', f: 'huyen', r: 'hoi', x: 'nga', j: 'nang' };

/** What a Telex key does to the word at the cursor: the new word, and a letter to type, if any. */
export interface TelexEffect {
  word: Letter[];
  typed?: Letter;
}

const literal = (key: string): Letter => ({
  base: key.toLowerCase(),
  mark: 'none',
  tone: 'none',
  upper: key !== key.toLowerCase(),
});

/** The effect of `key` on `word`, or undefined when the key just types itself. */
export function telexKey(word: Letter[], key: string): TelexEffect | undefined {
  const k = key.toLowerCase();
  const shape = shapeOf(word);
  if (!shape.plausible) return undefined;
  const hasVowel = shape.nucleusEnd > shape.nucleusStart;

  const tone = TONE_KEYS[k];
  if (tone && hasVowel) {
    return toneOf(word) === tone
      ? { word: withTone(word, 'none'), typed: literal(key) }
      : { word: withTone(word, tone) };
  }
  if (k === 'z' && toneOf(word) !== 'none') return { word: withTone(word, 'none') };

  if (k === 'a' || k === 'e' || k === 'o') {
    if (!hasVowel) return undefined;
    const marked = addMark(word, 'circumflex', k);
    if (marked) return { word: marked };
    if (hasMark(word, ['circumflex'], k)) {
      return { word: removeMark(word, ['circumflex']), typed: literal(key) };
    }
    return undefined;
  }
  if (k === 'w') {
    // w alone after a consonant (or at the start) is ư: "nhw" → "như".
    if (!hasVowel) return { word, typed: { ...literal(key), base: 'u', mark: 'horn' } };
    const marked = addMark(word, 'horn') ?? addMark(word, 'breve');
    if (marked) return { word: marked };
    if (hasMark(word, ['horn', 'breve'])) {
      return { word: removeMark(word, ['horn', 'breve']), typed: literal(key) };
    }
    return undefined;
  }
  if (k === 'd') {
    const stroked = addMark(word, 'stroke');
    if (stroked) return { word: stroked };
    if (word[0]?.mark === 'stroke')
      return { word: removeMark(word, ['stroke']), typed: literal(key) };
  }
  return undefined;
}
