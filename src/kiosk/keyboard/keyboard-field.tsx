// A text box typed only through the on-screen keyboard: the system keyboard never opens
// (inputmode="none"), the text and cursor live in the screen's state, and a touch on the text
// puts the cursor there.
import type { JSX } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { placeCursor, type InputState } from './input-engine';
import type { FieldKind } from './keyboard-layout';
import './keyboard.css';

/** The text being typed and how to type it; shared by a field and its keyboard. */
export interface TypingTarget {
  value: InputState;
  onChange: (next: InputState) => void;
  /** Which keys it needs: letters (search, text) or the telephone pad (number, phone, date). */
  kind: FieldKind;
  /** The most characters it takes. */
  maxLength?: number;
  /** A capital at the start of each word, for names. */
  capitalizeWords?: boolean;
}

interface KeyboardFieldProps {
  id: string;
  /** The visible label above the box. */
  label: string;
  target: TypingTarget;
  placeholder?: string;
  /** Whether the on-screen keyboard is showing for this field. */
  keyboardOpen: boolean;
  /** The resident touched the field: show the keyboard. */
  onOpenKeyboard: () => void;
  /** A picture at the start of the box (e.g. a magnifying glass). */
  icon?: JSX.Element;
  /** Extra description read with the field (an id of a hint). */
  describedBy?: string;
  /**
   * Where the field goes when the keyboard opens: just into view (default), or to the top of
   * the content, so what the typing finds (search results) has the room below it.
   */
  revealOnOpen?: 'nearest' | 'start';
  /** Reveal the field again when this changes (e.g. the content under it was replaced). */
  revealAgain?: unknown;
}

/** The label and the box; pair it with OnScreenKeyboard in the screen's dock. */
export function KeyboardField(props: KeyboardFieldProps) {
  const { id, label, target, placeholder, keyboardOpen, onOpenKeyboard, icon } = props;
  const input = useRef<HTMLInputElement>(null);
  const field = useRef<HTMLDivElement>(null);
  const { text, cursor } = target.value;

  // The caret follows the state after every key, in the same frame as the letter.
  useLayoutEffect(() => {
    const element = input.current;
    if (!element || !keyboardOpen) return;
    if (element.value !== text) element.value = text;
    if (document.activeElement !== element) element.focus({ preventScroll: true });
    if (element.selectionStart !== cursor || element.selectionEnd !== cursor) {
      element.setSelectionRange(cursor, cursor);
    }
  }, [text, cursor, keyboardOpen]);

  // When the keyboard appears the content area shrinks: bring the field back into view.
  useLayoutEffect(() => {
    if (keyboardOpen) field.current?.scrollIntoView({ block: props.revealOnOpen ?? 'nearest' });
  }, [keyboardOpen, props.revealAgain]);

  const caretFromTouch = () => {
    const element = input.current;
    if (!element) return;
    if (!keyboardOpen) onOpenKeyboard();
    target.onChange(placeCursor(target.value, element.selectionStart ?? text.length));
  };

  return (
    <div class={`keyboard-field ${keyboardOpen ? 'keyboard-field--typing' : ''}`} ref={field}>
      <label class="keyboard-field__label" for={id}>
        {label}
      </label>
      <div class="keyboard-field__box">
        {icon && <span class="keyboard-field__icon">{icon}</span>}
        <input
          ref={input}
          id={id}
          class="keyboard-field__input"
          type="text"
          inputMode="none"
          autoComplete="off"
          autoCorrect="off"
          autoCapitalize="off"
          spellcheck={false}
          enterKeyHint="done"
          maxLength={target.maxLength}
          value={text}
          placeholder={placeholder}
          aria-describedby={props.describedBy}
          onFocus={() => !keyboardOpen && onOpenKeyboard()}
          onClick={caretFromTouch}
          // A staff member's USB keyboard still works; the state follows what it typed.
          onInput={(event) => {
            const element = event.currentTarget;
            target.onChange({
              text: element.value.normalize('NFC'),
              cursor: element.selectionStart ?? element.value.length,
            });
          }}
        />
      </div>
    </div>
  );
}
