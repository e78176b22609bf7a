// Questions answered by touching a card: one of the procedure's options, or "Có" / "Không".
import type { Question } from '../../protocol/config/procedure-question';
import { localized, t } from '../i18n/translate';
import { OptionCards } from './option-cards';
import type { ValidationIssue } from './validation-issue';
import { setAnswer, wizardAnswers } from './wizard-session';

interface ChoiceAnswerProps {
  /** A choice or a yes/no question. */
  question: Question;
  issues: readonly ValidationIssue[];
  onEdit: () => void;
}

/** Big option cards (a list for choices, a pair for yes / no). */
export function ChoiceAnswer({ question, issues, onEdit }: ChoiceAnswerProps) {
  const value = wizardAnswers.value[question.id];
  const choose = (chosen: string | boolean) => {
    setAnswer(question.id, chosen);
    onEdit();
  };
  const label = localized(question.label);
  return (
    <div class="answer answer--choice">
      {question.type === 'choice' ? (
        <OptionCards<string>
          id={`answer-${question.id}`}
          label={label}
          options={question.options.map((o) => ({ value: o.value, label: localized(o.label) }))}
          value={value}
          onChoose={choose}
          issues={issues}
        />
      ) : (
        <OptionCards<boolean>
          id={`answer-${question.id}`}
          label={label}
          layout="pair"
          options={[
            { value: true, label: t('wizard.yes') },
            { value: false, label: t('wizard.no') },
          ]}
          value={value}
          onChoose={choose}
          issues={issues}
        />
      )}
    </div>
  );
}
