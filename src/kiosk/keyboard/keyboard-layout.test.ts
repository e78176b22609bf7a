import { describe, expect, it } from 'vitest';
import { EMPTY_INPUT, type InputState } from './input-engine';
import {
  letterRows,
  numberPadRows,
  pressKey,
  shiftForNextLetter,
  toneRow,
  usesNumberPad,
  type KeyAction,
  type KeyContext,
  type KeyDef,
} from './keyboard-layout';

const chars = (rows: KeyDef[][]) =>
  rows.map((row) => row.map((k) => (k.action.type === 'char' ? k.action.char : k.id)).join(' '));

/** Presses keys one after another, as a resident taps them. */
function tap(actions: KeyAction[], ctx: Partial<KeyContext> = {}, from = EMPTY_INPUT) {
  let context: KeyContext = { layout: 'abc', shift: 'off', ...ctx };
  let state: InputState = from;
  for (const action of actions) {
    const result = pressKey(state, action, context);
    state = result.state;
    context = { ...context, shift: result.shift, layout: result.layout };
  }
  return { state, context };
}

const letters = (word: string): KeyAction[] =>
  [...word].map((ch) => (ch === ' ' ? { type: 'space' } : { type: 'char', char: ch }));

describe('layouts', () => {
  it('lays out the Vietnamese alphabet in school order, foreign letters last', () => {
    expect(chars(letterRows('abc', false))).toEqual([
      'a ă â b c d đ e ê',
      'g h i k l m n o ô',
      'ơ p q r s t u ư v',
      'x y f j w z left right backspace',
    ]);
  });

  it('has every letter once in both layouts', () => {
    const all = (layout: 'abc' | 'qwerty') =>
      letterRows(layout, false)
        .flat()
        .filter((k) => k.action.type === 'char')
        .map((k) => k.id)
        .sort();
    expect(all('abc')).toEqual(all('qwerty'));
    expect(new Set(all('abc')).size).toBe(33);
  });

  it('keeps the QWERTY rows of a phone, with the marked letters below', () => {
    expect(chars(letterRows('qwerty', false))).toEqual([
      'q w e r t y u i o p',
      'a s d f g h j k l',
      'z x c v b n m',
      'â ă ê ô ơ ư đ left right backspace',
    ]);
  });

  it('puts figures on top for text fields that need them', () => {
    expect(chars(letterRows('qwerty', true))[0]).toBe('1 2 3 4 5 6 7 8 9 0');
  });

  it('shows five tones and a key that takes the tone off', () => {
    expect(toneRow().map((k) => k.id)).toEqual([
      'tone-sac',
      'tone-huyen',
      'tone-hoi',
      'tone-nga',
      'tone-nang',
      'tone-none',
    ]);
  });

  it('gives numbers, phones and dates a telephone pad; dates get a slash', () => {
    expect(usesNumberPad('phone')).toBe(true);
    expect(usesNumberPad('search')).toBe(false);
    expect(chars(numberPadRows('date')).slice(0, 4)).toEqual([
      '1 2 3',
      '4 5 6',
      '7 8 9',
      '/ 0 backspace',
    ]);
    expect(chars(numberPadRows('phone'))[3]).toBe('clear 0 backspace');
  });
});

describe('pressKey', () => {
  it('types "tam tru" letter by letter', () => {
    expect(tap(letters('tam tru')).state).toEqual({ text: 'tam tru', cursor: 7 });
  });

  it('types a marked letter as it shows and puts a tone on the word', () => {
    const { state } = tap([
      ...letters('nguyên'),
      { type: 'tone', tone: 'nga' },
      { type: 'space' },
      ...letters('văn'),
    ]);
    expect(state.text).toBe('nguyễn văn');
  });

  it('does not turn letters into marks in the ABC layout', () => {
    expect(tap(letters('dd aa')).state.text).toBe('dd aa');
  });

  it('uses Telex once the resident switches to QWERTY', () => {
    const { state, context } = tap([{ type: 'layout' }, ...letters('dduwowngf')]);
    expect(context.layout).toBe('qwerty');
    expect(state.text).toBe('đường');
  });

  it('capitalises one letter, then all until pressed again', () => {
    const once = tap([{ type: 'shift' }, ...letters('an')]);
    expect(once.state.text).toBe('An');
    const locked = tap([
      { type: 'shift' },
      { type: 'shift' },
      ...letters('ư đ'),
      { type: 'shift' },
    ]);
    expect(locked.state.text).toBe('Ư Đ');
    expect(locked.context.shift).toBe('off');
  });

  it('deletes, clears, and moves the cursor to fix a slip', () => {
    const typed = tap(letters('khai sih')).state;
    const fixed = tap([{ type: 'left' }, ...letters('n')], {}, typed).state;
    expect(fixed).toEqual({ text: 'khai sinh', cursor: 8 });
    expect(tap([{ type: 'backspace' }], {}, fixed).state.text).toBe('khai sih');
    expect(tap([{ type: 'clear' }], {}, fixed).state).toEqual(EMPTY_INPUT);
  });

  it('stops at the field’s length', () => {
    const { state } = tap(letters('0912345678999'), { maxLength: 10 });
    expect(state.text).toBe('0912345678');
  });

  it('reports "done" without changing the text', () => {
    const from = { text: 'abc', cursor: 3 };
    expect(pressKey(from, { type: 'done' }, { layout: 'abc', shift: 'off' })).toMatchObject({
      state: from,
      done: true,
    });
  });
});

describe('shiftForNextLetter', () => {
  it('capitalises the start of each word of a name', () => {
    expect(shiftForNextLetter(EMPTY_INPUT, 'off')).toBe('once');
    expect(shiftForNextLetter({ text: 'Lê ', cursor: 3 }, 'off')).toBe('once');
    expect(shiftForNextLetter({ text: 'Lê', cursor: 2 }, 'off')).toBe('off');
    expect(shiftForNextLetter({ text: 'Lê', cursor: 2 }, 'lock')).toBe('lock');
  });
});
