// The keyboard for the box being typed in, and a few extra keys where the letters alone fall
// short (an e-mail's "@", an address's "/"); the keyboard's "Xong" key moves on to the next box.
import { t } from '../i18n/translate';
import { KeyButton } from '../keyboard/key-button';
import type { TypingTarget } from '../keyboard/keyboard-field';
import { pressKey, type KeyAction, type KeyDef } from '../keyboard/keyboard-layout';
import { OnScreenKeyboard } from '../keyboard/on-screen-keyboard';
import { partLabel } from './typed-field';
import type { ExtraKeys } from './typed-parts';
import type { Typing } from './use-typing';

const EXTRA_KEYS: Readonly<Record<ExtraKeys, readonly string[]>> = {
  email: ['@', '.', '-', '_', '@gmail.com', '.com', '.vn'],
  punctuation: [',', '.', '/', '-'],
};

/** The keyboard for the open box, or nothing when no box is open. */
export function TypingDock({ typing }: { typing: Typing }) {
  const part = typing.openPart;
  if (!part) return null;
  const next = typing.after(part.key);
  return (
    <OnScreenKeyboard
      target={typing.target(part)}
      onDone={() => (next ? typing.open(next.key) : typing.close())}
      doneLabel={next ? t('wizard.keyboard.next', { field: partLabel(next) }) : t('keyboard.done')}
    />
  );
}

/** The extra keys the open box needs ("@", ".com"; or "/", ","), or nothing. */
export function ExtraKeys({ typing }: { typing: Typing }) {
  const part = typing.openPart;
  if (!part?.extraKeys) return null;
  return <ExtraKeyRow keys={EXTRA_KEYS[part.extraKeys]} target={typing.target(part)} />;
}

function ExtraKeyRow({ keys, target }: { keys: readonly string[]; target: TypingTarget }) {
  const press = (action: KeyAction) => {
    const result = pressKey(target.value, action, {
      layout: 'abc',
      shift: 'off',
      maxLength: target.maxLength,
    });
    if (result.state !== target.value) target.onChange(result.state);
  };
  return (
    // A named region beside the keyboard's own, so screen readers can find it too.
    <section class="extra-keys" aria-label={t('wizard.keyboard.extra')}>
      {keys.map((text) => {
        const def: KeyDef = { id: `extra-${text}`, action: { type: 'char', char: text } };
        return <KeyButton key={text} def={def} shift="off" layout="abc" onPress={press} />;
      })}
    </section>
  );
}
