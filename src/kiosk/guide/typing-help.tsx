// The guide's help on finding a procedure and on typing with the on-screen keyboard, with a
// picture of the tone keys as they look on the keyboard.
import type { ComponentChildren } from 'preact';
import { t } from '../i18n/translate';
import type { MessageKey } from '../i18n/vi';

const SEARCH_TIPS: readonly MessageKey[] = [
  'guide.search.tap',
  'guide.search.noAccents',
  'guide.search.everyday',
  'guide.search.browse',
];

const KEYBOARD_TIPS: readonly MessageKey[] = [
  'guide.keyboard.letters',
  'guide.keyboard.tones',
  'guide.keyboard.fix',
  'guide.keyboard.qwerty',
];

const TONE_PICTURE: readonly [string, MessageKey][] = [
  ['á', 'keyboard.tone.sac'],
  ['à', 'keyboard.tone.huyen'],
  ['ả', 'keyboard.tone.hoi'],
  ['ã', 'keyboard.tone.nga'],
  ['ạ', 'keyboard.tone.nang'],
];

/** "Cách tìm thủ tục" and "Cách dùng bàn phím trên màn hình". */
export function TypingHelp() {
  return (
    <div class="typing-help">
      <TipList id="search" title={t('guide.searchTitle')} tips={SEARCH_TIPS} />
      <TipList id="keyboard" title={t('guide.keyboardTitle')} tips={KEYBOARD_TIPS}>
        <div class="typing-help__tones" aria-hidden="true">
          {TONE_PICTURE.map(([sample, word]) => (
            <span class="typing-help__tone" key={sample}>
              <span class="typing-help__sample">{sample}</span>
              <span>{t(word)}</span>
            </span>
          ))}
        </div>
      </TipList>
    </div>
  );
}

interface TipListProps {
  id: string;
  title: string;
  tips: readonly MessageKey[];
  children?: ComponentChildren;
}

function TipList({ id, title, tips, children }: TipListProps) {
  return (
    <section class="typing-help__section" aria-labelledby={`typing-help-${id}`}>
      <h2 class="guide-section-title" id={`typing-help-${id}`}>
        {title}
      </h2>
      <ul class="typing-help__tips">
        {tips.map((tip) => (
          <li key={tip}>{t(tip)}</li>
        ))}
      </ul>
      {children}
    </section>
  );
}
