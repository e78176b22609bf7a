// The on-screen keyboard's text editing, with no screen: every key press takes the text and the
// cursor and gives back new ones. Tones and marks change the word at the cursor, and the tone is
// always re-placed by the one style in syllable.ts. Text is kept in NFC.
import { compose, decompose, type Letter, type Mark, type Tone } from './letters';
import { addMark, fixUps, hasMark, removeMark } from './marks';
import { shapeOf, toneOf, withTone } from './syllable';
import { telexKey } from './telex';

/** What is in a text box and where the cursor is (an index into `text`, in UTF-16 units). */
export interface InputState {
  readonly text: string;
  readonly cursor: number;
}

/** `telex` turns key sequences into marks and tones; `plain` types each key as it is. */
export type InputMode = 'telex' | 'plain';

/** An empty text box. */
export const EMPTY_INPUT: InputState = { text: '', cursor: 0 };

const LETTER = /\p{L}/u;
const isLetter = (ch: string | undefined) => ch !== undefined && LETTER.test(ch);

// The letters around the cursor: [start, end) in `text`.
function wordAround(text: string, cursor: number): [number, number] {
  let start = cursor;
  while (start > 0 && isLetter(text[start - 1])) start--;
  let end = cursor;
  while (end < text.length && isLetter(text[end])) end++;
  return [start, end];
}

const lettersOf = (text: string) => [...text].map(decompose);
const textOf = (word: Letter[]) => word.map(compose).join('');

// Spelling repairs and the tone back on the right vowel, for a word that may be a syllable.
function tidy(word: Letter[]): Letter[] {
  if (!shapeOf(word).plausible) return word;
  const fixed = fixUps(word);
  const tone = toneOf(fixed);
  return tone === 'none' ? fixed : withTone(fixed, tone);
}

// Replaces the word at [start, end) and puts the cursor `fromEnd` letters before its end.
function replaceWord(
  state: InputState,
  start: number,
  end: number,
  word: Letter[],
  fromEnd: number,
) {
  const text = state.text.slice(0, start) + textOf(word) + state.text.slice(end);
  return { text, cursor: start + textOf(word.slice(0, word.length - fromEnd)).length };
}

/** A key press: a letter (Telex-aware in `telex` mode), a digit, a space or a sign. */
export function typeChar(state: InputState, ch: string, mode: InputMode): InputState {
  const typed = ch.normalize('NFC');
  if ([...typed].length !== 1 || !isLetter(typed)) return insertText(state, typed);
  const [start, end] = wordAround(state.text, state.cursor);
  const before = lettersOf(state.text.slice(start, state.cursor));
  const after = lettersOf(state.text.slice(state.cursor, end));
  let word = [...before, ...after];
  let caret = before.length;
  const effect = mode === 'telex' ? telexKey(word, typed) : undefined;
  const insert = effect ? effect.typed : decompose(typed);
  if (effect) word = effect.word;
  if (insert) {
    word = [...word.slice(0, caret), insert, ...word.slice(caret)];
    caret++;
  }
  return replaceWord(state, start, end, tidy(word), word.length - caret);
}

// Tone and mark keys act on the word at the cursor, or the word just before it when the
// resident has already typed a space ("Nguyen |" then ngã → "Nguyễn |").
function wordForKey(state: InputState): [number, number] {
  let at = state.cursor;
  while (at > 0 && state.text[at - 1] === ' ') at--;
  return wordAround(state.text, isLetter(state.text[at - 1]) ? at : state.cursor);
}

function changeWord(state: InputState, change: (word: Letter[]) => Letter[]): InputState {
  const [start, end] = wordForKey(state);
  if (start === end) return state;
  const word = tidy(change(lettersOf(state.text.slice(start, end))));
  const text = state.text.slice(0, start) + textOf(word) + state.text.slice(end);
  // Letters keep their count, so the cursor keeps its place in the text.
  return { text, cursor: state.cursor };
}

/** A tone key: puts the tone on the word at the cursor (again is the same); `none` removes it. */
export function applyTone(state: InputState, tone: Tone): InputState {
  return changeWord(state, (word) => withTone(word, tone));
}

/** A mark key (â ê ô, ă, ơ ư, đ) on the word at the cursor; pressing it again takes it off. */
export function applyMark(state: InputState, mark: Mark): InputState {
  return changeWord(state, (word) => {
    const marked = addMark(word, mark);
    if (marked) return marked;
    return hasMark(word, [mark]) ? removeMark(word, [mark]) : word;
  });
}

/** Deletes the character before the cursor; the tone of the word left is re-placed. */
export function backspace(state: InputState): InputState {
  if (state.cursor === 0) return state;
  const low = state.text.charCodeAt(state.cursor - 1);
  const high = state.text.charCodeAt(state.cursor - 2);
  const pair = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
  const size = pair ? 2 : 1;
  const shorter = {
    text: state.text.slice(0, state.cursor - size) + state.text.slice(state.cursor),
    cursor: state.cursor - size,
  };
  const [start, end] = wordAround(shorter.text, shorter.cursor);
  if (start === end) return shorter;
  const word = lettersOf(shorter.text.slice(start, end));
  const fromEnd = [...shorter.text.slice(shorter.cursor, end)].length;
  return replaceWord(shorter, start, end, tidy(word), fromEnd);
}

/** Moves the cursor by whole characters (negative is left), or to the start or end. */
export function moveCursor(state: InputState, move: number | 'start' | 'end'): InputState {
  if (move === 'start') return { ...state, cursor: 0 };
  if (move === 'end') return { ...state, cursor: state.text.length };
  let cursor = state.cursor;
  for (let step = 0; step < Math.abs(move); step++) {
    const next = cursor + Math.sign(move);
    if (next < 0 || next > state.text.length) break;
    cursor = next;
    const code = state.text.charCodeAt(cursor);
    // Never stop between the two halves of a character outside the basic plane.
    if (cursor > 0 && cursor < state.text.length && code >= 0xdc00 && code <= 0xdfff) {
      cursor += Math.sign(move);
    }
  }
  return { ...state, cursor };
}

/** Puts the cursor where the resident touched the text (clamped to the text). */
export function placeCursor(state: InputState, position: number): InputState {
  return { ...state, cursor: Math.max(0, Math.min(state.text.length, Math.round(position))) };
}

/** Inserts text as it is (a suggestion, a scanned name); no Telex, kept NFC. */
export function insertText(state: InputState, text: string): InputState {
  const inserted = text.normalize('NFC');
  return {
    text: state.text.slice(0, state.cursor) + inserted + state.text.slice(state.cursor),
    cursor: state.cursor + inserted.length,
  };
}
