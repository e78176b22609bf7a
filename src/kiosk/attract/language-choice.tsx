// Two big buttons, each in its own language, that choose the language and start at once.
import type { Language } from '../../protocol/config/text';
import { language, t, tIn } from '../i18n/translate';
import { GlobeIcon } from '../shell/icons';

const OFFERED: readonly Language[] = ['vi', 'en'];

interface LanguageChoiceProps {
  onChoose: (language: Language) => void;
}

/** "Tiếng Việt" / "English". */
export function LanguageChoice({ onChoose }: LanguageChoiceProps) {
  return (
    <div class="language-choice" role="group" aria-labelledby="language-choice-label">
      <p class="language-choice__label" id="language-choice-label">
        <GlobeIcon />
        {t('attract.chooseLanguage')}
      </p>
      <div class="language-choice__buttons">
        {OFFERED.map((lang) => (
          <button
            key={lang}
            type="button"
            lang={lang}
            class="language-choice__button"
            aria-pressed={language.value === lang}
            onClick={(event) => {
              event.stopPropagation();
              onChoose(lang);
            }}
          >
            {tIn(lang, `language.${lang}`)}
          </button>
        ))}
      </div>
    </div>
  );
}
