// The wizard's answers as the submission the outbox seals: the questions shown, each answer
// tidied (NFC text, phone "0912345678", CCCD digits only), hidden answers dropped, and the
// photos as attachments named by their question, in the order taken.
import type { SubmitProcedure } from '../../protocol/config/procedure';
import type { Question } from '../../protocol/config/procedure-question';
import type { Language } from '../../protocol/config/text';
import type {
  AnswerValue,
  SubmissionAttachment,
  SubmissionContent,
} from '../../protocol/submission-payload';
import { compactCccdNumber } from '../scan/cccd-number';
import { addressForPayload } from './address-answer';
import { asRecord, type WizardAnswers, type WizardPhoto } from './answer-shapes';
import { normalizeEmail } from './email-address';
import { personForPayload } from './person-answer';
import { checkPhone } from './phone-number';
import { isEmptyAnswer, validateAnswers } from './validate-answer';
import { visibleQuestions } from './visible-questions';
import { WizardError } from './wizard-error';

/** The photo type this module takes, also named here for the screens that gather photos. */
export type { WizardPhoto };

/** The session's language, and today on the kiosk's clock (ISO) for the final check. */
export interface PayloadOptions {
  language: Language;
  today: string;
}

/** Builds what `Outbox.enqueue` takes; throws WizardError if an answer or a photo is missing. */
export function answersToPayload(
  procedure: SubmitProcedure,
  answers: WizardAnswers,
  photos: ReadonlyMap<string, WizardPhoto>,
  options: PayloadOptions,
): SubmissionContent {
  const issues = validateAnswers(answers, { procedure, today: options.today });
  if (issues.length) throw new WizardError('ANSWERS_INVALID', issues);
  const form = visibleQuestions(procedure, answers);
  const recorded: Record<string, AnswerValue> = {};
  const attachments: SubmissionAttachment[] = [];
  for (const question of form.questions) {
    const value = form.answers[question.id];
    if (isEmptyAnswer(question, value)) continue;
    if (question.type === 'photo') {
      const photo = asRecord(value)!;
      const ids = photo.photoIds as string[];
      for (const id of ids) {
        const kept = photos.get(id);
        if (!kept) throw new WizardError('PHOTO_MISSING');
        attachments.push({ field: question.id, mediaType: kept.mediaType, bytes: kept.bytes });
      }
      recorded[question.id] = { photos: ids.length, bringOriginal: photo.bringOriginal === true };
    } else {
      recorded[question.id] = tidied(question, value);
    }
  }
  return { procedureId: procedure.id, language: options.language, answers: recorded, attachments };
}

function tidied(question: Exclude<Question, { type: 'photo' }>, value: unknown): AnswerValue {
  switch (question.type) {
    case 'text':
    case 'date':
      return (value as string).normalize('NFC').trim();
    case 'phone': {
      const phone = checkPhone(value as string);
      return phone.ok ? phone.national : (value as string);
    }
    case 'email':
      return normalizeEmail(value as string) ?? (value as string);
    case 'cccd':
      return compactCccdNumber(value as string);
    case 'person':
      return personForPayload(value);
    case 'address':
      return { ...addressForPayload(value) };
    case 'number':
    case 'choice':
    case 'yesno':
    case 'consent':
      return value as number | string | boolean;
  }
}
