// The on-screen keyboard as data: which keys, in which rows, and what each key does to the text.
// No screen here: the component draws these rows, and pressKey is the whole key path.
//
// Letters come in the order of the Vietnamese alphabet (a ă â b c d đ e ê …), not QWERTY. The
// residents this kiosk serves have often never used a keyboard; they learned this 29-letter
// alphabet at school and find a letter by reading along the rows, which only alphabetical order
// makes possible. ă â đ ê ô ơ ư are keys of their own in their places, as in that alphabet, and
// the five tones are keys that show the toned letter (á à ả ã ạ) and their names. Residents used
// to typing on a phone can switch to QWERTY, which turns on Telex (aa → â, s → sắc) as their
// phones do; in the ABC layout Telex stays off, so a key always types what it shows.
import type { Tone } from './letters';
import {
  applyTone,
  backspace,
  EMPTY_INPUT,
  moveCursor,
  typeChar,
  type InputMode,
  type InputState,
} from './input-engine';

/** What a field holds: words (search or text) or figures (number, phone, date). */
export type FieldKind = 'search' | 'text' | 'number' | 'phone' | 'date';

/** The letter layouts a resident can choose. */
export type LetterLayout = 'abc' | 'qwerty';

/** Off, the next letter only, or every letter until pressed again. */
export type ShiftState = 'off' | 'once' | 'lock';

/** What pressing a key does. */
export type KeyAction =
  | { type: 'char'; char: string }
  | { type: 'tone'; tone: Tone }
  | { type: 'space' }
  | { type: 'backspace' }
  | { type: 'clear' }
  | { type: 'shift' }
  | { type: 'left' }
  | { type: 'right' }
  | { type: 'layout' }
  | { type: 'done' };

/** One key: a stable id (tests, keys in lists), its action and how wide it is in columns. */
export interface KeyDef {
  id: string;
  action: KeyAction;
  /** Columns it spans in its row (default 1). */
  span?: number;
}

const VIETNAMESE_ALPHABET = 'a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y'.split(' ');
// Not in the Vietnamese alphabet, but in names, e-mail addresses and brand names (Zalo, Wi-Fi).
const FOREIGN_LETTERS = ['f', 'j', 'w', 'z'];
const QWERTY_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm', 'âăêôơưđ'];
const DIGITS = '1234567890';

/** Letters per row in the ABC layout: 33 letters in rows of 9, 9, 9 and 6. */
export const ABC_COLUMNS = 9;

/** The tone keys in the order schoolbooks teach them, each with the letter it shows. */
export const TONE_KEYS: readonly { tone: Tone; sample: string }[] = [
  { tone: 'sac', sample: 'á' },
  { tone: 'huyen', sample: 'à' },
  { tone: 'hoi', sample: 'ả' },
  { tone: 'nga', sample: 'ã' },
  { tone: 'nang', sample: 'ạ' },
  { tone: 'none', sample: 'a' },
];

const charKey = (char: string): KeyDef => ({ id: `char-${char}`, action: { type: 'char', char } });

function chunk<T>(items: readonly T[], size: number): T[][] {
  const rows: T[][] = [];
  for (let i = 0; i < items.length; i += size) rows.push(items.slice(i, i + size));
  return rows;
}

const EDIT_KEYS: KeyDef[] = [
  { id: 'left', action: { type: 'left' } },
  { id: 'right', action: { type: 'right' } },
  { id: 'backspace', action: { type: 'backspace' } },
];

/**
 * The rows of letter keys for a layout; `withDigits` adds a row of figures on top. The cursor
 * keys and "Xoá" fill the short last row, next to the letters a resident has just typed.
 */
export function letterRows(layout: LetterLayout, withDigits: boolean): KeyDef[][] {
  const rows =
    layout === 'abc'
      ? chunk([...VIETNAMESE_ALPHABET, ...FOREIGN_LETTERS], ABC_COLUMNS)
      : QWERTY_ROWS.map((row) => [...row]);
  const letters = rows.map((row) => row.map(charKey));
  letters[letters.length - 1]!.push(...EDIT_KEYS);
  return withDigits ? [[...DIGITS].map(charKey), ...letters] : letters;
}

/** The tone keys as key definitions. */
export function toneRow(): KeyDef[] {
  return TONE_KEYS.map(({ tone }) => ({ id: `tone-${tone}`, action: { type: 'tone', tone } }));
}

/** The bottom row of a letter keyboard: case, layout, space, clearing, done. */
export function letterControlRow(): KeyDef[] {
  return [
    { id: 'shift', action: { type: 'shift' }, span: 1.3 },
    { id: 'layout', action: { type: 'layout' }, span: 1.5 },
    { id: 'space', action: { type: 'space' }, span: 2.4 },
    { id: 'clear', action: { type: 'clear' }, span: 1.3 },
    { id: 'done', action: { type: 'done' }, span: 1.8 },
  ];
}

/** A telephone-style pad (1 2 3 on top) for numbers, phone numbers and dates. */
export function numberPadRows(kind: 'number' | 'phone' | 'date'): KeyDef[][] {
  // Dates are typed as 15/08/1960; phone numbers and amounts need nothing but figures.
  const extra: KeyDef = kind === 'date' ? charKey('/') : { id: 'clear', action: { type: 'clear' } };
  return [
    [...'123'].map(charKey),
    [...'456'].map(charKey),
    [...'789'].map(charKey),
    [extra, charKey('0'), { id: 'backspace', action: { type: 'backspace' } }],
    [
      { id: 'left', action: { type: 'left' } },
      { id: 'right', action: { type: 'right' } },
      { id: 'done', action: { type: 'done' } },
    ],
  ];
}

/** Whether a field gets the telephone pad rather than letters. */
export function usesNumberPad(kind: FieldKind): kind is 'number' | 'phone' | 'date' {
  return kind === 'number' || kind === 'phone' || kind === 'date';
}

/** How a key press is typed: the layout's input mode and the case state. */
export interface KeyContext {
  layout: LetterLayout;
  shift: ShiftState;
  /** The most characters the field takes, if limited. */
  maxLength?: number;
}

/** What a key press gives: the new text and cursor, and the case state for the next key. */
export interface KeyResult {
  state: InputState;
  shift: ShiftState;
  layout: LetterLayout;
  /** The resident pressed "Xong": the field is finished for now. */
  done?: boolean;
}

/** Telex only with QWERTY, where residents expect it from their phones. */
export function inputModeFor(layout: LetterLayout): InputMode {
  return layout === 'qwerty' ? 'telex' : 'plain';
}

const NEXT_SHIFT: Record<ShiftState, ShiftState> = { off: 'once', once: 'lock', lock: 'off' };

/** The one key path: the text after `action`, computed at once with no waiting. */
export function pressKey(state: InputState, action: KeyAction, ctx: KeyContext): KeyResult {
  const same = { state, shift: ctx.shift, layout: ctx.layout };
  switch (action.type) {
    case 'char': {
      const char = ctx.shift === 'off' ? action.char : action.char.toLocaleUpperCase('vi');
      const next = typeChar(state, char, inputModeFor(ctx.layout));
      if (ctx.maxLength !== undefined && next.text.length > ctx.maxLength) return same;
      return { ...same, state: next, shift: ctx.shift === 'once' ? 'off' : ctx.shift };
    }
    case 'space': {
      const next = typeChar(state, ' ', 'plain');
      if (ctx.maxLength !== undefined && next.text.length > ctx.maxLength) return same;
      return { ...same, state: next };
    }
    case 'tone':
      return { ...same, state: applyTone(state, action.tone) };
    case 'backspace':
      return { ...same, state: backspace(state) };
    case 'clear':
      return { ...same, state: EMPTY_INPUT };
    case 'left':
      return { ...same, state: moveCursor(state, -1) };
    case 'right':
      return { ...same, state: moveCursor(state, 1) };
    case 'shift':
      return { ...same, shift: NEXT_SHIFT[ctx.shift] };
    case 'layout':
      return { ...same, layout: ctx.layout === 'abc' ? 'qwerty' : 'abc' };
    case 'done':
      return { ...same, done: true };
  }
}

/** For fields of names: capitals at the start of each word, as Vietnamese names are written. */
export function shiftForNextLetter(state: InputState, current: ShiftState): ShiftState {
  if (current !== 'off') return current;
  const before = state.text.slice(0, state.cursor);
  return before === '' || before.endsWith(' ') ? 'once' : 'off';
}
