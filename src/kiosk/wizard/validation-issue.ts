// What is wrong with an answer, as stable codes; the sentences are in validation-text.ts.

/** Why an answer cannot be accepted yet. */
export type ValidationCode =
  | 'REQUIRED'
  | 'WRONG_KIND'
  | 'TEXT_TOO_LONG'
  | 'NUMBER_INVALID'
  | 'NUMBER_TOO_SMALL'
  | 'NUMBER_TOO_LARGE'
  | 'DATE_INVALID'
  | 'DATE_OUT_OF_RANGE'
  | 'DATE_IN_FUTURE'
  | 'DATE_IN_PAST'
  | 'AGE_TOO_LOW'
  | 'AGE_TOO_HIGH'
  | 'CHOICE_UNKNOWN'
  | 'PHONE_INVALID'
  | 'PHONE_LENGTH'
  | 'PHONE_PREFIX'
  | 'EMAIL_INVALID'
  | 'CCCD_FORMAT'
  | 'CCCD_PROVINCE'
  | 'CCCD_SEX_MISMATCH'
  | 'CCCD_YEAR_MISMATCH'
  | 'NAME_INVALID'
  | 'ADDRESS_PROVINCE_UNKNOWN'
  | 'PHOTO_TOO_MANY'
  | 'CONSENT_NOT_GIVEN';

/** The fields inside a person or an address answer, so a screen can mark the right box. */
export type AnswerPart =
  'fullName' | 'dateOfBirth' | 'sex' | 'idNumber' | 'address' | 'street' | 'ward' | 'province';

/** One problem with one answer; `params` fill the message's {placeholders} (years as text). */
export interface ValidationIssue {
  code: ValidationCode;
  part?: AnswerPart;
  params?: Record<string, number | string>;
}

/** A problem found when checking all answers, e.g. before submitting from the summary. */
export interface QuestionIssue extends ValidationIssue {
  questionId: string;
}

/** Builds an issue without empty fields, so tests and screens compare plain objects. */
export function issue(
  code: ValidationCode,
  part?: AnswerPart,
  params?: Record<string, number | string>,
): ValidationIssue {
  const found: ValidationIssue = { code };
  if (part) found.part = part;
  if (params) found.params = params;
  return found;
}
