// Questions answered in one box: words (letter keyboard), a number, a phone number or a CCCD
// number (number pad), an e-mail address (letters with "@" and "."). A CCCD number can also be
// scanned from the card.
import type { Question } from '../../protocol/config/procedure-question';
import { language, localized, t } from '../i18n/translate';
import { ScanCardButton } from './scan-card-button';
import { TypedField } from './typed-field';
import type { Typing } from './use-typing';
import type { ValidationIssue } from './validation-issue';

const NUMBER_LOCALE = { vi: 'vi-VN', en: 'en-GB' } as const;
// Past this many letters, one line of box no longer shows the whole text: show it wrapped too.
const LONG_TEXT = 40;

interface TextAnswerProps {
  /** A text, number, phone, e-mail or CCCD question. */
  question: Question;
  typing: Typing;
  issues: readonly ValidationIssue[];
  scanned: boolean;
}

/** The one box of a text, number, phone, e-mail or CCCD question. */
export function TextAnswer({ question, typing, issues, scanned }: TextAnswerProps) {
  const part = typing.parts[0]!;
  const text = typing.texts[part.key] ?? '';
  return (
    <div class="answer answer--text">
      {question.type === 'cccd' && <ScanCardButton questionId={question.id} scanned={scanned} />}
      <TypedField
        typing={typing}
        part={part}
        id={`answer-${question.id}`}
        label={
          question.type === 'number' && question.unit
            ? t('wizard.field.numberUnit', { unit: localized(question.unit) })
            : undefined
        }
        hint={hintFor(question)}
        issues={issues}
      />
      {question.type === 'number' && text !== '' && (
        <p class="typed-preview" aria-live="polite">
          {t('wizard.number.preview', {
            value: new Intl.NumberFormat(NUMBER_LOCALE[language.value]).format(Number(text)),
            unit: question.unit ? localized(question.unit) : '',
          }).trim()}
        </p>
      )}
      {question.type === 'text' && text.length > LONG_TEXT && (
        // The box holds the text for readers; this shows it whole for eyes.
        <p class="typed-preview typed-preview--text" aria-hidden="true">
          {text}
        </p>
      )}
    </div>
  );
}

function hintFor(question: TextAnswerProps['question']): string | undefined {
  switch (question.type) {
    case 'phone':
      return t('wizard.phone.hint');
    case 'email':
      return t('wizard.email.hint');
    case 'cccd':
      return t('wizard.cccd.hint');
    case 'number':
      if (question.min !== undefined && question.max !== undefined) {
        return t('wizard.number.range', { min: question.min, max: question.max });
      }
      return undefined;
    default:
      return undefined;
  }
}
