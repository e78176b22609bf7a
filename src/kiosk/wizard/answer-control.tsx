// Which control answers which kind of question.
import type { SubmitProcedure } from '../../protocol/config/procedure';
import type { Question } from '../../protocol/config/procedure-question';
import { t } from '../i18n/translate';
import { AddressAnswerForm } from './address-answer-form';
import { ChoiceAnswer } from './choice-answer';
import { ConsentAnswer } from './consent-answer';
import { PersonAnswerForm } from './person-answer-form';
import { PhotoAnswerForm } from './photo-answer';
import { TextAnswer } from './text-answer';
import { DateFields } from './typed-field';
import type { Typing } from './use-typing';
import type { ValidationIssue } from './validation-issue';

interface AnswerControlProps {
  procedure: SubmitProcedure;
  question: Question;
  typing: Typing;
  issues: readonly ValidationIssue[];
  onEdit: () => void;
  /** The answer came from the card's QR. */
  scanned: boolean;
}

/** The answer area of a question screen. */
export function AnswerControl(props: AnswerControlProps) {
  const { procedure, question, typing, issues, onEdit, scanned } = props;
  switch (question.type) {
    case 'text':
    case 'number':
    case 'phone':
    case 'email':
    case 'cccd':
      return <TextAnswer question={question} typing={typing} issues={issues} scanned={scanned} />;
    case 'date':
      return (
        <div class="answer answer--date">
          <DateFields
            typing={typing}
            id={`answer-${question.id}`}
            legend={t('wizard.date.legend')}
            issues={issues}
          />
        </div>
      );
    case 'choice':
    case 'yesno':
      return <ChoiceAnswer question={question} issues={issues} onEdit={onEdit} />;
    case 'person':
      return (
        <PersonAnswerForm
          procedure={procedure}
          question={question}
          typing={typing}
          issues={issues}
          onEdit={onEdit}
        />
      );
    case 'address':
      return (
        <AddressAnswerForm question={question} typing={typing} issues={issues} onEdit={onEdit} />
      );
    case 'photo':
      return (
        <PhotoAnswerForm
          procedure={procedure}
          question={question}
          issues={issues}
          onEdit={onEdit}
        />
      );
    case 'consent':
      return (
        <ConsentAnswer procedure={procedure} question={question} issues={issues} onEdit={onEdit} />
      );
  }
}
