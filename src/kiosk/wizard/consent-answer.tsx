// Consent in plain words, as Decree 13/2023/NĐ-CP on personal data asks: what is collected,
// why, who sees it, how long it is kept and the resident's rights; then the procedure's own
// declaration and one big "Tôi đồng ý".
import type { SubmitProcedure } from '../../protocol/config/procedure';
import type { Question } from '../../protocol/config/procedure-question';
import { localized, t } from '../i18n/translate';
import type { MessageKey } from '../i18n/vi';
import { FieldIssues } from './field-issues';
import type { ValidationIssue } from './validation-issue';
import { TickIcon } from './wizard-icons';
import { setAnswer, wizardAnswers } from './wizard-session';

interface ConsentAnswerProps {
  procedure: SubmitProcedure;
  question: Question;
  issues: readonly ValidationIssue[];
  onEdit: () => void;
}

// What the dossier holds, named by the kinds of question the procedure asks.
const COLLECTED: readonly [Question['type'], MessageKey][] = [
  ['person', 'wizard.consent.collected.person'],
  ['address', 'wizard.consent.collected.address'],
  ['phone', 'wizard.consent.collected.phone'],
  ['email', 'wizard.consent.collected.email'],
  ['photo', 'wizard.consent.collected.photo'],
];

/** The four plain answers about the data, the declaration, and "Tôi đồng ý". */
export function ConsentAnswer({ procedure, question, issues, onEdit }: ConsentAnswerProps) {
  const agreed = wizardAnswers.value[question.id] === true;
  const types = new Set(procedure.questions.map((q) => q.type));
  const collected = COLLECTED.filter(([type]) => types.has(type)).map(([, key]) => t(key));
  const id = `answer-${question.id}`;
  return (
    <div class="answer answer--consent">
      <dl class="consent-facts">
        <div class="consent-fact">
          <dt>{t('wizard.consent.whatTitle')}</dt>
          <dd>
            {t('wizard.consent.what', {
              items: [...collected, t('wizard.consent.collected.answers')].join(', '),
            })}
          </dd>
        </div>
        <div class="consent-fact">
          <dt>{t('wizard.consent.whyTitle')}</dt>
          <dd>{t('wizard.consent.why', { procedure: localized(procedure.name) })}</dd>
        </div>
        <div class="consent-fact">
          <dt>{t('wizard.consent.whoTitle')}</dt>
          <dd>{t('wizard.consent.who', { agency: localized(procedure.agency) })}</dd>
        </div>
        <div class="consent-fact">
          <dt>{t('wizard.consent.howLongTitle')}</dt>
          <dd>{t('wizard.consent.howLong')}</dd>
        </div>
        <div class="consent-fact">
          <dt>{t('wizard.consent.rightsTitle')}</dt>
          <dd>{t('wizard.consent.rights')}</dd>
        </div>
      </dl>
      <p class="consent-statement" id={`${id}-statement`}>
        {localized(question.label)}
      </p>
      <button
        type="button"
        class={`consent-agree ${agreed ? 'consent-agree--given' : ''}`}
        aria-pressed={agreed}
        aria-describedby={issues.length ? `${id}-issue` : `${id}-statement`}
        onClick={() => {
          setAnswer(question.id, !agreed);
          onEdit();
        }}
      >
        <span class="consent-agree__box" aria-hidden="true">
          {agreed && <TickIcon />}
        </span>
        {t('wizard.consent.agree')}
      </button>
      <FieldIssues id={`${id}-issue`} issues={issues} />
    </div>
  );
}
