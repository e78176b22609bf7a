// Every submit procedure in kiosk-config/, every question: valid sample answers pass, reach a
// sealed-ready payload, and each type's wrong answers get their own codes.
import { describe, expect, it } from 'vitest';
import type { SubmitProcedure } from '../../protocol/config/procedure';
import type { Question } from '../../protocol/config/procedure-question';
import { makeLookupSecret } from '../../protocol/lookup-secret';
import {
  decodeSubmissionPayload,
  encodeSubmissionPayload,
} from '../../protocol/submission-payload';
import { answersToPayload } from './answers-to-payload';
import { addDays } from './calendar-date';
import { personIdRequired } from './person-answer';
import { SUBMIT_PROCEDURES } from './real-catalogue';
import { samplePerson, sampleAnswers, samplePhotos, SAMPLE_ADDRESS } from './sample-answers';
import { validateAnswer, validateAnswers } from './validate-answer';
import type { AnswerPart, ValidationCode } from './validation-issue';

const TODAY = '2026-03-15';
type Case = [label: string, value: unknown, code: ValidationCode, part?: AnswerPart];

/** Wrong answers for a question, each with the code (and part) it must give. */
function invalidCases(procedure: SubmitProcedure, question: Question): Case[] {
  switch (question.type) {
    case 'text':
      return [
        ['not text', 12345, 'WRONG_KIND'],
        ['too long', 'x'.repeat((question.maxLength ?? 5000) + 1), 'TEXT_TOO_LONG'],
      ];
    case 'number':
      return [
        ['digits as text', '3', 'NUMBER_INVALID'],
        ['not a number', Number.NaN, 'NUMBER_INVALID'],
        ...(question.min !== undefined
          ? [['below min', question.min - 1, 'NUMBER_TOO_SMALL'] as Case]
          : []),
        ...(question.max !== undefined
          ? [['above max', question.max + 1, 'NUMBER_TOO_LARGE'] as Case]
          : []),
      ];
    case 'date': {
      const cases: Case[] = [
        ['31 February', '2024-02-31', 'DATE_INVALID'],
        ['day first', '31/01/2024', 'DATE_INVALID'],
        ['year 1850', '1850-06-01', 'DATE_OUT_OF_RANGE'],
      ];
      if (question.allow === 'past') cases.push(['tomorrow', addDays(TODAY, 1), 'DATE_IN_FUTURE']);
      if (question.allow === 'future')
        cases.push(['yesterday', addDays(TODAY, -1), 'DATE_IN_PAST']);
      return cases;
    }
    case 'choice':
      return [['an unknown option', 'not-an-option', 'CHOICE_UNKNOWN']];
    case 'yesno':
      return [['a word', 'yes', 'WRONG_KIND']];
    case 'phone':
      return [
        ['one digit short', '0912 345 67', 'PHONE_LENGTH'],
        ['a landline one digit short', '024 3825 668', 'PHONE_LENGTH'],
        ['an unknown prefix', '0112345678', 'PHONE_PREFIX'],
        ['a foreign number', '+1 202 555 0100', 'PHONE_PREFIX'],
        ['letters', '09123abc78', 'PHONE_INVALID'],
      ];
    case 'email':
      return [
        ['no domain', 'nguoidan@', 'EMAIL_INVALID'],
        ['a space', 'nguoi dan@example.vn', 'EMAIL_INVALID'],
      ];
    case 'cccd':
      return [['11 digits', '00109012345', 'CCCD_FORMAT']];
    case 'person': {
      const ok = samplePerson(TODAY, 40, 'male');
      const cases: Case[] = [
        ['no name', { ...ok, fullName: ' ' }, 'REQUIRED', 'fullName'],
        ['markup in the name', { ...ok, fullName: 'An <b>' }, 'NAME_INVALID', 'fullName'],
        [
          'born tomorrow',
          { ...ok, dateOfBirth: addDays(TODAY, 1) },
          'DATE_IN_FUTURE',
          'dateOfBirth',
        ],
        [
          'born on 30 February',
          { ...ok, dateOfBirth: '1986-02-30' },
          'DATE_INVALID',
          'dateOfBirth',
        ],
        ['130 years old', { ...ok, dateOfBirth: '1896-01-01' }, 'DATE_OUT_OF_RANGE', 'dateOfBirth'],
        ['no sex', { ...ok, sex: '' }, 'REQUIRED', 'sex'],
        ['a short ID', { ...ok, idNumber: '12345' }, 'CCCD_FORMAT', 'idNumber'],
        [
          'an unknown province',
          { ...ok, idNumber: `003${ok.idNumber.slice(3)}` },
          'CCCD_PROVINCE',
          'idNumber',
        ],
        ['an ID of the other sex', { ...ok, sex: 'female' }, 'CCCD_SEX_MISMATCH', 'idNumber'],
        [
          'an ID of another year',
          { ...ok, dateOfBirth: '1987-01-01' },
          'CCCD_YEAR_MISMATCH',
          'idNumber',
        ],
      ];
      if (personIdRequired(procedure.id, question.id)) {
        cases.push(['no ID', { ...ok, idNumber: '' }, 'REQUIRED', 'idNumber']);
      }
      const min = question.ageRange?.min;
      if (min)
        cases.push([
          'too young',
          samplePerson(TODAY, min - 1, 'male'),
          'AGE_TOO_LOW',
          'dateOfBirth',
        ]);
      return cases;
    }
    case 'address':
      return [
        ['no street', { ...SAMPLE_ADDRESS, street: '' }, 'REQUIRED', 'street'],
        ['no ward', { ...SAMPLE_ADDRESS, ward: ' ' }, 'REQUIRED', 'ward'],
        [
          'a province merged in 2008',
          { ...SAMPLE_ADDRESS, province: 'Hà Tây' },
          'ADDRESS_PROVINCE_UNKNOWN',
          'province',
        ],
        [
          'a province merged in 2025',
          { ...SAMPLE_ADDRESS, province: 'Quảng Nam' },
          'ADDRESS_PROVINCE_UNKNOWN',
          'province',
        ],
        ['not an address', 'Hà Nội', 'WRONG_KIND'],
      ];
    case 'photo': {
      const many = Array.from({ length: question.maxPhotos + 1 }, (_, i) => `p${i}`);
      const cases: Case[] = [
        ['too many photos', { photoIds: many, bringOriginal: false }, 'PHOTO_TOO_MANY'],
        ['not a photo list', { photoIds: 'p1' }, 'WRONG_KIND'],
      ];
      if (question.required)
        cases.push(['no photo', { photoIds: [], bringOriginal: false }, 'REQUIRED']);
      return cases;
    }
    case 'consent':
      return [['refused', false, 'CONSENT_NOT_GIVEN']];
  }
}

/** Each conditional question, with the answers that make it show. */
function branches(procedure: SubmitProcedure): [string, Record<string, unknown>][] {
  return procedure.questions.flatMap((q) =>
    q.when
      ? [[q.id, { [q.when.questionId]: q.when.equals }] as [string, Record<string, unknown>]]
      : [],
  );
}

describe.each(SUBMIT_PROCEDURES.map((p) => [p.id, p] as const))('%s', (_, procedure) => {
  const context = { procedure, today: TODAY };

  it('accepts its sample answers and builds a payload the hub can read', () => {
    const answers = sampleAnswers(procedure, { today: TODAY });
    expect(validateAnswers(answers, context)).toEqual([]);
    const content = answersToPayload(procedure, answers, samplePhotos(answers), {
      language: 'vi',
      today: TODAY,
    });
    const decoded = decodeSubmissionPayload(
      encodeSubmissionPayload({ ...content, lookupSecret: makeLookupSecret() }),
    );
    expect(decoded.procedureId).toBe(procedure.id);
    expect(decoded.answers).toEqual(content.answers);
    expect(decoded.attachments.map((a) => a.field)).toEqual(
      content.attachments.map((a) => a.field),
    );
    expect(decoded.answers.consent).toBe(true);
  });

  it.each(branches(procedure))('accepts the branch that shows %s', (questionId, choose) => {
    // Conditions can chain, so keep the answers that led here and add the one that shows it.
    const answers = sampleAnswers(procedure, { today: TODAY, choose });
    expect(answers).toHaveProperty(questionId);
    expect(validateAnswers(answers, context)).toEqual([]);
  });

  it.each(procedure.questions.map((q) => [q.id, q] as const))(
    '%s: asks for an answer only when required, and refuses wrong ones with their codes',
    (__, question) => {
      const missing = validateAnswer(question, undefined, context);
      if (question.required) {
        expect(missing).toEqual([
          { code: question.type === 'consent' ? 'CONSENT_NOT_GIVEN' : 'REQUIRED' },
        ]);
      } else {
        expect(missing).toEqual([]);
      }
      for (const [label, value, code, part] of invalidCases(procedure, question)) {
        const found = validateAnswer(question, value, context);
        expect(found, label).toContainEqual(
          expect.objectContaining(part ? { code, part } : { code }),
        );
      }
    },
  );
});

describe('the catalogue', () => {
  it('has the 13 submit procedures the wizard must handle', () => {
    expect(SUBMIT_PROCEDURES).toHaveLength(13);
  });

  it('uses every question type except the bare CCCD number (tested on its own)', () => {
    const types = new Set(SUBMIT_PROCEDURES.flatMap((p) => p.questions.map((q) => q.type)));
    expect([...types].sort()).toEqual([
      'address',
      'choice',
      'consent',
      'date',
      'email',
      'number',
      'person',
      'phone',
      'photo',
      'text',
      'yesno',
    ]);
  });
});
