// An address in today's two tiers: house and street, ward or commune, province or city — no
// district since 1 July 2025. Hà Nội is chosen already; another province is one touch away.
import { useState } from 'preact/hooks';
import type { Question } from '../../protocol/config/procedure-question';
import { t } from '../i18n/translate';
import { emptyAddress, PROVINCES_2025 } from './address-answer';
import { asRecord, type AddressAnswer } from './answer-shapes';
import { FieldIssues } from './field-issues';
import { OptionCards } from './option-cards';
import { TypedField } from './typed-field';
import type { Typing } from './use-typing';
import type { AnswerPart, ValidationIssue } from './validation-issue';
import { setAnswer, wizardAnswers } from './wizard-session';

interface AddressAnswerFormProps {
  question: Question;
  typing: Typing;
  issues: readonly ValidationIssue[];
  onEdit: () => void;
}

/** Street and ward boxes, and the province with its list behind "Đổi". */
export function AddressAnswerForm({ question, typing, issues, onEdit }: AddressAnswerFormProps) {
  const [choosing, setChoosing] = useState(false);
  const address = asRecord(wizardAnswers.value[question.id]) as AddressAnswer | undefined;
  const province = address?.province || emptyAddress().province;
  const about = (part: AnswerPart) => issues.filter((found) => found.part === part);
  const general = issues.filter((found) => !found.part);
  const part = (key: string) => typing.parts.find((p) => p.key === key)!;
  const id = `answer-${question.id}`;

  const chooseProvince = (name: string) => {
    setAnswer(question.id, { ...emptyAddress(name), ...address, province: name });
    setChoosing(false);
    onEdit();
  };

  return (
    <div class="answer answer--address">
      <p class="answer__note">{t('wizard.address.twoTiers')}</p>
      <FieldIssues id={`${id}-issue`} issues={general} />
      <TypedField
        typing={typing}
        part={part('street')}
        id={`${id}-street`}
        hint={t('wizard.address.streetHint')}
        issues={about('street')}
      />
      <TypedField
        typing={typing}
        part={part('ward')}
        id={`${id}-ward`}
        hint={t('wizard.address.wardHint')}
        issues={about('ward')}
      />
      <div class="province">
        <p class="province__label" id={`${id}-province-label`}>
          {t('wizard.address.province')}
        </p>
        <div class="province__current">
          <strong class="province__name">{province}</strong>
          <button
            type="button"
            class="button"
            aria-expanded={choosing}
            aria-describedby={`${id}-province-label`}
            onClick={() => {
              typing.close();
              setChoosing(!choosing);
            }}
          >
            {choosing ? t('wizard.address.keepProvince') : t('wizard.address.changeProvince')}
          </button>
        </div>
        {choosing && (
          <OptionCards<string>
            id={`${id}-province`}
            label={t('wizard.address.province')}
            layout="grid"
            options={PROVINCES_2025.map((name) => ({ value: name, label: name }))}
            value={province}
            onChoose={chooseProvince}
          />
        )}
        <FieldIssues id={`${id}-province-issue`} issues={about('province')} />
      </div>
    </div>
  );
}
