// Who someone is: scanned from the QR on their card, or typed — full name, date of birth, sex
// and CCCD number (and, after a scan, the permanent address printed on the card). Everything
// scanned shows in the boxes, where the resident checks it and can correct it.
import type { SubmitProcedure } from '../../protocol/config/procedure';
import type { Question } from '../../protocol/config/procedure-question';
import { t } from '../i18n/translate';
import { asRecord, emptyPerson, type PersonAnswer, type Sex } from './answer-shapes';
import { FieldIssues } from './field-issues';
import { OptionCards } from './option-cards';
import { personIdRequired } from './person-answer';
import { ScanCardButton } from './scan-card-button';
import { DateFields, TypedField } from './typed-field';
import type { Typing } from './use-typing';
import type { AnswerPart, ValidationIssue } from './validation-issue';
import { setAnswer, wizardAnswers } from './wizard-session';

interface PersonAnswerFormProps {
  procedure: SubmitProcedure;
  question: Question;
  typing: Typing;
  issues: readonly ValidationIssue[];
  onEdit: () => void;
}

/** The scan button, then the boxes to check or type. */
export function PersonAnswerForm(props: PersonAnswerFormProps) {
  const { procedure, question, typing, issues, onEdit } = props;
  const person = asRecord(wizardAnswers.value[question.id]) as PersonAnswer | undefined;
  const about = (part: AnswerPart) => issues.filter((found) => found.part === part);
  const general = issues.filter((found) => !found.part);
  const part = (key: string) => typing.parts.find((p) => p.key === key)!;
  const id = `answer-${question.id}`;
  const idRequired = personIdRequired(procedure.id, question.id);

  const chooseSex = (sex: Sex) => {
    const current = { ...emptyPerson(), ...person };
    if (current.sex === sex) return;
    setAnswer(question.id, { ...current, sex, source: 'typed' });
    onEdit();
  };

  return (
    <div class="answer answer--person">
      <ScanCardButton questionId={question.id} scanned={person?.source === 'scan'} />
      <FieldIssues id={`${id}-issue`} issues={general} />
      {person?.source !== 'scan' && (
        <p class="answer__divider">
          <span>{t('wizard.person.orType')}</span>
        </p>
      )}
      <TypedField
        typing={typing}
        part={part('fullName')}
        id={`${id}-name`}
        hint={t('wizard.person.fullNameHint')}
        issues={about('fullName')}
      />
      <DateFields
        typing={typing}
        id={`${id}-birth`}
        legend={t('wizard.person.dateOfBirth')}
        issues={about('dateOfBirth')}
      />
      <div class="answer__group">
        <p class="answer__group-label" id={`${id}-sex-label`}>
          {t('wizard.person.sex')}
        </p>
        <OptionCards<Sex>
          id={`${id}-sex`}
          label={t('wizard.person.sex')}
          layout="pair"
          options={[
            { value: 'male', label: t('wizard.person.male') },
            { value: 'female', label: t('wizard.person.female') },
          ]}
          value={person?.sex}
          onChoose={chooseSex}
          issues={about('sex')}
        />
      </div>
      <TypedField
        typing={typing}
        part={part('idNumber')}
        id={`${id}-id`}
        label={idRequired ? t('wizard.person.idNumber') : t('wizard.person.idNumberIfKnown')}
        hint={t('wizard.cccd.hint')}
        issues={about('idNumber')}
      />
      {typing.parts.some((p) => p.key === 'address') && (
        <TypedField
          typing={typing}
          part={part('address')}
          id={`${id}-address`}
          hint={t('wizard.person.addressHint')}
          issues={about('address')}
        />
      )}
    </div>
  );
}
