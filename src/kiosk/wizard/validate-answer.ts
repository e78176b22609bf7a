// One check per question type, giving stable codes a screen turns into sentences
// (validation-text.ts). Values come from screens, so each check starts from `unknown`.
import type { SubmitProcedure } from '../../protocol/config/procedure';
import type { Question } from '../../protocol/config/procedure-question';
import { checkCccdNumber, compactCccdNumber } from '../scan/cccd-number';
import { isEmptyAddress, validateAddress } from './address-answer';
import { asRecord, type WizardAnswers } from './answer-shapes';
import { checkDate } from './date-answer';
import { normalizeEmail } from './email-address';
import { isEmptyPerson, personIdRequired, validatePerson } from './person-answer';
import { checkPhone } from './phone-number';
import { issue, type QuestionIssue, type ValidationIssue } from './validation-issue';
import { visibleQuestions } from './visible-questions';

/** What checks need besides the answer: the procedure, and today on the kiosk's clock (ISO). */
export interface ValidationContext {
  procedure: SubmitProcedure;
  today: string;
}

/** Free text is capped even where the catalogue sets no limit. */
export const TEXT_MAX_DEFAULT = 5000;

/** True when the resident has given nothing for this question (a refused consent included). */
export function isEmptyAnswer(question: Question, value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string' && value.trim() === '') return true;
  switch (question.type) {
    case 'consent':
      return value !== true;
    case 'person':
      return isEmptyPerson(value);
    case 'address':
      return isEmptyAddress(value);
    case 'photo': {
      const photo = asRecord(value);
      const ids = photo?.photoIds;
      return !!photo && Array.isArray(ids) && ids.length === 0 && photo.bringOriginal !== true;
    }
    default:
      return false;
  }
}

/** The problems with one answer; an empty list means the resident may go on. */
export function validateAnswer(
  question: Question,
  value: unknown,
  context: ValidationContext,
): ValidationIssue[] {
  if (isEmptyAnswer(question, value)) {
    if (!question.required) return [];
    return [issue(question.type === 'consent' ? 'CONSENT_NOT_GIVEN' : 'REQUIRED')];
  }
  switch (question.type) {
    case 'text': {
      if (typeof value !== 'string') return [issue('WRONG_KIND')];
      const max = question.maxLength ?? TEXT_MAX_DEFAULT;
      return value.normalize('NFC').trim().length > max
        ? [issue('TEXT_TOO_LONG', undefined, { max })]
        : [];
    }
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return [issue('NUMBER_INVALID')];
      if (question.min !== undefined && value < question.min) {
        return [issue('NUMBER_TOO_SMALL', undefined, { min: question.min })];
      }
      if (question.max !== undefined && value > question.max) {
        return [issue('NUMBER_TOO_LARGE', undefined, { max: question.max })];
      }
      return [];
    case 'date':
      if (typeof value !== 'string') return [issue('WRONG_KIND')];
      return checkDate(value.trim(), {
        allow: question.allow,
        ageRange: question.ageRange,
        today: context.today,
      });
    case 'choice':
      return question.options.some((o) => o.value === value) ? [] : [issue('CHOICE_UNKNOWN')];
    case 'yesno':
      return typeof value === 'boolean' ? [] : [issue('WRONG_KIND')];
    case 'phone': {
      if (typeof value !== 'string') return [issue('WRONG_KIND')];
      const phone = checkPhone(value);
      return phone.ok ? [] : [issue(phone.code)];
    }
    case 'email':
      if (typeof value !== 'string') return [issue('WRONG_KIND')];
      return normalizeEmail(value) ? [] : [issue('EMAIL_INVALID')];
    case 'cccd': {
      if (typeof value !== 'string') return [issue('WRONG_KIND')];
      const problem = checkCccdNumber(compactCccdNumber(value));
      return problem ? [issue(problem)] : [];
    }
    case 'person':
      return validatePerson(value, {
        idRequired: personIdRequired(context.procedure.id, question.id),
        ageRange: question.ageRange,
        today: context.today,
      });
    case 'address':
      return validateAddress(value);
    case 'photo':
      return validatePhoto(question, value, context.procedure);
    case 'consent':
      return value === true ? [] : [issue('WRONG_KIND')];
  }
}

function validatePhoto(
  question: Extract<Question, { type: 'photo' }>,
  value: unknown,
  procedure: SubmitProcedure,
): ValidationIssue[] {
  const photo = asRecord(value);
  const ids = photo?.photoIds;
  if (!photo || !Array.isArray(ids) || !ids.every((id) => typeof id === 'string')) {
    return [issue('WRONG_KIND')];
  }
  if (ids.length > question.maxPhotos) {
    return [issue('PHOTO_TOO_MANY', undefined, { max: question.maxPhotos })];
  }
  const canBring = procedure.documents.some(
    (d) => d.id === question.documentId && d.canBringOriginal,
  );
  if (question.required && ids.length === 0 && !(photo.bringOriginal === true && canBring)) {
    return [issue('REQUIRED')];
  }
  return [];
}

/** Every problem with the questions shown, in order; the summary sends the resident to the first. */
export function validateAnswers(
  answers: WizardAnswers,
  context: ValidationContext,
): QuestionIssue[] {
  const form = visibleQuestions(context.procedure, answers);
  return form.questions.flatMap((question) =>
    validateAnswer(question, form.answers[question.id], context).map((found) => ({
      questionId: question.id,
      ...found,
    })),
  );
}
