// Two buttons, each labelled in its own language so an officer finds theirs.
import type { Language } from '../../protocol/config/text';
import { language, setLanguage, t, tIn } from '../i18n/translate';

const LANGUAGES: Language[] = ['vi', 'en'];

/** The language switch in the header. */
export function LanguageSwitch() {
  return (
    <div class="language-switch" role="group" aria-label={t('language.label')}>
      {LANGUAGES.map((lang) => (
        <button
          key={lang}
          type="button"
          lang={lang}
          aria-pressed={language.value === lang}
          onClick={() => setLanguage(lang)}
        >
          {tIn(lang, `language.${lang}`)}
        </button>
      ))}
    </div>
  );
}
