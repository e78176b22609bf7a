// One key of the on-screen keyboard: what it shows, what a screen reader says, and keeping the
// text box focused while it is pressed (so the caret stays where the resident is typing).
import type { JSX } from 'preact';
import { t } from '../i18n/translate';
import type { MessageKey } from '../i18n/vi';
import { BackspaceIcon, LeftIcon, RightIcon, ShiftIcon } from './key-icons';
import {
  TONE_KEYS,
  type KeyAction,
  type KeyDef,
  type LetterLayout,
  type ShiftState,
} from './keyboard-layout';

interface KeyButtonProps {
  def: KeyDef;
  shift: ShiftState;
  layout: LetterLayout;
  doneLabel?: string;
  onPress: (action: KeyAction) => void;
}

const TONE_NAMES: Record<string, MessageKey> = {
  sac: 'keyboard.tone.sac',
  huyen: 'keyboard.tone.huyen',
  hoi: 'keyboard.tone.hoi',
  nga: 'keyboard.tone.nga',
  nang: 'keyboard.tone.nang',
  none: 'keyboard.tone.none',
};

// What the key shows and, where the picture alone says too little, the name read out.
function face(props: KeyButtonProps): { content: JSX.Element | string; name?: string } {
  const { action } = props.def;
  switch (action.type) {
    case 'char':
      return { content: props.shift === 'off' ? action.char : action.char.toLocaleUpperCase('vi') };
    case 'tone': {
      const sample = TONE_KEYS.find((k) => k.tone === action.tone)?.sample ?? '';
      // Read as it shows ("á sắc"), so a resident can name the key they see.
      return {
        content: (
          <>
            <span class="key__sample">{sample}</span>
            <span class="key__word">{t(TONE_NAMES[action.tone]!)}</span>
          </>
        ),
      };
    }
    case 'shift':
      return { content: <WithIcon icon={<ShiftIcon />} text={t('keyboard.shift')} /> };
    case 'layout':
      return props.layout === 'abc'
        ? { content: 'QWERTY', name: t('keyboard.layout.toQwerty') }
        : { content: 'ABC', name: t('keyboard.layout.toAbc') };
    case 'left':
      return { content: <LeftIcon />, name: t('keyboard.left') };
    case 'right':
      return { content: <RightIcon />, name: t('keyboard.right') };
    case 'space':
      return { content: t('keyboard.space') };
    case 'backspace':
      return {
        content: <WithIcon icon={<BackspaceIcon />} text={t('keyboard.backspace')} />,
        name: t('keyboard.backspace.aria'),
      };
    case 'clear':
      return { content: t('keyboard.clear') };
    case 'done':
      return { content: props.doneLabel ?? t('keyboard.done') };
  }
}

function WithIcon({ icon, text }: { icon: JSX.Element; text: string }) {
  return (
    <>
      {icon}
      <span class="key__word">{text}</span>
    </>
  );
}

/** A key; acts on a tap (click), and never takes the focus away from the text box. */
export function KeyButton(props: KeyButtonProps) {
  const { def, shift, onPress } = props;
  const { content, name } = face(props);
  const kind = def.action.type;
  const pressed = kind === 'shift' ? shift !== 'off' : undefined;
  return (
    <button
      type="button"
      class={`key key--${kind} ${kind === 'shift' && shift === 'lock' ? 'key--locked' : ''}`}
      style={def.span ? { flexGrow: def.span } : undefined}
      data-key={def.id}
      aria-label={name}
      aria-pressed={pressed}
      // Keeping the default would move focus to the key and hide the caret in the field.
      onPointerDown={(event) => event.preventDefault()}
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => onPress(def.action)}
    >
      {content}
    </button>
  );
}
