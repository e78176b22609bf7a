// The on-screen keyboard a resident types with: big keys that follow the text size, letters in
// alphabet order with tone keys, or a telephone pad for figures. Every key works synchronously
// through pressKey, so its letter is in the field before the next frame.
import { signal } from '@preact/signals';
import { useState } from 'preact/hooks';
import { t } from '../i18n/translate';
import { onSessionWipe } from '../session/wipe';
import type { TypingTarget } from './keyboard-field';
import { KeyButton } from './key-button';
import {
  letterControlRow,
  letterRows,
  numberPadRows,
  pressKey,
  shiftForNextLetter,
  toneRow,
  usesNumberPad,
  type KeyAction,
  type KeyDef,
  type LetterLayout,
  type ShiftState,
} from './keyboard-layout';
import './keyboard.css';

/** The layout a resident chose stays for the rest of their session, then back to ABC. */
const chosenLayout = signal<LetterLayout>('abc');
onSessionWipe(() => {
  chosenLayout.value = 'abc';
});

interface OnScreenKeyboardProps {
  target: TypingTarget;
  /** "Xong" was pressed: usually hide the keyboard. */
  onDone: () => void;
  /** Words on the "Xong" key, e.g. "Xem kết quả" under a search box. */
  doneLabel?: string;
}

/** The keyboard for `target`; render it in ScreenFrame's dock so it never covers the field. */
export function OnScreenKeyboard({ target, onDone, doneLabel }: OnScreenKeyboardProps) {
  const [typedShift, setShift] = useState<ShiftState>('off');
  const layout = chosenLayout.value;
  const shift = target.capitalizeWords ? shiftForNextLetter(target.value, typedShift) : typedShift;

  const press = (action: KeyAction) => {
    const result = pressKey(target.value, action, { layout, shift, maxLength: target.maxLength });
    if (result.state !== target.value) target.onChange(result.state);
    // An automatic capital is used up by its letter, as a pressed one would be.
    setShift(result.shift === 'once' && shift !== typedShift ? 'off' : result.shift);
    if (result.layout !== layout) chosenLayout.value = result.layout;
    if (result.done) onDone();
  };
  const keyProps = { shift, layout, doneLabel, onPress: press };
  const row = (keys: KeyDef[], index: number, extra = '') => (
    <div class={`keyboard__row ${extra}`} key={index}>
      {keys.map((def) => (
        <KeyButton key={def.id} def={def} {...keyProps} />
      ))}
    </div>
  );

  if (usesNumberPad(target.kind)) {
    return (
      <section class="keyboard keyboard--numbers" aria-label={t('keyboard.label')}>
        <div class="keyboard__pad">{numberPadRows(target.kind).map((keys, i) => row(keys, i))}</div>
      </section>
    );
  }
  const letters = letterRows(layout, target.kind === 'text');
  return (
    // A named region: a landmark a screen-reader user can jump to, like <main> and <nav>.
    <section
      class={`keyboard keyboard--letters keyboard--${layout}`}
      aria-label={t('keyboard.label')}
    >
      {layout === 'qwerty' && <p class="keyboard__hint">{t('keyboard.telexHint')}</p>}
      <div class="keyboard__letters">{letters.map((keys, i) => row(keys, i))}</div>
      {row(toneRow(), letters.length, 'keyboard__row--tones')}
      {row(letterControlRow(), letters.length + 1, 'keyboard__row--controls')}
    </section>
  );
}
