// One question on one screen: the question large at the top, its help and "Nghe đọc", the
// answer, and "Tiếp tục", which checks the answer and says at the field what is wrong, in the
// engine's plain words, before moving on.
import { useEffect, useState } from 'preact/hooks';
import type { SubmitProcedure } from '../../protocol/config/procedure';
import type { Question } from '../../protocol/config/procedure-question';
import { procedurePath } from '../catalog/catalog-paths';
import { localized, t } from '../i18n/translate';
import { goTo } from '../shell/navigation';
import { emptyAddress } from './address-answer';
import { asRecord, emptyPerson } from './answer-shapes';
import { AnswerControl } from './answer-control';
import { todayIso } from './calendar-date';
import { ExtraKeys, TypingDock } from './typing-dock';
import { useTyping } from './use-typing';
import { validateAnswer } from './validate-answer';
import type { AnswerPart, ValidationIssue } from './validation-issue';
import { personIdRequired } from './person-answer';
import { WizardFrame } from './wizard-frame';
import { revealIssuesFor, setAnswer, wizardAnswers, wizardPosition } from './wizard-session';
import { nextPosition, previousPosition, stepNumber } from './wizard-steps';

const NO_ISSUES: readonly ValidationIssue[] = [];
// Questions answered in a single box open the keyboard at once: one touch fewer.
const SINGLE_BOX = new Set<Question['type']>(['text', 'number', 'phone', 'email', 'cccd']);

// What an optional question "left empty" records, so the wizard knows it was seen.
function leftEmpty(question: Question): unknown {
  switch (question.type) {
    case 'person':
      return emptyPerson();
    case 'address':
      return emptyAddress();
    case 'photo':
      return { photoIds: [], bringOriginal: false };
    default:
      return '';
  }
}

// The engine's check; an empty person or address is "required" as a whole, which is said at
// each box left to fill.
function checkAnswer(
  procedure: SubmitProcedure,
  question: Question,
  value: unknown,
): ValidationIssue[] {
  const found = validateAnswer(question, value, { procedure, today: todayIso() });
  if (found.length !== 1 || found[0]!.code !== 'REQUIRED' || found[0]!.part) return found;
  const parts: AnswerPart[] =
    question.type === 'person'
      ? ['fullName', 'dateOfBirth', 'sex']
      : question.type === 'address'
        ? ['street', 'ward']
        : [];
  if (question.type === 'person' && personIdRequired(procedure.id, question.id)) {
    parts.push('idNumber');
  }
  return parts.length ? parts.map((part) => ({ code: 'REQUIRED', part })) : found;
}

/** The title a question shows: its label, or for consent a short title (the label is the declaration). */
export function questionTitle(question: Question): string {
  return question.type === 'consent' ? t('wizard.consent.title') : localized(question.label);
}

interface QuestionScreenProps {
  procedure: SubmitProcedure;
  question: Question;
}

/** The screen for `question`; mount it with key={question.id}. */
export function QuestionScreen({ procedure, question }: QuestionScreenProps) {
  // Sent here from the summary because of a problem: show it at once.
  const [issues, setIssues] = useState<readonly ValidationIssue[]>(() =>
    revealIssuesFor.peek() === question.id
      ? checkAnswer(procedure, question, wizardAnswers.peek()[question.id])
      : NO_ISSUES,
  );
  const clearIssues = () => setIssues(NO_ISSUES);
  const typing = useTyping(question, clearIssues);
  const answers = wizardAnswers.value;
  const position = wizardPosition.value;
  const step = stepNumber(procedure, answers, position);
  const title = questionTitle(question);
  const help = question.help && localized(question.help);

  useEffect(() => {
    revealIssuesFor.value = undefined;
    if (SINGLE_BOX.has(question.type) && !typing.texts[typing.parts[0]!.key]) {
      typing.open(typing.parts[0]!.key);
    }
  }, []);
  useEffect(() => {
    if (issues.length) document.querySelector('.field-issues')?.scrollIntoView({ block: 'center' });
  }, [issues]);

  const goOn = () => {
    const value = wizardAnswers.value[question.id];
    const found = checkAnswer(procedure, question, value);
    if (found.length) {
      typing.close();
      setIssues(found);
      return;
    }
    if (value === undefined) setAnswer(question.id, leftEmpty(question));
    wizardPosition.value = nextPosition(procedure, wizardAnswers.value, wizardPosition.value);
  };
  const goBack = () => {
    const previous = previousPosition(procedure, wizardAnswers.value, wizardPosition.value);
    if (previous) wizardPosition.value = previous;
    else goTo(procedurePath(procedure.id));
  };

  return (
    <WizardFrame
      screen={`question-${question.type}`}
      kicker={localized(procedure.name)}
      step={step}
      title={title}
      help={help}
      reading={() => readingOf(question, title, help)}
      dock={typing.openPart && <TypingDock typing={typing} />}
      dockExtra={typing.openPart?.extraKeys && <ExtraKeys typing={typing} />}
      back={{ label: t('nav.back'), onClick: goBack }}
      primary={{
        label: position.editing ? t('wizard.saveAndReturn') : t('wizard.next'),
        onClick: goOn,
      }}
    >
      <div class="question" data-question={question.id} data-type={question.type}>
        <AnswerControl
          procedure={procedure}
          question={question}
          typing={typing}
          issues={issues}
          onEdit={clearIssues}
          scanned={asRecord(answers[question.id])?.source === 'scan'}
        />
      </div>
    </WizardFrame>
  );
}

function readingOf(question: Question, title: string, help: string | undefined): string {
  const parts = [title, help];
  if (question.type === 'choice') parts.push(...question.options.map((o) => localized(o.label)));
  if (question.type === 'yesno') parts.push(t('wizard.yes'), t('wizard.no'));
  if (question.type === 'consent') parts.push(localized(question.label), t('wizard.consent.agree'));
  return parts.filter(Boolean).join('. ');
}
