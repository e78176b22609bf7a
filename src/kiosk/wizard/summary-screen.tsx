// "Kiểm tra lại": every answer under its question with "Sửa" beside it (which goes to the
// question and comes straight back), then "Gửi hồ sơ". Sending disables the button on the first
// touch; if the outbox refuses, the resident reads why and is asked to tell staff — nothing is
// shown as sent.
import { useRef, useState } from 'preact/hooks';
import type { SubmitProcedure } from '../../protocol/config/procedure';
import { language, localized, t } from '../i18n/translate';
import { outboxErrorText } from '../outbox/outbox-error-text';
import { answerLines } from './answer-text';
import { todayIso } from './calendar-date';
import { questionTitle } from './question-screen';
import { submitDossier } from './submit-dossier';
import { validateAnswers } from './validate-answer';
import { visibleQuestions } from './visible-questions';
import { WIZARD_ERROR_TEXT, WizardError } from './wizard-error';
import { WizardFrame } from './wizard-frame';
import { AlertIcon, EditIcon, SendIcon } from './wizard-icons';
import {
  revealIssuesFor,
  showSubmitted,
  wizardAnswers,
  wizardPosition,
  wizardProcedureId,
} from './wizard-session';
import { editFromSummary, previousPosition } from './wizard-steps';

/** The summary of `procedure`'s answers, and the way to send them. */
export function SummaryScreen({ procedure }: { procedure: SubmitProcedure }) {
  const [sending, setSending] = useState(false);
  const [failure, setFailure] = useState<string | undefined>(undefined);
  // Two touches can arrive before the button is redrawn as disabled: only the first sends.
  const started = useRef(false);
  const form = visibleQuestions(procedure, wizardAnswers.value);

  const edit = (questionId: string, showIssues = false) => {
    if (showIssues) revealIssuesFor.value = questionId;
    wizardPosition.value = editFromSummary(questionId);
  };

  const send = async () => {
    if (started.current) return;
    const issues = validateAnswers(wizardAnswers.value, { procedure, today: todayIso() });
    if (issues.length) return edit(issues[0]!.questionId, true);
    started.current = true;
    setSending(true);
    setFailure(undefined);
    const lang = language.value;
    try {
      const receipt = await submitDossier(procedure, wizardAnswers.value, lang);
      // The session ended while sealing (idle, "Kết thúc"): nothing to show to anyone.
      if (wizardProcedureId.value !== procedure.id) return;
      showSubmitted({
        procedureId: procedure.id,
        trackingCode: receipt.trackingCode,
        pin: receipt.pin,
      });
    } catch (error) {
      console.error('submission not queued', error);
      setFailure(
        error instanceof WizardError
          ? WIZARD_ERROR_TEXT[error.code][lang]
          : outboxErrorText(error, lang),
      );
      started.current = false;
      setSending(false);
    }
  };

  return (
    <WizardFrame
      screen="summary"
      kicker={localized(procedure.name)}
      title={t('wizard.summary.title')}
      help={t('wizard.summary.help')}
      reading={() => `${t('wizard.summary.title')}. ${t('wizard.summary.help')}`}
      back={{
        label: t('nav.back'),
        onClick: () => {
          const previous = previousPosition(procedure, wizardAnswers.value, wizardPosition.value);
          if (previous) wizardPosition.value = previous;
        },
      }}
      primary={{
        label: sending
          ? t('wizard.summary.sending')
          : failure
            ? t('wizard.summary.sendAgain')
            : t('wizard.summary.send'),
        onClick: () => void send(),
        disabled: sending,
        icon: <SendIcon />,
      }}
    >
      {failure && (
        <div class="send-failure" role="alert">
          <p class="send-failure__title">
            <AlertIcon />
            {t('wizard.summary.notSent')}
          </p>
          <p class="send-failure__body">{failure}</p>
          <p class="send-failure__staff">{t('wizard.summary.tellStaff')}</p>
        </div>
      )}
      <ol class="summary-list">
        {form.questions.map((question) => {
          const title = questionTitle(question);
          return (
            <li class="summary-item" key={question.id} data-answer-of={question.id}>
              <div class="summary-item__text">
                <h2 class="summary-item__question">{title}</h2>
                {answerLines(question, form.answers[question.id]).map((line, i) => (
                  <p class="summary-item__answer" key={i}>
                    {line}
                  </p>
                ))}
              </div>
              <button
                type="button"
                class="button summary-item__edit"
                aria-label={t('wizard.summary.editAria', { question: title })}
                disabled={sending}
                onClick={() => edit(question.id)}
              >
                <EditIcon />
                {t('wizard.summary.edit')}
              </button>
            </li>
          );
        })}
      </ol>
    </WizardFrame>
  );
}
