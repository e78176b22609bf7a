// A document's photos: each page taken shows large enough to check, with "Chụp lại" and "Xoá";
// "Chụp ảnh" opens the camera; where the document allows, "Tôi sẽ mang bản gốc đến" instead.
import type { SubmitProcedure } from '../../protocol/config/procedure';
import type { Question } from '../../protocol/config/procedure-question';
import { localized, t } from '../i18n/translate';
import { asRecord, type PhotoAnswer } from './answer-shapes';
import { FieldIssues } from './field-issues';
import type { ValidationIssue } from './validation-issue';
import { CameraIcon, DeleteIcon, TickIcon } from './wizard-icons';
import { dropPhoto, photosVersion, photoUrl } from './wizard-photos';
import { setAnswer, wizardAnswers, wizardView } from './wizard-session';

interface PhotoAnswerProps {
  procedure: SubmitProcedure;
  question: Extract<Question, { type: 'photo' }>;
  issues: readonly ValidationIssue[];
  onEdit: () => void;
}

/** The photos of a photo question as they are now (none yet: an empty list). */
export function photoAnswerOf(value: unknown): PhotoAnswer {
  const record = asRecord(value);
  const ids = Array.isArray(record?.photoIds) ? (record.photoIds as string[]) : [];
  return { photoIds: ids, bringOriginal: record?.bringOriginal === true };
}

/** Pages taken, the camera button, and the offer to bring the original. */
export function PhotoAnswerForm({ procedure, question, issues, onEdit }: PhotoAnswerProps) {
  // Previews come and go with the photos kept for the session.
  void photosVersion.value;
  const answer = photoAnswerOf(wizardAnswers.value[question.id]);
  const document = procedure.documents.find((d) => d.id === question.documentId);
  const ids = answer.photoIds;
  const update = (next: PhotoAnswer) => {
    setAnswer(question.id, next);
    onEdit();
  };
  const remove = (id: string) => {
    update({ ...answer, photoIds: ids.filter((kept) => kept !== id) });
    dropPhoto(id);
  };
  const id = `answer-${question.id}`;

  return (
    <div class="answer answer--photo">
      {document && (
        <div class="photo-document">
          <p class="photo-document__label">{t('wizard.photo.document')}</p>
          <p class="photo-document__name">{localized(document.name)}</p>
          {document.notes && <p class="photo-document__notes">{localized(document.notes)}</p>}
        </div>
      )}
      {ids.length > 0 && (
        <ul class="photo-pages" aria-label={t('wizard.photo.pagesLabel')}>
          {ids.map((photoId, index) => (
            <li class="photo-page" key={photoId}>
              <img
                class="photo-page__image"
                src={photoUrl(photoId)}
                alt={t('wizard.photo.page', { n: index + 1 })}
              />
              <p class="photo-page__caption" aria-hidden="true">
                {t('wizard.photo.page', { n: index + 1 })}
              </p>
              <div class="photo-page__actions">
                <button
                  type="button"
                  class="button"
                  aria-label={t('wizard.photo.retakePage', { n: index + 1 })}
                  onClick={() =>
                    (wizardView.value = {
                      kind: 'photo',
                      questionId: question.id,
                      replacing: photoId,
                    })
                  }
                >
                  <CameraIcon />
                  {t('wizard.photo.retake')}
                </button>
                <button
                  type="button"
                  class="button button--end"
                  aria-label={t('wizard.photo.deletePage', { n: index + 1 })}
                  onClick={() => remove(photoId)}
                >
                  <DeleteIcon />
                  {t('wizard.photo.delete')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {ids.length < question.maxPhotos ? (
        <button
          type="button"
          class="button button--primary photo-take"
          onClick={() => (wizardView.value = { kind: 'photo', questionId: question.id })}
        >
          <CameraIcon />
          {ids.length === 0 ? t('wizard.photo.take') : t('wizard.photo.takeMore')}
        </button>
      ) : (
        <p class="answer__note">{t('wizard.photo.full', { max: question.maxPhotos })}</p>
      )}
      {question.maxPhotos > 1 && ids.length < question.maxPhotos && (
        <p class="answer__note">{t('wizard.photo.pagesHint', { max: question.maxPhotos })}</p>
      )}
      {document?.canBringOriginal && (
        <button
          type="button"
          class={`consent-agree bring-original ${answer.bringOriginal ? 'consent-agree--given' : ''}`}
          aria-pressed={answer.bringOriginal}
          aria-describedby={`${id}-bring-hint`}
          onClick={() => update({ ...answer, bringOriginal: !answer.bringOriginal })}
        >
          <span class="consent-agree__box" aria-hidden="true">
            {answer.bringOriginal && <TickIcon />}
          </span>
          {t('wizard.photo.bringOriginal')}
        </button>
      )}
      {document?.canBringOriginal && (
        <p class="answer__note" id={`${id}-bring-hint`}>
          {t('wizard.photo.bringOriginalHint')}
        </p>
      )}
      <FieldIssues id={`${id}-issue`} issues={issues} />
    </div>
  );
}
