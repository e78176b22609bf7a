// The wizard's route: one procedure's questions, its summary, the camera screens (scanning a
// card, photographing a page) and the result — chosen from the session's position and view.
import { useLayoutEffect } from 'preact/hooks';
import type { Question } from '../../protocol/config/procedure-question';
import type { SubmitProcedure } from '../../protocol/config/procedure';
import { findProcedure } from '../catalog/catalogue-store';
import { localized, t } from '../i18n/translate';
import { PhotoCameraScreen } from '../photos/photo-camera-screen';
import type { CapturedPhoto } from '../photos/photo-capture';
import type { CccdIdentity } from '../scan/cccd-qr';
import { ScanScreen } from '../scan/scan-screen';
import { shellPaths } from '../shell/navigation';
import { ScreenFrame } from '../shell/screen-frame';
import { personFromCccd } from './person-answer';
import { photoAnswerOf } from './photo-answer';
import { QuestionScreen } from './question-screen';
import { SubmittedScreen } from './submitted-screen';
import { SummaryScreen } from './summary-screen';
import { dropPhoto, keepPhoto } from './wizard-photos';
import {
  openWizard,
  setAnswer,
  setDrafts,
  submittedDossier,
  wizardAnswers,
  wizardPosition,
  wizardProcedureId,
  wizardView,
} from './wizard-session';
import { settledPosition } from './wizard-steps';

/** The wizard for the procedure `id` (from the route). */
export function WizardScreen({ id = '' }: { id?: string }) {
  const found = findProcedure(id);
  const procedure = found?.kind === 'submit' ? found : undefined;
  useLayoutEffect(() => {
    if (procedure) openWizard(procedure);
  }, [id]);

  if (!procedure) {
    return (
      <ScreenFrame title={t('wizard.notFoundTitle')} back={shellPaths.home}>
        <p class="screen-state__body">{t('wizard.notFoundBody')}</p>
      </ScreenFrame>
    );
  }
  // The first frame, before openWizard has run.
  if (wizardProcedureId.value !== procedure.id && !submittedDossier.value) return null;

  const view = wizardView.value;
  const kicker = localized(procedure.name);
  const backToForm = () => (wizardView.value = { kind: 'form' });
  switch (view.kind) {
    case 'submitted': {
      const dossier = submittedDossier.value;
      return dossier ? <SubmittedScreen procedure={procedure} dossier={dossier} /> : null;
    }
    case 'scan':
      return (
        <ScanScreen
          kicker={kicker}
          onType={backToForm}
          onUse={(identity) => {
            fillFromCard(procedure, view.questionId, identity);
            backToForm();
          }}
        />
      );
    case 'photo': {
      const question = questionById(procedure, view.questionId);
      const document = procedure.documents.find(
        (d) => question?.type === 'photo' && d.id === question.documentId,
      );
      const ids = photoAnswerOf(wizardAnswers.value[view.questionId]).photoIds;
      const at = view.replacing ? ids.indexOf(view.replacing) : ids.length;
      return (
        <PhotoCameraScreen
          kicker={kicker}
          documentName={document ? localized(document.name) : ''}
          page={at + 1}
          onCancel={backToForm}
          onTaken={(photo) => {
            keepTakenPhoto(view.questionId, photo, view.replacing);
            backToForm();
          }}
        />
      );
    }
    case 'form': {
      const position = settledPosition(procedure, wizardAnswers.value, wizardPosition.value);
      if (position.step.kind === 'summary') return <SummaryScreen procedure={procedure} />;
      const question = questionById(procedure, position.step.questionId);
      return question ? (
        <QuestionScreen key={question.id} procedure={procedure} question={question} />
      ) : null;
    }
  }
}

function questionById(procedure: SubmitProcedure, id: string): Question | undefined {
  return procedure.questions.find((q) => q.id === id);
}

// The card fills the whole person (or the CCCD number); the boxes then show what it said.
function fillFromCard(procedure: SubmitProcedure, questionId: string, identity: CccdIdentity) {
  const question = questionById(procedure, questionId);
  if (question?.type === 'person') setAnswer(questionId, personFromCccd(identity));
  else if (question?.type === 'cccd') setAnswer(questionId, identity.idNumber);
  setDrafts(questionId, undefined);
}

function keepTakenPhoto(questionId: string, photo: CapturedPhoto, replacing?: string) {
  const answer = photoAnswerOf(wizardAnswers.value[questionId]);
  const id = keepPhoto(photo);
  const photoIds = replacing
    ? answer.photoIds.map((kept) => (kept === replacing ? id : kept))
    : [...answer.photoIds, id];
  setAnswer(questionId, { ...answer, photoIds });
  if (replacing) dropPhoto(replacing);
}
