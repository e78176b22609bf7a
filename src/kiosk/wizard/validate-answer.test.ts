import { describe, expect, it } from 'vitest';
import type { Question } from '../../protocol/config/procedure-question';
import { parseCccdQr } from '../scan/cccd-qr';
import { emptyPerson } from './answer-shapes';
import { personFromCccd } from './person-answer';
import { submitProcedure } from './real-catalogue';
import { samplePerson } from './sample-answers';
import { validateAnswer, validateAnswers } from './validate-answer';
import type { ValidationCode } from './validation-issue';
import { validationMessage, VALIDATION_TEXT } from './validation-text';

const TODAY = '2026-03-15';
const label = { vi: 'Câu hỏi', en: 'Question' };
const khaiTu = submitProcedure('khai-tu');
const context = { procedure: khaiTu, today: TODAY };
const question = (q: Record<string, unknown>) => ({ label, required: true, ...q }) as Question;
const codes = (q: Question, value: unknown) => validateAnswer(q, value, context).map((i) => i.code);

describe('validateAnswer by type', () => {
  it('checks a bare CCCD number: 12 digits with a known province code', () => {
    const cccd = question({ id: 'so-cccd', type: 'cccd' });
    expect(codes(cccd, '001 090 123 456')).toEqual([]);
    expect(codes(cccd, '00109012345')).toEqual(['CCCD_FORMAT']);
    expect(codes(cccd, '003090123456')).toEqual(['CCCD_PROVINCE']);
    expect(codes(cccd, 1090123456)).toEqual(['WRONG_KIND']);
    expect(codes(cccd, '')).toEqual(['REQUIRED']);
  });

  it('counts text after trimming and NFC, so decomposed accents are not counted twice', () => {
    const text = question({ id: 'ten', type: 'text', maxLength: 6 });
    expect(codes(text, '  Nguyễn  ')).toEqual([]);
    expect(codes(text, 'Nguyễn'.normalize('NFD'))).toEqual([]);
    expect(codes(text, 'Nguyễn A')).toEqual(['TEXT_TOO_LONG']);
    expect(codes(text, '   ')).toEqual(['REQUIRED']);
  });

  it('checks numbers against min and max, including 0', () => {
    const n = question({ id: 'so', type: 'number', min: 0, max: 10 });
    expect(codes(n, 0)).toEqual([]);
    expect(codes(n, 10)).toEqual([]);
    expect(codes(n, -1)).toEqual(['NUMBER_TOO_SMALL']);
    expect(codes(n, 11)).toEqual(['NUMBER_TOO_LARGE']);
    expect(codes(n, Number.POSITIVE_INFINITY)).toEqual(['NUMBER_INVALID']);
  });

  it('checks date questions with an age range (a date of birth)', () => {
    const dob = question({
      id: 'ngay-sinh',
      type: 'date',
      allow: 'past',
      ageRange: { min: 18, max: 60 },
    });
    expect(codes(dob, '2008-03-15')).toEqual([]);
    expect(codes(dob, '2008-03-16')).toEqual(['AGE_TOO_LOW']);
    expect(codes(dob, '1960-01-01')).toEqual(['AGE_TOO_HIGH']);
    expect(codes(dob, TODAY)).toEqual(['AGE_TOO_LOW']);
    const any = question({ id: 'het-han', type: 'date', allow: 'any' });
    expect(codes(any, '2030-01-01')).toEqual([]);
    expect(codes(any, '2001-01-01')).toEqual([]);
    expect(codes(any, '2101-01-01')).toEqual(['DATE_OUT_OF_RANGE']);
  });

  it('lets a resident promise the original instead of a photo, where the document allows', () => {
    const photo = khaiTu.questions.find((q) => q.id === 'death-notice-photo')!;
    expect(codes(photo, { photoIds: [], bringOriginal: true })).toEqual([]);
    expect(codes(photo, { photoIds: [], bringOriginal: false })).toEqual(['REQUIRED']);
    const noOriginal = submitProcedure('phan-anh-kien-nghi');
    const photos = {
      ...noOriginal.questions.find((q) => q.id === 'photos')!,
      required: true,
    } as Question;
    const noOriginalContext = { procedure: noOriginal, today: TODAY };
    expect(
      validateAnswer(photos, { photoIds: [], bringOriginal: true }, noOriginalContext),
    ).toEqual([{ code: 'REQUIRED' }]);
  });

  it('accepts a refused consent only where consent is optional', () => {
    const optional = question({ id: 'dong-y', type: 'consent', required: false });
    expect(codes(optional, false)).toEqual([]);
    expect(codes({ ...optional, required: true }, false)).toEqual(['CONSENT_NOT_GIVEN']);
    expect(codes({ ...optional, required: true }, 'yes')).toEqual(['CONSENT_NOT_GIVEN']);
  });

  it('accepts a person filled from a scanned card as it is', () => {
    const scan = parseCccdQr(
      '001090123456||Nguyễn Văn An|01011990|Nam|Số 1 phố Huế, Hà Nội|15042021',
    );
    if (!scan.ok) throw new Error(scan.code);
    const requester = khaiTu.questions.find((q) => q.id === 'requester')!;
    expect(codes(requester, personFromCccd(scan.identity))).toEqual([]);
  });

  it('asks for a CCCD number only where the procedure needs it', () => {
    const noId = { ...samplePerson(TODAY, 80, 'female'), idNumber: '' };
    const deceased = khaiTu.questions.find((q) => q.id === 'deceased')!;
    const requester = khaiTu.questions.find((q) => q.id === 'requester')!;
    expect(codes(deceased, noId)).toEqual([]);
    expect(validateAnswer(requester, noId, context)).toEqual([
      { code: 'REQUIRED', part: 'idNumber' },
    ]);
  });

  it('lists every missing part of an empty person at once', () => {
    const requester = khaiTu.questions.find((q) => q.id === 'requester')!;
    const partial = { ...emptyPerson(), fullName: 'Lê Thị Hoa' };
    expect(validateAnswer(requester, partial, context)).toEqual([
      { code: 'REQUIRED', part: 'dateOfBirth' },
      { code: 'REQUIRED', part: 'sex' },
      { code: 'REQUIRED', part: 'idNumber' },
    ]);
    expect(codes(requester, emptyPerson())).toEqual(['REQUIRED']);
  });

  it('accepts names of other peoples of Vietnam, and refuses digits and symbols', () => {
    const deceased = khaiTu.questions.find((q) => q.id === 'deceased')!;
    const person = samplePerson(TODAY, 50, 'male');
    for (const fullName of ['Hờ A Páo', "H'Hen Niê", 'Y-Moan Ênuôl', 'Nguyễn Thị Thu Hà']) {
      expect(codes(deceased, { ...person, fullName }), fullName).toEqual([]);
    }
    for (const fullName of ['Nguyễn Văn 2', 'An @ Hà', "''", 'An--Hà']) {
      expect(codes(deceased, { ...person, fullName }), fullName).toEqual(['NAME_INVALID']);
    }
  });
});

describe('validateAnswers', () => {
  it('lists problems of shown questions in order, ignoring hidden ones', () => {
    const issues = validateAnswers(
      {
        'death-notice-photo': { photoIds: [], bringOriginal: false },
        delivery: 'pickup',
        'delivery-address': 'ignored',
      },
      context,
    );
    expect(issues.map((i) => i.questionId)).toEqual([
      'deceased',
      'date-of-death',
      'place-of-death',
      'cause-of-death',
      'requester-relationship',
      'requester',
      'death-notice-photo',
      'contact-phone',
      'consent',
    ]);
  });
});

describe('validation text', () => {
  const all = Object.keys(VALIDATION_TEXT) as ValidationCode[];
  const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

  it.each(all)('%s is written in both languages with the same placeholders', (code) => {
    const text = VALIDATION_TEXT[code];
    expect(text.vi.trim()).not.toBe('');
    expect(text.en.trim()).not.toBe('');
    expect(placeholders(text.en)).toEqual(placeholders(text.vi));
  });

  it('fills numbers the way each language writes them, and years as they are', () => {
    expect(validationMessage({ code: 'TEXT_TOO_LONG', params: { max: 1000 } }, 'vi')).toBe(
      'Vui lòng viết ngắn hơn, không quá 1.000 ký tự.',
    );
    expect(validationMessage({ code: 'TEXT_TOO_LONG', params: { max: 1000 } }, 'en')).toBe(
      'Please write less: at most 1,000 characters.',
    );
    expect(
      validationMessage({ code: 'DATE_OUT_OF_RANGE', params: { min: '1900', max: '2100' } }, 'vi'),
    ).toBe('Năm phải từ 1900 đến 2100. Vui lòng kiểm tra lại năm.');
  });
});
